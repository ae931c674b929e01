"""The paste dialog's lines ("From a provider's log"), each worked by hand: CSV lines, the forms schools
print, and a CSV with a header as the school's redacted logs have it (issue 13)."""

from __future__ import annotations

import datetime as dt

import pytest

from iepdesk.schedule.logbook import parse_provider_log

D = dt.date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2025-09-02,30,delivered", (D(2025, 9, 2), "delivered", 30, None, "")),
        ("9/2/25;30;missed;Student ill", (D(2025, 9, 2), "missed", 30, "student_absent", "Student ill")),
        ("9/2/25 30 min delivered", (D(2025, 9, 2), "delivered", 30, None, "")),
        ("09/02/2025 - Delivered - 30 minutes", (D(2025, 9, 2), "delivered", 30, None, "")),
        (
            "9/4/2025\tMissed\tProvider absent",
            (D(2025, 9, 4), "missed", None, "provider_absent", "Provider absent"),
        ),
        ("Tue 9/9 shortened 20 min", (D(2026, 9, 9), "shortened", 20, None, "")),
        ("Sept 11th make-up 30", (D(2026, 9, 11), "makeup", 30, None, "")),
        ("Mar 5, 2026 seen 30", (D(2026, 3, 5), "delivered", 30, None, "")),
        ("9/16/25,,Not delivered,,testing", (D(2025, 9, 16), "missed", None, "testing", "testing")),
        # the lines read before issue 13 read the same
        ("3/3 seen 30", (D(2026, 3, 3), "delivered", 30, None, "")),
        ("Mar 5 absent", (D(2026, 3, 5), "missed", None, "student_absent", "")),
        ("2026-03-10 shortened 20 min", (D(2026, 3, 10), "shortened", 20, None, "")),
        ("3/11 therapist out", (D(2026, 3, 11), "missed", None, "provider_absent", "")),
    ],
)
def test_a_line_reads_as_written(line: str, expected: tuple[object, ...]) -> None:
    [parsed] = parse_provider_log(line, 2026)
    assert parsed.error == ""
    assert (parsed.day, parsed.status, parsed.minutes, parsed.reason, parsed.note) == expected


def test_a_number_after_the_date_is_minutes_never_an_hour() -> None:
    [parsed] = parse_provider_log("2025-09-02 30", 2026)
    assert (parsed.day, parsed.minutes) == (D(2025, 9, 2), 30)
    assert parsed.status is None and parsed.error.startswith("no status found")  # never guessed


def test_lines_that_cannot_be_read_say_why() -> None:
    lines = parse_provider_log("not a line\n13/45 seen\n9/2 maybe", 2026)
    assert [(p.line_number, p.error[:14]) for p in lines] == [
        (1, "no date found"),
        (2, "no date found"),
        (3, "no status foun"),
    ]


#: 24 sessions in the shape of the school's redacted logs (Date,Minutes,Status,Provider,Notes).
SCHOOL_CSV = """Date,Minutes,Status,Provider,Notes
09/02/2025,30,Delivered,J. Smith SLP,
09/04/2025,30,Delivered,J. Smith SLP,Group of 3
09/09/2025,,Student Absent,J. Smith SLP,
09/11/2025,30,Delivered,J. Smith SLP,
09/16/2025,20,Partial,J. Smith SLP,fire drill
09/18/2025,,Provider Absent,J. Smith SLP,sub not trained
09/23/2025,30,Delivered,R. Cole SLP,
09/25/2025,30,Delivered,R. Cole SLP,Group
09/30/2025,30,Makeup,R. Cole SLP,for 9/18
10/02/2025,20,Delivered,R. Cole SLP,
10/07/2025,20,Delivered,R. Cole SLP,
10/09/2025,,Not Delivered,R. Cole SLP,testing
10/14/2025,20,Delivered,R. Cole SLP,Group of 4
10/16/2025,20,Delivered,R. Cole SLP,
10/21/2025,,Student Refused,R. Cole SLP,
10/23/2025,20,Delivered,R. Cole SLP,
10/28/2025,,Cancelled,R. Cole SLP,assembly
10/30/2025,20,Delivered,R. Cole SLP,
11/04/2025,20,Delivered,R. Cole SLP,
11/06/2025,,Student Absent,R. Cole SLP,ill
11/11/2025,,School Closed,,Veterans Day
11/13/2025,20,Delivered,R. Cole SLP,
11/18/2025,20,Delivered,R. Cole SLP,"Group, pull-out"
11/20/2025,20,Delivered,R. Cole SLP,
"""


def test_the_school_csv_reads_24_of_24_lines() -> None:
    lines = parse_provider_log(SCHOOL_CSV, 2026)
    assert len(lines) == 24 and [p.error for p in lines if p.error] == []
    assert lines[0].line_number == 2  # the header names the columns and is not a session
    by_day = {p.day: p for p in lines}
    assert [(p.status, p.minutes) for p in lines].count(("delivered", 30)) == 5
    assert [(p.status, p.minutes) for p in lines].count(("delivered", 20)) == 10
    assert sum(p.status == "missed" for p in lines) == 7
    assert (by_day[D(2025, 9, 16)].status, by_day[D(2025, 9, 16)].minutes) == ("shortened", 20)
    assert by_day[D(2025, 9, 30)].status == "makeup"
    assert {p.day: p.reason for p in lines if p.status == "missed"} == {
        D(2025, 9, 9): "student_absent",
        D(2025, 9, 18): "provider_absent",
        D(2025, 10, 9): "testing",
        D(2025, 10, 21): "student_refused",
        D(2025, 10, 28): "school_event",
        D(2025, 11, 6): "student_absent",
        D(2025, 11, 11): "school_closed",
    }
    # The provider and the notes are kept in the entry's note (the reconciliation reads them).
    assert by_day[D(2025, 9, 4)].note == "Provider: J. Smith SLP; Group of 3"
    assert by_day[D(2025, 11, 18)].note == "Provider: R. Cole SLP; Group, pull-out"
    assert by_day[D(2025, 11, 11)].note == "Veterans Day"
