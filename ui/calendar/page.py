"""The Calendar & log area of the main window: the calendar, the minutes owed, the school's record beside
the parent's, the school calendar and the counting rules, one tab each."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from iepdesk.drafts import Draft
from iepdesk.iep import store as iep_store
from iepdesk.schedule import school_days
from iepdesk.schedule.reconcile import has_school_side
from ui.calendar.calendar_view import CalendarView
from ui.calendar.ledger_view import LedgerView
from ui.calendar.reconcile_view import ReconcileView
from ui.calendar.rules_panel import RulesPanel
from ui.calendar.school_year_panel import SchoolYearPanel
from ui.i18n import translate
from ui.icons import icon
from ui.iep.page import IepPage
from ui.shell.case_page import CasePage
from ui.shell.services import Services
from ui.widgets.empty_state import EmptyState, in_place_of
from ui.widgets.navigate import show_page_of
from ui.widgets.page_header import PageHeader
from ui.widgets.page_layout import page_margins
from ui.widgets.read_only import hold_read_only

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
        self.today_button = QPushButton(self.tr("&Log today…"))
        self.today_button.setIcon(icon("clipboard-pen-line"))
        self.today_button.setAccessibleName(self.tr("Open today's log: what was delivered or missed"))
        self.header = PageHeader(
            title(),
            self.tr("Each day's sessions as they happen, and what the school owes for the ones missed."),
            self.today_button,
        )
        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self._loaded = False
        self._build_empty_states()
        self.today_button.clicked.connect(self.log_today)

        self.calendar.log.changed.connect(self.ledger.mark_stale)
        self.calendar.log.changed.connect(self.reconcile.mark_stale)
        self.reconcile.show_day.connect(self.show_day)
        self.school.changed.connect(self._calendar_changed)
        self.rules.changed.connect(self._calendar_changed)
        self.ledger.show_day.connect(self.show_day)
        self.ledger.links_changed.connect(self._calendar_changed)

    def _build_empty_states(self) -> None:
        """The tabs that mean nothing yet without an IEP, a school log or a school year say what they are
        for, with the first step as a button."""
        no_iep = EmptyState(
            translate(
                "Calendar",
                "Minutes owed compares what the IEP promises with what was delivered. There is no IEP "
                "yet: add it first.",
            ),
            translate("Calendar", "&Add the IEP…"),
        )
        no_log = EmptyState(
            translate(
                "Calendar",
                "Here the school's service log sits beside what you logged, session by session. Import "
                "the school's log (CSV, Excel or PDF) to compare.",
            ),
            translate("Calendar", "&Import the school's log…"),
        )
        no_year = EmptyState(
            translate(
                "Calendar",
                "No school year yet. Minutes owed counts school days from it: enter its first and last "
                "day, then the days off.",
            ),
            translate("Calendar", "&Enter the school year…"),
        )
        for empty, name in ((no_iep, "ledgerEmpty"), (no_log, "reconcileEmpty"), (no_year, "schoolEmpty")):
            empty.setObjectName(name)
        self.ledger_empty = in_place_of(self.ledger, no_iep)
        self.reconcile_empty = in_place_of(self.reconcile, no_log)
        self.school_empty = in_place_of(self.school, no_year)
        no_iep.action_clicked.connect(self._add_iep)
        no_log.action_clicked.connect(self._import_school_log)
        no_year.action_clicked.connect(self.school.years.add_requested)
        self.tabs.currentChanged.connect(lambda _i: self._show_empty_states())
        self.calendar.log.changed.connect(self._show_empty_states)
        self.school.changed.connect(self._show_empty_states)

    def _show_empty_states(self) -> None:
        if not self._loaded:
            for swap in (self.ledger_empty, self.reconcile_empty, self.school_empty):
                swap.show_empty(False)
            return
        try:
            self.ledger_empty.show_empty(not iep_store.list_versions().rows)
            self.reconcile_empty.show_empty(not has_school_side())
            self.school_empty.show_empty(not school_days.school_years())
        except Exception as exc:  # the tabs stay as they are
            log.warning("empty states not checked: %s", type(exc).__name__)

    def _add_iep(self) -> None:
        page = show_page_of(self, IepPage)
        if page is not None:
            page.main_action()

    def _import_school_log(self) -> None:
        self.tabs.setCurrentWidget(self.calendar)
        self.calendar.import_school_log()

    def log_today(self) -> None:
        """The page's main action: today's log, as Enter on today in the calendar opens it."""
        today = dt.date.today()
        self.show_day(today)
        self.calendar.open_day(today)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_empty_states()  # an IEP may have been added on its page

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
        self._loaded = True
        self._show_empty_states()

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
        self._loaded = False
        self._show_empty_states()
        for part in (self.ledger, self.reconcile, self.calendar, self.school, self.rules):
            try:
                part.clear()
            except Exception as exc:  # locking must go on
                log.warning("could not clear a calendar part: %s", type(exc).__name__)


def make_page(services: Services) -> CasePage:
    page = CalendarPage(services)
    calendar, school = page.calendar, page.school
    # Opening a day to read its log stays; logging it, the week, and the school year's changes do not.
    hold_read_only(
        services.read_only,
        page.today_button,
        calendar.delivered_button,
        calendar.missed_button,
        calendar.week_log_button,
        school.import_button,
        *(
            button
            for table in (school.years, school.days_off, school.grading)
            for button in (table.add_button, table.edit_button, table.remove_button)
        ),
    )
    return page
