from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from iepdesk.casefile import Argon2Params, Case


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    opened, _secret = Case.create(
        tmp_path / "comms.iepcase", "Jacob Smith", "test passphrase", Argon2Params()
    )
    yield opened
    opened.lock()
