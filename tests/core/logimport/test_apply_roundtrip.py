"""Round trip: random log entries, written out the way a school's export would be, planned and applied,
give the ledger the same figures as logging the entries directly (source: school record)."""

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
from iepdesk.logimport.table import Table
from iepdesk.model import Provision, database
from iepdesk.schedule import logbook
from iepdesk.schedule.ledger import build_ledger

from .conftest import D

FIRST, LAST, AS_OF = D(2025, 9, 8), D(2025, 10, 3), D(2025, 10, 10)
SCHOOL_DAYS = [
    FIRST + dt.timedelta(days=n) for n in range(26) if (FIRST + dt.timedelta(days=n)).weekday() < 5
]
#: What a school writes for each reason (status "Missed" unless the word says it all).
REASON_WORDS = {
    None: ("Missed", ""),
    "student_absent": ("Absent", "Student ill"),
    "provider_absent": ("Missed", "SLP at training"),
    "school_event": ("Not held", "Assembly"),
    "testing": ("Missed", "State testing"),
    "delayed_start": ("Missed", "Early release"),
    "student_refused": ("Refused", ""),
    "school_closed": ("Snow day", ""),
    "not_scheduled": ("Not scheduled", ""),
    "unknown": ("Missed", "Unknown"),
}

Entry = tuple[
    int, dt.date, str, int | None, str | None
]  # service (0 speech, 1 ot), day, status, minutes, reason


@st.composite
def entries(draw: st.DrawFn) -> list[Entry]:
    out: list[Entry] = []
    for _ in range(draw(st.integers(0, 14))):
        service = draw(st.integers(0, 1))
        per_session = (30, 45)[service]
        day = draw(st.sampled_from(SCHOOL_DAYS))
        status = draw(st.sampled_from(["delivered", "shortened", "missed", "makeup"]))
        minutes: int | None = None
        reason: str | None = None
        if status == "delivered":
            minutes = draw(st.sampled_from([None, per_session, per_session + 15]))
        elif status == "shortened":
            minutes = draw(st.one_of(st.none(), st.integers(1, per_session - 1)))
        elif status == "missed":
            reason = draw(st.sampled_from(list(REASON_WORDS)))
        else:
            minutes = draw(st.integers(5, 60))
        out.append((service, day, status, minutes, reason))
    return out


def _date_cell(day: dt.date, style: str) -> str:
    if style == "iso":
        return day.isoformat()
    if style == "us":
        return f"{day.month}/{day.day}/{day.year}"
    if style == "serial":
        return str((day - D(1899, 12, 30)).days)
    return day.strftime("%b %-d, %Y")


def _minutes_cell(minutes: int | None, style: str) -> str:
    if minutes is None:
        return ""
    return {"plain": str(minutes), "clock": f"{minutes // 60}:{minutes % 60:02d}", "min": f"{minutes} min"}[
        style
    ]


def _export(rows: list[Entry], titles: tuple[str, str], date_style: str, minute_style: str) -> bytes:
    """A CSV as a school's system writes it: a session number, the student, the school's words."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["Session #", "Student", "Date of Service", "Service", "Min.", "Status", "Reason", "Provider"])
    for number, (service, day, status, minutes, reason) in enumerate(rows, start=1):
        said, why = {
            "delivered": ("Delivered", ""),
            "shortened": ("Shortened", ""),
            "makeup": ("Make-up", ""),
        }.get(status) or REASON_WORDS[reason]
        w.writerow(
            [
                str(number),
                "Jacob S.",
                _date_cell(day, date_style),
                titles[service],
                _minutes_cell(minutes, minute_style),
                said,
                why,
                "Ms. Lee",
            ]
        )
    return out.getvalue().encode("utf-8")


def _table(data: bytes) -> Table:
    lines = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    return Table(
        "export.csv",
        "csv",
        tuple(lines[0]),
        tuple(tuple(r) for r in lines[1:]),
        tuple(range(2, len(lines) + 1)),
        "0" * 64,
    )


def _figures(ids: tuple[int, int]) -> list[tuple[int, ...]]:
    ledger = build_ledger(FIRST, LAST, as_of=AS_OF)
    by_id = {row.service_id: row.figures for row in ledger.totals}
    out = []
    for sid in ids:
        f = by_id[sid]
        out.append(
            (
                f.required,
                f.delivered,
                f.excused,
                f.missed,
                f.made_up,
                f.not_recorded,
                f.minutes_unknown,
                f.owed,
            )
        )
    return out


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=entries(),
    date_style=st.sampled_from(["iso", "us", "serial", "named"]),
    minute_style=st.sampled_from(["plain", "clock", "min"]),
)
def test_import_gives_the_ledger_of_direct_logging(
    case: Case, services: tuple[int, int], rows: list[Entry], date_style: str, minute_style: str
) -> None:
    titles = tuple(str(Provision.get_by_id(i).title) for i in services)
    with database.atomic() as direct:
        for service, day, status, minutes, reason in rows:
            logbook.log_session(services[service], day, status, minutes, reason, source="school_record")
        expected = _figures(services)
        direct.rollback()
    data = _export(rows, (titles[0], titles[1]), date_style, minute_style)
    with tempfile.TemporaryDirectory() as folder, database.atomic() as imported:
        path = Path(folder) / "export.csv"
        path.write_bytes(data)
        plan = plan_import(_table(data))
        if plan.rows and not plan.ready and plan.problems and date_style == "us":
            plan = plan_import(_table(data), date_order="mdy")  # the parent says: month first
        assert plan.ready or not plan.rows, (plan.unmapped_words, plan.unmapped_services, plan.problems)
        if plan.rows:
            result = apply_import(plan, path)
            assert (result.added, result.duplicates) == (len(rows), 0)
        got = _figures(services)
        imported.rollback()
    assert got == expected
