"""The details of one IEP version as a form: kind, signed or draft, its dates, notes. It saves nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QWidget

from iepdesk.iep import VersionKind, VersionStatus
from iepdesk.iep.store import VersionRow
from ui.iep import fields, words
from ui.widgets.date_field import require_readable
from ui.widgets.optional_date import OptionalDateEdit


class VersionForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.kind = fields.choice(
            self.tr("Kind of IEP"), [(words.version_kind_name(k.value), k.value) for k in VersionKind]
        )
        self.status = fields.choice(
            self.tr("Signed or draft"), [(words.version_status_name(s.value), s.value) for s in VersionStatus]
        )
        self.meeting_date = OptionalDateEdit(self.tr("Meeting date"))
        self.effective_from = OptionalDateEdit(self.tr("In effect from"))
        self.effective_to = OptionalDateEdit(self.tr("In effect until"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes about this IEP"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.notes.setPlaceholderText(
            self.tr("Anything to remember: who attended, what was refused, what is pending")
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        rows = (
            (self.tr("&Kind:"), self.kind, 0, 0),
            (self.tr("Si&gned:"), self.status, 0, 2),
            (self.tr("&Meeting date:"), self.meeting_date, 1, 0),
            (self.tr("In effect &from:"), self.effective_from, 2, 0),
            (self.tr("&Until:"), self.effective_to, 2, 2),
            (self.tr("N&otes:"), self.notes, 3, 0),
        )
        for text, widget, row, column in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1, 1, 3 if widget is self.notes else 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.setTabOrder(self.kind, self.status)
        self.setTabOrder(self.status, self.meeting_date)
        self.setTabOrder(self.meeting_date.edit, self.effective_from)
        self.setTabOrder(self.effective_from.edit, self.effective_to)
        self.setTabOrder(self.effective_to.edit, self.notes)
        for combo in (self.kind, self.status):
            combo.currentIndexChanged.connect(self._on_edit)
        for date in (self.meeting_date, self.effective_from, self.effective_to):
            date.changed.connect(self._on_edit)
        self.notes.textChanged.connect(self._on_edit)
        self.keys = fields.KeyRules(self, enter=False)  # Ctrl+Z reaches the editor's undo when done
        for widget in (self.kind, self.status, self.notes):
            widget.installEventFilter(self.keys)
        for date in (self.meeting_date, self.effective_from, self.effective_to):
            date.edit.installEventFilter(self.keys)
        self.load(None)

    def _on_edit(self) -> None:
        if not self._loading:
            self.edited.emit()

    def load(self, row: VersionRow | None) -> None:
        self._loading = True
        try:
            fields.set_choice(self.kind, row.kind if row else VersionKind.ANNUAL.value)
            fields.set_choice(self.status, row.status if row else VersionStatus.DRAFT.value)
            self.meeting_date.set_value(row.meeting_date if row else None)
            self.effective_from.set_value(row.effective_from if row else None)
            self.effective_to.set_value(row.effective_to if row else None)
            self.notes.setPlainText(row.notes if row else "")
        finally:
            self._loading = False
        self.setEnabled(row is not None)

    def check_dates(self) -> None:
        """Before saving: DateTextError names a date that cannot be read (``values`` has None there)."""
        require_readable(self.meeting_date, self.effective_from, self.effective_to)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "status": self.status.currentData(),
            "meeting_date": self.meeting_date.value(),
            "effective_from": self.effective_from.value(),
            "effective_to": self.effective_to.value(),
            "notes": self.notes.toPlainText().strip(),
        }
