"""The child's details as a form. It shows and returns a ChildProfile; it saves nothing itself."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from ui.controllers.profile import ChildProfile
from ui.widgets.optional_date import OptionalDateEdit


class ChildForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = self._line(self.tr("Child's name"), 200)
        self.date_of_birth = OptionalDateEdit(self.tr("Date of birth"), default_years_ago=8)
        self.grade = self._line(self.tr("Grade"), 50, self.tr("For example, 3rd grade"))
        self.school = self._line(self.tr("School"), 200)
        self.district = self._line(self.tr("School district"), 200)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        for text, widget in (
            (self.tr("&Name:"), self.name),
            (self.tr("Date of &birth:"), self.date_of_birth),
            (self.tr("&Grade:"), self.grade),
            (self.tr("&School:"), self.school),
            (self.tr("&District:"), self.district),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.date_of_birth.changed.connect(self.edited)

    def _line(self, accessible: str, length: int, placeholder: str = "") -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(accessible)
        field.setMaxLength(length)
        field.setPlaceholderText(placeholder)
        field.textEdited.connect(lambda _text: self.edited.emit())
        return field

    def value(self) -> ChildProfile:
        return ChildProfile(
            name=self.name.text(),
            date_of_birth=self.date_of_birth.value(),
            grade=self.grade.text(),
            school=self.school.text(),
            district=self.district.text(),
        )

    def set_value(self, profile: ChildProfile | None) -> None:
        """Show ``profile``; None empties every field (and its undo history)."""
        p = profile or ChildProfile(name="")
        self.name.setText(p.name)
        self.date_of_birth.set_value(p.date_of_birth)
        self.grade.setText(p.grade)
        self.school.setText(p.school)
        self.district.setText(p.district)
