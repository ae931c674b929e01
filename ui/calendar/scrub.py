"""Blank a widget tree: used on dialogs still open when the case locks (they are closed right after,
but must not show case text for even a moment)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

_CLEARABLE = (QLineEdit, QPlainTextEdit, QTextEdit, QLabel, QComboBox, QListWidget, QTableWidget, QTreeWidget)


def scrub(root: QWidget) -> None:
    for widget in [root, *root.findChildren(QWidget)]:
        widget.setToolTip("")
        widget.setAccessibleName("")
        widget.setAccessibleDescription("")
        if isinstance(widget, _CLEARABLE):
            widget.clear()
        elif isinstance(widget, QAbstractButton):
            widget.setText("")
        elif isinstance(widget, QGroupBox):
            widget.setTitle("")
        elif isinstance(widget, QAbstractItemView):
            model = widget.model()
            if hasattr(model, "set_rows"):
                model.set_rows([])
    root.setWindowTitle("")


def close_dialogs(owner: QWidget) -> None:
    """Blank and reject every dialog ``owner`` opened (its children)."""
    for dialog in owner.findChildren(QDialog):
        scrub(dialog)
        dialog.reject()
        dialog.hide()
