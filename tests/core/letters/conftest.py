from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from iepdesk.casefile import Argon2Params, Case
from iepdesk.model import Child, Contact, IepVersion, Provision, SchoolYear


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    opened, _secret = Case.create(
        tmp_path / "letters.iepcase", "José Núñez", "test passphrase", Argon2Params()
    )
    child = Child.the_child()
    child.school = "Lincoln Elementary"
    child.district = "Example Unified School District"
    child.grade = "4"
    child.parent_name = "María Núñez"
    child.parent_email = "maria@example.com"
    child.save()
    Contact.create(name="Dana Whitfield", role="Case manager", email="d.whitfield@example.org")
    SchoolYear.create(name="2025-26", first_day=dt.date(2025, 8, 25), last_day=dt.date(2026, 6, 10))
    version = IepVersion.create(
        kind="annual",
        status="final",
        meeting_date=dt.date(2025, 9, 1),
        effective_from=dt.date(2025, 9, 1),
        effective_to=dt.date(2026, 8, 31),
    )
    Provision.create(
        version=version,
        kind="service",
        title="Speech therapy",
        minutes_per_session=30,
        sessions_per_period=2,
        period="week",
    )
    Provision.create(
        version=version,
        kind="accommodation",
        title="Extended time",
        iep_wording="Extended time (1.5x) on tests and quizzes",
    )
    yield opened
    opened.lock()
