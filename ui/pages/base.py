"""What every page of the main window can be asked to do."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class CasePage(QWidget):
    """A page that shows case content. The main window calls these; nothing else reaches in."""

    def load(self) -> None:
        """Read what the page shows from the unlocked case."""

    def save_pending(self) -> None:
        """Save edits not yet saved (called before the case locks). Must not raise."""

    def clear(self) -> None:
        """Forget every bit of case text the page shows (called when the case locks)."""
