"""``iepdesk log add|list`` and ``iepdesk calendar import-ics``: through the core functions the window's
calendar calls, the same records out, strict dates, --from/--to both included, exit codes 2 and 3."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from core_support import (
    PASSPHRASE,
    WRONG_PASSPHRASE,
    assert_plain_failure,
    cli,
    cli_ok,
    fingerprint,
    keys_of,
)

from iepdesk.casefile import Case
from iepdesk.model import IepVersion, Provision
from iepdesk.schedule import entries
from iepdesk.schedule.school_calendar import SchoolCalendar

D = dt.date
ENTRY_FIELDS = {
    "id",
    "date",
    "provision_id",
    "service",
    "status",
    "minutes",
    "reason",
    "source",
    "note",
    "counting",
}


ok = cli_ok


@pytest.fixture
def case_path(make_case: Any) -> Path:
    path: Path = make_case()[0]
    return path


@pytest.fixture
def service_id(case_path: Path) -> int:
    """Speech therapy, 2 × 30 minutes a week, in a final IEP in effect 2025-09-01 to 2026-08-31."""
    with Case.open(case_path, PASSPHRASE):
        version = IepVersion.create(
            kind="annual", status="final", effective_from=D(2025, 9, 1), effective_to=D(2026, 8, 31)
        )
        speech = Provision.create(
            version=version,
            kind="service",
            title="Speech therapy",
            minutes_per_session=30,
            sessions_per_period=2,
            period="week",
            location="therapy room",
            provider_role="speech-language pathologist",
        )
        return int(speech.id)


def test_log_add_then_list_round_trips(case_path: Path, service_id: int) -> None:
    first = ok("log", "add", case_path, service_id, "delivered", "--date", "2026-03-03")
    second = ok(
        "log",
        "add",
        case_path,
        service_id,
        "missed",
        "--date",
        "2026-03-05",
        "--reason",
        "provider_absent",
        "--source",
        "school_record",
        "--note",
        "SLP at a training",
    )
    third = ok("log", "add", case_path, service_id, "shortened", "--date", "2026-03-05", "--minutes", "20")
    ids = [int(first), int(second), int(third)]  # each add prints the new id alone
    listed = json.loads(ok("log", "list", case_path, "--json"))
    assert [row["id"] for row in listed] == ids  # by day, then id
    assert listed[1] == {
        "id": ids[1],
        "date": "2026-03-05",
        "provision_id": service_id,
        "service": "Speech therapy",
        "status": "missed",
        "minutes": None,
        "reason": "provider_absent",
        "source": "school_record",
        "note": "SLP at a training",
        "counting": "",
    }
    assert listed[0]["minutes"] is None  # as planned
    assert listed[2]["minutes"] == 20
    text = ok("log", "list", case_path)
    assert "2026-03-05" in text and "provider absent" in text and "SLP at a training" in text


def test_log_list_is_what_the_window_reads(case_path: Path, service_id: int) -> None:
    for day, status in (("2026-03-02", "delivered"), ("2026-03-04", "makeup")):
        ok("log", "add", case_path, service_id, status, "--date", day, "--minutes", "30")
    listed = json.loads(ok("log", "list", case_path, "--json"))
    with Case.open(case_path, PASSPHRASE):
        window = entries.entries_between(D(2026, 3, 1), D(2026, 3, 31))
    assert [set(row) for row in listed] == [ENTRY_FIELDS, ENTRY_FIELDS]
    assert listed == [
        {
            "id": r.id,
            "date": r.day.isoformat(),
            "provision_id": r.provision_id,
            "service": r.service,
            "status": r.status,
            "minutes": r.minutes,
            "reason": r.reason,
            "source": r.source,
            "note": r.note,
            "counting": r.counting,
        }
        for r in window
    ]


def test_log_list_from_to_both_days_included(case_path: Path, service_id: int) -> None:
    for day in ("2026-03-02", "2026-03-03", "2026-03-06", "2026-03-09"):
        ok("log", "add", case_path, service_id, "delivered", "--date", day)

    def days(*extra: str) -> list[str]:
        return [row["date"] for row in json.loads(ok("log", "list", case_path, "--json", *extra))]

    # --from's day is in, the day before it out; --to's day is in, the day after it out.
    assert days("--from", "2026-03-03", "--to", "2026-03-06") == ["2026-03-03", "2026-03-06"]
    assert days("--from", "2026-03-03") == ["2026-03-03", "2026-03-06", "2026-03-09"]
    assert days("--to", "2026-03-05") == ["2026-03-02", "2026-03-03"]
    assert days("--from", "2026-03-04", "--to", "2026-03-05") == []
    assert ok("log", "list", case_path, "--from", "2026-03-04", "--to", "2026-03-05").strip() == "No entries."
    assert_plain_failure(cli("log", "list", case_path, "--from", "2026-03-06", "--to", "2026-03-03"), 2)


@pytest.mark.parametrize(
    "typed", ["2026-02-30", "20260303", "2026-3-3", "03/03/2026", "2026-W10-2", "٢٠٢٦-03-03"]
)
def test_a_wrong_date_is_exit_2_and_nothing_is_written(case_path: Path, service_id: int, typed: str) -> None:
    before = fingerprint(case_path, keys_of(case_path))
    added = cli("log", "add", case_path, service_id, "delivered", "--date", typed)
    assert_plain_failure(added, 2)
    assert repr(typed) in added.stderr  # the message shows what was typed
    assert fingerprint(case_path, keys_of(case_path)) == before
    assert_plain_failure(cli("log", "list", case_path, "--from", typed), 2)
    assert_plain_failure(cli("log", "list", case_path, "--to", typed), 2)


def test_log_add_refusals_write_nothing(case_path: Path, service_id: int) -> None:
    before = fingerprint(case_path, keys_of(case_path))
    no_such = cli("log", "add", case_path, service_id + 50, "delivered", "--date", "2026-03-03")
    assert_plain_failure(no_such, 2)
    assert f"{service_id} Speech therapy" in no_such.stderr  # it lists the services there are
    assert_plain_failure(cli("log", "add", case_path, service_id, "delivered", "--minutes", "2000"), 2)
    assert_plain_failure(cli("log", "add", case_path, service_id, "sort of"), 2)
    assert_plain_failure(cli("log", "add", case_path, service_id, "missed", "--reason", "weather"), 2)
    assert fingerprint(case_path, keys_of(case_path)) == before
    assert json.loads(ok("log", "list", case_path, "--json")) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["log", "list", "{case}"],
        ["log", "add", "{case}", "1", "delivered", "--date", "2026-03-03"],
        ["calendar", "import-ics", "{case}", "{ics}"],
    ],
)
def test_wrong_passphrase_is_exit_3(case_path: Path, tmp_path: Path, argv: list[str]) -> None:
    ics = tmp_path / "district.ics"
    ics.write_text(_calendar(), encoding="utf-8")
    before = fingerprint(case_path, keys_of(case_path))
    args = [a.format(case=case_path, ics=ics) for a in argv]
    result = cli(*args, passphrase=WRONG_PASSPHRASE)
    assert_plain_failure(result, 3)
    assert "passphrase" in result.stderr
    assert fingerprint(case_path, keys_of(case_path)) == before


# ---- calendar import-ics --------------------------------------------------------------------------


def _event(uid: str, summary: str, first: str, end_exclusive: str) -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20250601T000000Z\r\nSUMMARY:{summary}\r\n"
        f"DTSTART;VALUE=DATE:{first}\r\nDTEND;VALUE=DATE:{end_exclusive}\r\nEND:VEVENT\r\n"
    )


def _calendar() -> str:
    """A holiday of two days, the first and last day of school (the school-year span), and an event
    IEPDesk cannot tell (the window leaves it for the parent to mark)."""
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test district//EN\r\n"
        + _event("first@district", "First Day of School", "20250825", "20250826")
        + _event("thanks@district", "Thanksgiving Holiday", "20251127", "20251129")
        + _event("board@district", "Board of Education Meeting", "20251201", "20251202")
        + _event("last@district", "Last Day of School", "20260610", "20260611")
        + "END:VCALENDAR\r\n"
    )


def test_import_ics_adds_the_days_off_and_the_school_year(case_path: Path, tmp_path: Path) -> None:
    ics = tmp_path / "district.ics"
    ics.write_text(_calendar(), encoding="utf-8")
    out = ok("calendar", "import-ics", case_path, ics)
    assert "1 day(s) off added, 0 already there." in out
    assert "School year 2025-26 set from the first and last day." in out
    assert "Board of Education Meeting" in out and "could not tell" in out
    with Case.open(case_path, PASSPHRASE):
        calendar = SchoolCalendar.load()
        term = calendar.term_of(D(2026, 1, 5))
        assert term is not None and (term.first_day, term.last_day) == (D(2025, 8, 25), D(2026, 6, 10))
        assert not calendar.is_school_day(D(2025, 11, 27))  # Thursday and Friday of the holiday
        assert not calendar.is_school_day(D(2025, 11, 28))
        assert calendar.is_school_day(D(2025, 11, 26))  # the day before it
        assert calendar.is_school_day(D(2025, 12, 1))  # the board meeting is skipped, as in the window
    again = json.loads(ok("calendar", "import-ics", case_path, ics, "--json"))
    assert (again["days_off_added"], again["days_off_skipped"]) == (0, 1)  # never twice
    assert set(again) == {"file", "imported", "events", "days_off_added", "days_off_skipped", "school_year"}
    assert set(again["events"][0]) == {
        "uid",
        "summary",
        "first_day",
        "last_day",
        "suggestion",
        "day_off_kind",
        "choice",
    }
    by_title = {e["summary"]: e for e in again["events"]}
    assert by_title["Thanksgiving Holiday"] == {
        "uid": "thanks@district",
        "summary": "Thanksgiving Holiday",
        "first_day": "2025-11-27",
        "last_day": "2025-11-28",  # DTEND is the day after
        "suggestion": "day_off",
        "day_off_kind": "holiday",
        "choice": "day_off",
    }
    assert (
        by_title["Board of Education Meeting"]["suggestion"],
        by_title["Board of Education Meeting"]["choice"],
    ) == (
        "unknown",
        "ignore",
    )


def test_import_ics_marks_dry_run_and_refusals(case_path: Path, tmp_path: Path) -> None:
    ics = tmp_path / "district.ics"
    ics.write_text(_calendar(), encoding="utf-8")
    before = fingerprint(case_path, keys_of(case_path))
    dry = ok(
        "calendar", "import-ics", case_path, ics, "--dry-run", "--mark", "board of education meeting=day_off"
    )
    assert "Nothing was imported (--dry-run)." in dry
    typo = cli("calendar", "import-ics", case_path, ics, "--mark", "Bored meeting=day_off")
    assert_plain_failure(typo, 2)
    assert_plain_failure(
        cli("calendar", "import-ics", case_path, ics, "--mark", "Board of Education Meeting=nap"), 2
    )
    not_ics = tmp_path / "notes.ics"
    not_ics.write_text("this is not a calendar", encoding="utf-8")
    assert_plain_failure(cli("calendar", "import-ics", case_path, not_ics), 2)
    assert_plain_failure(cli("calendar", "import-ics", case_path, tmp_path / "missing.ics"), 2)
    assert fingerprint(case_path, keys_of(case_path)) == before  # nothing of any of them written
    marked = json.loads(
        ok("calendar", "import-ics", case_path, ics, "--json", "--mark", "Board of Education Meeting=day_off")
    )
    assert marked["days_off_added"] == 2
    with Case.open(case_path, PASSPHRASE):
        assert not SchoolCalendar.load().is_school_day(D(2025, 12, 1))


def test_import_ics_unknown_option(case_path: Path, tmp_path: Path) -> None:
    ics = tmp_path / "district.ics"
    ics.write_text(_calendar(), encoding="utf-8")
    result = json.loads(ok("calendar", "import-ics", case_path, ics, "--json", "--unknown", "day_off"))
    assert result["days_off_added"] == 2
    assert {e["summary"]: e["choice"] for e in result["events"]}["Board of Education Meeting"] == "day_off"


def test_the_choices_are_the_cores() -> None:
    from iepdesk import cli_log
    from iepdesk.schedule import ics

    assert cli_log._CHOICES == ics.CHOICES


@pytest.mark.parametrize(
    ("core_function", "argv"),
    [
        ("iepdesk.schedule.logbook.log_session", ["log", "add", "{case}", "{service}", "delivered"]),
        ("iepdesk.incidents.save", ["incident", "add", "{case}", "No extra time"]),
        ("iepdesk.comms.log.record", ["comms", "add", "{case}", "No speech on Tuesday"]),
        ("iepdesk.schedule.school_days.import_events", ["calendar", "import-ics", "{case}", "{ics}"]),
    ],
)
def test_a_full_disk_is_exit_5(
    case_path: Path,
    service_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    core_function: str,
    argv: list[str],
) -> None:
    """SQLite's refusal, as the core raises it when the disk fills: exit 5 and a plain message."""
    import peewee

    def full(*_args: object, **_kwargs: object) -> None:
        raise peewee.OperationalError("database or disk is full")

    monkeypatch.setattr(core_function, full)
    ics = tmp_path / "district.ics"
    ics.write_text(_calendar(), encoding="utf-8")
    result = cli(*[a.format(case=case_path, service=service_id, ics=ics) for a in argv])
    assert_plain_failure(result, 5)
    assert "The disk is full" in result.stderr
    assert result.stdout == ""  # no id for a record that was not saved, no "imported"
