"""A case for the calendar, ledger and incident tests, built through the core; and small helpers.

(No tests here: this module is imported by the test_ui_calendar*, test_ui_incidents* and test_ui_ledger*
files. Its dates are fixed, in the 2026-27 school year, so the tests never depend on today.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_support import CHILD, PASSPHRASE, WAIT_MS, activate, open_case

from iepdesk.casefile import Argon2Params, Case
from iepdesk.model import IepVersion, NonSchoolDay, Provision, SchoolYear
from iepdesk.schedule import logbook
from ui.calendar.page import CalendarPage
from ui.shell.controller import AppController

D = dt.date
SPEECH = "Speech with Mrs. Quorvath"
OT = "OT with Mr. Plimbly"
ACCOMMODATION = "Extended time (Zentrafold rule)"
DAY_OFF = "Founders Zorblax Day"
CALENDAR_PAGE = 4  # Overview, Child & team, IEP, Progress, Calendar & log, Incidents, …
INCIDENTS_PAGE = 5


@dataclass(frozen=True)
class CaseIds:
    path: Path
    speech: int
    ot: int
    accommodation: int


def build_case(folder: Path, log: bool = False, school_year: bool = True) -> CaseIds:
    """2026-27, Monday to Friday, Thanksgiving break Nov 25-27 and a holiday on Nov 11. One final IEP
    from Sep 1: speech 2 × 30 min a week on Tuesday and Thursday, OT 1 × 45 min a week on any day,
    and one accommodation. With ``log``, three weeks of November are logged (see the ledger tests).
    Without ``school_year``, no school year or day off is entered (every Monday to Friday counts)."""
    path = folder / "calendar.iepcase"
    case, _secret = Case.create(path, CHILD, PASSPHRASE, Argon2Params())
    with case:
        if school_year:
            SchoolYear.create(name="2026-27", first_day=D(2026, 8, 24), last_day=D(2027, 6, 10))
            NonSchoolDay.create(
                first_day=D(2026, 11, 25), last_day=D(2026, 11, 27), kind="break", label="Thanks"
            )
            NonSchoolDay.create(
                first_day=D(2026, 11, 11), last_day=D(2026, 11, 11), kind="holiday", label=DAY_OFF
            )
        version = IepVersion.create(
            kind="annual",
            status="final",
            meeting_date=D(2026, 8, 28),
            effective_from=D(2026, 9, 1),
            effective_to=D(2027, 8, 31),
        )
        speech = Provision.create(
            version=version,
            kind="service",
            title=SPEECH,
            minutes_per_session=30,
            sessions_per_period=2,
            period="week",
            days_of_week="2,4",
            position=0,
        )
        ot = Provision.create(
            version=version,
            kind="service",
            title=OT,
            minutes_per_session=45,
            sessions_per_period=1,
            period="week",
            position=1,
        )
        accommodation = Provision.create(
            version=version, kind="accommodation", title=ACCOMMODATION, applies_when="tests", position=2
        )
        if log:
            # Week of Nov 2: speech delivered Tue, missed Thu (provider absent); OT delivered Wed.
            # Week of Nov 9: speech delivered Tue, cut short to 20 min Thu; OT missed (student absent).
            # Week of Nov 16: nothing logged. Nov 20: a 30-minute speech make-up.
            logbook.log_session(speech.id, D(2026, 11, 3), "delivered")
            logbook.log_session(speech.id, D(2026, 11, 5), "missed", reason="provider_absent")
            logbook.log_session(ot.id, D(2026, 11, 4), "delivered")
            logbook.log_session(speech.id, D(2026, 11, 10), "delivered")
            logbook.log_session(speech.id, D(2026, 11, 12), "shortened", minutes=20, reason="school_event")
            logbook.log_session(ot.id, D(2026, 11, 13), "missed", reason="student_absent")
            logbook.log_session(speech.id, D(2026, 11, 20), "makeup", minutes=30)
    return CaseIds(path, speech.id, ot.id, accommodation.id)


def open_page(qtbot: QtBot, controller: AppController, ids: CaseIds, index: int = CALENDAR_PAGE) -> QWidget:
    open_case(qtbot, controller, ids.path)
    window = controller.main_window
    assert window is not None
    window.show_page(index)
    page = window.stack.currentWidget()
    qtbot.waitUntil(page.isVisible)
    activate(qtbot, window)  # shortcuts (Ctrl+Z) reach only the active window
    return page


def calendar_page(qtbot: QtBot, controller: AppController, ids: CaseIds) -> CalendarPage:
    page = open_page(qtbot, controller, ids)
    assert isinstance(page, CalendarPage)
    return page


def when_modal(qtbot: QtBot, act: Callable[[QWidget], None], kind: type | None = None) -> list[str]:
    """Run ``act`` on the next modal dialog once it shows (call before the action that opens it).
    Returns a list that holds "done" once ``act`` ran, or the error it raised."""
    outcome: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (kind is not None and not isinstance(dialog, kind)) or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
            outcome.append("done")
        except Exception as exc:  # shown in the test's assertion, and the dialog is closed
            outcome.append(f"{type(exc).__name__}: {exc}")
            dialog.reject()

    QTimer.singleShot(0, poll)
    return outcome


__all__ = ["WAIT_MS"]
