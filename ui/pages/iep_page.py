"""The IEP area of the main window: versions, the provision editor, and comparison (ui/iep/)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.iep.page import IepPage
from ui.pages.base import CasePage


def title() -> str:
    return QCoreApplication.translate("MainWindow", "IEP")


def make_page() -> CasePage:
    return IepPage()
