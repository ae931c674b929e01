"""One search over everything in the case (Ctrl+F): results grouped by kind, each opens its item.

A page opens a result when it has ``show_record(kind: str, record_id: int) -> bool`` (the Documents
and Communications pages do); for the others the search switches to their page and shows the snippet.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from ui.search.dialog import SearchDialog


def open_search(window: QMainWindow) -> SearchDialog:
    """Show the window's search box (one per window), focused and ready to type."""
    dialog = window.findChild(SearchDialog)
    if dialog is None:
        dialog = SearchDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.query.setFocus()
    dialog.query.selectAll()
    return dialog


__all__ = ["SearchDialog", "open_search"]
