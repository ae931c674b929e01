from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from iepdesk.casefile import Argon2Params, Case
from iepdesk.model import IepVersion, NonSchoolDay, Provision, SchoolYear

D = dt.date


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    opened, _secret = Case.create(
        tmp_path / "ledger.iepcase", "Jacob Smith", "test passphrase", Argon2Params()
    )
    yield opened
    opened.lock()


@pytest.fixture
def school_year(case: Case) -> SchoolYear:
    """2025-26, Monday to Friday, with spring break on the week of March 16, 2026."""
    year = SchoolYear.create(name="2025-26", first_day=D(2025, 8, 25), last_day=D(2026, 6, 10))
    NonSchoolDay.create(first_day=D(2026, 3, 16), last_day=D(2026, 3, 20), kind="break", label="Spring break")
    return year


@pytest.fixture
def annual(case: Case) -> IepVersion:
    return IepVersion.create(
        kind="annual",
        status="final",
        meeting_date=D(2025, 9, 1),
        effective_from=D(2025, 9, 1),
        effective_to=D(2026, 8, 31),
    )


def speech(version: IepVersion, **overrides: object) -> Provision:
    values: dict[str, object] = dict(
        version=version,
        kind="service",
        title="Speech therapy",
        minutes_per_session=30,
        sessions_per_period=2,
        period="week",
        delivery="individual",
        location="therapy room",
        provider_role="speech-language pathologist",
    )
    values.update(overrides)
    return Provision.create(**values)
