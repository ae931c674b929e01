"""The Progress area of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.progress.goals_view import ProgressView
from ui.shell.case_page import CasePage
from ui.shell.services import Services
from ui.widgets.read_only import hold_read_only


def title() -> str:
    return QCoreApplication.translate("MainWindow", "Progress")


class ProgressPage(CasePage):
    def __init__(self, services: Services | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ProgressView(services)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._loaded = False
        self.view.go_to_iep.connect(self._go_to_iep)

    def load(self) -> None:
        self._loaded = True
        self.view.load()

    def save_pending(self) -> None:
        """Data points and reports are saved when their dialog closes; nothing waits here."""

    def clear(self) -> None:
        self._loaded = False
        self.view.clear()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded:
            self.view.refresh()  # goals changed on the IEP page show at once

    def _go_to_iep(self) -> None:
        window = self.window()
        pages = getattr(window, "pages", None)
        show = getattr(window, "show_page", None)
        if not isinstance(pages, list) or not callable(show):
            return
        for index, page in enumerate(pages):
            if type(page).__module__.startswith("ui.iep."):
                show(index)
                return


def make_page(services: Services) -> CasePage:
    page = ProgressPage(services)
    view = page.view
    hold_read_only(
        services.read_only,
        view.add_button,
        view.edit_button,
        view.delete_button,
        view.import_button,
        view.undo_button,
        view.record_report_button,
        view.edit_report_button,
        view.delete_report_button,
    )
    return page
