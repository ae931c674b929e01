"""The Communications area of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.pages.base import CasePage
from ui.pages.placeholder import PlaceholderPage


def title() -> str:
    return QCoreApplication.translate("MainWindow", "Communications")


def make_page() -> CasePage:
    """The page shown for this area (a placeholder until the area is built)."""
    return PlaceholderPage(
        title(),
        QCoreApplication.translate(
            "MainWindow",
            "Emails, calls, meetings and letters with the school, with follow-up dates and help "
            "writing calm, factual messages.",
        ),
    )
