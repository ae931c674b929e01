"""Round trip through real files: random log entries, exported as a school's system writes them — a
CSV (any delimiter, UTF-8, UTF-8 with a BOM or Windows-1252) or an Excel workbook with real date
cells — then read back by the readers, planned and applied, give the ledger the same figures as
logging the entries directly (issue 13: random log → CSV/XLSX → import → same ledger)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iepdesk.casefile import Case
from iepdesk.logimport.apply import apply_import
from iepdesk.logimport.plan import plan_import
from iepdesk.logimport.table import read_table
from iepdesk.model import Provision, database
from iepdesk.schedule import logbook

from .test_apply_roundtrip import REASON_WORDS, Entry, _figures, _minutes_cell, entries

HEADER = ["Session #", "Student", "Date of Service", "Service", "Min.", "Status", "Reason", "Provider"]


def _cells(rows: list[Entry], titles: tuple[str, str], minute_style: str) -> list[list[object]]:
    out: list[list[object]] = []
    for number, (service, day, status, minutes, reason) in enumerate(rows, start=1):
        said, why = {
            "delivered": ("Delivered", ""),
            "shortened": ("Shortened", ""),
            "makeup": ("Make-up", ""),
        }.get(status) or REASON_WORDS[reason]
        out.append(
            [
                number,
                "Zoé R.",
                day,
                titles[service],
                _minutes_cell(minutes, minute_style),
                said,
                why,
                "Mme Lée",
            ]
        )
    return out


def _write(folder: Path, kind: str, cells: list[list[object]], delimiter: str, encoding: str) -> Path:
    if kind == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(["Speech and OT sessions, fall term"])  # a title row above the header
        sheet.append(HEADER)
        for row in cells:
            sheet.append([dt.datetime(c.year, c.month, c.day) if isinstance(c, dt.date) else c for c in row])
        path = folder / "export.xlsx"
        book.save(path)
        return path
    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in cells:
        writer.writerow([f"{c.month}/{c.day}/{c.year}" if isinstance(c, dt.date) else c for c in row])
    path = folder / "export.csv"
    path.write_bytes(text.getvalue().encode(encoding))
    return path


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=entries(),
    kind=st.sampled_from(["csv", "xlsx"]),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    minute_style=st.sampled_from(["plain", "clock", "min"]),
)
def test_a_file_export_imports_to_the_ledger_of_direct_logging(
    case: Case,
    services: tuple[int, int],
    rows: list[Entry],
    kind: str,
    delimiter: str,
    encoding: str,
    minute_style: str,
) -> None:
    titles = (str(Provision.get_by_id(services[0]).title), str(Provision.get_by_id(services[1]).title))
    with database.atomic() as direct:
        for service, day, status, minutes, reason in rows:
            logbook.log_session(services[service], day, status, minutes, reason, source="school_record")
        expected = _figures(services)
        direct.rollback()
    with tempfile.TemporaryDirectory() as folder, database.atomic() as imported:
        path = _write(Path(folder), kind, _cells(rows, titles, minute_style), delimiter, encoding)
        table = read_table(path)
        assert table.header[:3] == ("Session #", "Student", "Date of Service")
        assert len(table.rows) == len(rows)
        plan = plan_import(table)
        if rows and not plan.ready:  # "9/8/2025" alone cannot tell its order: the parent says month first
            plan = plan_import(table, date_order="mdy")
        assert plan.ready or not rows, (plan.unmapped_words, plan.unmapped_services, plan.problems)
        if rows:
            result = apply_import(plan, path)
            assert (result.added, result.duplicates) == (len(rows), 0)
        got = _figures(services)
        imported.rollback()
    assert got == expected
