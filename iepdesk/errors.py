"""The errors a user can reach, each with a plain message and a command-line exit code.

Exit codes (DESIGN.md section 5): 0 done, 2 usage error, 3 wrong passphrase or recovery
secret, 4 damaged or not a case file.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_WRONG_SECRET = 3
EXIT_DAMAGED = 4


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
