"""Hostile and odd .ics files: impossible rules are expanded over the school years concerned only (not
to the year 9999), expansions are capped, and every malformed file raises IcsError, nothing else."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iepdesk.schedule import ics

FIXTURE = Path(__file__).parent / "data" / "district-2025-26.ics"
D = dt.date


def calendar(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n{body}END:VCALENDAR\r\n".encode()


def event(uid: str, start: str, rule: str = "", summary: str = "No School") -> str:
    lines = [f"UID:{uid}", f"DTSTART;VALUE=DATE:{start}", f"SUMMARY:{summary}"]
    if rule:
        lines.append(f"RRULE:{rule}")
    return "\r\n".join(lines)


def test_impossible_rules_are_not_expanded_to_the_year_9999(monkeypatch):
    """20 events of FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=31 (no 31 February ever): before, 6.5 s each."""
    from dateutil import rrule

    days_stepped: list[int] = []
    original = rrule.rrule._iter

    def watched(rule: rrule.rrule):  # type: ignore[no-untyped-def]
        # The impossible rule never yields; what it costs is how far in years it is stepped. Record
        # the years it is asked to run through: from the (moved) start to dateutil's end, 9999.
        days_stepped.append((dt.date(9999, 12, 31) - rule._dtstart.date()).days)
        yield from original(rule)

    monkeypatch.setattr(rrule.rrule, "_iter", watched)
    data = calendar(
        *(event(f"imp{i}", f"2025090{i % 9 + 1}", "FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=31") for i in range(20))
    )
    assert len(data) < 3000
    assert ics.read_events(data) == []
    assert len(days_stepped) == 20
    # The default window ends on 30 June 2027; moved to a year with the same calendar at most 28 years
    # before 9999, each rule runs through at most the window (2 years) plus 28 years, never 7,974.
    assert max(days_stepped) <= (2 + 28) * 366


def test_the_school_years_concerned_are_the_default_window():
    assert ics.default_window([D(2025, 9, 1), D(2026, 3, 16)]) == (D(2025, 7, 1), D(2027, 6, 30))
    assert ics.default_window([D(2026, 1, 5)]) == (D(2025, 7, 1), D(2027, 6, 30))
    # Events spread over 30 years: the latest MAX_WINDOW_YEARS (4) school years are kept.
    assert ics.default_window([D(1995, 9, 1), D(2025, 9, 1)]) == (D(2023, 7, 1), D(2027, 6, 30))


def test_a_daily_rule_with_no_end_stops_at_the_window():
    data = calendar(event("d", "20250901", "FREQ=DAILY"))
    days = [e.first_day for e in ics.read_events(data, window=(D(2025, 9, 1), D(2025, 9, 30)))]
    assert days == [D(2025, 9, d) for d in range(1, 31)]


def test_expansion_is_capped_per_event():
    data = calendar(event("d", "20250701", "FREQ=DAILY"))
    events = ics.read_events(data)  # the window is two school years: 730 days, more than the cap
    assert len(events) == ics.MAX_OCCURRENCES
    assert events[0].first_day == D(2025, 7, 1)
    assert events[-1].first_day == D(2025, 7, 1) + dt.timedelta(days=ics.MAX_OCCURRENCES - 1)


def test_a_minutely_rule_gives_each_day_once():
    data = calendar(event("m", "20250901", "FREQ=MINUTELY;BYHOUR=8;BYMINUTE=0,30"))
    days = [e.first_day for e in ics.read_events(data, window=(D(2025, 9, 1), D(2025, 9, 3)))]
    assert days == [D(2025, 9, 1), D(2025, 9, 2), D(2025, 9, 3)]


def test_rules_keep_their_weekdays_and_leap_days():
    """The rule is expanded in moved years: the weekdays and 29 February must come back exact."""
    thanksgiving = calendar(event("t", "20251127", "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH", "Thanksgiving"))
    days = [e.first_day for e in ics.read_events(thanksgiving, window=(D(2025, 7, 1), D(2029, 6, 30)))]
    assert days == [D(2025, 11, 27), D(2026, 11, 26), D(2027, 11, 25), D(2028, 11, 23)]
    leap = calendar(event("l", "20240229", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "Leap day"))
    days = [e.first_day for e in ics.read_events(leap, window=(D(2024, 1, 1), D(2032, 12, 31)))]
    assert days == [D(2024, 2, 29), D(2028, 2, 29), D(2032, 2, 29)]
    counted = calendar(event("c", "20250901", "FREQ=WEEKLY;BYDAY=MO;COUNT=3"))
    assert [e.first_day for e in ics.read_events(counted)] == [D(2025, 9, 1), D(2025, 9, 8), D(2025, 9, 15)]


def test_too_many_events_is_refused():
    data = calendar(*(event(f"e{i}", "20250901", "FREQ=DAILY;COUNT=400") for i in range(51)))
    with pytest.raises(ics.IcsError, match="more than 20000"):
        ics.read_events(data)


@pytest.mark.parametrize(
    "lines",
    [
        # A date past 9999 once the duration is added: OverflowError before.
        "UID:o\r\nDTSTART;VALUE=DATE:99991230\r\nDURATION:P30D\r\nSUMMARY:x",
        # A date that is not a date: BrokenCalendarProperty before (raised when read, not when parsed).
        "UID:b\r\nDTSTART;VALUE=DATE:2025-13-45\r\nSUMMARY:x",
        "UID:b2\r\nDTSTART;VALUE=DATE:20250901\r\nDTEND;VALUE=DATE:notadate\r\nSUMMARY:x",
        "UID:b3\r\nDTSTART;VALUE=DATE:20250901\r\nDURATION:forever\r\nSUMMARY:x",
        "UID:r\r\nDTSTART;VALUE=DATE:20250901\r\nRRULE:FREQ=DAILY;UNTIL=99991231\r\nSUMMARY:x",
    ],
)
def test_broken_events_raise_ics_error_only(lines):
    data = calendar(lines)
    outcome: object
    try:
        outcome = ics.read_events(data)
    except ics.IcsError as exc:
        outcome = str(exc)
    assert isinstance(outcome, list) or "calendar" in str(outcome)


VALID = FIXTURE.read_bytes()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_give_ics_error_or_events(data):
    try:
        events = ics.read_events(data)
    except ics.IcsError:
        return
    assert all(isinstance(e, ics.IcsEvent) for e in events)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=len(VALID) - 1),
            st.sampled_from(["delete", "insert", "replace"]),
            st.lists(
                st.sampled_from([*"0123456789:;=-,TZ\r\n ", "FREQ=", "MINUTELY", "BYMONTH", "RRULE:"]),
                max_size=6,
            ).map("".join),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_mutated_valid_files_give_ics_error_or_events(mutations):
    text = VALID.decode("utf-8")
    for position, action, fragment in mutations:
        position = min(position, len(text))
        if action == "delete":
            text = text[:position] + text[position + len(fragment) + 1 :]
        elif action == "insert":
            text = text[:position] + fragment + text[position:]
        else:
            text = text[:position] + fragment + text[position + len(fragment) :]
    try:
        events = ics.read_events(text.encode("utf-8"))
    except ics.IcsError:
        return
    assert len(events) <= ics.MAX_EVENTS
