"""Planning an import: columns guessed from messy headers, dates in the file's own order, minutes in
the ways schools write them, the school's words, and services matched only when sure."""

from __future__ import annotations

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.logimport.columns import CellError, parse_date, parse_minutes
from iepdesk.logimport.plan import ColumnMapping, guess_mapping, plan_import

from .conftest import D, table

HEADER = (
    "Student",
    "Date of Service",
    "Service Type",
    "Min.",
    "Session Status",
    "Absence Reason",
    "Therapist",
    "Comments",
)


def test_headers_schools_use() -> None:
    assert guess_mapping(HEADER).columns == {
        "date": 1,
        "service": 2,
        "minutes": 3,
        "status": 4,
        "reason": 5,
        "provider": 6,
        "note": 7,
    }
    other = ("SVC DATE", "Service", "Duration", "Delivered?", "Reason", "Staff", "Notes", "Group/Individual")
    assert guess_mapping(other).columns == {
        "date": 0,
        "service": 1,
        "minutes": 2,
        "status": 3,
        "reason": 4,
        "provider": 5,
        "note": 6,
        "group": 7,
    }
    third = ("date", "Mins", "Attendance", "Provider", "Setting", "Service Date (ignored: date is taken)")
    assert guess_mapping(third).columns == {"date": 0, "minutes": 1, "status": 2, "provider": 3, "group": 4}


@pytest.mark.parametrize(
    ("cell", "order", "day"),
    [
        ("2025-09-02", "", D(2025, 9, 2)),
        ("9/2/25", "mdy", D(2025, 9, 2)),
        ("09/02/2025", "mdy", D(2025, 9, 2)),
        ("09/02/2025", "dmy", D(2025, 2, 9)),
        ("Sep 2, 2025", "", D(2025, 9, 2)),
        ("Tuesday, September 2, 2025", "", D(2025, 9, 2)),
        ("2 Sept 2025", "", D(2025, 9, 2)),
        # Excel serial: 2025-01-01 is 45658 (1899-12-30 + 45658 days); + 31 + 28 + 31 + 30 + 31 + 30
        # + 31 + 31 (Jan..Aug) = 45901 = Sep 1, so 45902 = Sep 2.
        ("45902", "", D(2025, 9, 2)),
        ("45902.0", "", D(2025, 9, 2)),
        ("9/23/2025", "", D(2025, 9, 23)),  # day > 12 second: month first, whatever the order
        ("23/09/2025", "", D(2025, 9, 23)),
        ("9/9/2025", "", D(2025, 9, 9)),  # the same either way
        ("2025-09-02 00:00:00", "", D(2025, 9, 2)),
    ],
)
def test_dates(cell: str, order: str, day: object) -> None:
    assert parse_date(cell, order) == day


@pytest.mark.parametrize("cell", ["03/04/2025", "2025-02-30", "Smarch 3, 2025", "12", "Total"])
def test_dates_that_are_not_read(cell: str) -> None:
    with pytest.raises(CellError):
        parse_date(cell, "")


@pytest.mark.parametrize(
    ("cell", "minutes"),
    [
        ("30", 30),
        ("30 min", 30),
        ("30 Mins.", 30),
        ("0:30", 30),
        ("1:15", 75),
        ("0:30:00", 30),
        ("1 hr", 60),
        ("1.5 hrs", 90),
        ("1 hr 15 min", 75),
        ("45.0", 45),
        ("", None),
    ],
)
def test_minutes(cell: str, minutes: int | None) -> None:
    assert parse_minutes(cell) == minutes


@pytest.mark.parametrize("cell", ["hour 30", "45.5", "-30", "0:75", "about 30", "25:00"])
def test_minutes_that_are_not_read(cell: str) -> None:
    with pytest.raises(CellError):
        parse_minutes(cell)


def _export() -> tuple[tuple[str, ...], ...]:
    return (
        ("Jacob S.", "9/9/25", "Speech/Language", "30", "Delivered", "", "Ms. Lee", ""),
        ("Jacob S.", "09/11/2025", "Speech/Language", "20", "Delivered", "Early release", "Ms. Lee", ""),
        ("Jacob S.", "2025-09-16", "Speech/Language", "", "Absent", "Student ill", "Ms. Lee", ""),
        ("Jacob S.", "Sep 18, 2025", "Speech/Language", "0:30", "Session held", "", "Ms. Lee", "artic"),
        ("Jacob S.", "9/23/2025", "Speech/Language", "", "Per provider", "SLP at training", "Ms. Lee", ""),
    )


