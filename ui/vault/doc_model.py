"""The documents as a table: date, title, kind, tags, size."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ui.vault.documents_ctl import DocRow, human_size, kind_labels
from ui.widgets.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex


class DocumentsModel(RowsModel[DocRow]):
    def __init__(self) -> None:
        super().__init__([])
        self._kinds = kind_labels()
        self._headers = [self.tr("Date"), self.tr("Title"), self.tr("Kind"), self.tr("Tags"), self.tr("Size")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        doc = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return doc.doc_date.isoformat() if doc.doc_date else self.tr("No date")
            if column == 1:
                return doc.title
            if column == 2:
                return self._kinds.get(doc.kind, doc.kind)
            if column == 3:
                return doc.tags
            return human_size(doc.size)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and doc.filename != doc.title:
            return self.tr("File name: {name}").format(name=doc.filename)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
