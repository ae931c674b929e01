from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import factories
import pytest

from iepdesk.casefile import Case


@pytest.fixture
def case(tmp_path: Path, sandbox) -> Iterator[Case]:
    opened = factories.new_case(tmp_path / "history.iepcase", "Test Child One")
    yield opened
    opened.lock()
