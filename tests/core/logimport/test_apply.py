"""Applying a plan: the ledger's figures from the school's record, all or nothing, the same file twice
adds nothing, the file kept in the vault and linked, the parent's choices remembered."""

from __future__ import annotations

from pathlib import Path

import pytest

from iepdesk import errors
from iepdesk.casefile import Case
from iepdesk.logimport.apply import apply_import
from iepdesk.logimport.plan import plan_import
from iepdesk.model import CaseMeta, Document, Link, ServiceLogEntry
from iepdesk.schedule import logbook
from iepdesk.schedule.ledger import build_ledger
from iepdesk.vault import library

from .conftest import D, table, write_csv

HEADER = (
    "Student",
    "Date of Service",
    "Service Type",
    "Min.",
    "Session Status",
    "Absence Reason",
    "Therapist",
)
ROWS = (
    ("Jacob S.", "9/9/25", "Speech/Language", "30", "Delivered", "", "Ms. Lee"),
    ("Jacob S.", "09/11/2025", "Speech/Language", "20", "Delivered", "Early release", "Ms. Lee"),
    ("Jacob S.", "45915", "Speech/Language", "", "Absent", "Student ill", "Ms. Lee"),  # 2025-09-15
    ("Jacob S.", "Sep 18, 2025", "Speech/Language", "0:30", "Session held", "", "Ms. Lee"),
    ("Jacob S.", "9/23/2025", "Speech/Language", "", "Missed", "SLP at training", "Ms. Lee"),
    ("Jacob S.", "9/24/2025", "OT", "45", "Present", "", "Mr. Ortiz"),
)


def _file(tmp_path: Path, rows: tuple[tuple[str, ...], ...] = ROWS) -> tuple[Path, object]:
    t = table(HEADER, *rows)
    return write_csv(tmp_path / "speech log.csv", t), t


def test_the_ledger_from_the_schools_record(case: Case, services: tuple[int, int], tmp_path: Path) -> None:
    speech, ot = services
    path, t = _file(tmp_path)
    plan = plan_import(t)  # type: ignore[arg-type]
    assert plan.ready, (plan.unmapped_words, plan.unmapped_services, plan.problems)
    result = apply_import(plan, path)
    assert (result.added, result.duplicates, result.unknown_words) == (6, 0, ())
    assert {e.source for e in ServiceLogEntry.select()} == {"school_record"}
    ledger = build_ledger(D(2025, 9, 8), D(2025, 9, 26), as_of=D(2025, 9, 30))
    by_id = {row.service_id: row.figures for row in ledger.totals}
    s = by_id[speech]
    # Speech 2 x 30 a week, three weeks (Sep 8-12, 15-19, 22-26): required 6 x 30 = 180.
    # Sep 9 delivered 30; Sep 11 shortened 20 (delivered 20, missed 10); Sep 15 student ill
    # (excused 30); Sep 18 delivered 30; Sep 23 provider at training (missed 30); the week's
    # second session not recorded (30). Delivered 30 + 20 + 30 = 80, excused 30, missed 10 + 30 = 40.
    assert (s.required, s.delivered, s.excused, s.missed, s.not_recorded) == (180, 80, 30, 40, 30)
    assert s.owed == 40  # missed 40 - made up 0
    o = by_id[ot]
    # OT 1 x 45 a week, three weeks: 135 required; Sep 24 delivered 45; two weeks not recorded (90).
    assert (o.required, o.delivered, o.missed, o.not_recorded) == (135, 45, 0, 90)


