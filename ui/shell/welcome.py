"""The first window: create a case, open one, or pick a recent one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iepdesk.casefile import CasePaths

_PATH_ROLE = Qt.ItemDataRole.UserRole


class WelcomeWindow(QWidget):
    """Shows choices and emits what the parent asked for; the controller does the work."""

    create_requested = Signal()
    open_requested = Signal()
    restore_requested = Signal()
    recent_chosen = Signal(str)
    recent_removed = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("IEPDesk"))
        self.setObjectName("welcome")
        self.setMinimumSize(620, 520)

        title = QLabel(self.tr("IEPDesk"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "A private record of your child's IEP: what was promised, what really happened, "
                "and the letters that follow. Everything stays on this computer, locked with "
                "your passphrase."
            )
        )
        intro.setWordWrap(True)

        self.create_button = QPushButton(self.tr("&Create a new case…"))
        self.create_button.setAccessibleName(self.tr("Create a new case"))
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        self.open_button = QPushButton(self.tr("&Open a case…"))
        self.open_button.setAccessibleName(self.tr("Open a case file"))
        self.restore_button = QPushButton(self.tr("Restore from a &backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore a case from a backup"))
        actions = QHBoxLayout()
        actions.setSpacing(10)
        actions.addWidget(self.create_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)

        recent_label = QLabel(self.tr("&Recent cases"))
        bold = QFont(recent_label.font())
        bold.setBold(True)
        recent_label.setFont(bold)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent cases"))
        self.recent.setAlternatingRowColors(True)
        self.recent.setSpacing(2)
        recent_label.setBuddy(self.recent)
        self.empty_note = QLabel(self.tr("Cases you open will be listed here."))
        self.empty_note.setEnabled(False)
        self.open_recent_button = QPushButton(self.tr("O&pen selected"))
        self.open_recent_button.setAccessibleName(self.tr("Open the selected recent case"))
        self.remove_recent_button = QPushButton(self.tr("Re&move from list"))
        self.remove_recent_button.setAccessibleName(
            self.tr("Remove the selected case from this list (the file is not deleted)")
        )
        recent_actions = QHBoxLayout()
        recent_actions.addWidget(self.open_recent_button)
        recent_actions.addWidget(self.remove_recent_button)
        recent_actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(actions)
        layout.addSpacing(16)
        layout.addWidget(recent_label)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(recent_actions)

        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self.open_recent_button.clicked.connect(self._open_selected)
        self.remove_recent_button.clicked.connect(self._remove_selected)
        self.recent.itemActivated.connect(lambda _item: self._open_selected())
        self.recent.currentItemChanged.connect(lambda *_: self._update_buttons())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.recent)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove_selected)
        self.setTabOrder(self.create_button, self.open_button)
        self.setTabOrder(self.open_button, self.restore_button)
        self.setTabOrder(self.restore_button, self.recent)
        self.setTabOrder(self.recent, self.open_recent_button)
        self.setTabOrder(self.open_recent_button, self.remove_recent_button)
        self._update_buttons()

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for text in paths:
            path = Path(text)
            missing = not CasePaths.of(path).db.exists()
            label = f"{path.name}\n{path.parent}"
            item = QListWidgetItem(label)
            item.setData(_PATH_ROLE, text)
            item.setToolTip(text)
            if missing:
                item.setText(
                    self.tr("{name} (not found)\n{folder}").format(name=path.name, folder=path.parent)
                )
                item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
                item.setToolTip(
                    self.tr(
                        "This file is no longer there. It may have been moved, "
                        "renamed or deleted. You can remove it from the list."
                    )
                )
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("not found"))
            self.recent.addItem(item)
        self.empty_note.setVisible(not paths)
        self.recent.setVisible(bool(paths))
        if paths:
            self.recent.setCurrentRow(0)
        self._update_buttons()

    def selected_path(self) -> str | None:
        item = self.recent.currentItem()
        return str(item.data(_PATH_ROLE)) if item is not None else None

    def _selected_missing(self) -> bool:
        path = self.selected_path()
        return path is not None and not CasePaths.of(path).db.exists()

    def _update_buttons(self) -> None:
        has = self.selected_path() is not None
        self.open_recent_button.setEnabled(has and not self._selected_missing())
        self.remove_recent_button.setEnabled(has)
        self.open_recent_button.setVisible(self.recent.count() > 0)
        self.remove_recent_button.setVisible(self.recent.count() > 0)

    def _open_selected(self) -> None:
        path = self.selected_path()
        if path is not None and not self._selected_missing():
            self.recent_chosen.emit(path)

    def _remove_selected(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.recent_removed.emit(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
