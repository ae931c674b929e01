"""Overview: the parent's dashboard. Where things stand today, read again each time the page shows:

- what is missing for the record to count, each with the button to the page where it is put right;
- today's sessions, each logged in one key (D delivered, M missed and why) through the calendar's own
  log controller (ui.calendar.undo, the core's reversible entry_edits), so Ctrl+Z undoes it here or in
  the calendar, and the calendar and the minutes owed count it at once;
- the minutes owed per service this month and this school year (the ledger's own figures);
- the IEP in effect, the next deadlines with their dates, and the newest incidents.

The figures come from iepdesk.dashboard (and the IEP summary from ui.overview.overview_data). The child's
details and the team are on their own page (ui.profile), so nothing here waits to be saved.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from iepdesk import dashboard
from iepdesk.dashboard import Dashboard, TodaySession
from iepdesk.iep import store
from iepdesk.schedule.kinds import LogStatus
from ui import messages
from ui.calendar.quick_dialog import QuickLogDialog
from ui.calendar.texts import short_day, status_label
from ui.calendar.undo import LogController
from ui.overview import overview_data
from ui.overview.owed_view import OwedView
from ui.overview.summary_view import DeadlinesView, IepSummaryView
from ui.overview.today_view import IncidentsView, MissingView, TodayView
from ui.shell.case_page import CasePage
from ui.widgets.columns import Columns
from ui.widgets.labels import note
from ui.widgets.navigate import show_page_of
from ui.widgets.page_header import PageHeader
from ui.widgets.page_layout import WIDE_PAGE, readable_column, section

log = logging.getLogger(__name__)


class OverviewPage(CasePage):
    #: Kept for the main window, which connects it; the child is renamed on the Child & team page.
    child_renamed = Signal(str)

    def __init__(self, copy_text: Callable[[str], None] | None = None, parent: QWidget | None = None) -> None:
        # ``copy_text``: the main window still hands it over; nothing on the dashboard copies.
        super().__init__(parent)
        self._loaded = False
        self._own_log = LogController(self)  # when there is no calendar page (a page on its own)
        self._log: LogController | None = None
        self.board: Dashboard | None = None

        self.header = PageHeader(
            self.tr("Overview"),
            self.tr(
                "Where things stand today: the sessions to log, the minutes owed and the dates coming up."
            ),
        )
        self.missing = MissingView()
        self.missing_box, missing_layout = section(self.tr("To complete the record"))
        missing_layout.addWidget(self.missing)

        self.today = TodayView()
        self.status = note()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("What was logged"))
        today_box, today_layout = section(self.tr("Today's sessions"))
        today_layout.addWidget(self.today)
        today_layout.addWidget(self.status)

        self.owed = OwedView()
        owed_box, owed_layout = section(self.tr("Minutes owed"))
        owed_layout.addWidget(self.owed)

        self.iep_summary = IepSummaryView()
        iep_box, iep_layout = section(self.tr("The IEP"))
        iep_layout.addWidget(self.iep_summary)

        self.deadlines = DeadlinesView()
        dates_box, dates_layout = section(self.tr("Coming up"))
        dates_layout.addWidget(self.deadlines)

        self.incidents = IncidentsView()
        incidents_box, incidents_layout = section(self.tr("Recent incidents"))
        incidents_layout.addWidget(self.incidents)

        self.columns = Columns(1100)
        # Stacked (a narrow window): what to do first, then the figures, then the dates and records.
        for box in (self.missing_box, today_box, owed_box, iep_box):
            self.columns.left.addWidget(box)
        for box in (dates_box, incidents_box):
            self.columns.right.addWidget(box)
        column = readable_column(self, WIDE_PAGE, margins=True)
        column.addWidget(self.header)
        column.addWidget(self.columns)
        column.addStretch(1)
        self.missing_box.hide()

        self.today.log_requested.connect(self.log_session)
        self.today.calendar_requested.connect(lambda: self.go_to("calendar"))
        self.incidents.incidents_requested.connect(lambda: self.go_to("incidents"))
        self.missing.fix_requested.connect(self.go_to)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(lambda: self.log_controller().stack.undo())
        self._own_log.changed.connect(self._log_changed)

    # ---- CasePage ---------------------------------------------------------------------------------
    def load(self) -> None:
        self._loaded = True
        self._say("")
        self.refresh_dates()

    def refresh_dates(self) -> None:
        """Read the dashboard again (it changes as the other pages are used)."""
        today = store.today()
        # The real today: its own sessions are still to come (as the ledger page counts it); any
        # other day given is counted whole, as ``iepdesk ledger --as-of`` counts it.
        board = dashboard.dashboard(today, as_of=None if today == dt.date.today() else today)
        self.show_board(board)
        data = overview_data.load(today)
        self.iep_summary.show_data(data)

    def show_board(self, board: Dashboard | None) -> None:
        self.board = board
        self.today.show_board(board, keep_row=self.today.list.currentRow())
        self.owed.show_board(board)
        if board is None:
            self.deadlines.clear()
        else:
            self.deadlines.show_deadlines(list(board.deadlines), board.today)
        self.incidents.show_board(board)
        self.missing.show_items(board.missing if board is not None else ())
        self.missing_box.setVisible(bool(board is not None and board.missing))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded:
            try:
                self.refresh_dates()
            except Exception as exc:  # the rest of the page still works
                log.warning("could not read the dashboard: %s", type(exc).__name__)

    def clear(self) -> None:
        self._loaded = False
        self._own_log.clear()
        self._say("")
        self.iep_summary.show_data(None)
        self.show_board(None)

    # ---- logging ----------------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        """What was logged (or why nothing was), under today's sessions; no empty line when nothing."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def log_controller(self) -> LogController:
        """The calendar's own log controller (one undo stack for the service log), else this page's."""
        if self._log is None:
            from ui.calendar.page import CalendarPage

            pages = list(getattr(self.window(), "pages", []))
            calendar = next((p for p in pages if isinstance(p, CalendarPage)), None)
            if calendar is None:
                return self._own_log
            self._log = calendar.calendar.log
            self._log.changed.connect(self._log_changed)
        return self._log

    def _log_changed(self) -> None:
        if self._loaded and self.isVisible():
            self.refresh_dates()

    def log_session(self, session: TodaySession, status: str) -> None:
        """D or M on one of today's sessions: log it (M asks why first), as the calendar does."""
        board = self.board
        if board is None:
            return
        if session.logged:
            self._say(
                self.tr(
                    "{service} is already logged {status} today. To change it, open the day in the calendar."
                ).format(service=session.service, status=status_label(session.logged))
            )
            return
        reason = None
        if status == LogStatus.MISSED.value:
            dialog = QuickLogDialog(board.today, status, [session.choice], self)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            reason = dialog.reason
            dialog.deleteLater()
            if not accepted or not self._loaded or reason is None:
                return
        try:
            self.log_controller().log([session.choice], board.today, status, reason=reason)
        except Exception as exc:
            messages.show_error(self, self.tr("Not logged"), exc)
            return
        # The log controller's ``changed`` has read the dashboard again (_log_changed).
        self._say(
            self.tr("Logged: {service} {status} on {day}. Ctrl+Z undoes it.").format(
                service=session.service, status=status_label(status), day=short_day(board.today)
            )
        )
        self.today.list.setFocus()

    # ---- going where things are fixed -------------------------------------------------------------
    def go_to(self, area: str) -> None:
        """Show the page of ``area`` (a folder of ui/, or "school_calendar"), if the window has it."""
        if area in ("calendar", "school_calendar"):
            from ui.calendar.page import CalendarPage

            page = show_page_of(self, CalendarPage)
            if page is not None and area == "school_calendar":
                page.tabs.setCurrentWidget(page.school)
            return
        if area == "iep":
            from ui.iep.page import IepPage

            show_page_of(self, IepPage)
        elif area == "incidents":
            from ui.incidents.page import IncidentsPage

            show_page_of(self, IncidentsPage)
        elif area == "letters":
            from ui.letters.page import LettersPage

            show_page_of(self, LettersPage)
        elif area == "profile":
            from ui.profile.page import ChildTeamPage

            show_page_of(self, ChildTeamPage)
        elif area == "progress":
            self._go_to_progress()

    def _go_to_progress(self) -> None:
        """The Progress page (ui/progress, issue 17) when the window has it, else the IEP page, where
        the goals are."""
        import importlib

        from ui.iep.page import IepPage

        try:
            found = getattr(importlib.import_module("ui.progress.page"), "ProgressPage", None)
        except ImportError:
            found = None
        if not isinstance(found, type) or show_page_of(self, found) is None:
            show_page_of(self, IepPage)
