"""The real-shaped files (tests/core/logimport/files.py) read from disk, planned, applied, and checked
figure by figure against the ledger: Windows-1252 CSV with titles and subtotal lines, an .xlsx with a
merged title, a merged two-row header, date cells, serial numbers, blank and total rows, and a
two-page PDF printout (issue 13: each shape imported and checked against the ledger)."""

from __future__ import annotations

from pathlib import Path

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.logimport.apply import apply_import
from iepdesk.logimport.plan import plan_import
from iepdesk.logimport.table import read_table_bounded
from iepdesk.model import ServiceLogEntry
from iepdesk.schedule.figures import Figures
from iepdesk.schedule.ledger import build_ledger

from . import files
from .conftest import D


@pytest.fixture
def speech(case: Case) -> int:
    """2024-25 (Mon-Fri, no days off, from Aug 26); speech 2 x 30 a week, IEP from Sep 1, 2024."""
    factories.school_year("2024-25", D(2024, 8, 26), D(2025, 6, 10))
    annual = factories.version(D(2024, 9, 1), D(2025, 8, 31), meeting_date=None)
    provision = factories.provision(
        annual,
        "service",
        "Speech-language therapy",
        minutes_per_session=30,
        sessions_per_period=2,
        period="week",
        delivery="individual",
    )
    return int(provision.id)


def _import(path: Path, speech: int, *, date_order: str | None) -> Figures:
    """The file through the bounded reader, planned as one service, applied; the ledger of the two
    weeks Sep 2-13, 2024 (10 school days, 2 weeks x 2 x 30 = 120 required)."""
    table = read_table_bounded(path)
    plan = plan_import(table, service_id=speech)
    if date_order is not None:  # every date could be read both ways: nothing guessed until asked
        assert not plan.ready
        assert all("two ways" in p.problem for p in plan.problems), plan.problems
        plan = plan_import(table, service_id=speech, date_order=date_order)
    assert plan.ready, (plan.missing_fields, plan.unmapped_words, plan.problems)
    result = apply_import(plan, path)
    assert result.duplicates == 0
    assert {e.source for e in ServiceLogEntry.select()} == {"school_record"}
    again = plan_import(table, service_id=speech, date_order=date_order)
    assert (len(again.new_rows), sum(r.duplicate for r in again.rows)) == (0, result.added)
    ledger = build_ledger(D(2024, 9, 2), D(2024, 9, 13), as_of=D(2024, 9, 30))
    (row,) = [r for r in ledger.totals if r.service_id == speech]
    return row.figures


def test_windows_1252_csv_with_titles_and_subtotals(case: Case, speech: int, tmp_path: Path) -> None:
    figures = _import(files.cp1252_with_title(tmp_path), speech, date_order="mdy")
    # Rows kept: Sep 3 delivered 30; Sep 5 "Missed" (no reason column: missed, not excused) 30;
    # Sep 10 shortened 25 (delivered 25, missed 5); ",55" and "Total,55" are left out.
    # Week 2's second session nobody logged: not recorded 30. 30 + 25 = 55 delivered; 30 + 5 = 35 missed.
    assert (figures.required, figures.delivered, figures.excused, figures.missed) == (120, 55, 0, 35)
    assert (figures.made_up, figures.not_recorded) == (0, 30)
    assert figures.owed == 35
    notes = sorted(str(e.note) for e in ServiceLogEntry.select())
    assert any("O’Brien" in n and "café" in n for n in notes)  # the Windows-1252 text kept as written


def test_xlsx_merged_header_serials_blank_and_total_rows(case: Case, speech: int, tmp_path: Path) -> None:
    figures = _import(files.xlsx_log(tmp_path), speech, date_order=None)
    # Rows kept: Sep 3 (a date cell) present 30; Sep 5 (a date-formatted serial) present 25: shortened,
    # delivered 25 + missed 5; Sep 10 (plain serial 45545 = 1899-12-30 + 45545 days) absent: excused 30
    # (its 12.5 minutes are the planned length, ignored); Sep 12 13:30 present 30. Blank, subtotal and
    # total rows left out. Delivered 30 + 25 + 30 = 85, excused 30, missed 5; all 4 sessions logged.
    assert (figures.required, figures.delivered, figures.excused, figures.missed) == (120, 85, 30, 5)
    assert (figures.made_up, figures.not_recorded) == (0, 0)
    assert figures.owed == 5
    days = sorted(e.date for e in ServiceLogEntry.select())
    assert days == [D(2024, 9, 3), D(2024, 9, 5), D(2024, 9, 10), D(2024, 9, 12)]


def test_two_page_pdf_printout(case: Case, speech: int, tmp_path: Path) -> None:
    figures = _import(files.pdf_two_pages(tmp_path), speech, date_order="mdy")
    # Rows kept (titles, repeated header, "Page N of 2" and "Total 55" left out): week 1 owes 2:
    # Sep 3 present 30 (delivered) and Sep 5 absent (excused 30); Sep 6 present 30 is a third entry
    # in a complete week, so a make-up (counting-rules: more entries than sessions). Week 2: Sep 10
    # present 25: shortened, delivered 25 + missed 5; its second session nobody logged (30).
    # Delivered 30 + 25 = 55, excused 30, missed 5, made up 30, not recorded 30; owed max(0, 5 - 30).
    assert (figures.required, figures.delivered, figures.excused, figures.missed) == (120, 55, 30, 5)
    assert (figures.made_up, figures.not_recorded, figures.owed) == (30, 30, 0)
    days = sorted(e.date for e in ServiceLogEntry.select())
    assert days == [D(2024, 9, 3), D(2024, 9, 5), D(2024, 9, 6), D(2024, 9, 10)]
    wrapped = ServiceLogEntry.get(ServiceLogEntry.date == D(2024, 9, 10))
    assert str(wrapped.note).endswith("Left early for the bus, then read a story")  # the wrapped line joined
