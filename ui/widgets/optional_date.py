"""A date that may be unknown: a "known" checkbox beside a date field showing "Not set"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

_UNSET = QDate(1900, 1, 1)


class OptionalDateEdit(QWidget):
    changed = Signal()

    def __init__(
        self, accessible_name: str, default_years_ago: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._default_years_ago = default_years_ago
        self.known = QCheckBox(self.tr("Known"))
        self.known.setAccessibleName(self.tr("{what} is known").format(what=accessible_name))
        self.edit = QDateEdit()
        self.edit.setAccessibleName(accessible_name)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("MMMM d, yyyy")
        self.edit.setMinimumDate(_UNSET)
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.edit.setMinimumWidth(200)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.known)
        self.setTabOrder(self.known, self.edit)
        self.known.toggled.connect(self._on_known)
        self.edit.dateChanged.connect(self.changed)
        self.set_value(None)

    def value(self) -> date | None:
        if not self.known.isChecked() or self.edit.date() == _UNSET:
            return None
        value: date = self.edit.date().toPython()  # type: ignore[assignment]
        return value

    def set_value(self, value: date | None) -> None:
        blocked = self.blockSignals(True)
        self.known.setChecked(value is not None)
        self.edit.setDate(QDate(value) if value is not None else _UNSET)
        self.edit.setEnabled(value is not None)
        self.blockSignals(blocked)

    def _on_known(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on and self.edit.date() == _UNSET:
            today = QDate.currentDate()
            self.edit.setDate(today.addYears(-self._default_years_ago))
        elif not on:
            self.edit.setDate(_UNSET)
        if on:
            self.edit.setFocus()
        self.changed.emit()
