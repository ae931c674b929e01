"""The short question after D or M: which services (when there are several) and, for "missed", why.

For "missed", each reason is a button and a number key (1 to 7): one press logs it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iepdesk.schedule import entries as service_log
from iepdesk.schedule.entries import ServiceChoice
from iepdesk.schedule.kinds import LogStatus
from ui.calendar.texts import SYMBOLS, long_day, reasons
from ui.i18n import translate
from ui.widgets.dialog_keys import main_action, never_default
from ui.widgets.labels import heading, note


class QuickLogDialog(QDialog):
    """After exec(): ``chosen`` (the services) and ``reason`` (for missed)."""

    def __init__(
        self, day: dt.date, status: str, choices: list[ServiceChoice], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.status = status
        self.reason: str | None = None
        missed = status == LogStatus.MISSED.value
        self.setWindowTitle(
            translate("Calendar", "Missed session")
            if missed
            else translate("Calendar", "Delivered as planned")
        )
        self.setMinimumWidth(460)
        question = (
            translate("Calendar", "{sym} Which session was missed on {day}?")
            if missed
            else translate("Calendar", "{sym} Which sessions were given on {day}?")
        ).format(sym=SYMBOLS[status], day=long_day(day))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        title = heading(question, 1.1)
        # "¿Qué sesiones se dieron el miércoles, 2 de diciembre de 2026?" is wider than the dialog.
        title.setWordWrap(True)
        layout.addWidget(title)
        self.boxes: list[tuple[QCheckBox, ServiceChoice]] = []
        likely = service_log.likely(choices)
        for choice in choices:
            text = translate("Calendar", "{name} ({minutes} min)").format(
                name=choice.name, minutes=choice.minutes_per_session
            )
            if choice.due:
                text = translate("Calendar", "{service}: expected this day").format(service=text)
            elif choice.open_in_week:
                text = translate("Calendar", "{service}: still owed this week").format(service=text)
            box = QCheckBox(text)
            box.setChecked(len(choices) == 1 or (choice in likely and (len(likely) == 1 or choice.due)))
            layout.addWidget(box)
            self.boxes.append((box, choice))
            box.toggled.connect(self._update)
        if len(choices) == 1:
            self.boxes[0][0].hide()
            layout.addWidget(note(choices[0].name))
        self.reason_buttons: list[QPushButton] = []
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if missed:
            group = QGroupBox(translate("Calendar", "Why? (press its number)"))
            grid = QGridLayout(group)
            for number, (value, label) in enumerate(reasons(), start=1):
                button = QPushButton(f"{number}  {label}")
                button.setAccessibleName(
                    translate("Calendar", "Missed because: {reason}").format(reason=label)
                )
                button.clicked.connect(lambda _c=False, r=value: self._choose(r))
                grid.addWidget(button, (number - 1) // 2, (number - 1) % 2)
                self.reason_buttons.append(button)
            layout.addWidget(group)
        else:
            self.ok_button = buttons.addButton(
                translate("Calendar", "&Log as delivered"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()
        # Enter logs what is ticked; for "missed" only a reason logs (its button or its number). The
        # focus starts on what to choose, not on Cancel (the first button when there is no box to tick).
        never_default(*self.reason_buttons)
        if missed:  # Enter picks no reason, and does not cancel either (Qt would make Cancel the default)
            never_default(buttons.button(QDialogButtonBox.StandardButton.Cancel))
        else:
            main_action(self, self.ok_button)
        visible = [box for box, _choice in self.boxes if not box.isHidden()]
        if visible:
            visible[0].setFocus()
        elif self.reason_buttons:
            self.reason_buttons[0].setFocus()
        else:
            self.ok_button.setFocus()

    @property
    def chosen(self) -> list[ServiceChoice]:
        return [choice for box, choice in self.boxes if box.isChecked()]

    def _update(self) -> None:
        enabled = bool(self.chosen)
        for button in self.reason_buttons:
            button.setEnabled(enabled)
        if self.status != LogStatus.MISSED.value:
            self.ok_button.setEnabled(enabled)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The number keys pick a reason (the buttons and checkboxes pass them up to here)."""
        text = event.text()
        if text.isdigit() and 1 <= int(text) <= len(self.reason_buttons):
            button = self.reason_buttons[int(text) - 1]
            if button.isEnabled():
                button.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def _choose(self, reason: str) -> None:
        if self.chosen:
            self.reason = reason
            self.accept()
