"""The binder of the generated ten-year case (figures, every missed session, charts, tables), beside
a bare reportlab document with the same number of pages of tables (the floor), measured in the same
run."""

from __future__ import annotations

import datetime as dt
import io
import time
from pathlib import Path

from benchmarks import ledger_bench
from benchmarks.timing import median_seconds
from iepdesk.casefile import Case
from iepdesk.export.binder_data import BinderOptions
from iepdesk.export.binder_pdf import build_binder


def floor_document(pages: int) -> float:
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

    start = time.perf_counter()
    story: list[object] = []
    rows = [[f"2021-03-{d:02d}", "Resource room", "Accommodation not given", "Parent"] for d in range(1, 29)]
    for _ in range(pages):
        story += [Table(rows, repeatRows=1), PageBreak()]
    SimpleDocTemplate(io.BytesIO(), pagesize=letter).build(story)
    return time.perf_counter() - start


def run(folder: Path, path: Path | None = None) -> None:
    path = path or ledger_bench.build_case(folder)
    with Case.open(path, "benchmark passphrase"):
        options = BinderOptions(
            start=dt.date(ledger_bench.FIRST_YEAR, 8, 1),
            end=dt.date(ledger_bench.FIRST_YEAR + ledger_bench.YEARS, 7, 31),
            sections=["contacts", "iep", "ledger", "incidents", "progress", "concerns"],
        )
        result = build_binder(options)
        seconds = median_seconds(lambda: build_binder(options), repeat=3)
    # The machine may be shared: a median of three runs each, not one.
    floor = median_seconds(lambda: floor_document(result.pages), repeat=3)
    print(
        f"{'binder, ten-year case (' + str(result.pages) + ' pages)':<38} {seconds * 1000:9.1f} ms   "
        f"{seconds / floor:7.2f} x bare reportlab tables, same pages ({floor * 1000:.1f} ms)"
    )
