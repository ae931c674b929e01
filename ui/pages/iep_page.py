"""The IEP area of the main window: versions, the provision editor, and comparison (ui/iep/)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.iep.page import IepPage
from ui.pages.base import CasePage
from ui.services import Services


def title() -> str:
    return QCoreApplication.translate("MainWindow", "IEP")


def make_page(services: Services) -> CasePage:
    """The IEP area runs no background work and asks for no file."""
    return IepPage()
