"""Importing a district calendar and exporting the schedule as .ics."""

from __future__ import annotations

from pathlib import Path

import factories
import pytest
from icalendar import Calendar

from iepdesk.casefile import Case
from iepdesk.model import NonSchoolDay, SchoolYear
from iepdesk.schedule import ics
from iepdesk.schedule.school_calendar import SchoolCalendar

from .conftest import D, speech

FIXTURE = Path(__file__).parent / "data" / "district-2025-26.ics"


def test_read_district_calendar() -> None:
    events = ics.read_events(FIXTURE.read_bytes())
    by_title: dict[str, list[ics.IcsEvent]] = {}
    for e in events:
        by_title.setdefault(e.summary, []).append(e)
    winter = by_title["Winter Break"][0]
    assert (winter.first_day, winter.last_day) == (D(2025, 12, 22), D(2026, 1, 2))  # DTEND is exclusive
    assert (winter.suggestion, winter.day_off_kind) == ("day_off", "break")
    assert by_title["Labor Day - No School"][0].day_off_kind == "holiday"
    assert by_title["Professional Development Day (no students)"][0].day_off_kind == "staff_day"
    assert by_title["First Day of School"][0].suggestion == "first_day"
    # "Last Day of School - Early Dismissal": the last day wins over the early dismissal.
    assert by_title["Last Day of School - Early Dismissal"][0].suggestion == "last_day"
    # The recurring early release is expanded (third Wednesday, September to May) and stays a school day.
    early = by_title["Early Release Wednesday"]
    assert [e.first_day for e in early][:3] == [D(2025, 9, 17), D(2025, 10, 15), D(2025, 11, 19)]
    assert len(early) == 9
    assert {e.suggestion for e in early} == {"school_day"}
    assert len({e.uid for e in early}) == 9
    # An event with no known words is left for the parent to mark.
    assert by_title["Board of Education Meeting"][0].suggestion == "unknown"


def test_apply_import_sets_year_and_days_off_once(case: Case) -> None:
    events = ics.read_events(FIXTURE.read_bytes())
    board = next(e for e in events if e.summary.startswith("Board"))
    result = ics.apply_import(events, {board.uid: "ignore"})
    assert result.school_year == "2025-26"
    year = SchoolYear.get()
    assert (year.first_day, year.last_day) == (D(2025, 8, 25), D(2026, 6, 10))
    assert result.days_off_added == 6
    calendar = SchoolCalendar.load()
    assert not calendar.is_school_day(D(2025, 11, 27))  # Thanksgiving break
    assert not calendar.is_school_day(D(2026, 1, 2))  # last day of winter break
    assert calendar.is_school_day(D(2026, 1, 5))
    assert calendar.is_school_day(D(2025, 9, 17))  # early release is still a school day
    assert calendar.is_school_day(D(2025, 10, 15))  # the board meeting was ignored
    again = ics.apply_import(events, {board.uid: "ignore"})
    assert again.days_off_added == 0
    assert again.days_off_skipped == 6
    assert NonSchoolDay.select().count() == 6


@pytest.mark.parametrize("data", [b"", b"not a calendar", b"%PDF-1.7\n", b"BEGIN:VCALENDAR\nBEGIN:VEVENT\n"])
def test_malformed_calendar_gives_a_plain_error(data: bytes) -> None:
    outcome: list[ics.IcsEvent] | str
    try:
        outcome = ics.read_events(data)
    except ics.IcsError as exc:
        outcome = str(exc)
    assert outcome == [] or "calendar" in str(outcome)


def test_export_parses_back(case: Case) -> None:
    factories.school_year("2025-26", D(2025, 8, 25), D(2026, 6, 10))
    annual = factories.version(D(2025, 9, 1), D(2026, 8, 31), meeting_date=D(2025, 9, 1))
    speech(annual, days_of_week="2,4")
    speech(annual, title="Counseling", minutes_per_session=45, sessions_per_period=1, period="week")
    items = ics.schedule_items(D(2026, 3, 2), D(2026, 3, 15))
    data = ics.export_ics(items)
    parsed = Calendar.from_ical(data)
    events = list(parsed.walk("VEVENT"))
    titles = sorted(str(e["SUMMARY"]) for e in events)
    assert titles.count("Speech therapy (30 min)") == 4  # Tue and Thu of two weeks
    assert titles.count("Counseling: 1 session this week") == 2
    starts = sorted(e.decoded("DTSTART") for e in events if str(e["SUMMARY"]).startswith("Speech"))
    assert starts == [D(2026, 3, 3), D(2026, 3, 5), D(2026, 3, 10), D(2026, 3, 12)]
    assert len({str(e["UID"]) for e in events}) == len(events)
    assert all("Jacob" not in str(e["UID"]) for e in events)
    review = ics.schedule_items(D(2026, 8, 1), D(2026, 9, 30))
    assert [i.title for i in review if "review" in i.title] == ["Annual IEP review due on or before"]
    assert any("state's rules may differ" in i.description for i in review)
