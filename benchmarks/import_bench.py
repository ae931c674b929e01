"""Importing a school's log of 10,000 rows: plan and apply, beside a floor (the same rows written with
one executemany and no planning, in the same kind of case)."""

from __future__ import annotations

import csv
import datetime as dt
import time
from pathlib import Path

from benchmarks.timing import row
from iepdesk.casefile import Argon2Params, Case
from iepdesk.logimport.apply import apply_import
from iepdesk.logimport.plan import plan_import
from iepdesk.logimport.table import Table
from iepdesk.model import IepVersion, Provision, SchoolYear, database

ROWS = 10_000
HEADER = ("Date of Service", "Service", "Minutes", "Status", "Reason", "Provider", "Notes")
WORDS = ("Delivered", "Absent", "Delivered", "Student ill", "Therapist out")


def _case(path: Path) -> Case:
    case, _ = Case.create(path, "Benchmark child", "benchmark passphrase", Argon2Params())
    SchoolYear.create(name="all", first_day=dt.date(2000, 1, 1), last_day=dt.date(2030, 1, 1))
    version = IepVersion.create(
        kind="annual", status="final", effective_from=dt.date(2000, 1, 1), effective_to=dt.date(2030, 1, 1)
    )
    Provision.create(
        version=version,
        kind="service",
        title="Speech therapy",
        minutes_per_session=30,
        sessions_per_period=2,
        period="week",
    )
    return case


def _table() -> Table:
    rows, day = [], dt.date(2001, 1, 1)
    for i in range(ROWS):
        minutes = "" if i % 5 == 1 else "30"
        rows.append(
            (f"{day.month}/{day.day}/{day.year}", "Speech therapy", minutes, WORDS[i % 5], "", "Ms. Lee", "")
        )
        day += dt.timedelta(days=1)
    return Table("big.csv", "csv", HEADER, tuple(rows), tuple(range(2, ROWS + 2)), "0" * 64)


def run(folder: Path) -> None:
    table = _table()
    export = folder / "big.csv"
    with export.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([HEADER, *table.rows])

    case = _case(folder / "import-floor.iepcase")
    start = time.perf_counter()
    with database.atomic():
        database.cursor().executemany(
            'INSERT INTO "service_log_entry" ("provision_id", "date", "status", "note") VALUES (1, ?, ?, ?)',
            [(f"2001-01-{1 + i % 28:02d}", "delivered", "") for i in range(ROWS)],
        )
    floor = time.perf_counter() - start
    case.lock()

    case = _case(folder / "import.iepcase")
    start = time.perf_counter()
    plan = plan_import(table)
    planned = time.perf_counter() - start
    start = time.perf_counter()
    apply_import(plan, export)
    applied = time.perf_counter() - start
    case.lock()
    row(f"import-log: plan {ROWS:,} rows", planned, "bare insert", floor)
    row(f"import-log: apply {ROWS:,} rows", applied, "bare insert", floor)
