from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from iepdesk.casefile import Argon2Params, Case
from iepdesk.model import IepVersion, Provision

D = dt.date


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    opened, _secret = Case.create(
        tmp_path / "incidents.iepcase", "Jacob Smith", "test passphrase", Argon2Params()
    )
    yield opened
    opened.lock()


def version(start: dt.date, end: dt.date) -> IepVersion:
    return IepVersion.create(
        kind="annual", status="final", meeting_date=start, effective_from=start, effective_to=end
    )


def provision(
    owner: IepVersion, kind: str, title: str, position: int = 0, copied_from: int | None = None
) -> Provision:
    return Provision.create(version=owner, kind=kind, title=title, position=position, copied_from=copied_from)
