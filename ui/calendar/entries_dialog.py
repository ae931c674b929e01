"""The entries behind one figure of the ledger, and for "not recorded" the periods with no entry."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iepdesk.schedule.entries import EntryRow
from ui.calendar.entries_model import EntriesModel, entries_table
from ui.calendar.texts import month_title, short_day
from ui.i18n import translate
from ui.widgets.dialog_keys import main_action
from ui.widgets.labels import heading, note


def period_text(day: dt.date, period: str) -> str:
    if period == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return translate("Calendar", "The week of {day}: no entry for its sessions").format(
            day=short_day(monday)
        )
    if period == "month":
        return translate("Calendar", "{month}: no entry for its sessions").format(
            month=month_title(day.year, day.month)
        )
    if period == "day":
        return translate("Calendar", "{day}: no entry").format(day=short_day(day))
    return translate("Calendar", "The period starting {day}: no entry for its sessions").format(
        day=short_day(day)
    )


class EntriesDialog(QDialog):
    show_day = Signal(object)  # dt.date: the parent wants to see (and log) that day

    def __init__(
        self,
        title: str,
        explanation: str,
        entries: list[EntryRow],
        empty_periods: list[dt.date],
        period: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(760, 420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        layout.addWidget(heading(title, 1.2))
        layout.addWidget(note(explanation))
        self.model = EntriesModel(self)
        self.model.set_rows(entries)
        self.table = entries_table(self.model, translate("Calendar", "Entries behind the figure"))
        self.table.resizeColumnsToContents()
        self.periods = QListWidget()
        self.periods.setAccessibleName(translate("Calendar", "Periods with no entry"))
        for day in empty_periods:
            item = QListWidgetItem(period_text(day, period))
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.periods.addItem(item)
        if entries:
            label = QLabel(translate("Calendar", "&Entries ({n}):").format(n=len(entries)))
            label.setBuddy(self.table)
            layout.addWidget(label)
            layout.addWidget(self.table, 2)
        if empty_periods:
            label = QLabel(
                translate("Calendar", "&Sessions with no entry ({n}):").format(n=len(empty_periods))
            )
            label.setBuddy(self.periods)
            layout.addWidget(label)
            layout.addWidget(self.periods, 1)
        if not entries and not empty_periods:
            layout.addWidget(note(translate("Calendar", "No entries are behind this figure.")))
            layout.addStretch(1)
        self.go_button = QPushButton(translate("Calendar", "Show that day on the &calendar"))
        self.go_button.setAccessibleName(
            translate("Calendar", "Show the selected entry's day on the calendar")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.go_button.setVisible(bool(entries or empty_periods))
        layout.addWidget(buttons)
        self.go_button.clicked.connect(self._go)
        main_action(self, self.go_button)  # Enter on an entry or an empty session shows its day
        self.table.activated.connect(lambda _i: self._go())
        self.periods.itemActivated.connect(lambda _i: self._go())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.periods.clearSelection())
        self.periods.itemSelectionChanged.connect(
            lambda: self.table.clearSelection() if self.periods.selectedItems() else None
        )
        (self.table if entries else self.periods).setFocus()
        if entries:
            self.table.selectRow(0)
        elif empty_periods:
            self.periods.setCurrentRow(0)

    def _selected_day(self) -> dt.date | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            entry = self.model.row_data(rows[0].row())
            return entry.day if entry else None
        items = self.periods.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _go(self) -> None:
        day = self._selected_day()
        if day is not None:
            self.show_day.emit(day)
            self.accept()
