"""Importing a district calendar (each event shown with what IEPDesk thinks it is; the unknown ones for
the parent to mark) and exporting the schedule (with the warning that the file is not encrypted)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iepdesk.dates import DateTextError
from iepdesk.schedule.ics import IcsEvent
from ui import messages
from ui.calendar.texts import Calendar, kind_label, short_day
from ui.i18n import translate
from ui.widgets.date_field import DateField, require_readable
from ui.widgets.dialog_keys import main_action
from ui.widgets.labels import heading, note

UNKNOWN = "unknown"


def choices() -> list[tuple[str, str]]:
    return [
        ("day_off", translate("Calendar", "No school (day off)")),
        ("first_day", translate("Calendar", "First day of school")),
        ("last_day", translate("Calendar", "Last day of school")),
        ("school_day", translate("Calendar", "A school day (nothing to change)")),
        ("ignore", translate("Calendar", "Not about school days (skip)")),
    ]


def _dates(event: IcsEvent) -> str:
    if event.first_day == event.last_day:
        return short_day(event.first_day)
    return translate("Calendar", "{first} to {last}").format(
        first=short_day(event.first_day), last=short_day(event.last_day)
    )


class IcsImportDialog(QDialog):
    """After exec(): ``decisions()`` {uid: choice} for every event the parent marked or confirmed."""

    def __init__(self, events: list[IcsEvent], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.setWindowTitle(translate("Calendar", "Import the district calendar"))
        self.setMinimumSize(820, 560)
        unknown = sum(1 for e in events if e.suggestion == UNKNOWN)
        self.table = QTableWidget(len(events), 3)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Calendar", "Dates"),
                translate("Calendar", "Event"),
                translate("Calendar", "What it means for school"),
            ]
        )
        self.table.setAccessibleName(translate("Calendar", "Events of the calendar file"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: list[QComboBox] = []
        for row, event in enumerate(events):
            needs_you = event.suggestion == UNKNOWN
            mark = "? " if needs_you else ""
            self.table.setItem(row, 0, QTableWidgetItem(_dates(event)))
            name = QTableWidgetItem(mark + event.summary)
            if needs_you:
                font = name.font()
                font.setBold(True)
                name.setFont(font)
            self.table.setItem(row, 1, name)
            combo = QComboBox()
            combo.setAccessibleName(
                translate("Calendar", "What {event} on {dates} means for school").format(
                    event=event.summary, dates=_dates(event)
                )
            )
            for value, label in choices():
                if value == "day_off" and event.day_off_kind and not needs_you:
                    label = translate("Calendar", "No school ({kind})").format(
                        kind=kind_label(event.day_off_kind)
                    )
                combo.addItem(label, value)
            if needs_you:
                combo.setPlaceholderText(translate("Calendar", "? Choose…"))
                combo.setCurrentIndex(-1)
            else:
                combo.setCurrentIndex(max(0, combo.findData(event.suggestion)))
            combo.currentIndexChanged.connect(lambda _i: self._update())
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.only_unknown = QCheckBox(translate("Calendar", "Show only the events that need you (marked ?)"))
        self.only_unknown.toggled.connect(self._filter)
        self.only_unknown.setEnabled(unknown > 0)
        self.summary = note()
        self.summary.setAccessibleName(translate("Calendar", "What the import will do"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            translate("Calendar", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        layout.addWidget(heading(Calendar.tr("%n events in the file", "", len(events)), 1.2))
        layout.addWidget(
            note(
                translate(
                    "Calendar",
                    "IEPDesk guessed what each event means from its title. Check the guesses, and mark the "
                    "events with a ? (it could not tell). Days off stop sessions from being expected; the "
                    "first and last day set the school year. Events left unmarked are skipped.",
                )
            )
        )
        layout.addWidget(self.only_unknown)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        main_action(self, self.import_button)
        self.only_unknown.setChecked(unknown > 0)
        self._update()
        self.table.resizeColumnsToContents()

    def _filter(self, only: bool) -> None:
        for row, event in enumerate(self.events):
            self.table.setRowHidden(row, only and event.suggestion != UNKNOWN)

    def decisions(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for event, combo in zip(self.events, self.combos, strict=True):
            value = combo.currentData()
            out[event.uid] = str(value) if value is not None else "ignore"
        return out

    def _update(self) -> None:
        values = [combo.currentData() for combo in self.combos]
        left = sum(1 for value in values if value is None)
        days_off = sum(1 for value in values if value == "day_off")
        text = Calendar.tr("%n day-off event(s) will be added.", "", days_off)
        if left:
            text += " " + Calendar.tr("%n event(s) still need you; unmarked ones are skipped.", "", left)
        self.summary.setText(text)


class ExportDialog(QDialog):
    """Choose the dates to export; warns that the file is not encrypted."""

    def __init__(self, start: dt.date, end: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Calendar", "Export the schedule"))
        self.setMinimumWidth(520)
        self.start = DateField(translate("Calendar", "From"), start)
        self.end = DateField(translate("Calendar", "To"), end)
        form = QFormLayout()
        for text, edit in (
            (translate("Calendar", "&From:"), self.start),
            (translate("Calendar", "&To:"), self.end),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
        warning = note(
            translate(
                "Calendar",
                "The file lists the expected sessions of each service and the case's deadlines, for a phone "
                "or computer calendar. It is NOT encrypted: anyone who gets the file, or the calendar "
                "account you add it to, can read the service names and dates. Keep it somewhere private.",
            )
        )
        font = warning.font()
        font.setBold(True)
        warning.setFont(font)
        warning.setAccessibleName(translate("Calendar", "Warning: the exported file is not encrypted"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            translate("Calendar", "&Choose where to save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        main_action(self, self.ok_button)

    def _accept(self) -> None:
        try:
            require_readable(self.start, self.end)
        except DateTextError as exc:  # never exported for dates other than the ones typed
            messages.show_error(self, translate("Calendar", "Not exported"), exc)
            return
        self.accept()

    def dates(self) -> tuple[dt.date, dt.date]:
        return self.start.checked_value(), self.end.checked_value()
