"""Encrypted storage: key slots, create / open / lock, migrations, backups, "remember"."""

from __future__ import annotations

import os
from dataclasses import dataclass

from iepdesk.casefile import remember
from iepdesk.casefile.case import (
    SUGGESTED_SUFFIX,
    BackupResult,
    Case,
    CasePaths,
    CheckResult,
    key_with_passphrase,
    key_with_recovery,
    restore,
)
from iepdesk.casefile.keyslots import Argon2Params, Calibration, KeySlotFile, calibrate
from iepdesk.casefile.recovery_secret import RecoverySecret
from iepdesk.errors import IEPDeskError, NewerCaseVersionError, NotACaseError

__all__ = [
    "SUGGESTED_SUFFIX",
    "Argon2Params",
    "BackupResult",
    "Calibration",
    "Case",
    "CasePaths",
    "CheckResult",
    "RecoverySecret",
    "RememberedUnlock",
    "calibrate",
    "case_id_of",
    "key_with_passphrase",
    "key_with_recovery",
    "restore",
    "unlock_remembered",
]


@dataclass(frozen=True)
class RememberedUnlock:
    case: Case | None
    #: True when a remembered key was found but no longer opens the case (it has been forgotten).
    stale: bool


def case_id_of(path: str | os.PathLike[str]) -> str | None:
    """The case id from the key-slot file (stored in the clear), or None if it cannot be read."""
    try:
        return KeySlotFile.load(CasePaths.of(path).keys).case_id
    except IEPDeskError:
        return None


def unlock_remembered(path: str | os.PathLike[str]) -> RememberedUnlock:
    """Open with the key remembered on this computer, if there is one that still works."""
    case_id = case_id_of(path)
    if case_id is None:
        return RememberedUnlock(None, stale=False)
    key = remember.recall(case_id)
    if key is None:
        return RememberedUnlock(None, stale=False)
    try:
        return RememberedUnlock(Case.open_with_key(path, key), stale=False)
    except (NewerCaseVersionError, NotACaseError):
        # The key may be fine; the file is the problem. Keep it; the passphrase path explains.
        return RememberedUnlock(None, stale=False)
    except IEPDeskError:
        # The key does not open the case (or page 1 is unreadable with it): forget it.
        remember.forget(case_id)
        return RememberedUnlock(None, stale=True)
