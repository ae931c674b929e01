"""Choose records to link to: a kind, a filter, and a list (several can be chosen at once)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.vault import records_ctl
from ui.widgets.dialog_keys import main_action

Lister = Callable[[str], list[tuple[int, str]]]


class LinkPicker(QDialog):
    def __init__(
        self,
        kinds: Sequence[str],
        title: str,
        parent: QWidget | None = None,
        lister: Lister = records_ctl.choices,
        exclude: Sequence[tuple[str, int]] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(520, 420)
        self._lister = lister
        self._exclude = set(exclude)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of record"))
        for kind in kinds:
            self.kind.addItem(records_ctl.kind_name(kind), kind)
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Show only records with these words"))
        self.filter.setPlaceholderText(self.tr("Type to narrow the list"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Records to choose from"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.empty = QLabel(self.tr("There is nothing of this kind in the case yet."))
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Link"))
        form = QFormLayout()
        if len(kinds) > 1:
            form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Find:"), self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill())
        self.filter.textChanged.connect(self._narrow)
        self.list.itemSelectionChanged.connect(self._update)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        main_action(self, self.ok_button)  # Enter in Find or on the list links the chosen records
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        kind = str(self.kind.currentData())
        for record_id, label in self._lister(kind):
            if (kind, record_id) in self._exclude:
                continue
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            self.list.addItem(item)
        self.empty.setVisible(self.list.count() == 0)
        self._narrow(self.filter.text())

    def _narrow(self, text: str) -> None:
        words = text.lower().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not all(w in item.text().lower() for w in words))
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.list.selectedItems()))

    def chosen(self) -> list[tuple[str, int]]:
        kind = str(self.kind.currentData())
        return [(kind, int(item.data(Qt.ItemDataRole.UserRole))) for item in self.list.selectedItems()]

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.list.clear()  # a cancelled picker keeps no case text


def pick(
    parent: QWidget | None, kinds: Sequence[str], title: str, exclude: Sequence[tuple[str, int]] = ()
) -> list[tuple[str, int]]:
    """Show the picker; the chosen (kind, id) pairs, or [] when cancelled."""
    dialog = LinkPicker(kinds, title, parent, exclude=exclude)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []
    finally:
        dialog.list.clear()
        dialog.deleteLater()
