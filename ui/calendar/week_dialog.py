"""Mark the whole week delivered, except the sessions the parent ticks as missed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iepdesk.schedule.entries import WeekSessions
from ui.calendar.texts import SYMBOLS, short_day, sources
from ui.i18n import translate
from ui.widgets.dialog_keys import main_action
from ui.widgets.labels import heading, note


class WeekDialog(QDialog):
    """After exec(): ``except_days()`` {service_id: {dates}} and ``source()``."""

    def __init__(self, day: dt.date, plans: list[WeekSessions], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        monday = day - dt.timedelta(days=day.weekday())
        self.setWindowTitle(translate("Calendar", "Mark the week delivered"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        layout.addWidget(
            heading(translate("Calendar", "The week of {day}").format(day=short_day(monday)), 1.2)
        )
        layout.addWidget(
            note(
                translate(
                    "Calendar",
                    "Every weekly session below will be logged as delivered. Tick the ones that did "
                    "NOT happen: they are logged as missed (reason: don't know; you can change it "
                    "from the day). Sessions already logged are left as they are.",
                )
            )
        )
        self.boxes: list[tuple[QCheckBox, int, dt.date]] = []
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for plan in plans:
            box = QGroupBox(
                translate("Calendar", "{name}: {n} × {minutes} min").format(
                    name=plan.name, n=plan.sessions, minutes=plan.minutes_per_session
                )
            )
            inner = QVBoxLayout(box)
            for index, session_day in enumerate(plan.days):
                check = QCheckBox(
                    translate("Calendar", "{sym} missed on {day}").format(
                        sym=SYMBOLS["missed"], day=short_day(session_day)
                    )
                )
                if index < plan.logged:
                    check.setText(
                        translate("Calendar", "Already logged ({day})").format(day=short_day(session_day))
                    )
                    check.setEnabled(False)
                else:
                    self.boxes.append((check, plan.service_id, session_day))
                inner.addWidget(check)
            if not plan.fixed_days:
                inner.addWidget(
                    note(
                        translate(
                            "Calendar",
                            "No fixed days: the first school days of the week are used as the dates.",
                        )
                    )
                )
            column.addWidget(box)
        if not plans:
            column.addWidget(note(translate("Calendar", "No weekly sessions are expected this week.")))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setMinimumHeight(min(420, 120 + 90 * len(plans)))
        layout.addWidget(scroll)

        self.source_box = QComboBox()
        self.source_box.setAccessibleName(translate("Calendar", "How you know"))
        for source, caption in sources():
            self.source_box.addItem(caption, source)
        form = QFormLayout()
        label = QLabel(translate("Calendar", "How you &know:"))
        label.setBuddy(self.source_box)
        form.addRow(label, self.source_box)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            translate("Calendar", "&Log the week"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setEnabled(bool(self.boxes))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        main_action(self, self.ok_button)  # set once the button is in the dialog
        if self.boxes:
            self.boxes[0][0].setFocus()

    def except_days(self) -> dict[int, set[dt.date]]:
        out: dict[int, set[dt.date]] = {}
        for check, service_id, day in self.boxes:
            if check.isChecked():
                out.setdefault(service_id, set()).add(day)
        return out

    def source(self) -> str | None:
        value = self.source_box.currentData()
        return str(value) if value else None
