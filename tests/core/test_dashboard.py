"""The Overview's dashboard as of a day (iepdesk.dashboard), with figures worked out by hand.

The case: the 2025-26 school year (Aug 25, 2025 to June 10, 2026, Monday to Friday); an annual IEP in
effect Sept 1, 2025 to Aug 31, 2026 with speech therapy 2 x 30 min a week on Tuesdays and Thursdays and
occupational therapy 1 x 45 min a week on Thursdays.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import factories
import pytest

from iepdesk import dashboard
from iepdesk.casefile import Case
from iepdesk.model import IepVersion, Provision
from iepdesk.progress import reports as progress_reports

D = dt.date
THURSDAY = D(2026, 3, 5)


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    opened = factories.new_case(tmp_path / "dashboard.iepcase", "Jacob Smith")
    yield opened
    opened.lock()


@pytest.fixture
def iep(case: Case) -> IepVersion:
    factories.school_year()
    return factories.version()


@pytest.fixture
def speech(iep: IepVersion) -> Provision:
    return factories.service(iep, "Speech therapy", 30, 2, "week", days_of_week="2,4")


@pytest.fixture
def ot(iep: IepVersion) -> Provision:
    return factories.service(
        iep, "Occupational therapy", 45, 1, "week", provider_role="occupational therapist", days_of_week="4"
    )


def test_a_day_with_two_expected_sessions_one_logged(speech: Provision, ot: Provision) -> None:
    factories.log(speech, THURSDAY, "delivered")
    board = dashboard.dashboard(THURSDAY, as_of=THURSDAY)
    assert board.school_day and board.no_school_reason == ""
    got = [(s.service, s.minutes, s.expected_today, s.logged) for s in board.sessions]
    # Both are expected on Thursdays; speech has its entry, OT has none yet (listed by name).
    assert got == [("Occupational therapy", 45, True, None), ("Speech therapy", 30, True, "delivered")]
    assert board.sessions[0].choice.provision_id == ot.id
    with pytest.raises(dataclasses.FrozenInstanceError):
        board.sessions[0].logged = "missed"  # type: ignore[misc]
    # Wednesday: neither is expected (both have fixed days, so neither is "still owed this week").
    wednesday = dashboard.dashboard(D(2026, 3, 4), as_of=D(2026, 3, 4))
    assert [s.service for s in wednesday.sessions] == []
    # A Saturday: no school, nothing expected.
    saturday = dashboard.dashboard(D(2026, 3, 7), as_of=D(2026, 3, 7))
    assert not saturday.school_day and saturday.sessions == ()


def test_month_and_school_year_owed_differ(speech: Provision, ot: Provision) -> None:
    factories.log(speech, D(2026, 2, 3), "missed", reason="provider_absent")  # Tuesday, 30 min
    factories.log(speech, D(2026, 3, 3), "missed", reason="provider_absent")  # Tuesday, 30 min
    factories.log(ot, THURSDAY, "missed", reason="provider_absent")  # Thursday, 45 min
    board = dashboard.dashboard(THURSDAY, as_of=THURSDAY)
    # March: 30 (speech, March 3) and 45 (OT); the school year adds speech's February 3: 60.
    rows = [(r.service, r.month, r.school_year) for r in board.owed_rows]
    assert rows == [("Occupational therapy", 45, 45), ("Speech therapy", 30, 60)]
    assert board.month.start == D(2026, 3, 1) and board.month.end == D(2026, 3, 31)
    assert board.school_year is not None and board.school_year.school_year == "2025-26"
    assert board.school_year.total_owed == 105 and board.month.total_owed == 75


def test_missing_items_appear_and_disappear(case: Case) -> None:
    kinds = lambda day: [m.kind for m in dashboard.dashboard(day, as_of=day).missing]  # noqa: E731
    assert kinds(THURSDAY) == [dashboard.NO_IEP, dashboard.NO_SCHOOL_YEAR, dashboard.NO_TEAM]
    version = factories.version()
    assert kinds(THURSDAY) == [dashboard.NO_SCHOOL_YEAR, dashboard.NO_TEAM]
    # After the IEP's last day (Aug 31, 2026) none is in effect.
    assert kinds(D(2026, 9, 1))[0] == dashboard.NO_IEP_TODAY
    factories.school_year()
    factories.contact()
    assert kinds(THURSDAY) == []
    # Quarterly reports from Sept 1: Dec 1, March 1, June 1, and Aug 31 moved back to June 10.
    factories.goal(version, reporting_schedule="each quarter")
    # A report is missing from the day after its 14 days of grace (the case setting's default):
    # Dec 1 + 14 = Dec 15 is its last day of waiting.
    assert kinds(D(2025, 12, 15)) == []
    assert kinds(D(2025, 12, 16)) == [dashboard.PROGRESS_REPORT]
    board = dashboard.dashboard(D(2026, 3, 16), as_of=D(2026, 3, 16))  # March 1 + 14 = March 15
    assert [(m.kind, m.day) for m in board.missing] == [
        (dashboard.PROGRESS_REPORT, D(2025, 12, 1)),
        (dashboard.PROGRESS_REPORT, D(2026, 3, 1)),
    ]
    assert board.missing[1].title == "Progress report 2 expected"
    assert kinds(D(2026, 3, 15)) == [dashboard.PROGRESS_REPORT]  # only December's: March 1 still waits
    assert kinds(D(2026, 3, 1)) == [dashboard.PROGRESS_REPORT]  # the very day March's is due
    # Received (recorded as such) on March 20: no longer missing from that day on, but it was before.
    progress_reports.save_report(progress_reports.ReportData(version.id, D(2026, 3, 1), D(2026, 3, 20)))
    assert [m.day for m in dashboard.dashboard(D(2026, 3, 20), as_of=D(2026, 3, 20)).missing] == [
        D(2025, 12, 1)
    ]
    assert [m.day for m in dashboard.dashboard(D(2026, 3, 19), as_of=D(2026, 3, 19)).missing] == [
        D(2025, 12, 1),
        D(2026, 3, 1),
    ]
    # A year after its expected date a missing report is no longer listed (Dec 1, 2026: not listed).
    assert D(2025, 12, 1) not in [m.day for m in dashboard.dashboard(D(2026, 12, 1)).missing]
    assert D(2025, 12, 1) in [m.day for m in dashboard.dashboard(D(2026, 11, 30)).missing]


def test_last_day_of_the_school_year_and_the_day_after(speech: Provision, ot: Provision) -> None:
    factories.contact()
    factories.log(speech, D(2026, 6, 2), "missed", reason="provider_absent")  # Tuesday, 30 min
    last = dashboard.dashboard(D(2026, 6, 10), as_of=D(2026, 6, 10))  # a Wednesday
    assert last.school_year is not None and last.school_year.end == D(2026, 6, 10)
    assert [(r.service, r.month, r.school_year) for r in last.owed_rows] == [("Speech therapy", 30, 30)]
    assert last.missing == ()
    after = dashboard.dashboard(D(2026, 6, 11), as_of=D(2026, 6, 11))
    assert after.school_year is None
    assert not after.school_day and after.sessions == ()
    # June still owes speech's June 2; there is no school year to count.
    assert [(r.service, r.month, r.school_year) for r in after.owed_rows] == [("Speech therapy", 30, None)]
    assert [m.kind for m in after.missing] == [dashboard.NO_SCHOOL_YEAR]


def test_recent_incidents_newest_first_and_deadlines_from_today(speech: Provision) -> None:
    for day in (D(2026, 2, 2), D(2026, 2, 9), D(2026, 2, 16), D(2026, 2, 23), D(2026, 3, 2)):
        factories.incident(day, [speech], what_happened=f"Nothing on {day}")
    board = dashboard.dashboard(THURSDAY, as_of=THURSDAY)
    assert [i.day for i in board.incidents] == [D(2026, 3, 2), D(2026, 2, 23), D(2026, 2, 16), D(2026, 2, 9)]
    assert board.deadlines and all(d.due >= THURSDAY for d in board.deadlines)
    assert [d.due for d in board.deadlines] == sorted(d.due for d in board.deadlines)
    assert len(board.deadlines) <= dashboard.SHOWN_DEADLINES
