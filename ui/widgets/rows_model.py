"""Read-only tables of records that each have an ``id`` (contacts, documents, messages): model and view.

Subclasses give the headers and implement ``data``; the list handling is here once.
"""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

Index = QModelIndex | QPersistentModelIndex


class HasId(Protocol):
    @property
    def id(self) -> int | None: ...


Row = TypeVar("Row", bound=HasId)


class RowsModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self._rows: list[Row] = []
        self._headers = headers

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_data(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int | None) -> int:
        for row, data in enumerate(self._rows):
            if data.id == record_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


def record_table(model: QAbstractTableModel, accessible_name: str, *, several: bool = False) -> QTableView:
    """A read-only table of records: whole rows selected, Tab leaves the table, no row numbers."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = QAbstractItemView.SelectionMode
    table.setSelectionMode(mode.ExtendedSelection if several else mode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)
    # Headings start where their column's text starts: centred, the heading of a wide column scrolled
    # half out of view was drawn out of sight (a blank heading over the documents' titles).
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def select_record(table: QTableView, model: RowsModel[Any], record_id: int | None) -> None:
    """Select (and scroll to) the row of ``record_id`` alone; none when it is not listed."""
    row = model.row_of(record_id)
    if row < 0:
        table.clearSelection()
        return
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().setCurrentIndex(model.index(row, 0), flags.ClearAndSelect | flags.Rows)
    table.scrollTo(model.index(row, 0))
