from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import factories
import pytest

from iepdesk.casefile import Case


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    """A case with no calendar entered and no state set."""
    opened = factories.new_case(tmp_path / "states.iepcase", "Sam Rivera")
    yield opened
    opened.lock()
