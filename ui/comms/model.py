"""The communications as a table: date, how, to or from, people, subject, follow-up."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ui.comms.entries_ctl import CommRow, channel_labels
from ui.widgets.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex


def when_text(when: str) -> str:
    return when.replace("T", " ")


class CommsModel(RowsModel[CommRow]):
    def __init__(self) -> None:
        super().__init__([])
        self._channels = channel_labels()
        self._directions = {"to_school": self.tr("To school"), "from_school": self.tr("From school")}
        self._headers = [
            self.tr("Date"),
            self.tr("How"),
            self.tr("To / from"),
            self.tr("People"),
            self.tr("Subject"),
            self.tr("Follow-up"),
        ]

    def _follow_up(self, row: CommRow) -> str:
        if row.follow_up is None:
            return ""
        if row.follow_up_done:
            return self.tr("{date} (done)").format(date=row.follow_up.isoformat())
        if row.follow_up < dt.date.today():
            return self.tr("{date} (overdue)").format(date=row.follow_up.isoformat())
        return row.follow_up.isoformat()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        roles = Qt.ItemDataRole
        if role in (roles.DisplayRole, roles.AccessibleTextRole, roles.ToolTipRole):  # the tip: when elided
            return (
                when_text(row.when),
                self._channels.get(row.channel, row.channel),
                self._directions.get(row.direction, row.direction),
                row.people,
                row.subject,
                self._follow_up(row),
            )[index.column()]
        return None
