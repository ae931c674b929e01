"""The Calendar & log area of the main window: the calendar, the minutes owed, the school calendar and
the counting rules, one tab each."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.calendar.calendar_view import CalendarView
from ui.calendar.ledger_view import LedgerView
from ui.calendar.rules_panel import RulesPanel
from ui.calendar.school_year_panel import SchoolYearPanel
from ui.pages.base import CasePage

log = logging.getLogger(__name__)


def title() -> str:
    return QCoreApplication.translate("MainWindow", "Calendar & log")


class CalendarPage(CasePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = CalendarView()
        self.ledger = LedgerView()
        self.school = SchoolYearPanel()
        self.rules = RulesPanel()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(title())
        self.tabs.addTab(self.calendar, self.tr("Calendar"))
        self.tabs.addTab(self.ledger, self.tr("Minutes owed"))
        self.tabs.addTab(self.school, self.tr("School calendar"))
        self.tabs.addTab(self.rules, self.tr("Counting rules"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs)

        self.calendar.log.changed.connect(self.ledger.mark_stale)
        self.school.changed.connect(self._calendar_changed)
        self.rules.changed.connect(self._calendar_changed)
        self.ledger.show_day.connect(self.show_day)

    def _calendar_changed(self) -> None:
        self.ledger.mark_stale()
        self.calendar.reload()

    def show_day(self, day: dt.date) -> None:
        self.tabs.setCurrentWidget(self.calendar)
        self.calendar.go_to(day)
        self.calendar.grid.setFocus()

    # ---- CasePage ---------------------------------------------------------------------------------
    def load(self) -> None:
        for part in (self.calendar, self.school, self.rules, self.ledger):
            part.load()

    def save_pending(self) -> None:
        """Every change is saved when it is made; nothing waits here."""

    def clear(self) -> None:
        for part in (self.ledger, self.calendar, self.school, self.rules):
            try:
                part.clear()
            except Exception as exc:  # locking must go on
                log.warning("could not clear a calendar part: %s", type(exc).__name__)


def make_page() -> CasePage:
    return CalendarPage()
