"""The errors a user can reach, each with a plain message and a command-line exit code.

Exit codes (DESIGN.md section 5): 0 done, 2 usage error, 3 wrong passphrase or recovery
secret, 4 damaged or not a case file, 5 could not write (the disk is full, or no permission), 6 the
case is a shared copy, opened read-only (iepdesk.share), and the command would change it; 7
`iepdesk verify`: something a binder printed has changed since (iepdesk.history.verify).
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator

from iepdesk.i18n import _

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_WRONG_SECRET = 3
EXIT_DAMAGED = 4
EXIT_CANNOT_WRITE = 5
EXIT_READ_ONLY = 6
EXIT_CHANGED = 7


class IEPDeskError(Exception):
    """Base of every error the core raises on purpose. ``str(err)`` is for the user."""

    exit_code = EXIT_USAGE


class UsageError(IEPDeskError):
    """The request itself cannot be carried out (a path that exists, a missing argument)."""

    exit_code = EXIT_USAGE


class CaseExistsError(UsageError):
    """``new`` or ``restore`` was pointed at a path that already holds something."""


class WrongPassphraseError(IEPDeskError):
    """The passphrase (or recovery secret, or remembered key) does not unlock the case."""

    exit_code = EXIT_WRONG_SECRET


class WrongRecoverySecretError(WrongPassphraseError):
    """The recovery secret does not unlock the case."""


class DamagedCaseError(IEPDeskError):
    """The key is right but the database is damaged, or the key-slot file was tampered with."""

    exit_code = EXIT_DAMAGED


class NotACaseError(DamagedCaseError):
    """The file is not an IEPDesk case at all (empty, a PDF, random bytes)."""


class KeySlotFileError(DamagedCaseError):
    """The key-slot file beside the case is missing, unreadable or has been altered."""


class NewerCaseVersionError(DamagedCaseError):
    """The case was written by a newer IEPDesk; this version must not touch it."""


class CaseLockedError(IEPDeskError):
    """An operation needs an unlocked case."""


class CannotWriteError(IEPDeskError):
    """A file could not be written: the disk is full, or there is no permission. The message says what
    was kept and what was not."""

    exit_code = EXIT_CANNOT_WRITE


class SharedCopyError(IEPDeskError):
    """The case is a shared copy (iepdesk.share): it opens read-only, and every edit is refused."""

    exit_code = EXIT_READ_ONLY


_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


def write_failure(exc: BaseException) -> str | None:
    """Why ``exc`` means a write was refused by the system, in plain words, or None when it does not.

    Recognises OSError (no space, quota, read-only, no permission) and SQLite's own words for the same
    (``database or disk is full``, ``attempt to write a readonly database``), however peewee wrapped
    them."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, SharedCopyError):
            return None  # not the disk's refusal: a shared copy says so in its own words
        if isinstance(current, OSError) and current.errno is not None:
            if current.errno in _FULL_ERRNOS:
                return _("The disk is full")
            if current.errno in _DENIED_ERRNOS:
                return _("IEPDesk has no permission to write there")
        text = str(current).lower()
        if "database or disk is full" in text:
            return _("The disk is full")
        if "readonly database" in text or "read-only file system" in text:
            return _("IEPDesk has no permission to write there")
        current = current.__cause__ or current.__context__
    return None


@contextlib.contextmanager
def writing(what_happened: str) -> Iterator[None]:
    """Turn a full disk or a refused write into a CannotWriteError that says what happened."""
    try:
        yield
    except Exception as exc:
        reason = write_failure(exc)
        if reason is None:
            raise
        raise CannotWriteError(
            _("{reason}: {what_happened}.").format(reason=reason, what_happened=what_happened)
        ) from None