def test_each_planned_row(case: Case, services: tuple[int, int]) -> None:
    speech, _ot = services
    plan = plan_import(table(HEADER, *_export()))
    # 9/23/2025 has a day > 12 in second place: the file writes month first, so 09/11 is Sep 11.
    assert plan.date_order == "mdy"
    assert plan.services == {"Speech/Language": speech}  # {speech, language} both ways
    got = [(r.row_number, r.date, r.status, r.minutes, r.reason, r.problem) for r in plan.rows]
    assert got == [
        (2, D(2025, 9, 9), "delivered", 30, None, ""),
        # 20 < the IEP's 30 a session: shortened; the reason column says why.
        (3, D(2025, 9, 11), "shortened", 20, "delayed_start", ""),
        (4, D(2025, 9, 16), "missed", None, "student_absent", ""),
        (5, D(2025, 9, 18), "delivered", 30, None, ""),
        # "Per provider" is not a word we know: the row waits on it ... and on nothing else.
        (6, D(2025, 9, 23), None, None, None, ""),
    ]
    assert plan.unmapped_words == ("Per provider",)
    assert plan.rows[4].waiting_word == "Per provider"
    assert plan.rows[3].entry_note == "School's record: Session held · Provider: Ms. Lee · artic"
    assert not plan.ready
    chosen = plan_import(table(HEADER, *_export()), words={"Per provider": ("missed", None)})
    # "Missed" with no reason of its own: the reason column's "SLP at training" gives it.
    assert (chosen.rows[4].status, chosen.rows[4].reason) == ("missed", "provider_absent")
    assert chosen.ready


def test_day_first_file_and_a_file_that_cannot_tell(case: Case, services: tuple[int, int]) -> None:
    speech, _ot = services
    header = ("Date", "Minutes", "Status")
    dmy = table(header, ("23/09/2025", "30", "Present"), ("03/10/2025", "30", "Present"))
    plan = plan_import(dmy, service_id=speech)
    # 23/09 shows the day first, so 03/10/2025 is 3 October.
    assert (plan.date_order, [r.date for r in plan.rows]) == ("dmy", [D(2025, 9, 23), D(2025, 10, 3)])
    unsure = table(header, ("03/10/2025", "30", "Present"), ("04/10/2025", "30", "Present"))
    plan = plan_import(unsure, service_id=speech)
    assert plan.date_order == ""
    assert all(r.problem.startswith(f"row {n}: the date") for n, r in zip((2, 3), plan.rows, strict=True))
    assert "can be read two ways" in plan.rows[0].problem and not plan.ready
    told = plan_import(unsure, service_id=speech, date_order="mdy")
    assert [r.date for r in told.rows] == [D(2025, 3, 10), D(2025, 4, 10)] and told.ready


def test_school_words_and_blank_status(case: Case, services: tuple[int, int]) -> None:
    speech, _ot = services
    header = ("Date", "Minutes", "Status", "Reason")
    rows = [
        ("2025-09-09", "", "Provided", ""),
        ("2025-09-10", "", "Student absent", ""),
        ("2025-09-11", "", "Therapist out", ""),
        ("2025-09-12", "", "Not scheduled", ""),
        ("2025-09-15", "", "Assembly", ""),
        ("2025-09-16", "", "State testing", ""),
        ("2025-09-17", "", "Late start", ""),
        ("2025-09-18", "", "Refused", ""),
        ("2025-09-19", "", "Snow day", ""),
        ("2025-09-22", "30", "Makeup session", ""),
        ("2025-09-23", "", "", "Field trip"),  # only a reason: what it says
        ("2025-09-24", "25", "", ""),  # minutes and nothing else: delivered, 25 < 30 so shortened
        ("2025-09-25", "", "", "N/A"),  # nothing at all: the blank word, the parent decides
        ("2025-09-26", "", "See provider note", ""),
        ("2025-09-29", "", "Élève absent", ""),  # a Windows-1252 accent, decoded by the reader
    ]
    plan = plan_import(table(header, *rows), service_id=speech)
    assert [(r.status, r.reason) for r in plan.rows] == [
        ("delivered", None),
        ("missed", "student_absent"),
        ("missed", "provider_absent"),
        ("missed", "not_scheduled"),
        ("missed", "school_event"),
        ("missed", "testing"),
        ("missed", "delayed_start"),
        ("missed", "student_refused"),
        ("missed", "school_closed"),
        ("makeup", None),
        ("missed", "school_event"),
        ("shortened", None),
        (None, None),
        (None, None),
        (None, None),
    ]
    assert plan.unmapped_words == ("", "See provider note", "Élève absent")


