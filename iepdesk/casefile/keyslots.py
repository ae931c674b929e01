"""The key-slot file: the case's data key wrapped under the passphrase and under the recovery secret.

The file is small JSON beside the case. Each slot holds its KDF parameters in the clear and the data key
sealed with AES-256-GCM; the slot's header (format, version, case id, slot name, KDF parameters) is the
GCM associated data, so a lowered parameter or a slot copied from another case fails the tag check.
Parameters under the floor (Argon2id memory 64 MiB, 3 iterations) or above what calibration can choose
(1 GiB, 8 iterations, 4 lanes) are refused before any derivation, so a tampered file is reported as
tampered, at once, not as a wrong passphrase after minutes of work.
"""

from __future__ import annotations

import base64
import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from iepdesk.casefile.atomic import write_atomic
from iepdesk.casefile.recovery_secret import RecoverySecret
from iepdesk.errors import KeySlotFileError, WrongPassphraseError, WrongRecoverySecretError
from iepdesk.i18n import N_, _

FORMAT = "iepdesk-keyslots"
FORMAT_VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12

MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
DEFAULT_LANES = 4
TARGET_UNLOCK_SECONDS = 0.5
#: The most calibration ever chooses. Memory doubles from the floor up to 1 GiB; below 1 GiB the
#: doubling stops only once 3 passes take more than target/2.2, so the passes that fill the target are
#: at most int(3 * 2.2) = 6; at 1 GiB a very fast computer could ask for more, and 8 is the cap.
CALIBRATION_MAX_MEMORY_KIB = 1024 * 1024
CALIBRATION_MAX_ITERATIONS = 8
# A key file asking for more than calibration can produce was altered: it is refused before any
# derivation, so a tampered file cannot make an unlock (or `check`) take minutes and gigabytes.
MAX_MEMORY_KIB = CALIBRATION_MAX_MEMORY_KIB
MAX_ITERATIONS = CALIBRATION_MAX_ITERATIONS
MAX_LANES = DEFAULT_LANES

_DATA_KEY_INFO = b"iepdesk/v1/data-key"
_RECOVERY_WRAP_INFO = b"iepdesk/v1/recovery-wrap"


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost parameters (RFC 9106). memory is in KiB."""

    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    lanes: int = DEFAULT_LANES

    def check(self) -> None:
        """Refuse parameters below the floor or absurdly high (both mean tampering)."""
        if not (MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB):
            raise KeySlotFileError(
                _(
                    "The key file beside this case has been altered (its memory setting is out of range). "
                    "Use your recovery kit to open the case."
                )
            )
        if not (MIN_ITERATIONS <= self.iterations <= MAX_ITERATIONS):
            raise KeySlotFileError(
                _(
                    "The key file beside this case has been altered (its iteration count is out of "
                    "range). Use your recovery kit to open the case."
                )
            )
        if not (1 <= self.lanes <= MAX_LANES):
            raise KeySlotFileError(
                _(
                    "The key file beside this case has been altered (its lanes setting is out of range). "
                    "Use your recovery kit to open the case."
                )
            )

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        self.check()
        kdf = Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(passphrase.encode("utf-8"))


@dataclass(frozen=True)
class Calibration:
    """What calibration chose and how long one unlock took with it."""

    params: Argon2Params
    seconds: float


def calibrate(target_seconds: float = TARGET_UNLOCK_SECONDS) -> Calibration:
    """Pick Argon2id parameters that take about ``target_seconds`` on this computer.

    Memory grows first (it is what makes guessing expensive on GPUs), in powers of two from 64 MiB up
    to 1 GiB, then iterations fill the remaining time. Never below the floor, never above the ceiling
    (``CALIBRATION_MAX_MEMORY_KIB``, ``CALIBRATION_MAX_ITERATIONS``) that ``Argon2Params.check`` enforces.
    """
    salt = os.urandom(SALT_BYTES)
    memory = MIN_MEMORY_KIB
    seconds = _timed(Argon2Params(memory_kib=memory), salt)
    # Time grows a little faster than memory (caches), so each doubling is measured, not assumed.
    while memory * 2 <= CALIBRATION_MAX_MEMORY_KIB and seconds * 2.2 <= target_seconds:
        memory *= 2
        seconds = _timed(Argon2Params(memory_kib=memory), salt)
    iterations = max(
        MIN_ITERATIONS, min(CALIBRATION_MAX_ITERATIONS, int(MIN_ITERATIONS * target_seconds / seconds))
    )
    chosen = Argon2Params(memory_kib=memory, iterations=iterations, lanes=DEFAULT_LANES)
    return Calibration(params=chosen, seconds=_timed(chosen, salt))


def _timed(params: Argon2Params, salt: bytes) -> float:
    start = time.perf_counter()
    params.derive("calibration", salt)
    return time.perf_counter() - start


def data_key_from_recovery(secret: RecoverySecret) -> bytes:
    """The data key is derived from the recovery secret, so the kit alone can open the case."""
    return _hkdf(secret.raw, b"", _DATA_KEY_INFO)


def _recovery_wrapping_key(secret: RecoverySecret, salt: bytes) -> bytes:
    return _hkdf(secret.raw, salt, _RECOVERY_WRAP_INFO)


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt or None, info=info).derive(ikm)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, what: str) -> bytes:
    if not isinstance(text, str):
        raise KeySlotFileError(
            _("The key file beside this case is damaged ({what} is missing).").format(what=_(what))
        )
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise KeySlotFileError(
            _("The key file beside this case is damaged ({what} is unreadable).").format(what=_(what))
        ) from exc


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the data key."""

    name: str  # "passphrase" or "recovery"
    kdf: dict[str, Any]
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, Any]:
        return {"kdf": self.kdf, "nonce": _b64(self.nonce), "ciphertext": _b64(self.ciphertext)}


