"""The team as a table: name, role, email, phone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ui.settings.profile_ctl import ContactData
from ui.widgets.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex


class TeamModel(RowsModel[ContactData]):
    def __init__(self) -> None:
        super().__init__([])
        self._headers = [self.tr("Name"), self.tr("Role"), self.tr("Email"), self.tr("Phone")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        contact = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (contact.name, contact.role, contact.email, contact.phone)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and contact.notes:
            return contact.notes
        return None
