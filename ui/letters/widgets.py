"""Small widgets shared by the letters, binder and next-steps views."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from ui.letters.letters_ctl import Choice


def hint(text: str = "") -> QLabel:
    """A wrapped secondary line: softer than body text, still at 4.5:1 (the palette's placeholder
    colour, ui/theme/tokens.py, which follows a change of theme)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class ChoiceList(QListWidget):
    """A list of records with a checkbox each (Space toggles the current one)."""

    def __init__(self, accessible_name: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self._empty_text = empty_text
        self.setUniformItemSizes(True)
        self.setMinimumHeight(90)

    def set_choices(self, choices: Iterable[Choice], checked: Iterable[int] = ()) -> None:
        wanted = set(checked)
        self.clear()
        for choice in choices:
            item = QListWidgetItem(choice.text)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.id in wanted else Qt.CheckState.Unchecked)
            self.addItem(item)
        if self.count() == 0:
            item = QListWidgetItem(self._empty_text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
        else:
            self.setCurrentRow(0)

    def checked_ids(self) -> list[int]:
        out = []
        for row in range(self.count()):
            item = self.item(row)
            if item.checkState() == Qt.CheckState.Checked and item.data(Qt.ItemDataRole.UserRole) is not None:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.count()):
            item = self.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(state)
