"""The Calendar & log area of the main window: the calendar, the minutes owed, the school's record beside
the parent's, the school calendar and the counting rules, one tab each."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from iepdesk.drafts import Draft
from ui.calendar.calendar_view import CalendarView
from ui.calendar.ledger_view import LedgerView
from ui.calendar.reconcile_view import ReconcileView
from ui.calendar.rules_panel import RulesPanel
from ui.calendar.school_year_panel import SchoolYearPanel
from ui.shell.case_page import CasePage
from ui.shell.services import Services

log = logging.getLogger(__name__)


def title() -> str:
    return QCoreApplication.translate("MainWindow", "Calendar & log")


class CalendarPage(CasePage):
    #: A day dialog open when the case locked is kept under this key (DayDialog.draft_form).
    draft_form = "day"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = CalendarView(services)
        self.ledger = LedgerView(services.tasks)
        self.reconcile = ReconcileView(services.tasks)
        self.school = SchoolYearPanel(services)
        self.rules = RulesPanel()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(title())
        self.tabs.addTab(self.calendar, self.tr("Calendar"))
        self.tabs.addTab(self.ledger, self.tr("Minutes owed"))
        self.tabs.addTab(self.reconcile, self.tr("School's record vs yours"))
        self.tabs.addTab(self.school, self.tr("School calendar"))
        self.tabs.addTab(self.rules, self.tr("Counting rules"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs)

        self.calendar.log.changed.connect(self.ledger.mark_stale)
        self.calendar.log.changed.connect(self.reconcile.mark_stale)
        self.reconcile.show_day.connect(self.show_day)
        self.school.changed.connect(self._calendar_changed)
        self.rules.changed.connect(self._calendar_changed)
        self.ledger.show_day.connect(self.show_day)
        self.ledger.links_changed.connect(self._calendar_changed)

    def _calendar_changed(self) -> None:
        self.ledger.mark_stale()
        self.calendar.reload()

    def show_day(self, day: dt.date) -> None:
        self.tabs.setCurrentWidget(self.calendar)
        self.calendar.go_to(day)
        self.calendar.grid.setFocus()

    # ---- CasePage ---------------------------------------------------------------------------------
    def load(self) -> None:
        for part in (self.calendar, self.school, self.rules, self.ledger, self.reconcile):
            part.load()

    def save_pending(self) -> None:
        """Every change is saved when it is made; nothing waits here."""

    def restore_draft(self, draft: Draft) -> bool:
        """The day dialog being filled in when the case locked opens again, filled and marked, once the
        window shows."""
        try:
            day = dt.date.fromisoformat(str(draft.values.get("day")))
        except ValueError:
            return False
        self.tabs.setCurrentWidget(self.calendar)

        def reopen() -> None:
            if self.calendar.isVisible():
                self.calendar.go_to(day)
                self.calendar.open_day(day, draft)

        QTimer.singleShot(0, reopen)
        return True

    def clear(self) -> None:
        for part in (self.ledger, self.reconcile, self.calendar, self.school, self.rules):
            try:
                part.clear()
            except Exception as exc:  # locking must go on
                log.warning("could not clear a calendar part: %s", type(exc).__name__)


def make_page(services: Services) -> CasePage:
    return CalendarPage(services)
