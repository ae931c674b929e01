"""Add or edit one member of the child's team."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from iepdesk.profile import TEAM_ROLES, ContactData
from ui.widgets.dialog_keys import main_action
from ui.widgets.unsaved import AsksBeforeClosing


class ContactDialog(AsksBeforeClosing, QDialog):
    #: Kept in the case's draft store when the case locks with this dialog open (see ui.widgets.unsaved).
    draft_form = "contact"

    def __init__(self, contact: ContactData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._id = contact.id if contact else None
        self.setWindowTitle(self.tr("Edit team member") if contact else self.tr("Add a team member"))
        self.setMinimumWidth(460)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("For example, Ms. Rivera"))
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems([self.tr(r) for r in TEAM_ROLES])
        self.role.setCurrentIndex(-1)
        self.role.setAccessibleName(self.tr("Role"))
        role_edit = self.role.lineEdit()
        if role_edit is not None:
            role_edit.setPlaceholderText(self.tr("Choose or type a role"))
            role_edit.setMaxLength(100)
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Email"))
        self.email.setMaxLength(200)
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Phone"))
        self.phone.setMaxLength(50)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        for text, widget in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Role:"), self.role),
            (self.tr("&Email:"), self.email),
            (self.tr("&Phone:"), self.phone),
            (self.tr("N&otes:"), self.notes),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save the team member"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(14)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update)
        main_action(self, self.save_button)  # Enter saves; in Notes, Enter is a new line and Ctrl+Enter saves

        if contact is not None:
            self.name.setText(contact.name)
            self.role.setEditText(contact.role)
            self.email.setText(contact.email)
            self.phone.setText(contact.phone)
            self.notes.setPlainText(contact.notes)
        self._update()
        self.keep_snapshot()  # Cancel or Esc after typing asks Save / Discard / Cancel

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.name.text().strip()))

    def draft_values(self) -> dict[str, Any] | None:
        if self._unsaved is None or not self.has_unsaved_changes():
            return None
        return {"contact_id": self._id, "fields": self._unsaved.values()}

    def restore_draft(self, fields: dict[str, Any], mark: str) -> None:
        """Fill in what was typed before the case locked, marked; it stays unsaved until Save."""
        if self._unsaved is not None:
            self._unsaved.apply(fields)
        self._update()
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, QLabel(mark))

    def value(self) -> ContactData:
        return ContactData(
            id=self._id,
            name=self.name.text(),
            role=self.role.currentText(),
            email=self.email.text(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
        )
