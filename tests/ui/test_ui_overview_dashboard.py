"""The Overview as the parent's dashboard: today's sessions logged in one key (D / M, as in the
calendar), the minutes owed this month and this school year, and what is missing with the button to the
page where it is fixed.

Today is Thursday, March 5, 2026 (iepdesk.iep.store.today, replaced), counted whole. The case: the
2025-26 school year (Aug 25, 2025 to June 10, 2026), an annual IEP from Sept 1, 2025, speech therapy
2 x 30 min a week on Tuesdays and Thursdays, occupational therapy 1 x 45 min on Thursdays.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import factories
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from test_ui_calendar_support import when_modal
from test_ui_iep_support import case_with
from ui_support import WAIT_MS, activate, open_case

from iepdesk import case_settings
from iepdesk.model import ServiceLogEntry
from ui.calendar.page import CalendarPage
from ui.calendar.quick_dialog import QuickLogDialog
from ui.iep.page import IepPage
from ui.letters.page import LettersPage
from ui.profile.page import ChildTeamPage

THURSDAY = dt.date(2026, 3, 5)


@pytest.fixture(autouse=True)
def thursday(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("iepdesk.iep.store.today", lambda: THURSDAY)


def _two_services(team: bool = True, goal: bool = False) -> None:
    factories.school_year()
    version = factories.version()
    factories.service(version, "Speech therapy", 30, 2, "week", days_of_week="2,4")
    factories.service(version, "Occupational therapy", 45, 1, "week", days_of_week="4")
    if goal:  # quarterly from Sept 1: a report expected by March 1, four days before today
        factories.goal(version, reporting_schedule="each quarter")
        # Missing once the parent's grace period has passed: with 3 days, March 2 to 4 wait, and
        # March 5 (today) is the first day missing (14 days, the default, would wait to March 15).
        case_settings.save(replace(case_settings.load(), progress_report_grace_days=3))
    if team:
        factories.contact()


def _statuses() -> list[tuple[str, str, str | None]]:
    rows = ServiceLogEntry.select().order_by(ServiceLogEntry.id)
    return [(str(e.provision.title), str(e.status), e.reason) for e in rows]


def test_todays_two_sessions_logged_with_d_and_m(qtbot, controller, sandbox) -> None:
    open_case(qtbot, controller, case_with(sandbox, _two_services))
    window = controller.main_window
    page = window.overview
    activate(qtbot, window)
    today = page.today
    assert today.head.text() == "Today is Thursday, March 5, 2026."
    texts = [today.list.item(r).text() for r in range(today.list.count())]
    assert texts == [
        "○ Occupational therapy, 45 min: not logged yet",
        "○ Speech therapy, 30 min: not logged yet",
    ]
    assert page.owed.texts() == []
    assert page.owed.none.text() == "No minutes owed this month or this school year so far."
    assert page.missing_box.isHidden()

    # D on the chosen (first) session: logged delivered at once, no question.
    today.list.setFocus()
    assert today.list.currentRow() == 0
    qtbot.keyClick(today.list, Qt.Key.Key_D)
    assert _statuses() == [("Occupational therapy", "delivered", None)]
    assert today.list.item(0).text() == "✓ Occupational therapy, 45 min: logged delivered"
    assert (
        page.status.text() == "Logged: Occupational therapy delivered on Thu, Mar 5, 2026. Ctrl+Z undoes it."
    )
    assert page.owed.texts() == []  # delivered: nothing owed

    # M on speech asks why; "1" (the provider was absent) logs it, and 30 minutes are owed.
    qtbot.keyClick(today.list, Qt.Key.Key_Down)
    asked: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QuickLogDialog)
        asked.append(dialog.windowTitle())
        qtbot.keyClick(dialog, Qt.Key.Key_1)

    done = when_modal(qtbot, answer, QuickLogDialog)
    qtbot.keyClick(today.list, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: done == ["done"], timeout=WAIT_MS)
    assert asked == ["Missed session"]
    assert _statuses()[-1] == ("Speech therapy", "missed", "provider_absent")
    assert today.list.item(1).text() == "✗ Speech therapy, 30 min: logged missed"
    assert page.owed.texts() == [("Speech therapy", "30 min", "30 min")]

    # One undo stack with the calendar: Ctrl+Z here takes the missed session back.
    calendar = next(p for p in window.pages if isinstance(p, CalendarPage))
    assert calendar.calendar.log.stack.count() == 2
    activate(qtbot, window)  # back from the question: shortcuts reach only the active window
    today.list.setFocus()
    qtbot.keyClick(today.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _statuses() == [("Occupational therapy", "delivered", None)]
    assert page.owed.texts() == []

    # D again on a session already logged logs nothing twice.
    qtbot.keyClick(today.list, Qt.Key.Key_Up)
    qtbot.keyClick(today.list, Qt.Key.Key_D)
    assert len(_statuses()) == 1
    assert page.status.text().startswith("Occupational therapy is already logged delivered today.")


def test_m_cancelled_logs_nothing(qtbot, controller, sandbox) -> None:
    open_case(qtbot, controller, case_with(sandbox, _two_services))
    page = controller.main_window.overview
    activate(qtbot, controller.main_window)
    done = when_modal(qtbot, lambda dialog: dialog.reject(), QuickLogDialog)
    page.today.missed_button.click()
    qtbot.waitUntil(lambda: done == ["done"], timeout=WAIT_MS)
    assert _statuses() == []


def test_missing_items_go_to_the_page_that_fixes_them(qtbot, controller, sandbox) -> None:
    def build() -> None:
        _two_services(team=False, goal=True)

    open_case(qtbot, controller, case_with(sandbox, build))
    window = controller.main_window
    page = window.overview
    assert page.missing_box.isVisible()
    shown = [(label.text(), button.text()) for label, button in page.missing.items]
    # Quarterly from 2025-09-01: December 1 (missing since December 5) and March 1 (since today).
    report = (
        "⚠ The progress report expected on {} has not come, and the days you chose to wait for it have "
        "passed. Ask the school for it, or record it if it came."
    )
    assert shown == [
        (report.format("December 1, 2025"), "Write to the school"),
        (report.format("March 1, 2026"), "Write to the school"),
        (
            "⚠ No one on the team yet. Add the case manager and providers so letters can name them.",
            "Add the team",
        ),
    ]
    pages = (LettersPage, LettersPage, ChildTeamPage)
    for (_label, button), kind in zip(page.missing.items, pages, strict=True):
        assert button.accessibleName() == button.text() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
        window.show_page(0)
        button.click()
        assert isinstance(window.stack.currentWidget(), kind)
    # A report that came is recorded where the goals' progress is: the Progress page (issue 17),
    # or the IEP page, where the goals are, in a window without it.
    assert len(page.missing.record_buttons) == 2
    record = page.missing.record_buttons[1]
    assert record.text() == "Record the report" and record.accessibleName() == "Record the report"
    window.show_page(0)
    record.click()
    shown = type(window.stack.currentWidget()).__name__
    assert shown in ("ProgressPage", "IepPage")


def test_no_iep_and_no_school_year_lead_to_the_iep_and_the_school_calendar(
    qtbot, controller, sandbox
) -> None:
    open_case(qtbot, controller, case_with(sandbox, factories.contact))
    window = controller.main_window
    page = window.overview
    assert [button.text() for _label, button in page.missing.items] == [
        "Enter the IEP",
        "Enter the school calendar",
    ]
    assert page.today.body.is_empty()
    assert page.today.empty.text() == (
        "No sessions are expected today. Any other day can be logged in the calendar."
    )
    page.missing.items[0][1].click()
    assert isinstance(window.stack.currentWidget(), IepPage)
    window.show_page(0)
    page.missing.items[1][1].click()
    calendar = window.stack.currentWidget()
    assert isinstance(calendar, CalendarPage) and calendar.tabs.currentWidget() is calendar.school
