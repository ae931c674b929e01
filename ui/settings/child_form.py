"""The child's details as a form, with the parent's details letters need. It saves nothing itself.

``value()`` is the ChildProfile the shell's profile controller saves; ``details()`` is the rest of the
Child record (iepdesk.profile): the child's state (``state.code()``, saved with
iepdesk.profile.save_state), the last evaluation (the reevaluation counts from it), the home address,
and the parent's name and contact details.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from iepdesk.profile import FamilyDetails
from ui.settings.profile_ctl import ChildProfile
from ui.settings.state_dates import ClockDateRow, labels, needed_triggers, values
from ui.settings.state_field import StateCombo, with_hint
from ui.widgets.date_field import require_readable
from ui.widgets.optional_date import OptionalDateEdit


class ChildForm(QWidget):
    edited = Signal()
    #: "Add your state's own figures…" was pressed (the page opens the dialog).
    own_figures_requested = Signal()
    #: Enter in one of the one-line fields (the page saves).
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.name = self._line(self.tr("Child's name"), 200)
        self.date_of_birth = OptionalDateEdit(self.tr("Date of birth"), default_years_ago=8)
        self.grade = self._line(self.tr("Grade"), 50, self.tr("For example, 3rd grade"))
        self.school = self._line(self.tr("School"), 200)
        self.district = self._line(self.tr("School district"), 200)
        self.state = StateCombo()
        self.state.currentIndexChanged.connect(self._box_edited)
        state_row, self.state_hint = with_hint(self.state)
        # The dates some states count from (shown for those states only); public fields for the
        # unsaved-changes snapshot and drafts.
        date_labels = labels()
        self.date_rows = {t: ClockDateRow(t, accessible) for t, (_label, accessible) in date_labels.items()}
        self.written_notice = self.date_rows["written_notice"].field
        self.refusal_or_proposal = self.date_rows["refusal_or_proposal"].field
        self.first_day_of_attendance = self.date_rows["first_day_of_attendance"].field
        self.placement = self.date_rows["placement"].field
        self.own_figures_button = QPushButton(self.tr("Add &your state's own figures…"))
        self.own_figures_button.setAccessibleName(self.tr("Record your state's own figures"))
        self.own_figures_button.setToolTip(
            self.tr("Where IEPDesk has no rule for the state, record the state's own deadline.")
        )
        self.own_figures_button.clicked.connect(self.own_figures_requested)
        own_row = QWidget()
        own_layout = QHBoxLayout(own_row)
        own_layout.setContentsMargins(0, 0, 0, 0)
        own_layout.addWidget(self.own_figures_button)
        own_layout.addStretch(1)
        self.last_evaluation = OptionalDateEdit(
            self.tr("Date of the last full evaluation"), default_years_ago=1
        )
        self.last_evaluation.setToolTip(self.tr("The three-year reevaluation is counted from this date."))
        self.home_address = self._box(self.tr("Child's home address"))
        self.parent_name = self._line(self.tr("Your name"), 200, self.tr("As you sign letters"))
        self.parent_email = self._line(self.tr("Your email"), 200)
        self.parent_phone = self._line(self.tr("Your phone"), 50)
        self.parent_address = self._box(
            self.tr("Your mailing address"), self.tr("If not the same as the child's")
        )
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        rows = (
            (self.tr("&Name:"), self.name),
            (self.tr("Date of &birth:"), self.date_of_birth),
            (self.tr("&Grade:"), self.grade),
            (self.tr("&School:"), self.school),
            (self.tr("&District:"), self.district),
            (self.tr("Stat&e:"), state_row),
            *((date_labels[t][0], row) for t, row in self.date_rows.items()),
            ("", own_row),
            (self.tr("Las&t full evaluation:"), self.last_evaluation),
            (self.tr("H&ome address:"), self.home_address),
            (None, None),
            (self.tr("You&r name:"), self.parent_name),
            (self.tr("Your emai&l:"), self.parent_email),
            (self.tr("Your &phone:"), self.parent_phone),
            (self.tr("Your ma&iling address:"), self.parent_address),
        )
        for text, widget in rows:
            if widget is None:
                form.addRow(self._section(self.tr("You, for letters and complaints")))
                continue
            label = QLabel(text)
            buddy = widget.field if isinstance(widget, ClockDateRow) else widget
            label.setBuddy(self.state if widget is state_row else buddy)
            form.addRow(label, widget)
        self._layout = form
        self._own_row = own_row
        self.date_of_birth.changed.connect(self.edited)
        self.last_evaluation.changed.connect(self.edited)
        for row in self.date_rows.values():
            row.field.changed.connect(self.edited)
        self.state.currentIndexChanged.connect(self._show_state_dates)
        self._show_state_dates()

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 0)
        return label

    def _line(self, accessible: str, length: int, placeholder: str = "") -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(accessible)
        field.setMaxLength(length)
        field.setPlaceholderText(placeholder)
        field.textEdited.connect(lambda _text: self.edited.emit())
        field.returnPressed.connect(self.submitted)
        return field

    def _box(self, accessible: str, placeholder: str = "") -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setAccessibleName(accessible)
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        box.setFixedHeight(54)
        box.textChanged.connect(self._box_edited)
        return box

    def _box_edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def check_dates(self) -> None:
        """Before saving: DateTextError names a date that cannot be read (``value`` has None there)."""
        require_readable(
            self.date_of_birth, self.last_evaluation, *(row.field for row in self.date_rows.values())
        )

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

    def details(self) -> FamilyDetails:
        return FamilyDetails(
            last_evaluation_date=self.last_evaluation.value(),
            home_address=self.home_address.toPlainText(),
            parent_name=self.parent_name.text(),
            parent_email=self.parent_email.text(),
            parent_phone=self.parent_phone.text(),
            parent_address=self.parent_address.toPlainText(),
        )

    def set_state(self, code: str) -> None:
        """Show the child's state (a postal code, "" = not set) without counting it as an edit."""
        self._loading = True
        try:
            self.state.set_code(code)
        finally:
            self._loading = False
        self._show_state_dates()

    def _show_state_dates(self) -> None:
        """Show the rows of the dates the chosen state counts from, each naming its rule."""
        needed = needed_triggers(self.state.code())
        for trigger, row in self.date_rows.items():
            if trigger in needed:
                row.show_rule(self.state.code(), *needed[trigger])
            self._layout.setRowVisible(row, trigger in needed)
        self._layout.setRowVisible(self._own_row, bool(self.state.code()))  # a state must be chosen

    def clock_dates(self) -> dict[str, dt.date | None]:
        """The dates as typed, shown or not (a hidden one keeps its date): trigger -> date or None."""
        return values(self.date_rows)

    def set_clock_dates(self, dates: dict[str, dt.date]) -> None:
        """Show the recorded dates without counting them as an edit."""
        for trigger, row in self.date_rows.items():
            row.field.set_value(dates.get(trigger))

    def set_details(self, details: FamilyDetails | None) -> None:
        """Show ``details``; None empties them (and their undo history)."""
        d = details or FamilyDetails()
        self._loading = True
        try:
            self.last_evaluation.set_value(d.last_evaluation_date)
            self.home_address.setPlainText(d.home_address)
            self.parent_name.setText(d.parent_name)
            self.parent_email.setText(d.parent_email)
            self.parent_phone.setText(d.parent_phone)
            self.parent_address.setPlainText(d.parent_address)
        finally:
            self._loading = False