@dataclass(frozen=True)
class KeySlotFile:
    """The parsed key-slot file."""

    case_id: str
    slots: dict[str, Slot]

    # ---- building -------------------------------------------------------------------------------
    @classmethod
    def build(
        cls,
        case_id: str,
        data_key: bytes,
        passphrase: str,
        params: Argon2Params,
        secret: RecoverySecret,
    ) -> KeySlotFile:
        slots = {
            "passphrase": _seal_passphrase(case_id, data_key, passphrase, params),
            "recovery": _seal_recovery(case_id, data_key, secret),
        }
        return cls(case_id=case_id, slots=slots)

    def with_passphrase(self, data_key: bytes, passphrase: str, params: Argon2Params) -> KeySlotFile:
        slots = dict(self.slots)
        slots["passphrase"] = _seal_passphrase(self.case_id, data_key, passphrase, params)
        return KeySlotFile(case_id=self.case_id, slots=slots)

    # ---- opening --------------------------------------------------------------------------------
    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        slot = self._slot("passphrase")
        params = _argon2_params(slot.kdf)
        salt = _unb64(slot.kdf.get("salt"), N_("the salt"))
        wrapping_key = params.derive(passphrase, salt)
        try:
            return _open(wrapping_key, slot, self.case_id)
        except InvalidTag:
            raise WrongPassphraseError(_("That passphrase does not open this case.")) from None

    def unlock_with_recovery(self, secret: RecoverySecret) -> bytes:
        slot = self._slot("recovery")
        if slot.kdf.get("name") != "hkdf-sha256":
            raise KeySlotFileError(_("The key file beside this case is damaged (unknown recovery method)."))
        salt = _unb64(slot.kdf.get("salt"), N_("the salt"))
        try:
            return _open(_recovery_wrapping_key(secret, salt), slot, self.case_id)
        except InvalidTag:
            raise WrongRecoverySecretError(_("That recovery secret does not open this case.")) from None

    def passphrase_params(self) -> Argon2Params:
        return _argon2_params(self._slot("passphrase").kdf)

    def _slot(self, name: str) -> Slot:
        try:
            return self.slots[name]
        except KeyError:
            raise KeySlotFileError(
                _("The key file beside this case has no {name} slot.").format(name=name)
            ) from None

    # ---- file I/O -------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        document = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "case_id": self.case_id,
            "slots": {name: slot.to_json() for name, slot in sorted(self.slots.items())},
        }
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeySlotFileError(
                _(
                    "The key file {name} is missing from beside the case. If this is your case, open it "
                    "with your recovery kit."
                ).format(name=path.name)
            ) from None
        except OSError as exc:
            raise KeySlotFileError(
                _("The key file {name} cannot be read: {strerror}.").format(
                    name=path.name, strerror=exc.strerror
                )
            ) from None
        return cls.from_bytes(raw)

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlotFile:
        damaged = _("The key file beside this case is damaged or is not an IEPDesk key file.")
        if len(raw) > 64 * 1024:
            raise KeySlotFileError(damaged)
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise KeySlotFileError(damaged) from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise KeySlotFileError(damaged)
        version = document.get("version")
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise KeySlotFileError(
                _("The key file was written by a newer version of IEPDesk. Update IEPDesk to open this case.")
            )
        case_id = document.get("case_id")
        raw_slots = document.get("slots")
        if not isinstance(case_id, str) or not isinstance(raw_slots, dict):
            raise KeySlotFileError(damaged)
        slots: dict[str, Slot] = {}
        for name, body in raw_slots.items():
            if not isinstance(body, dict) or not isinstance(body.get("kdf"), dict):
                raise KeySlotFileError(damaged)
            slots[name] = Slot(
                name=name,
                kdf=body["kdf"],
                nonce=_unb64(body.get("nonce"), N_("a nonce")),
                ciphertext=_unb64(body.get("ciphertext"), N_("a wrapped key")),
            )
        return cls(case_id=case_id, slots=slots)