def test_the_same_file_twice_adds_nothing(case: Case, services: tuple[int, int], tmp_path: Path) -> None:
    path, t = _file(tmp_path)
    first = apply_import(plan_import(t), path)  # type: ignore[arg-type]
    again = plan_import(t)  # type: ignore[arg-type]
    assert all(r.duplicate for r in again.rows) and again.ready
    second = apply_import(again, path)
    assert (first.added, second.added, second.duplicates) == (6, 0, 6)
    assert ServiceLogEntry.select().count() == 6
    assert Document.select().count() == 1
    # A longer export (the same six and one more) adds only the new one.
    longer = (*ROWS, ("Jacob S.", "9/25/2025", "Speech/Language", "30", "Delivered", "", "Ms. Lee"))
    path2, t2 = _file(tmp_path / "..", longer)
    third = apply_import(plan_import(t2), path2)  # type: ignore[arg-type]
    assert (third.added, third.duplicates) == (1, 6)
    assert ServiceLogEntry.select().count() == 7


def test_the_same_row_twice_in_one_file(case: Case, services: tuple[int, int], tmp_path: Path) -> None:
    path, t = _file(tmp_path, (ROWS[0], ROWS[0], ROWS[4]))
    plan = plan_import(t)  # type: ignore[arg-type]
    assert [r.duplicate for r in plan.rows] == [False, True, False]
    assert (apply_import(plan, path).added, ServiceLogEntry.select().count()) == (2, 2)


def test_a_parents_own_entry_is_not_a_duplicate(
    case: Case, services: tuple[int, int], tmp_path: Path
) -> None:
    speech, _ot = services
    logbook.log_session(speech, D(2025, 9, 9), "delivered", 30, source="parent_saw")
    path, t = _file(tmp_path, (ROWS[0],))
    plan = plan_import(t)  # type: ignore[arg-type]
    assert not plan.rows[0].duplicate  # another source: the ledger's "two records of one session"
    assert apply_import(plan, path).added == 1


def test_a_malformed_row_blocks_everything(case: Case, services: tuple[int, int], tmp_path: Path) -> None:
    bad = ("Jacob S.", "9/30/2025", "Speech/Language", "hour 30", "Delivered", "", "Ms. Lee")
    path, t = _file(tmp_path, (*ROWS, bad))
    plan = plan_import(t)  # type: ignore[arg-type]
    # The header is row 1, the data rows 2..8: the bad one is row 8.
    assert [(r.row_number, r.problem) for r in plan.problems] == [
        (8, "row 8: 'hour 30' is not a number of minutes")
    ]
    with pytest.raises(errors.UsageError, match="row 8"):
        apply_import(plan, path)
    assert (ServiceLogEntry.select().count(), Document.select().count()) == (0, 0)
    assert not CaseMeta.select().where(CaseMeta.key.startswith("import-")).exists()
    left_out = plan_import(t, leave_out=frozenset({8}))  # type: ignore[arg-type]
    assert left_out.ready and (8, "left out by you") in left_out.skipped


