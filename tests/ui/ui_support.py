"""Helpers of the UI tests: driving the unlock dialog and scanning every widget for case text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.shell.controller import AppController

PASSPHRASE = "maple river lantern cocoa"
CHILD = "Maya Testchild"
WAIT_MS = 20_000


def unlock_with(qtbot: QtBot, controller: AppController, passphrase: str) -> None:
    """Type the passphrase into the unlock dialog and press Enter."""
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make ``window`` the active window and wait until it is.

    Only the active window takes the keyboard focus and its shortcuts. Waiting for the application to be
    active is not enough: it already is while the window before (the unlock dialog) still holds that role,
    and a ``setFocus`` then only remembers the widget for later, leaving nothing focused.
    """
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)


def open_case(qtbot: QtBot, controller: AppController, path: Path, passphrase: str = PASSPHRASE) -> None:
    controller.open_case(path)
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None and controller.unlock_dialog.isVisible())
    unlock_with(qtbot, controller, passphrase)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.isVisible(), timeout=WAIT_MS
    )


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts: list[str] = []

    def columns(parent: QModelIndex) -> int:
        try:
            return int(model.columnCount(parent))
        except TypeError:  # a list model (its columnCount is not public)
            return 1

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if value is not None:
                        texts.append(str(value))
                if column == 0 and not isinstance(model, QAbstractTableModel) and model.rowCount(index) > 0:
                    walk(index)

    walk(QModelIndex())
    return texts


def widget_texts(widget: QWidget) -> list[str]:
    """Every text a widget can show: title, tooltip, content, items."""
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    if isinstance(widget, QLineEdit):
        texts += [widget.text(), widget.placeholderText()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QPlainTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())] + [widget.currentText()]
    if isinstance(widget, QAbstractItemView):
        texts += _model_texts(widget)
    return texts


def find_case_text(secrets: list[str]) -> list[str]:
    """Where any of ``secrets`` is still shown, as "WidgetClass: text" lines (empty when clean)."""
    found: list[str] = []
    for widget in QApplication.allWidgets():
        for text in widget_texts(widget):
            for secret in secrets:
                if secret.lower() in text.lower():
                    found.append(f"{type(widget).__name__}: {text!r}")
    return found
