"""The Letters & binder area of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.pages.base import CasePage
from ui.pages.placeholder import PlaceholderPage


def title() -> str:
    return QCoreApplication.translate("MainWindow", "Letters & binder")


def make_page() -> CasePage:
    """The page shown for this area (a placeholder until the area is built)."""
    return PlaceholderPage(
        title(),
        QCoreApplication.translate(
            "MainWindow",
            "Letters and complaint drafts filled in from the case, and a printed binder to bring to "
            "meetings.",
        ),
    )
