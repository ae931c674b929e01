"""Typed dates: every accepted form is read back as the date it was written from, impossible and
ambiguous ones are refused with a reason, and nothing is read as some other date."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iepdesk.dates import (
    DateTextError,
    format_date,
    format_time,
    full_year,
    order_from_format,
    parse_date,
    parse_datetime,
)
from iepdesk.errors import IEPDeskError

TODAY = dt.date(2026, 12, 1)
D = dt.date


@pytest.mark.parametrize(
    "text",
    [
        "8/20/2026",
        "08/20/2026",
        "8-20-2026",
        "8.20.2026",
        "8/20/26",
        "Aug 20 2026",
        "Aug 20, 2026",
        "August 20, 2026",
        "august 20 2026",
        "20 August 2026",
        "Aug 20th, 2026",
        "Thursday, August 20, 2026",
        "2026-08-20",
        "2026/8/20",
        "  August   20,  2026 ",
    ],
)
def test_us_forms_all_mean_august_20(text: str) -> None:
    assert parse_date(text, "MDY", TODAY) == D(2026, 8, 20)


def test_the_measured_misreading_is_gone() -> None:
    # QDateEdit with "MMMM d, yyyy" turned this into December 20.
    assert parse_date("August 20, 2026", "MDY", TODAY) == D(2026, 8, 20)


def test_day_first_locale_reads_day_first_and_iso_stays_iso() -> None:
    assert parse_date("20/8/2026", "DMY", TODAY) == D(2026, 8, 20)
    assert parse_date("3/4/2026", "DMY", TODAY) == D(2026, 4, 3)
    assert parse_date("3/4/2026", "MDY", TODAY) == D(2026, 3, 4)
    assert parse_date("2026-08-20", "DMY", TODAY) == D(2026, 8, 20)
    assert parse_date("26-08-20", "YMD", TODAY) == D(2026, 8, 20)


def test_the_order_is_applied_strictly_not_swapped_when_it_would_fit() -> None:
    with pytest.raises(DateTextError, match="no month 20"):
        parse_date("20/8/2026", "MDY", TODAY)
    with pytest.raises(DateTextError, match="no month 20"):
        parse_date("8/20/2026", "DMY", TODAY)


def test_leap_day() -> None:
    assert parse_date("2/29/2028", "MDY", TODAY) == D(2028, 2, 29)
    assert parse_date("February 29, 2028", "MDY", TODAY) == D(2028, 2, 29)
    with pytest.raises(DateTextError, match="2027 is not a leap year"):
        parse_date("2/29/2027", "MDY", TODAY)
    with pytest.raises(DateTextError):
        parse_date("Feb 29 2027", "MDY", TODAY)
    assert parse_date("2/29/2000", "MDY", TODAY) == D(2000, 2, 29)  # divisible by 400
    with pytest.raises(DateTextError):
        parse_date("2/29/2100", "MDY", TODAY)  # divisible by 100 only


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2/30/2026", "February has 28 days"),
        ("4/31/2026", "April has 30 days"),
        ("13/1/2026", "no month 13"),
        ("0/1/2026", "no month 0"),
        ("1/0/2026", "January has 31 days"),
        ("1/1/202", "four digits"),
        ("", "Type a date"),
        ("   ", "Type a date"),
        ("2026", "not a date"),
        ("hello", "not a date"),
        ("Augst 20 2026", "not a date"),
        ("August 2026", "month and the day"),
        ("Monday, August 20, 2026", "is a Thursday, not a Monday"),
        ("Aug 20 2026 10:00", "without a time"),
    ],
)
def test_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(DateTextError, match=reason) as raised:
        parse_date(text, "MDY", TODAY)
    assert isinstance(raised.value, IEPDeskError)  # the UI shows its message as it is


def test_two_digit_years_fall_between_80_years_ago_and_19_ahead() -> None:
    assert full_year(26, TODAY) == 2026
    assert full_year(45, TODAY) == 2045  # 2026 + 19
    assert full_year(46, TODAY) == 1946  # 2046 would be 20 years ahead
    assert full_year(99, TODAY) == 1999
    assert full_year(0, TODAY) == 2000
    assert full_year(5, D(2095, 1, 1)) == 2105
    assert parse_date("8/20/46", "MDY", TODAY) == D(1946, 8, 20)
    assert parse_date("Aug 20 45", "MDY", TODAY) == D(2045, 8, 20)


def test_no_year_means_this_year() -> None:
    assert parse_date("8/20", "MDY", TODAY) == D(2026, 8, 20)
    assert parse_date("20/8", "DMY", TODAY) == D(2026, 8, 20)
    assert parse_date("Aug 20", "MDY", TODAY) == D(2026, 8, 20)
    with pytest.raises(DateTextError):
        parse_date("2/29", "MDY", TODAY)  # 2026 has no February 29


def test_order_from_locale_patterns() -> None:
    assert order_from_format("M/d/yy") == "MDY"
    assert order_from_format("dd/MM/yyyy") == "DMY"
    assert order_from_format("d.M.yy") == "DMY"
    assert order_from_format("yyyy-MM-dd") == "YMD"
    assert order_from_format("") == "MDY"  # unknown: the United States order


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8/20/2026 9:09 AM", dt.datetime(2026, 8, 20, 9, 9)),
        ("8/20/2026 9:09 pm", dt.datetime(2026, 8, 20, 21, 9)),
        ("8/20/2026 9 PM", dt.datetime(2026, 8, 20, 21, 0)),
        ("8/20/2026 14:30", dt.datetime(2026, 8, 20, 14, 30)),
        ("2026-08-20T09:09", dt.datetime(2026, 8, 20, 9, 9)),
        ("2026-08-20 09:09", dt.datetime(2026, 8, 20, 9, 9)),
        ("August 20, 2026 at 9:09 AM", dt.datetime(2026, 8, 20, 9, 9)),
        ("August 20, 2026, 12:00 AM", dt.datetime(2026, 8, 20, 0, 0)),
        ("Aug 20 2026 12:05 PM", dt.datetime(2026, 8, 20, 12, 5)),
        ("8/20/2026 9:09\u202fAM", dt.datetime(2026, 8, 20, 9, 9)),  # Qt's narrow space before AM
    ],
)
def test_date_and_time(text: str, expected: dt.datetime) -> None:
    assert parse_datetime(text, "MDY", TODAY) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("8/20/2026", "Add the time"),
        ("8/20/2026 25:00", "not an hour"),
        ("8/20/2026 13:00 PM", "12-hour clock"),
        ("8/20/2026 9:75", "not a minute"),
        ("2/30/2026 9:00", "February has 28 days"),
    ],
)
def test_date_and_time_refused(text: str, reason: str) -> None:
    with pytest.raises(DateTextError, match=reason):
        parse_datetime(text, "MDY", TODAY)


def test_formats_written_back() -> None:
    assert format_date(D(2026, 8, 20), "MDY") == "8/20/2026"
    assert format_date(D(2026, 8, 20), "DMY") == "20/8/2026"
    assert format_date(D(2026, 8, 20), "YMD") == "2026-08-20"
    assert format_time(dt.time(0, 5)) == "12:05 AM"
    assert format_time(dt.time(12, 0)) == "12:00 PM"
    assert format_time(dt.time(21, 9)) == "9:09 PM"
    assert format_time(dt.time(9, 9), twelve_hour=False) == "09:09"


def _forms(day: dt.date) -> dict[str, list[str]]:
    """Every accepted way of writing ``day``, by the locale order it is read in."""
    full, short = calendar.month_name[day.month], calendar.month_abbr[day.month]
    weekday = calendar.day_name[day.weekday()]
    named = [
        f"{short} {day.day} {day.year}",
        f"{full} {day.day}, {day.year}",
        f"{weekday}, {full} {day.day}, {day.year}",
        f"{day.day} {full} {day.year}",
        day.isoformat(),
    ]
    return {
        "MDY": [f"{day.month}/{day.day}/{day.year}", f"{day.month:02d}-{day.day:02d}-{day.year}", *named],
        "DMY": [f"{day.day}/{day.month}/{day.year}", f"{day.day:02d}.{day.month:02d}.{day.year}", *named],
        "YMD": [f"{day.year}/{day.month}/{day.day}", *named],
    }


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2199, 12, 31)))
def test_every_accepted_form_reads_back_the_same_day(day: dt.date) -> None:
    for order, texts in _forms(day).items():
        for text in texts:
            assert parse_date(text, order, TODAY) == day, (order, text)
        assert parse_date(format_date(day, order), order, TODAY) == day


@given(st.dates(min_value=D(1947, 1, 1), max_value=D(2045, 12, 31)))
def test_two_digit_years_read_back_inside_the_window(day: dt.date) -> None:
    assert parse_date(f"{day.month}/{day.day}/{day.year % 100:02d}", "MDY", TODAY) == day


@given(
    st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 12, 31)),
    st.sampled_from(["MDY", "DMY", "YMD"]),
    st.booleans(),
)
def test_date_and_time_read_back(moment: dt.datetime, order: str, twelve_hour: bool) -> None:
    moment = moment.replace(second=0, microsecond=0)
    text = f"{format_date(moment.date(), order)} {format_time(moment.time(), twelve_hour)}"
    assert parse_datetime(text, order, TODAY) == moment


@given(st.integers(1, 12), st.integers(1, 31), st.integers(1900, 2199))
def test_numbers_are_a_real_date_or_refused(month: int, day: int, year: int) -> None:
    text = f"{month}/{day}/{year}"
    try:
        real = D(year, month, day)
    except ValueError:
        with pytest.raises(DateTextError):
            parse_date(text, "MDY", TODAY)
    else:
        assert parse_date(text, "MDY", TODAY) == real
