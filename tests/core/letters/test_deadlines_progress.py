"""Progress reports (34 CFR 300.320(a)(3): the IEP says when; no federal frequency is fixed): the
grading periods' ends "with report cards", otherwise every 1/3/4/6 months from the IEP's start with
every report of the IEP year kept and none in the summer. The case (conftest): IEP 2025-09-01..
2026-08-31, school year 2025-08-25..2026-06-10."""

from __future__ import annotations

import datetime as dt

import factories

from iepdesk import deadlines
from iepdesk.casefile import Case
from iepdesk.model import GradingPeriod, IepVersion

D = dt.date


def _goal(version: IepVersion | int, schedule: str) -> None:
    factories.provision(version, "goal", area="Reading", reporting_schedule=schedule)


def _dues(version: IepVersion | int) -> list[dt.date]:
    return [d.due for d in deadlines.progress_reports(IepVersion.get_by_id(version))]


def test_with_report_cards_a_report_at_each_grading_periods_end(case: Case) -> None:
    _goal(1, "Quarterly, with report cards")
    GradingPeriod.create(name="Q1", first_day=D(2025, 8, 25), last_day=D(2025, 10, 31))
    GradingPeriod.create(name="Q2", first_day=D(2025, 11, 3), last_day=D(2026, 1, 23))
    GradingPeriod.create(name="Q3", first_day=D(2026, 1, 26), last_day=D(2026, 3, 27))
    GradingPeriod.create(name="Q4", first_day=D(2026, 3, 30), last_day=D(2026, 6, 10))
    # Each ends inside the IEP year 2025-09-01..2026-08-31 (Q1 began before it, but ends inside).
    reports = deadlines.progress_reports(IepVersion.get_by_id(1))
    assert [d.due for d in reports] == [D(2025, 10, 31), D(2026, 1, 23), D(2026, 3, 27), D(2026, 6, 10)]
    assert [d.title for d in reports][-1] == "Progress report 4 expected"
    assert reports[1].counted_from == D(2025, 11, 3)
    assert "Q2" in reports[1].counted_from_label
    assert reports[0].source == "34 CFR 300.320(a)(3)"


def test_a_grading_period_ending_on_the_ieps_last_day_counts_and_one_ending_after_does_not(
    case: Case,
) -> None:
    _goal(1, "with report cards")
    GradingPeriod.create(name="Summer", first_day=D(2026, 7, 1), last_day=D(2026, 8, 31))  # = effective_to
    GradingPeriod.create(name="Next", first_day=D(2026, 8, 24), last_day=D(2026, 9, 1))  # day after
    assert _dues(1) == [D(2026, 8, 31)]


def test_quarterly_keeps_four_reports_and_none_in_july(case: Case) -> None:
    factories.school_year("2026-27", D(2026, 8, 24), D(2027, 6, 9))
    spring = factories.version(D(2026, 4, 1), D(2027, 3, 31), meeting_date=D(2026, 4, 1))
    _goal(spring, "quarterly")
    # From 2026-04-01 every 3 months: 2026-07-01 (summer: the school year ended 2026-06-10, after the
    # IEP began, so back to 2026-06-10), 2026-10-01, 2027-01-01, and 2027-04-01 past the IEP's last day
    # 2027-03-31, so 2027-03-31 (a school day of 2026-27). Four, none in July.
    reports = deadlines.progress_reports(spring)
    assert [d.due for d in reports] == [D(2026, 6, 10), D(2026, 10, 1), D(2027, 1, 1), D(2027, 3, 31)]
    assert "moved back from July 1, 2026" in reports[0].detail
    assert reports[1].detail == ""


def test_a_summer_date_before_any_school_year_of_the_iep_moves_forward(case: Case) -> None:
    factories.school_year("2026-27", D(2026, 8, 24), D(2027, 6, 9))
    summer = factories.version(D(2026, 6, 11), D(2027, 6, 10), meeting_date=None)
    _goal(summer, "monthly")
    # From 2026-06-11 every month. 2026-07-11 and 2026-08-11 are in the summer and no school year ended
    # since the IEP began (2025-26 ended 2026-06-10, the day before), so both move on to the next first
    # day 2026-08-24 and are listed once. 09-11 .. 2027-05-11 stay. The 12th, 2027-06-11, is past the
    # IEP's last day 2027-06-10, which is after the school year's last day 2027-06-09: back to 06-09.
    reports = deadlines.progress_reports(summer)
    assert [d.due for d in reports] == [D(2026, 8, 24)] + [D(2026, m, 11) for m in (9, 10, 11, 12)] + [
        D(2027, m, 11) for m in (1, 2, 3, 4, 5)
    ] + [D(2027, 6, 9)]
    assert reports[0].title == "Progress reports 1-2 expected"
    assert reports[-1].title == "Progress report 12 expected"
    assert "moved on from July 11, 2026" in reports[0].detail


def test_quarterly_from_a_leap_day(case: Case) -> None:
    factories.school_year("2027-28", D(2027, 8, 23), D(2028, 6, 9))
    factories.school_year("2028-29", D(2028, 8, 21), D(2029, 6, 8))
    leap = factories.version(D(2028, 2, 29), D(2029, 2, 28), meeting_date=None)
    _goal(leap, "every quarter")
    # 2028-02-29 + 3, 6, 9 months: 05-29, 08-29 (after 2028-29 began on 08-21), 11-29; + 12 months is
    # 2029-02-28 (no February 29 in 2029), the IEP's last day. All inside a school year: none moved.
    assert _dues(leap) == [D(2028, 5, 29), D(2028, 8, 29), D(2028, 11, 29), D(2029, 2, 28)]


def test_with_report_cards_but_no_grading_period_falls_back_and_says_so(case: Case) -> None:
    _goal(1, "with report cards")
    reports = deadlines.progress_reports(IepVersion.get_by_id(1))
    # Every 3 months from 2025-09-01 (see test_deadlines.py): 12-01, 03-01, 06-01, 08-31 -> 06-10.
    assert [d.due for d in reports] == [D(2025, 12, 1), D(2026, 3, 1), D(2026, 6, 1), D(2026, 6, 10)]
    assert "No grading period is entered" in reports[0].note
    assert "every 3 months" in reports[0].note


def test_the_same_goal_schedule_typed_twice_gives_each_report_once(case: Case) -> None:
    _goal(1, "quarterly")
    _goal(1, "quarterly")
    assert _dues(1) == [D(2025, 12, 1), D(2026, 3, 1), D(2026, 6, 1), D(2026, 6, 10)]


def test_no_schedule_the_app_can_read_gives_no_report(case: Case) -> None:
    _goal(1, "as needed")
    assert _dues(1) == []
