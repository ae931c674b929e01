"""The team as a table: name, role, email, phone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.controllers.profile import ContactData

Index = QModelIndex | QPersistentModelIndex


class TeamModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ContactData] = []
        self._headers = [self.tr("Name"), self.tr("Role"), self.tr("Email"), self.tr("Phone")]

    def set_rows(self, rows: list[ContactData]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_data(self, row: int) -> ContactData | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, contact_id: int | None) -> int:
        for row, data in enumerate(self._rows):
            if data.id == contact_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        contact = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (contact.name, contact.role, contact.email, contact.phone)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and contact.notes:
            return contact.notes
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None
