from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import factories
import pytest

from iepdesk.casefile import Case


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """Where test files are made: outside the sandboxed home, so leak scans do not see them."""
    folder = tmp_path / "sources"
    folder.mkdir()
    return folder


@pytest.fixture
def case(sandbox) -> Iterator[Case]:  # type: ignore[no-untyped-def]
    opened = factories.new_case(sandbox.documents / "vault.iepcase", "Jacob Smith")
    yield opened
    opened.lock()
