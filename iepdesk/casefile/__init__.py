"""Encrypted storage: key slots, create / open / lock, migrations, backups, "remember".

A case's file names (``CasePaths``, ``SUGGESTED_SUFFIX``) come with the package; the rest (SQLCipher,
peewee, Argon2, the password store) is imported when first asked for, so a program that only names
files, such as the welcome window, starts without them (issue 14).
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from iepdesk.casefile.paths import SUGGESTED_SUFFIX, CasePaths
from iepdesk.errors import IEPDeskError, NewerCaseVersionError, NotACaseError

if TYPE_CHECKING:
    from iepdesk.casefile import remember
    from iepdesk.casefile.case import (
        BackupResult,
        Case,
        CheckResult,
        key_with_passphrase,
        key_with_recovery,
        restore,
    )
    from iepdesk.casefile.keyslots import Argon2Params, Calibration, KeySlotFile, calibrate
    from iepdesk.casefile.recovery_secret import RecoverySecret

__all__ = [
    "SUGGESTED_SUFFIX",
    "Argon2Params",
    "BackupResult",
    "Calibration",
    "Case",
    "CasePaths",
    "CheckResult",
    "KeySlotFile",
    "RecoverySecret",
    "RememberedUnlock",
    "calibrate",
    "case_id_of",
    "key_with_passphrase",
    "key_with_recovery",
    "remember",
    "restore",
    "unlock_remembered",
]

#: Where each name imported on first use lives.
_LAZY = {
    "remember": "iepdesk.casefile.remember",
    "BackupResult": "iepdesk.casefile.case",
    "Case": "iepdesk.casefile.case",
    "CheckResult": "iepdesk.casefile.case",
    "key_with_passphrase": "iepdesk.casefile.case",
    "key_with_recovery": "iepdesk.casefile.case",
    "restore": "iepdesk.casefile.case",
    "Argon2Params": "iepdesk.casefile.keyslots",
    "Calibration": "iepdesk.casefile.keyslots",
    "KeySlotFile": "iepdesk.casefile.keyslots",
    "calibrate": "iepdesk.casefile.keyslots",
    "RecoverySecret": "iepdesk.casefile.recovery_secret",
}


def __getattr__(name: str) -> Any:
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(where)
    value = module if name == "remember" else getattr(module, name)
    globals()[name] = value  # asked once
    return value


@dataclass(frozen=True)
class RememberedUnlock:
    case: Case | None
    #: True when a remembered key was found but no longer opens the case (it has been forgotten).
    stale: bool


def case_id_of(path: str | os.PathLike[str]) -> str | None:
    """The case id from the key-slot file (stored in the clear), or None if it cannot be read."""
    from iepdesk.casefile.keyslots import KeySlotFile

    try:
        return KeySlotFile.load(CasePaths.of(path).keys).case_id
    except IEPDeskError:
        return None


def unlock_remembered(path: str | os.PathLike[str]) -> RememberedUnlock:
    """Open with the key remembered on this computer, if there is one that still works."""
    from iepdesk.casefile import remember
    from iepdesk.casefile.case import Case

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
