"""A short list of linked records with "add" and "remove" buttons (attachments, provisions, incidents)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

#: A record in the list: ("document", 12), ("incident", 3), or ("file", "/path/mail.eml") not yet stored.
Key = tuple[str, object]


class RecordList(QWidget):
    add_requested = Signal()
    changed = Signal()

    def __init__(self, name: str, add_text: str, add_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        self.list.setMaximumHeight(84)
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_name)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(
            self.tr("Remove the selected item from: {name}").format(name=name)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._remove)
        self.list.itemSelectionChanged.connect(self._update)
        self._update()

    def set_items(self, items: list[tuple[Key, str]]) -> None:
        self.list.clear()
        for key, label in items:
            self.add_item(key, label, notify=False)
        self._update()

    def add_item(self, key: Key, label: str, notify: bool = True) -> None:
        if key in self.record_keys():
            return
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.list.addItem(item)
        self._update()
        if notify:
            self.changed.emit()

    def record_keys(self) -> list[Key]:
        return [tuple(self.list.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.list.count())]

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._update()
            self.changed.emit()

    def _update(self) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0 and bool(self.list.selectedItems()))
        self.list.setVisible(self.list.count() > 0)

    def clear(self) -> None:
        self.list.clear()
        self._update()
