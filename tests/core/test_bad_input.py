"""Everything that is not a healthy case with the right passphrase: each gets its own error class, its
exit code and a plain message, and not one byte of the files is changed."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from core_support import (
    PASSPHRASE,
    WRONG_PASSPHRASE,
    assert_plain_failure,
    fingerprint,
    folder_listing,
    keys_of,
    run_cli,
)

from iepdesk.casefile import Argon2Params, Case
from iepdesk.casefile.sqlcipher import PAGE_SIZE
from iepdesk.errors import (
    DamagedCaseError,
    IEPDeskError,
    KeySlotFileError,
    NotACaseError,
    WrongPassphraseError,
)
from iepdesk.model import Contact, database

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two healthy cases with the same passphrase; Maya's spans many pages of contacts."""
    folder = tmp_path_factory.mktemp("templates")
    made = {}
    for name, contacts in (("Maya", 120), ("Leo", 3)):
        case, _ = Case.create(folder / f"{name}.iepcase", name, PASSPHRASE, Argon2Params())
        with case, database.atomic():
            for i in range(contacts):
                Contact.create(name=f"{name} contact {i}", notes="notes " * 60, position=i)
        made[name] = folder / f"{name}.iepcase"
    assert made["Maya"].stat().st_size >= 30 * PAGE_SIZE
    return made


