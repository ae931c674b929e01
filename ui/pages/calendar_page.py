"""The Calendar & log area of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.pages.base import CasePage
from ui.pages.placeholder import PlaceholderPage


def title() -> str:
    return QCoreApplication.translate("MainWindow", "Calendar & log")


def make_page() -> CasePage:
    """The page shown for this area (a placeholder until the area is built)."""
    return PlaceholderPage(
        title(),
        QCoreApplication.translate(
            "MainWindow",
            "The school calendar and a day-by-day log of each session: delivered, cut short, missed "
            "or made up, with the reason. From it, the minutes owed are counted.",
        ),
    )
