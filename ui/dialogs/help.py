"""Help: the keyboard shortcuts the window really registers, and the user guide, offline.

The shortcut list is read from the QActions and QShortcuts that exist under the main window when it is
opened, so it cannot drift from what the keys do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from iepdesk.i18n import current as current_language
from iepdesk.paths import bundled_doc


@dataclass(frozen=True)
class Shortcut:
    keys: tuple[QKeySequence, ...]
    what: str
    where: str

    def key_text(self) -> str:
        return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in self.keys)


class _Words(QObject):
    """The translated words of this module (the functions below have no self to call tr() on)."""

    def everywhere(self) -> str:
        return self.tr("Everywhere")

    def fallback(self, key: QKeySequence) -> str:
        standard = {
            QKeySequence.StandardKey.Delete: self.tr("Delete the selected item"),
            QKeySequence.StandardKey.Copy: self.tr("Copy the selected item"),
            QKeySequence.StandardKey.Undo: self.tr("Undo"),
            QKeySequence.StandardKey.Redo: self.tr("Redo"),
            QKeySequence.StandardKey.Save: self.tr("Save"),
        }
        for which, text in standard.items():
            if key in QKeySequence.keyBindings(which):
                return text
        if key in (QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)):
            return self.tr("Open the selected item")
        return ""


def _plain(text: str) -> str:
    """An action's text without its mnemonic marks ("&Lock" → "Lock"; "A && B" → "A & B")."""
    return re.sub(r"&(&|(?=\S))", lambda m: m.group(1), text).replace("…", "").strip()


def _where(widget: QObject | None, window: QMainWindow, words: _Words) -> str:
    """The sidebar title of the page ``widget`` is on, or "Everywhere" for the window itself."""
    stack = window.findChild(QStackedWidget)
    titles = getattr(window, "sidebar", None)
    while widget is not None:
        if stack is not None and isinstance(widget, QWidget) and widget.parentWidget() is stack:
            index = stack.indexOf(widget)
            item = titles.item(index) if titles is not None else None
            return item.text() if item is not None else ""
        widget = widget.parent()
    return words.everywhere()


def registered_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every shortcut under ``window``: its keys, what it does and where it works."""
    words = _Words()
    found: dict[tuple[str, str], list[QKeySequence]] = {}
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys:
            continue
        what = _plain(action.text()) or _plain(action.toolTip()) or words.fallback(keys[0])
        found.setdefault((what, _where(action.parent(), window, words)), []).extend(keys)
    for shortcut in window.findChildren(QShortcut):
        key = shortcut.key()
        if key.isEmpty():
            continue
        what = _plain(shortcut.whatsThis()) or words.fallback(key)
        found.setdefault((what, _where(shortcut.parent(), window, words)), []).append(key)
    out = []
    for (what, where), keys in found.items():
        unique = list(dict.fromkeys(keys))
        out.append(Shortcut(tuple(unique), what, where))
    everywhere = words.everywhere()
    return sorted(out, key=lambda s: (s.where != everywhere, s.where, s.key_text()))


class ShortcutsDialog(QDialog):
    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(720, 560)
        self.shortcuts = shortcuts
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does"), self.tr("Where")])
        for entry in shortcuts:
            row = [QStandardItem(entry.key_text()), QStandardItem(entry.what), QStandardItem(entry.where)]
            for item in row:
                item.setEditable(False)
                item.setToolTip(item.text())
            self.model.appendRow(row)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        intro = QLabel(
            self.tr(
                "Keys that work in the window. “Where” is the page they work on; some work only when "
                "a list or the calendar has the focus."
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the list of shortcuts"))
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus()


def guide_path(language: str | None = None) -> Path:
    """The user guide in ``language`` (the window's language when None): docs/user-guide.<language>.md,
    or the English docs/user-guide.md when that language has none."""
    language = current_language() if language is None else language
    if language != "en":
        translated = bundled_doc(f"user-guide.{language}.md")
        if translated.is_file():
            return translated
    return bundled_doc("user-guide.md")


class UserGuideDialog(QDialog):
    """The user guide shipped with the app, in the window's language, shown as formatted text; links open
    nothing (no network)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("IEPDesk user guide"))
        self.resize(780, 680)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        path = guide_path()
        try:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the user guide"))
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.browser.setFocus()


def show_shortcuts(window: QMainWindow) -> None:
    dialog = ShortcutsDialog(registered_shortcuts(window), window)
    dialog.exec()
    dialog.deleteLater()


def show_user_guide(window: QMainWindow) -> None:
    dialog = UserGuideDialog(window)
    dialog.exec()
    dialog.deleteLater()