def _copy_case(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    shutil.copyfile(keys_of(src), keys_of(dst))
    return dst


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x20
    path.write_bytes(bytes(data))


def _edit_keys(path: Path, edit: Callable[[dict], None]) -> None:
    document = json.loads(keys_of(path).read_text(encoding="utf-8"))
    edit(document)
    keys_of(path).write_text(json.dumps(document, indent=2), encoding="utf-8")


def _set_kdf(name: str, value: object) -> Callable[[dict], None]:
    def edit(document: dict) -> None:
        document["slots"]["passphrase"]["kdf"][name] = value

    return edit


@dataclass(frozen=True)
class Bad:
    prepare: Callable[[Path, dict[str, Path]], None]
    error: type[IEPDeskError]
    code: int
    words: str  # a fragment the plain message must hold
    passphrase: str = PASSPHRASE


def _middle_page_offset(path: Path) -> int:
    pages = path.stat().st_size // PAGE_SIZE
    return (pages // 2) * PAGE_SIZE + 1000


def _sqlite_plain(path: Path, _: dict[str, Path]) -> None:
    path.unlink()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contact (name TEXT)")
    conn.close()


def _zip(path: Path, _: dict[str, Path]) -> None:
    path.unlink()
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")


def _other_case_keys(path: Path, t: dict[str, Path]) -> None:
    shutil.copyfile(keys_of(t["Leo"]), keys_of(path))


def _other_case_slot(path: Path, t: dict[str, Path]) -> None:
    """The passphrase slot of another case pasted into this key file (case id left as it is)."""
    other = json.loads(keys_of(t["Leo"]).read_text(encoding="utf-8"))
    _edit_keys(path, lambda d: d["slots"].__setitem__("passphrase", other["slots"]["passphrase"]))


BAD: dict[str, Bad] = {
    "wrong-passphrase": Bad(lambda p, t: None, WrongPassphraseError, 3, "passphrase", WRONG_PASSPHRASE),
    "zero-bytes": Bad(lambda p, t: p.write_bytes(b""), NotACaseError, 4, "empty"),
    "truncated-mid-page": Bad(
        lambda p, t: os.truncate(p, p.stat().st_size - 100), DamagedCaseError, 4, "damaged"
    ),
    "truncated-whole-pages": Bad(
        lambda p, t: os.truncate(p, p.stat().st_size - 8 * PAGE_SIZE), DamagedCaseError, 4, "damaged"
    ),
    "truncated-to-half": Bad(
        lambda p, t: os.truncate(p, p.stat().st_size // 2), DamagedCaseError, 4, "damaged"
    ),
    "byte-flipped-in-page-1": Bad(lambda p, t: _flip(p, 100), DamagedCaseError, 4, "damaged"),
    "byte-flipped-end-of-page-1": Bad(lambda p, t: _flip(p, PAGE_SIZE - 30), DamagedCaseError, 4, "damaged"),
    "byte-flipped-mid-file": Bad(
        lambda p, t: _flip(p, _middle_page_offset(p)), DamagedCaseError, 4, "damaged"
    ),
    "byte-flipped-last-byte": Bad(
        lambda p, t: _flip(p, p.stat().st_size - 1), DamagedCaseError, 4, "damaged"
    ),
    "random-bytes-no-keys": Bad(
        lambda p, t: (p.write_bytes(os.urandom(20 * PAGE_SIZE)), keys_of(p).unlink()),
        NotACaseError,
        4,
        "not an IEPDesk case",
    ),
    "random-bytes-with-keys": Bad(
        lambda p, t: p.write_bytes(os.urandom(20 * PAGE_SIZE)), KeySlotFileError, 4, "recovery kit"
    ),
    "random-odd-size-with-keys": Bad(
        lambda p, t: p.write_bytes(os.urandom(12345)), KeySlotFileError, 4, "recovery kit"
    ),
    "pdf-renamed": Bad(lambda p, t: p.write_bytes(MINIMAL_PDF), NotACaseError, 4, "PDF"),
    "plain-sqlite": Bad(_sqlite_plain, NotACaseError, 4, "unencrypted"),
    "zip-renamed": Bad(_zip, NotACaseError, 4, "zip"),
    "keys-missing": Bad(lambda p, t: keys_of(p).unlink(), NotACaseError, 4, "recovery kit"),
    "keys-memory-lowered": Bad(
        lambda p, t: _edit_keys(p, _set_kdf("memory_kib", 8 * 1024)), KeySlotFileError, 4, "altered"
    ),
    "keys-iterations-lowered": Bad(
        lambda p, t: _edit_keys(p, _set_kdf("iterations", 1)), KeySlotFileError, 4, "altered"
    ),
    "keys-memory-absurd": Bad(
        lambda p, t: _edit_keys(p, _set_kdf("memory_kib", 2**40)), KeySlotFileError, 4, "altered"
    ),
    "keys-kdf-not-a-number": Bad(
        lambda p, t: _edit_keys(p, _set_kdf("memory_kib", "65536")), KeySlotFileError, 4, "damaged"
    ),
    "keys-not-json": Bad(
        lambda p, t: keys_of(p).write_bytes(b"\x00\x01 not json"), KeySlotFileError, 4, "damaged"
    ),
    "keys-truncated": Bad(
        lambda p, t: keys_of(p).write_bytes(keys_of(p).read_bytes()[:200]), KeySlotFileError, 4, "damaged"
    ),
    "keys-newer-format": Bad(
        lambda p, t: _edit_keys(p, lambda d: d.__setitem__("version", 9)), KeySlotFileError, 4, "newer"
    ),
    "keys-from-another-case": Bad(_other_case_keys, KeySlotFileError, 4, "another case"),
    # A slot moved from another case fails the GCM check like a wrong passphrase would: the two
    # cannot be told apart, and either way the case stays shut.
    "keys-slot-from-another-case": Bad(_other_case_slot, WrongPassphraseError, 3, "passphrase"),
    "a-folder": Bad(lambda p, t: (p.unlink(), p.mkdir()), NotACaseError, 4, "folder"),
    "no-such-file": Bad(lambda p, t: p.unlink(), NotACaseError, 4, "no case"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_is_refused_plainly_and_left_untouched(templates, sandbox, name):
    bad = BAD[name]
    path = _copy_case(templates["Maya"], sandbox.documents / "Maya.iepcase")
    bad.prepare(path, templates)
    files = [path, keys_of(path)]
    before = fingerprint(*files) if not path.is_dir() else fingerprint(keys_of(path))
    listing = folder_listing(sandbox.documents)

    with pytest.raises(IEPDeskError) as caught:
        Case.open(path, bad.passphrase)
    assert type(caught.value) is bad.error, caught.value
    message = str(caught.value)
    assert bad.words.lower() in message.lower()
    assert "Traceback" not in message and "sqlcipher3" not in message

    result = run_cli("check", path, passphrase=bad.passphrase)
    assert_plain_failure(result, bad.code)
    assert bad.words.lower() in result.stderr.lower()
    assert result.stdout == ""

    after = fingerprint(*files) if not path.is_dir() else fingerprint(keys_of(path))
    assert after == before  # not a byte changed, so no table was created and no page rewritten
    assert folder_listing(sandbox.documents) == listing  # no journal, no temp file left behind


def test_a_raised_kdf_setting_does_not_open_either(templates, sandbox):
    """Any change to the authenticated KDF settings keeps the case shut, even a stronger one."""
    path = _copy_case(templates["Maya"], sandbox.documents / "Maya.iepcase")
    _edit_keys(path, _set_kdf("iterations", 4))
    before = fingerprint(path, keys_of(path))
    with pytest.raises(WrongPassphraseError):
        Case.open(path, PASSPHRASE)
    assert fingerprint(path, keys_of(path)) == before


def test_damage_found_by_check_on_a_large_case(templates, sandbox, monkeypatch):
    """Above the full-check size, open reads page 1 only; `check` still finds a damaged page."""
    from iepdesk.casefile import case as case_module

    path = _copy_case(templates["Maya"], sandbox.documents / "Maya.iepcase")
    _flip(path, _middle_page_offset(path))
    monkeypatch.setattr(case_module, "FULL_CHECK_ON_OPEN_BYTES", PAGE_SIZE)
    before = fingerprint(path, keys_of(path))
    with Case.open(path, PASSPHRASE) as case:
        result = case.check()
    assert not result.ok
    assert any("HMAC" in p or "page" in p for p in result.problems), result.problems
    assert fingerprint(path, keys_of(path)) == before


@pytest.mark.parametrize(
    "existing",
    ["case", "keys-only", "zero-byte-file", "pdf"],
)
def test_new_never_overwrites(sandbox, existing):
    path = sandbox.documents / "Taken.iepcase"
    if existing == "case":
        assert run_cli("new", path, "--child", "First").code == 0
    elif existing == "keys-only":
        keys_of(path).write_text("{}", encoding="utf-8")
    elif existing == "zero-byte-file":
        path.write_bytes(b"")
    else:
        path.write_bytes(MINIMAL_PDF)
    before = fingerprint(path, keys_of(path))
    listing = folder_listing(sandbox.documents)
    result = run_cli("new", path, "--child", "Second")
    assert_plain_failure(result, 2)
    assert "exists" in result.stderr
    assert fingerprint(path, keys_of(path)) == before
    assert folder_listing(sandbox.documents) == listing
