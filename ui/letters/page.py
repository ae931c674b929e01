"""The Letters & binder area: letter and complaint drafts, the meeting binder, and next steps."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from iepdesk.drafts import Draft
from ui.letters import next_steps_ctl
from ui.letters.binder_view import BinderView
from ui.letters.letters_view import LettersView
from ui.letters.next_steps_view import NextStepsView
from ui.letters.services import Services
from ui.shell.case_page import CasePage
from ui.shell.services import Services as WindowServices
from ui.widgets import unsaved
from ui.widgets.page_header import PageHeader
from ui.widgets.page_layout import page_margins
from ui.widgets.read_only import hold_read_only

log = logging.getLogger(__name__)


def title() -> str:
    return QCoreApplication.translate("MainWindow", "Letters & binder")


class LettersPage(CasePage):
    draft_form = "letters"

    def __init__(self, services: WindowServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letters_page")
        #: The window's file chooser and background helper, copying, and today's date.
        self.services = Services(services, self)
        self._loaded = False
        self.letters = LettersView(self.services)
        self.binder = BinderView(self.services)
        self.next_steps = NextStepsView()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Letters, binder and next steps"))
        self.tabs.addTab(self.letters, self.tr("&Letters"))
        self.tabs.addTab(self.binder, self.tr("Meeting &binder"))
        self.tabs.addTab(self.next_steps, self.tr("Next s&teps"))
        #: The letters' own "New letter…" button is the page's main action: it works from every tab.
        self.header = PageHeader(
            title(),
            self.tr("Letters to the school drafted from the case, and the binder for the IEP meeting."),
            self.letters.new_button,
        )
        self.letters.new_button.clicked.connect(lambda: self.tabs.setCurrentWidget(self.letters))
        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        # No focus proxy: Tab into a page with one jumps to the proxy and never reaches the header's button.
        self.tabs.currentChanged.connect(self._tab_changed)
        self.next_steps.write_requested.connect(self.write)
        self.next_steps.clarity_requested.connect(lambda: next_steps_ctl.open_clarity_check(self))

    # ---- CasePage ---------------------------------------------------------------------------------
    def load(self) -> None:
        self.letters.load()
        self.binder.load()
        self.refresh_next_steps()
        self._loaded = True

    def save_pending(self) -> None:
        self.binder.save_pending()  # the binder's choices (not a record); a letter is kept as a draft

    # ---- unsaved changes: the letter being edited (ui.widgets.unsaved) ----------------------------
    def has_unsaved_changes(self) -> bool:
        return self._loaded and self.letters.has_unsaved_changes()

    def save_unsaved(self) -> bool:
        if not self.letters.save_unsaved():
            return False
        self._forget_draft()
        return True

    def discard_unsaved(self) -> None:
        self._forget_draft()
        self.letters.discard_unsaved()

    def draft_values(self) -> dict[str, Any] | None:
        return self.letters.draft_values() if self._loaded else None

    def restore_draft(self, draft: Draft) -> bool:
        if not self._loaded or not self.letters.restore_draft(draft.values, draft.saved_at):
            return False
        self.tabs.setCurrentWidget(self.letters)
        return True

    def _forget_draft(self) -> None:
        unsaved.forget_draft(self.draft_form)

    def clear(self) -> None:
        self._loaded = False
        self.letters.clear()
        self.binder.clear()
        self.next_steps.clear()

    # ---- keeping up with the other areas ----------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded:  # incidents, documents or letters may have changed elsewhere
            self.binder.refresh_documents()
            self.refresh_next_steps()

    def _tab_changed(self, index: int) -> None:
        if self._loaded and self.tabs.widget(index) is self.next_steps:
            self.refresh_next_steps()

    def refresh_next_steps(self) -> None:
        try:
            shown = next_steps_ctl.case_steps(self.services.today())
        except Exception as exc:  # the page stays usable; the steps show as not done
            log.warning("next steps not computed: %s", type(exc).__name__)
            return
        self.next_steps.show_steps(shown)

    def write(self, kind: str) -> None:
        self.tabs.setCurrentWidget(self.letters)
        self.letters.new_letter(kind)


def make_page(services: WindowServices) -> CasePage:
    page = LettersPage(services)
    letters = page.letters
    # A shared copy: a new letter is made and exported, never saved; saving, restoring and marking sent
    # would write to the copy.
    hold_read_only(
        services.read_only,
        letters.save_button,
        letters.history_button,
        letters.copy_pane.save_button,
        letters.check_panel.sent_button,
    )
    return page
