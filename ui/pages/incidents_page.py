"""The Incidents area of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.pages.base import CasePage
from ui.pages.placeholder import PlaceholderPage


def title() -> str:
    return QCoreApplication.translate("MainWindow", "Incidents")


def make_page() -> CasePage:
    """The page shown for this area (a placeholder until the area is built)."""
    return PlaceholderPage(
        title(),
        QCoreApplication.translate(
            "MainWindow",
            "Dated notes of each time an accommodation or service was not given, with who reported it"
            " and the evidence.",
        ),
    )
