"""Fixtures of the import tests: a case with a school year, an IEP and two services, and Tables built
by hand in the shapes real exports take (the readers' own tests read real files)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.logimport.table import Table

D = dt.date


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    opened = factories.new_case(tmp_path / "import.iepcase", "Jacob Smith")
    yield opened
    opened.lock()


@pytest.fixture
def services(case: Case) -> tuple[int, int]:
    """2025-26 (Mon-Fri, from Aug 25); speech-language 2 x 30 a week, OT 1 x 45 a week: (speech, ot)."""
    factories.school_year("2025-26", D(2025, 8, 25), D(2026, 6, 10))
    annual = factories.version(D(2025, 9, 1), D(2026, 8, 31), meeting_date=None)
    speech = factories.provision(
        annual,
        "service",
        "Speech-language therapy",
        minutes_per_session=30,
        sessions_per_period=2,
        period="week",
        delivery="individual",
    )
    ot = factories.provision(
        annual,
        "service",
        "Occupational therapy",
        minutes_per_session=45,
        sessions_per_period=1,
        period="week",
        delivery="individual",
    )
    return int(speech.id), int(ot.id)


def table(
    header: tuple[str, ...], *rows: tuple[str, ...], name: str = "log.csv", sha: str = "ab" * 32
) -> Table:
    return Table(
        source_name=name,
        kind="csv",
        header=header,
        rows=tuple(rows),
        row_numbers=tuple(range(2, len(rows) + 2)),
        sha256=sha,
    )


def write_csv(path: Path, t: Table) -> Path:
    import csv

    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(t.header)
        w.writerows(t.rows)
    return path
