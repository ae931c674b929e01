"""`recover` tells a damaged case (the secret is right) from a wrong secret, the way `check` tells a
damaged case from a wrong passphrase: damaged is exit 4, a wrong secret exit 3. Nothing is written
when recovery fails."""

from __future__ import annotations

from pathlib import Path

import pytest
from core_support import NEW_PASSPHRASE, assert_plain_failure, fingerprint, keys_of, run_cli

from iepdesk.casefile import Case, RecoverySecret
from iepdesk.casefile.sqlcipher import PAGE_SIZE
from iepdesk.errors import DamagedCaseError, WrongRecoverySecretError
from iepdesk.model import Contact, database


@pytest.fixture
def damaged(make_case) -> tuple[Path, RecoverySecret]:
    """A case of many pages with one byte flipped in a page in the middle."""
    path, secret = make_case()
    with Case.open(path, "correct horse battery"), database.atomic():
        for i in range(120):
            Contact.create(name=f"Contact {i}", notes="notes " * 60, position=i)
    pages = path.stat().st_size // PAGE_SIZE
    assert pages >= 30
    data = bytearray(path.read_bytes())
    data[(pages // 2) * PAGE_SIZE + 1000] ^= 0x20
    path.write_bytes(bytes(data))
    return path, secret


def _recover(path: Path, secret: str):
    return run_cli(
        "recover",
        path,
        passphrase=None,
        env={"IEPDESK_RECOVERY_SECRET": secret, "IEPDESK_NEW_PASSPHRASE": NEW_PASSPHRASE},
    )


@pytest.mark.parametrize("keys", ["kept", "lost"])
def test_right_secret_on_a_damaged_case_says_damaged(damaged, keys):
    path, secret = damaged
    if keys == "lost":
        keys_of(path).unlink()
    before = fingerprint(path, keys_of(path))

    with pytest.raises(DamagedCaseError) as caught:
        Case.recover(path, secret.formatted(), NEW_PASSPHRASE)
    assert not isinstance(caught.value, WrongRecoverySecretError)
    assert "damaged" in str(caught.value)
    assert "secret" not in str(caught.value)

    result = _recover(path, secret.formatted())
    assert_plain_failure(result, 4)
    assert "damaged" in result.stderr and "secret" not in result.stderr
    assert fingerprint(path, keys_of(path)) == before


@pytest.mark.parametrize("keys", ["kept", "lost"])
def test_wrong_secret_on_a_damaged_case_still_says_wrong_secret(damaged, keys):
    path, _secret = damaged
    if keys == "lost":
        keys_of(path).unlink()
    before = fingerprint(path, keys_of(path))
    other = RecoverySecret.generate().formatted()

    with pytest.raises(WrongRecoverySecretError):
        Case.recover(path, other, NEW_PASSPHRASE)
    result = _recover(path, other)
    assert_plain_failure(result, 3)
    assert "recovery secret" in result.stderr
    assert fingerprint(path, keys_of(path)) == before
