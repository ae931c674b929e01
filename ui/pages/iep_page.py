"""The IEP area of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.pages.base import CasePage
from ui.pages.placeholder import PlaceholderPage


def title() -> str:
    return QCoreApplication.translate("MainWindow", "IEP")


def make_page() -> CasePage:
    """The page shown for this area (a placeholder until the area is built)."""
    return PlaceholderPage(
        title(),
        QCoreApplication.translate(
            "MainWindow",
            "The IEP written down precisely: each service with its minutes, how often, where and by "
            "whom; each accommodation with when it applies and whether your child must ask for it; "
            "each goal. Every version is kept, so you can compare them.",
        ),
    )
