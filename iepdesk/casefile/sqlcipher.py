"""Low-level access to the SQLCipher file: keying, the pragmas, probing a file without writing to it."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from iepdesk.errors import DamagedCaseError, NotACaseError
from iepdesk.i18n import _, ngettext

PAGE_SIZE = 4096

#: Set on every connection, then read back and asserted (DESIGN.md section 2).
PRAGMAS: tuple[tuple[str, str, object], ...] = (
    # name, value to set, value read back
    ("cipher_log_level", "NONE", "NONE"),
    ("synchronous", "FULL", 2),
    ("temp_store", "MEMORY", 2),
    ("secure_delete", "ON", 1),
    ("foreign_keys", "ON", 1),
)
BUSY_TIMEOUT_MS = 10_000


def key_pragma_value(data_key: bytes) -> str:
    """The raw-key form SQLCipher takes (``x'…'``): no PBKDF2, the key is used as it is."""
    return f"x'{data_key.hex()}'"


def apply_key(conn: Any, data_key: bytes) -> None:
    conn.execute(f'PRAGMA key = "{key_pragma_value(data_key)}"')


def apply_pragmas(conn: Any) -> None:
    """Set every pragma, then read each back; a mismatch is a bug, never silently accepted."""
    for name, value, _expected in PRAGMAS:
        conn.execute(f"PRAGMA {name} = {value}")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    assert_pragmas(conn)


def assert_pragmas(conn: Any) -> None:
    for name, _value, expected in PRAGMAS:
        row = conn.execute(f"PRAGMA {name}").fetchone()
        actual = row[0] if row else None
        if actual != expected:
            raise RuntimeError(f"PRAGMA {name} is {actual!r}, expected {expected!r}")


def connect(path: Path, data_key: bytes, *, readonly: bool = False) -> Any:
    """A keyed DB-API connection in autocommit mode (transactions are explicit)."""
    if readonly:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        apply_key(conn, data_key)
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def readonly(path: Path, data_key: bytes) -> Iterator[Any]:
    conn = connect(path, data_key, readonly=True)
    try:
        yield conn
    finally:
        conn.close()


@dataclass(frozen=True)
class FileProbe:
    """What the bytes of a file say before any key is tried."""

    size: int
    looks_like_page_file: bool


def probe_file(path: Path) -> FileProbe:
    """Read the first bytes only. Raises NotACaseError for files that are plainly something else."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(16)
    except FileNotFoundError:
        raise NotACaseError(_("There is no case at {path}.").format(path=path)) from None
    except IsADirectoryError:
        raise NotACaseError(_("{path} is a folder, not an IEPDesk case.").format(path=path)) from None
    except OSError as exc:
        raise NotACaseError(
            _("{path} cannot be read: {strerror}.").format(path=path, strerror=exc.strerror)
        ) from None
    if size == 0:
        raise NotACaseError(_("{name} is empty: it is not an IEPDesk case.").format(name=path.name))
    if head.startswith(b"%PDF"):
        raise NotACaseError(_("{name} is a PDF document, not an IEPDesk case.").format(name=path.name))
    if head.startswith(b"SQLite format 3\x00"):
        raise NotACaseError(
            _("{name} is an unencrypted database, not an IEPDesk case.").format(name=path.name)
        )
    if head.startswith(b"PK\x03\x04"):
        raise NotACaseError(
            _("{name} is a zip archive or office document, not an IEPDesk case.").format(name=path.name)
        )
    return FileProbe(size=size, looks_like_page_file=size % PAGE_SIZE == 0)


def roll_back_hot_journal(path: Path, data_key: bytes) -> None:
    """Finish what a crash interrupted. A process that dies mid-transaction leaves a "hot" rollback
    journal beside the file, which a read-only connection cannot roll back ("attempt to write a
    readonly database"). The journal holds the pages as they were stored (encrypted), so rolling it
    back restores the last committed bytes, whatever the key."""
    journal = path.with_name(path.name + "-journal")
    try:
        if journal.stat().st_size == 0:
            return
    except OSError:
        return
    conn = connect(path, data_key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        pass  # the read-only checks that follow say what is wrong
    finally:
        conn.close()


def no_page_opens(conn: Any, size: int) -> bool:
    """True when not one page authenticates with this key: the key belongs to another file (or the
    file's salt is gone), as opposed to a damaged page in a file the key does open."""
    pages = size // PAGE_SIZE
    if pages < 2:
        return False
    try:
        failures = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.Error:
        return False
    return len(failures) >= pages


def verify_readable(conn: Any, *, full: bool) -> None:
    """Read page 1 (and with ``full``, check every page's HMAC). Raises DamagedCaseError."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if full:
            problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            if problems:
                raise DamagedCaseError(damaged_pages_message([str(row[0]) for row in problems]))
    except sqlcipher3.DatabaseError as exc:
        raise DamagedCaseError(
            _(
                "The passphrase is right, but the case file is damaged and cannot be read ({exc}). "
                "Restore it from a backup."
            ).format(exc=exc)
        ) from None


def damaged_pages_message(problems: list[str]) -> str:
    """What the parent reads for SQLCipher's page check: the damaged pages by number, in plain words
    (its own rows, "HMAC verification failed for page 28", are jargon and always in English)."""
    pages = sorted({int(m) for problem in problems for m in re.findall(r"\bpage (\d+)", problem)})
    if not pages:
        return _("Part of this case is damaged. Restore it from a backup.")
    shown = ", ".join(str(page) for page in pages[:5]) + (", …" if len(pages) > 5 else "")
    return ngettext(
        "Part of this case is damaged (page {pages} of the file cannot be read). Restore it from a backup.",
        "Part of this case is damaged ({count} pages of the file cannot be read: {pages}). "
        "Restore it from a backup.",
        len(pages),
    ).format(pages=shown, count=len(pages))
