"""Fixtures of the core tests: cases built in the sandbox, the keyring put back after each test."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from core_support import PASSPHRASE

from iepdesk.casefile import Argon2Params, Case, RecoverySecret
from iepdesk.model import database

MakeCase = Callable[..., tuple[Path, RecoverySecret]]


@pytest.fixture
def floor() -> Argon2Params:
    """The cheapest parameters the key-slot file accepts (~0.1 s an unlock)."""
    return Argon2Params()


@pytest.fixture
def make_case(sandbox, floor: Argon2Params) -> MakeCase:
    """``make_case(name="Maya", child=..., passphrase=..., folder=...) -> (path, secret)``, locked."""

    def make(
        name: str = "Maya",
        child: str = "Maya López",
        passphrase: str = PASSPHRASE,
        folder: Path | None = None,
    ) -> tuple[Path, RecoverySecret]:
        path = (folder or sandbox.documents) / f"{name}.iepcase"
        case, secret = Case.create(path, child, passphrase, floor)
        case.lock()
        return path, secret

    return make


@pytest.fixture(autouse=True)
def _release_database() -> Iterator[None]:
    """A failing test may leave a case open; never let it leak into the next test."""
    yield
    database.initialize(None)


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    """Tests that swap the keyring backend get the previous one back afterwards."""
    import keyring

    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The long sweeps (marked slow) run with ``-m slow`` or IEPDESK_SLOW_TESTS=1, not by default."""
    if os.environ.get("IEPDESK_SLOW_TESTS") == "1" or "slow" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="long sweep: run with -m slow or IEPDESK_SLOW_TESTS=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