def test_nothing_half_imported_when_a_write_fails(
    case: Case, services: tuple[int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, t = _file(tmp_path)
    plan = plan_import(t)  # type: ignore[arg-type]

    from iepdesk.logimport import apply as apply_module

    real = apply_module._insert

    def broken(model: object, names: tuple[str, ...], values: list[tuple[object, ...]]) -> None:
        if model is Link:  # the entries are written; the disk fills up before the links are
            raise OSError(28, "No space left on device")
        real(model, names, values)  # type: ignore[arg-type]

    monkeypatch.setattr(apply_module, "_insert", broken)
    with pytest.raises(OSError, match="No space"):
        apply_import(plan, path)
    assert (ServiceLogEntry.select().count(), Document.select().count()) == (0, 0)
    assert not CaseMeta.select().where(CaseMeta.key.startswith("import-")).exists()


def test_the_file_is_kept_and_linked(case: Case, services: tuple[int, int], tmp_path: Path) -> None:
    path, t = _file(tmp_path)
    result = apply_import(plan_import(t), path)  # type: ignore[arg-type]
    doc = Document.get_by_id(result.document_id)
    assert (doc.kind, doc.filename) == ("service_log", "speech log.csv")
    for entry in ServiceLogEntry.select():
        assert library.linked("log_entry", entry.id) == [("document", doc.id)]
    first = ServiceLogEntry.select().order_by(ServiceLogEntry.date).first()
    assert first.note == "School's record: Delivered · Provider: Ms. Lee"


def test_unmapped_words_accepted_as_unknown(case: Case, services: tuple[int, int], tmp_path: Path) -> None:
    rows = (
        ("Jacob S.", "2025-09-09", "Speech/Language", "", "See provider note", "", "Ms. Lee"),
        ("Jacob S.", "2025-09-16", "Speech/Language", "", "", "", "Ms. Lee"),  # blank, no minutes
        ("Jacob S.", "2025-09-11", "Speech/Language", "30", "Delivered", "", "Ms. Lee"),
    )
    path, t = _file(tmp_path, rows)
    plan = plan_import(t)  # type: ignore[arg-type]
    assert plan.unmapped_words == ("See provider note", "") and not plan.ready
    with pytest.raises(errors.UsageError, match="See provider note"):
        apply_import(plan, path)
    result = apply_import(plan, path, accept_unmapped=True)
    assert (result.added, result.unknown_words) == (3, ("See provider note", ""))
    got = [(e.date, e.status, e.reason) for e in ServiceLogEntry.select().order_by(ServiceLogEntry.date)]
    assert got == [
        (D(2025, 9, 9), "missed", "unknown"),
        (D(2025, 9, 11), "delivered", None),
        (D(2025, 9, 16), "missed", "unknown"),
    ]
    # 2 x 30 a week, Sep 8-19: 120 required. Week 1: Sep 9 missed (unknown) 30, Sep 11 delivered 30.
    # Week 2: Sep 16 missed (unknown) 30, one session not recorded 30. Missed 30 + 30 = 60.
    totals = build_ledger(D(2025, 9, 8), D(2025, 9, 19), as_of=D(2025, 9, 30)).totals
    f = {row.service_id: row.figures for row in totals}[services[0]]
    assert (f.required, f.delivered, f.missed, f.not_recorded) == (120, 30, 60, 30)


def test_choices_are_remembered_for_the_case(case: Case, services: tuple[int, int], tmp_path: Path) -> None:
    speech, ot = services
    header = ("When", "Svc", "Length", "What")
    rows = (
        ("2025-09-09", "Speech", "30", "Seen in group"),
        ("2025-09-10", "Fine motor", "45", "Seen in group"),
    )
    t = table(header, *rows)
    path = write_csv(tmp_path / "printout.csv", t)
    from iepdesk.logimport.plan import ColumnMapping

    mine = ColumnMapping({"date": 0, "service": 1, "minutes": 2, "status": 3})
    plan = plan_import(
        t,
        mapping=mine,
        services={"Speech": speech, "Fine motor": ot},
        words={"Seen in group": ("delivered", None)},
    )
    assert plan.ready
    apply_import(plan, path)
    # The next file of this kind: the same columns, services and words, nothing to ask.
    later = table(header, ("2025-09-16", "SPEECH", "30", "seen in group"), name="october.csv", sha="cd" * 32)
    again = plan_import(later)
    assert again.mapping == mine and again.ready
    assert (again.rows[0].provision_id, again.rows[0].status) == (speech, "delivered")


def test_a_file_with_no_service_column_asks_each_time(
    case: Case, services: tuple[int, int], tmp_path: Path
) -> None:
    speech, _ot = services
    t = table(("Date", "Minutes", "Status"), ("2025-09-09", "30", "Present"))
    apply_import(plan_import(t, service_id=speech), write_csv(tmp_path / "speech.csv", t))
    # The next file without a service column may be OT's: not put under speech unasked.
    later = plan_import(table(("Date", "Minutes", "Status"), ("2025-09-10", "45", "Present"), sha="ef" * 32))
    assert later.services == {"": None} and not later.ready