def _associated_data(case_id: str, name: str, kdf: dict[str, Any]) -> bytes:
    header = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "case_id": case_id,
        "slot": name,
        "kdf": kdf,
    }
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _seal(name: str, case_id: str, kdf: dict[str, Any], wrapping_key: bytes, data_key: bytes) -> Slot:
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(wrapping_key).encrypt(nonce, data_key, _associated_data(case_id, name, kdf))
    return Slot(name=name, kdf=kdf, nonce=nonce, ciphertext=sealed)


def _open(wrapping_key: bytes, slot: Slot, case_id: str) -> bytes:
    if len(slot.nonce) != NONCE_BYTES:
        raise KeySlotFileError(_("The key file beside this case is damaged (bad nonce)."))
    plain = AESGCM(wrapping_key).decrypt(
        slot.nonce, slot.ciphertext, _associated_data(case_id, slot.name, slot.kdf)
    )
    if len(plain) != KEY_BYTES:
        raise KeySlotFileError(_("The key file beside this case is damaged (bad key length)."))
    return plain


def _seal_passphrase(case_id: str, data_key: bytes, passphrase: str, params: Argon2Params) -> Slot:
    params.check()
    salt = os.urandom(SALT_BYTES)
    kdf: dict[str, Any] = {"name": "argon2id", **asdict(params), "salt": _b64(salt)}
    return _seal("passphrase", case_id, kdf, params.derive(passphrase, salt), data_key)


def _seal_recovery(case_id: str, data_key: bytes, secret: RecoverySecret) -> Slot:
    salt = os.urandom(SALT_BYTES)
    kdf: dict[str, Any] = {"name": "hkdf-sha256", "salt": _b64(salt)}
    return _seal("recovery", case_id, kdf, _recovery_wrapping_key(secret, salt), data_key)


def _argon2_params(kdf: dict[str, Any]) -> Argon2Params:
    if kdf.get("name") != "argon2id":
        raise KeySlotFileError(_("The key file beside this case is damaged (unknown key derivation)."))
    values = [kdf.get("memory_kib"), kdf.get("iterations"), kdf.get("lanes")]
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        raise KeySlotFileError(_("The key file beside this case is damaged (bad key-derivation settings)."))
    params = Argon2Params(
        memory_kib=int(kdf["memory_kib"]),
        iterations=int(kdf["iterations"]),
        lanes=int(kdf["lanes"]),
    )
    params.check()
    return params