def test_services_matched_only_when_sure(case: Case, services: tuple[int, int]) -> None:
    speech, ot = services
    header = ("Date", "Service", "Minutes")
    rows = [
        ("2025-09-09", "SPEECH-LANGUAGE THERAPY", "30"),  # the same title
        ("2025-09-09", "OT", "45"),  # "occupational" once the abbreviation is spelled out
        ("2025-09-10", "Speech", "30"),  # speech alone is not speech-language: the parent picks
        ("2025-09-10", "Counseling", "30"),
        ("2025-09-11", "", "30"),
    ]
    plan = plan_import(table(header, *rows))
    assert plan.services == {
        "SPEECH-LANGUAGE THERAPY": speech,
        "OT": ot,
        "Speech": None,
        "Counseling": None,
        "": None,
    }
    assert [r.provision_id for r in plan.rows] == [speech, ot, None, None, None]
    picked = plan_import(table(header, *rows), services={"Speech": speech, "Counseling": ot, "": ot})
    assert [r.provision_id for r in picked.rows] == [speech, ot, speech, ot, ot]
    assert picked.ready


def test_the_parents_mapping_wins_and_is_checked(case: Case, services: tuple[int, int]) -> None:
    speech, _ot = services
    header = ("When", "How long", "What happened")
    t = table(header, ("2025-09-09", "30", "Delivered"))
    guessed = plan_import(t, service_id=speech)
    assert guessed.missing_fields == ("date", "status") and not guessed.ready
    mine = ColumnMapping({"date": 0, "minutes": 1, "status": 2})
    plan = plan_import(t, service_id=speech, mapping=mine)
    assert plan.ready and plan.rows[0].date == D(2025, 9, 9)
    with pytest.raises(ValueError, match="no column 4"):
        plan_import(t, service_id=speech, mapping=ColumnMapping({"date": 3}))
    with pytest.raises(ValueError, match="both"):
        plan_import(t, service_id=speech, mapping=ColumnMapping({"date": 0, "note": 0}))


def test_a_service_across_two_iep_versions(case: Case, services: tuple[int, int]) -> None:
    from iepdesk.model import IepVersion

    speech, _ot = services
    # An amendment from Oct 1 halves speech to 1 x 30 a week; its provision is a copy of the first.
    amendment = factories.version(D(2025, 10, 1), D(2026, 8, 31), meeting_date=None, kind="amendment")
    later = factories.provision(
        amendment,
        "service",
        "Speech-language therapy",
        minutes_per_session=20,
        sessions_per_period=1,
        period="week",
        copied_from=speech,
    )
    # Unrelated services that share a name are no match: "Counseling" twice, not copies.
    for version in (amendment, IepVersion.get_by_id(1)):
        factories.provision(version, "service", "Counseling", minutes_per_session=30)
    header = ("Date", "Service", "Minutes", "Status")
    rows = [
        ("2025-09-30", "Speech-Language Therapy", "25", "Delivered"),
        ("2025-10-01", "Speech-Language Therapy", "25", "Delivered"),
        ("2025-10-02", "Counseling", "30", "Delivered"),
    ]
    plan = plan_import(table(header, *rows))
    assert plan.services == {"Speech-Language Therapy": later.id, "Counseling": None}
    # Each row under the version in effect on its day; 25 is short of the first version's 30 and
    # not of the amendment's 20.
    assert [(r.provision_id, r.status) for r in plan.rows[:2]] == [
        (speech, "shortened"),
        (later.id, "delivered"),
    ]


def test_a_missed_sessions_minutes_are_never_read(case: Case, services: tuple[int, int]) -> None:
    """A missed row's minutes cell holds the planned length and is ignored, so "12.5" there is no
    problem (an .xlsx export's "Absent, 12.5"); on a delivered row, or a row still waiting on a word
    that may mean delivered, the same cell is one."""
    speech, _ot = services
    header = ("Date", "Minutes", "Status")
    rows = (
        ("2025-09-09", "12.5", "Absent"),  # missed: 12.5 ignored
        ("2025-09-10", "12.5", "Delivered"),  # delivered: 12.5 minutes cannot be read
        ("2025-09-11", "12.5", "See provider note"),  # waiting: the parent may say delivered
    )
    plan = plan_import(table(header, *rows), service_id=speech)
    got = [(r.status, r.reason, r.minutes, r.problem != "") for r in plan.rows]
    assert got == [
        ("missed", "student_absent", None, False),
        ("delivered", None, None, True),
        (None, None, None, True),
    ]
    assert plan.rows[1].problem.startswith("row 3: ")
    assert "12.5" in plan.rows[1].problem
