"""The school calendar as entered: school years, days off and grading periods, each checked once in
the core (the window shows the same rule in its own words), and the export range."""

from __future__ import annotations

import pytest

from iepdesk.casefile import Case
from iepdesk.errors import UsageError
from iepdesk.model import GradingPeriod, NonSchoolDay, SchoolYear
from iepdesk.schedule import school_days
from iepdesk.schedule.school_calendar import SchoolCalendar
from iepdesk.schedule.school_days import DAY_OFF, GRADING_PERIOD, SCHOOL_YEAR, Span, SpanError

from .conftest import D


@pytest.mark.parametrize("what", [SCHOOL_YEAR, DAY_OFF, GRADING_PERIOD])
def test_a_one_day_span_is_a_span_and_a_day_before_it_is_refused(case: Case, what: str) -> None:
    one_day = Span(D(2026, 9, 1), D(2026, 9, 1), name="Q1")
    backwards = Span(D(2026, 9, 1), D(2026, 8, 31), name="Q1")
    assert school_days.problem(what, one_day) is None
    assert school_days.problem(what, backwards) == school_days.LAST_BEFORE_FIRST
    with pytest.raises(SpanError, match="The last day is before the first day") as refused:
        school_days.check(what, backwards)
    assert isinstance(refused.value, UsageError) and isinstance(refused.value, ValueError)


def test_saving_refuses_what_the_check_refuses_and_stores_nothing(case: Case) -> None:
    backwards = Span(D(2026, 9, 1), D(2026, 8, 31), name="Q1")
    for save in (school_days.save_school_year, school_days.add_day_off, school_days.add_grading_period):
        with pytest.raises(SpanError, match="last day is before"):
            save(backwards)
    with pytest.raises(SpanError, match="at least one school weekday"):
        school_days.save_school_year(Span(D(2026, 9, 1), D(2027, 6, 15), weekdays=frozenset()))
    with pytest.raises(SpanError, match="Give the grading period a name"):
        school_days.add_grading_period(Span(D(2026, 9, 1), D(2026, 11, 6), name="  "))
    with pytest.raises(SpanError, match="not a kind of day off"):
        school_days.add_day_off(Span(D(2026, 9, 1), D(2026, 9, 1), kind="party"))
    assert (SchoolYear.select().count(), NonSchoolDay.select().count(), GradingPeriod.select().count()) == (
        0,
        0,
        0,
    )


def test_a_school_year_with_one_weekday_is_saved_and_a_day_off_needs_no_name(case: Case) -> None:
    wednesdays = Span(D(2026, 9, 1), D(2027, 6, 15), weekdays=frozenset({3}))
    assert school_days.problem(SCHOOL_YEAR, wednesdays) is None
    assert school_days.problem(DAY_OFF, Span(D(2026, 9, 1), D(2026, 9, 1), name="")) is None
    assert school_days.problem(SCHOOL_YEAR, Span(D(2026, 9, 1), D(2027, 6, 15), name="")) is None


def test_a_school_year_is_named_from_its_years_and_can_be_changed(case: Case) -> None:
    new = school_days.save_school_year(Span(D(2026, 8, 31), D(2027, 6, 15), weekdays=frozenset({1, 3, 5})))
    (year,) = school_days.school_years()
    assert year == Span(D(2026, 8, 31), D(2027, 6, 15), "2026-27", frozenset({1, 3, 5}), id=new)
    assert school_days.save_school_year(Span(D(2026, 9, 1), D(2027, 6, 10), " Year one ", id=new)) == new
    (year,) = school_days.school_years()
    assert (year.first_day, year.last_day, year.name, year.weekdays) == (
        D(2026, 9, 1),
        D(2027, 6, 10),
        "Year one",
        frozenset({1, 2, 3, 4, 5}),
    )
    school_days.delete_school_year(new)
    assert school_days.school_years() == []


def test_overlapping_school_years_are_both_kept_as_they_always_were(case: Case) -> None:
    first = school_days.save_school_year(Span(D(2025, 8, 25), D(2026, 6, 10)))
    second = school_days.save_school_year(Span(D(2026, 6, 1), D(2027, 6, 10)))
    assert [(y.id, y.name) for y in school_days.school_years()] == [(first, "2025-26"), (second, "2026-27")]
    # the calendar reads both: a day in the overlap is a school day (a Monday)
    assert SchoolCalendar.load().is_school_day(D(2026, 6, 8))


def test_days_off_and_grading_periods_in_order_trimmed(case: Case) -> None:
    later = school_days.add_day_off(Span(D(2026, 12, 21), D(2027, 1, 1), " Winter break ", kind="break"))
    sooner = school_days.add_day_off(Span(D(2026, 11, 26), D(2026, 11, 26), "Thanksgiving"))
    assert [(d.id, d.name, d.kind, d.source) for d in school_days.days_off()] == [
        (sooner, "Thanksgiving", "holiday", "manual"),
        (later, "Winter break", "break", "manual"),
    ]
    assert "Thanksgiving" in SchoolCalendar.load().why_no_school(D(2026, 11, 26))
    q2 = school_days.add_grading_period(Span(D(2026, 11, 9), D(2027, 1, 22), " Quarter 2 "))
    q1 = school_days.add_grading_period(Span(D(2026, 9, 1), D(2026, 11, 6), "Quarter 1"))
    assert [(g.id, g.name) for g in school_days.grading_periods()] == [(q1, "Quarter 1"), (q2, "Quarter 2")]
    school_days.delete_day_off(sooner)
    school_days.delete_grading_period(q2)
    assert [d.id for d in school_days.days_off()] == [later]
    assert [g.id for g in school_days.grading_periods()] == [q1]


def test_the_export_range_runs_to_the_end_of_this_or_the_next_school_year(case: Case) -> None:
    assert school_days.default_export_range(D(2026, 3, 3)) == (D(2026, 3, 3), D(2027, 3, 3))  # a year
    school_days.save_school_year(Span(D(2025, 8, 25), D(2026, 6, 10)))
    school_days.save_school_year(Span(D(2026, 8, 31), D(2027, 6, 15)))
    assert school_days.default_export_range(D(2026, 6, 10)) == (D(2026, 6, 10), D(2026, 6, 10))  # last day
    assert school_days.default_export_range(D(2026, 7, 1)) == (D(2026, 7, 1), D(2027, 6, 15))  # summer
    assert school_days.default_export_range(D(2027, 7, 1)) == (D(2027, 7, 1), D(2028, 6, 30))


def test_an_export_ending_before_it_starts_is_refused(case: Case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "schedule.ics"
    with pytest.raises(UsageError, match="end date is before"):
        school_days.export_schedule(D(2026, 3, 3), D(2026, 3, 2), target)
    assert not target.exists()
    assert school_days.export_schedule(D(2026, 3, 3), D(2026, 3, 3), target) == 0
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
