"""The Overview's minutes owed this month and this school year: the ledger's own figures, a row per
service."""

from __future__ import annotations

import datetime as dt

import factories
from test_ui_iep_support import TODAY, case_with, final_version, speech
from ui_support import open_case

from ui.iep import words

#: The Monday two weeks before this week's, and the one a week later: whole weeks past, in the IEP.
MONDAY = TODAY - dt.timedelta(days=TODAY.weekday() + 14)
NEXT_MONDAY = MONDAY + dt.timedelta(days=7)


def _year_iep_and_log() -> None:
    factories.school_year("This year", TODAY - dt.timedelta(days=60), TODAY + dt.timedelta(days=60))
    version = final_version()  # in effect from 30 days ago
    service = speech(version.id, title="Speech therapy", sessions_per_period=1)  # 1 x 30 a week
    factories.log(service, MONDAY, "missed", reason="provider_absent")
    factories.log(service, NEXT_MONDAY, "shortened")  # minutes not given


def test_overview_shows_the_minutes_owed_this_school_year(qtbot, controller, sandbox) -> None:
    open_case(qtbot, controller, case_with(sandbox, _year_iep_and_log))
    owed = controller.main_window.overview.owed
    # The week of MONDAY: its one 30-minute session missed, the provider absent: 30 owed, none made
    # up. The week after: cut short, minutes not known (1 session, not owed until the school says).
    # The other weeks since the IEP began are not recorded: never counted as missed, so not owed.
    # TODAY is read when the module is imported; a run that crosses midnight sees the page's day after it.
    days = {TODAY, dt.date.today()}
    assert owed.head.text() in {f"Minutes owed to your child (as of {words.date_text(d)})" for d in days}
    # This month's figure is MONDAY's 30 only when MONDAY is in this month.
    month = "30 min" if MONDAY.month == TODAY.month and MONDAY.year == TODAY.year else "0 min"
    assert owed.texts() == [("Speech therapy", month, "30 min")]
    assert owed.unknown.isVisible()
    assert owed.unknown.text() == "1 session cut short with minutes not known: ask the school."
    assert owed.where.text().startswith("School year This year: ")
    assert owed.head.accessibleName() and owed.unknown.accessibleName()
    assert owed.rows[0][2].accessibleName() == "Speech therapy, owed this school year"


def test_overview_without_a_school_year_says_where_to_enter_it(qtbot, controller, sandbox) -> None:
    open_case(qtbot, controller, case_with(sandbox, lambda: speech(final_version().id)))
    owed = controller.main_window.overview.owed
    assert owed.texts() == []
    assert owed.none.text() == "No minutes owed this month or this school year so far."
    assert owed.where.text().startswith("No school year includes today, so only this month is counted.")
    assert not owed.unknown.isVisible()
    controller.lock()
    assert owed.head.text() == "" and owed.none.text() == "" and owed.texts() == []


def test_overview_with_nothing_missed_says_no_minutes_owed(qtbot, controller, sandbox) -> None:
    def build() -> None:
        factories.school_year("This year", TODAY - dt.timedelta(days=60), TODAY + dt.timedelta(days=60))
        service = speech(final_version().id, title="Speech therapy", sessions_per_period=1)
        factories.log(service, MONDAY, "delivered")

    open_case(qtbot, controller, case_with(sandbox, build))
    owed = controller.main_window.overview.owed
    assert owed.none.text() == "No minutes owed this month or this school year so far."
    assert owed.texts() == []
    assert not owed.unknown.isVisible()
