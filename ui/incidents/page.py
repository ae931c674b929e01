"""The Incidents area of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from iepdesk.drafts import Draft
from ui.incidents.incidents_view import IncidentsView
from ui.shell.case_page import CasePage
from ui.shell.services import Services
from ui.widgets.read_only import hold_read_only


def title() -> str:
    return QCoreApplication.translate("MainWindow", "Incidents")


class IncidentsPage(CasePage):
    #: An incident dialog open when the case locked is kept under this key (IncidentDialog.draft_form).
    draft_form = "incident"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = IncidentsView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._loaded = False

    def load(self) -> None:
        self._loaded = True
        self.view.load()

    def save_pending(self) -> None:
        """Incidents are saved when their dialog closes; nothing waits here."""

    def restore_draft(self, draft: Draft) -> bool:
        """The incident being written when the case locked: its dialog opens again, filled and marked,
        once the window shows."""
        if not self._loaded or not isinstance(draft.values.get("fields"), dict):
            return False

        def resume() -> None:
            if self._loaded:
                self.view.resume_draft(draft)

        QTimer.singleShot(0, resume)
        return True

    def clear(self) -> None:
        self._loaded = False
        self.view.clear()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded:
            self.view.load()  # incidents recorded from the calendar show at once


def make_page(services: Services) -> CasePage:
    """The Incidents area runs no background work and asks for no file."""
    page = IncidentsPage()
    view = page.view
    hold_read_only(services.read_only, view.add_button, view.edit_button, view.delete_button)
    return page
