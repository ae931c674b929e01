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


def test_the_damage_is_told_in_plain_words_with_the_page(damaged):
    """SQLCipher's own row ("HMAC verification failed for page 28") is jargon, and English in Spanish
    too: the parent reads which page of the file cannot be read. The byte flipped is in the page at
    offset (pages // 2) * 4096, which SQLite numbers from 1: page pages // 2 + 1."""
    path, secret = damaged
    page = path.stat().st_size // PAGE_SIZE // 2 + 1
    result = _recover(path, secret.formatted())
    assert_plain_failure(result, 4)
    assert f"(page {page} of the file cannot be read)" in result.stderr
    assert "HMAC" not in result.stderr
    checked = run_cli("check", path)
    assert_plain_failure(checked, 4)
    assert f"(page {page} of the file cannot be read)" in checked.stderr and "HMAC" not in checked.stderr


def test_several_damaged_pages_are_counted_and_listed_once() -> None:
    from iepdesk.casefile.sqlcipher import damaged_pages_message

    rows = [f"HMAC verification failed for page {n}" for n in (9, 3, 9, 4, 5, 6, 7, 8)]
    # Seven different pages (9 twice), in order, the first five shown.
    assert damaged_pages_message(rows) == (
        "Part of this case is damaged (7 pages of the file cannot be read: 3, 4, 5, 6, 7, …). "
        "Restore it from a backup."
    )
    plain = damaged_pages_message(["something else"])
    assert plain == "Part of this case is damaged. Restore it from a backup."
