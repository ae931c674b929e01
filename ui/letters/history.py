"""The saved versions of a letter: read an earlier one, and restore it if you want it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.dialog_keys import main_action
from ui.widgets.labels import note


class HistoryDialog(QDialog):
    def __init__(self, versions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier versions"))
        self.resize(760, 520)
        self._versions = list(versions)
        self.chosen_text: str | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved versions, newest first"))
        self.list.setMaximumWidth(260)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("The text of the chosen version"))
        list_label = QLabel(self.tr("&Saved versions:"))
        list_label.setBuddy(self.list)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.list)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.restore_button = QPushButton(self.tr("&Restore this version"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen version into the editor"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)

        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "Every save is kept. Restoring puts the chosen text back in the editor and saves it as "
                    "a new version; nothing is lost."
                )
            )
        )
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        count = len(self._versions)
        for number, (when, _text) in reversed(list(enumerate(self._versions, start=1))):
            label = self.tr("Version {n}: {when}").format(n=number, when=when)
            if number == count:
                label = self.tr("{label} (current)").format(label=label)
            self.list.addItem(label)
        self.list.currentRowChanged.connect(self._show)
        if count:
            self.list.setCurrentRow(min(1, count - 1))  # the one before the current, if there is one
        main_action(self, self.restore_button)  # Enter on the list restores the chosen version
        self.list.setFocus()

    def _index(self, row: int) -> int:
        return len(self._versions) - 1 - row

    def _show(self, row: int) -> None:
        if row < 0 or not self._versions:
            self.preview.clear()
            self.restore_button.setEnabled(False)
            return
        self.preview.setPlainText(self._versions[self._index(row)][1])
        self.restore_button.setEnabled(row != 0)  # row 0 is the current text

    def _restore(self) -> None:
        row = self.list.currentRow()
        if row > 0:
            self.chosen_text = self._versions[self._index(row)][1]
            self.accept()

    def forget(self) -> None:
        self._versions = []
        self.chosen_text = None
        self.list.clear()
        self.preview.setPlainText("")
        self.preview.document().clearUndoRedoStacks()
