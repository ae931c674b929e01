""" "Remember on this computer": the data key kept in the operating system's keyring.

Off by default. The keyring is never the only copy of the key (the key-slot file and the recovery kit
always open the case), and every keyring failure falls back to asking for the passphrase.
"""

from __future__ import annotations

import base64
import binascii
import logging
from dataclasses import dataclass

from iepdesk.casefile.keyslots import KEY_BYTES
from iepdesk.i18n import _

SERVICE = "IEPDesk"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str
    #: Why remembering is not offered, in plain words (empty when usable).
    reason: str


def _account(case_id: str) -> str:
    return f"case-{case_id}"


def status() -> KeyringStatus:
    """Whether a secure keyring is available here, and which."""
    try:
        import keyring
        from keyring.backends import chainer

        backend = keyring.get_keyring()
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        if isinstance(backend, chainer.ChainerBackend):
            if not backend.backends:
                return KeyringStatus(False, name, _NO_KEYRING)
            name = ", ".join(f"{type(b).__module__}.{type(b).__name__}" for b in backend.backends)
        if any(part in name for part in ("fail.", "null.")) or "plaintext" in name.lower():
            return KeyringStatus(False, name, _NO_KEYRING)
        priority = getattr(backend, "priority", 1)
        if priority is not None and float(priority) <= 0:
            return KeyringStatus(False, name, _NO_KEYRING)
        return KeyringStatus(True, name, "")
    except Exception as exc:
        log.info("keyring unavailable: %s", type(exc).__name__)
        return KeyringStatus(False, "none", _NO_KEYRING)


_NO_KEYRING = _(
    "This computer has no secure password store that IEPDesk can use, so the case cannot be remembered "
    "here. Your passphrase always works."
)


def remember(case_id: str, data_key: bytes) -> bool:
    """Store the key; True on success. A failure is not an error: the passphrase still works."""
    if not status().usable:
        return False
    try:
        import keyring

        keyring.set_password(SERVICE, _account(case_id), base64.b64encode(data_key).decode("ascii"))
        return True
    except Exception as exc:
        log.info("keyring store failed: %s", type(exc).__name__)
        return False


def recall(case_id: str) -> bytes | None:
    """The remembered key, or None when there is none or the keyring cannot be reached."""
    if not status().usable:
        return None
    try:
        import keyring

        stored = keyring.get_password(SERVICE, _account(case_id))
    except Exception as exc:
        log.info("keyring read failed: %s", type(exc).__name__)
        return None
    if not stored:
        return None
    try:
        key = base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        return None
    return key if len(key) == KEY_BYTES else None


def forget(case_id: str) -> bool:
    """Remove the entry; True if one was removed."""
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(SERVICE, _account(case_id))
        except PasswordDeleteError:
            return False
        return True
    except Exception as exc:
        log.info("keyring delete failed: %s", type(exc).__name__)
        return False


def is_remembered(case_id: str) -> bool:
    return recall(case_id) is not None
