"""Work that runs off the GUI thread (through ``ui.shell.tasks``): unlocking, creating, backing up.

Each function takes plain values and returns plain values or a Case; none touches a widget.
A case unlocked here releases this worker thread's connection itself (Case does it); the GUI
thread opens its own. The encrypted storage is imported by the work that uses it, not with this
module: the welcome window needs none of it (issue 14).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ui.shell.tasks import Report

if TYPE_CHECKING:
    from iepdesk.casefile import Argon2Params, BackupResult, Case, RecoverySecret
    from iepdesk.share.make import ShareResult
    from iepdesk.share.parts import ShareParts

KdfChooser = Callable[[], "Argon2Params"]


def default_kdf() -> Argon2Params:
    """Parameters calibrated so an unlock takes about half a second here (about 1 s of work)."""
    from iepdesk.casefile import calibrate

    return calibrate().params


@dataclass(frozen=True)
class Created:
    case: Case
    secret: RecoverySecret
    remembered: bool


def create_case(
    path: Path, child_name: str, passphrase: str, params: Argon2Params, remember_here: bool
) -> Created:
    from iepdesk.casefile import Case, remember

    case, secret = Case.create(path, child_name, passphrase, params)
    remembered = remember.remember(case.case_id, case.data_key) if remember_here else False
    return Created(case, secret, remembered)


def open_case(path: Path, passphrase: str, remember_here: bool) -> Case:
    from iepdesk.casefile import Case, remember

    case = Case.open(path, passphrase)
    if remember_here:
        remember.remember(case.case_id, case.data_key)
    return case


@dataclass(frozen=True)
class Remembered:
    case: Case | None
    stale: bool
    keyring_usable: bool


def open_remembered(path: Path) -> Remembered:
    from iepdesk.casefile import remember, unlock_remembered

    usable = remember.status().usable
    if not usable:
        return Remembered(None, stale=False, keyring_usable=False)
    result = unlock_remembered(path)
    return Remembered(result.case, result.stale, keyring_usable=True)


def recover_case(path: Path, secret_text: str, new_passphrase: str, kdf: KdfChooser) -> Case:
    from iepdesk.casefile import Case

    params = kdf()
    case = Case.recover(path, secret_text, new_passphrase, params)
    return case


def change_passphrase(case: Case, current: str, new: str, kdf: KdfChooser) -> None:
    case.change_passphrase(current, new, kdf())


def back_up(case: Case, out: Path, report: Report) -> BackupResult:
    return case.backup(out, progress=report)


def share_copy(
    case: Case, out: Path, passphrase: str, parts: ShareParts, kdf: KdfChooser, report: Report
) -> ShareResult:
    """A sealed copy (iepdesk.share); this worker's own connection to the case is closed after."""
    from iepdesk.share.make import share_case
    from iepdesk.vault.library import release_thread_connection

    try:
        return share_case(case, out, passphrase, parts, kdf(), progress=report)
    finally:
        release_thread_connection()


def restore_backup(backup: Path, destination: Path, passphrase: str, report: Report) -> Case:
    """Restore into a new case at ``destination``, then open it with the same passphrase."""
    from iepdesk.casefile import Case, key_with_passphrase, restore

    restored = restore(backup, destination, key_with_passphrase(backup, passphrase), progress=report)
    case = Case.open(restored, passphrase)
    return case


def recovery_kit(secret: RecoverySecret, case_id: str, child_name: str, file_name: str) -> bytes:
    from iepdesk.export.recovery_kit import recovery_kit_pdf

    return recovery_kit_pdf(secret, case_id, child_name, file_name)
