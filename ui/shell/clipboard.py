"""Tracks text that IEPDesk put on the clipboard, so locking can clear it (and nothing else)."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """Remembers a hash of each text copied from the app (never the text itself)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: set[bytes] = set()
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._clipboard.dataChanged.connect(self._on_changed)

    def copy(self, text: str) -> None:
        """Put text on the clipboard on the app's behalf (a "Copy" action)."""
        self._ours.add(_digest(text))
        self._clipboard.setText(text)

    def _on_changed(self) -> None:
        # A copy made in one of our windows (Ctrl+C in a field): the app is the active one.
        ours = self._clipboard.ownsClipboard() or (
            QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        )
        text = self._clipboard.text()
        if ours and text:
            self._ours.add(_digest(text))

    def holds_ours(self) -> bool:
        text = self._clipboard.text()
        return bool(text) and _digest(text) in self._ours

    def clear_if_ours(self) -> bool:
        """Empty the clipboard if it still holds something copied from the app. True if cleared."""
        cleared = False
        if self.holds_ours():
            self._clipboard.clear()
            cleared = True
        # X11's "primary selection" holds whatever text was last selected in one of our fields.
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)
        self._ours.clear()
        return cleared
