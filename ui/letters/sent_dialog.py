"""Record the day a letter went out (a records request's 45 days count from it)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from iepdesk.dates import DateTextError
from ui import messages
from ui.widgets.date_field import DateField
from ui.widgets.dialog_keys import main_action
from ui.widgets.labels import note


class SentDialog(QDialog):
    def __init__(self, kind: str, day: dt.date, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as sent"))
        self.day = DateField(self.tr("The day you sent it"), day)
        self.day.setMaximumDate(today)
        label = QLabel(self.tr("&Sent on:"))
        label.setBuddy(self.day)
        form = QFormLayout()
        form.addRow(label, self.day)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if kind == "records-request":
            layout.addWidget(
                note(
                    self.tr(
                        "The district must let you see the records without unnecessary delay, before any "
                        "IEP meeting or hearing, and in no case more than 45 days after your request "
                        "(34 CFR 300.613(a)). IEPDesk counts the 45 days from this day."
                    )
                )
            )
        else:
            layout.addWidget(note(self.tr("Keep a copy of what you sent, with the date.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.mark_button = buttons.addButton(self.tr("&Mark as sent"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        main_action(self, self.mark_button)
        self.setMinimumWidth(420)

    def _accept(self) -> None:
        try:
            self.day.checked_value()
        except DateTextError as exc:  # never marked as sent on a day other than the one typed
            messages.show_error(self, self.tr("Not marked as sent"), exc)
            return
        self.accept()

    def value(self) -> dt.date:
        return self.day.checked_value()

    def forget(self) -> None:
        """Nothing of the case is shown here; present so every open dialog can be told."""
