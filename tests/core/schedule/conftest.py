from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.iep import edits
from iepdesk.model import IepVersion, Provision, SchoolYear

D = dt.date


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    opened = factories.new_case(tmp_path / "ledger.iepcase", "Jacob Smith")
    yield opened
    opened.lock()


@pytest.fixture
def school_year(case: Case) -> SchoolYear:
    """2025-26, Monday to Friday, with spring break on the week of March 16, 2026."""
    year = factories.school_year("2025-26", D(2025, 8, 25), D(2026, 6, 10))
    factories.non_school_day(D(2026, 3, 16), D(2026, 3, 20), kind="break", label="Spring break")
    return year


@pytest.fixture
def annual(case: Case) -> IepVersion:
    return factories.version(D(2025, 9, 1), D(2026, 8, 31), meeting_date=D(2025, 9, 1))


def speech(version: IepVersion, **overrides: object) -> Provision:
    """Speech therapy, individual, 2 x 30 minutes a week, in the therapy room (``factories.service``'s
    defaults); any field, ``kind`` too, can be given."""
    values: dict[str, object] = dict(
        title="Speech therapy",
        minutes_per_session=30,
        sessions_per_period=2,
        period="week",
        delivery="individual",
        location="therapy room",
        provider_role="speech-language pathologist",
    )
    values.update(overrides)
    kind = str(values.pop("kind", "service"))
    return edits.add_provision(int(version.id), kind, **values)
