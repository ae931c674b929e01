"""Log entries as a table: date, service, what happened (symbol and words), minutes, why, source, note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from iepdesk.schedule.entries import EntryRow
from ui.calendar.texts import SYMBOLS, minutes_text, reason_label, short_day, source_label, status_label
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
DATE, SERVICE, STATUS, MINUTES, REASON, SOURCE, NOTE = range(7)


class EntriesModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EntryRow] = []
        self._headers = [
            translate("Calendar", "Date"),
            translate("Calendar", "Service"),
            translate("Calendar", "What happened"),
            translate("Calendar", "Minutes"),
            translate("Calendar", "Why"),
            translate("Calendar", "How you know"),
            translate("Calendar", "Note"),
        ]

    def set_rows(self, rows: list[EntryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_data(self, row: int) -> EntryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        e = self._rows[index.row()]
        column = index.column()
        if column == DATE:
            return short_day(e.day)
        if column == SERVICE:
            return e.service
        if column == STATUS:
            return f"{SYMBOLS.get(e.status, '?')} {status_label(e.status)}"
        if column == MINUTES:
            return "" if e.status == "missed" else minutes_text(e.minutes)
        if column == REASON:
            return reason_label(e.reason)
        if column == SOURCE:
            return source_label(e.source)
        return e.note

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


def entries_table(model: EntriesModel, accessible_name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    return table
