"""The recovery secret printed in the recovery kit.

32 random bytes shown in base32 (RFC 4648: letters A-Z and digits 2-7), in groups of four, followed by
a four-character check group so a typing mistake is caught before any key is tried. When typed back,
case, spaces and dashes do not matter, and the look-alikes 0, 1 and 8 are read as O, I and B.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from dataclasses import dataclass

from iepdesk.errors import WrongRecoverySecretError
from iepdesk.i18n import _

SECRET_BYTES = 32
GROUP = 4
CHECK_CHARS = 4
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


@dataclass(frozen=True, repr=False)
class RecoverySecret:
    raw: bytes

    def __repr__(self) -> str:  # never show the secret in a traceback or a log
        return "RecoverySecret(<hidden>)"

    @classmethod
    def generate(cls) -> RecoverySecret:
        return cls(os.urandom(SECRET_BYTES))

    @property
    def groups(self) -> list[str]:
        body = base64.b32encode(self.raw).decode("ascii").rstrip("=")
        text = body + _check(self.raw)
        return [text[i : i + GROUP] for i in range(0, len(text), GROUP)]

    def formatted(self) -> str:
        return "-".join(self.groups)

    @classmethod
    def parse(cls, text: str) -> RecoverySecret:
        cleaned = re.sub(r"[\s\-_.]", "", text).upper().translate(_LOOKALIKES)
        body_len = len(base64.b32encode(bytes(SECRET_BYTES)).decode("ascii").rstrip("="))
        if len(cleaned) != body_len + CHECK_CHARS:
            raise WrongRecoverySecretError(
                _("A recovery secret has {expected} letters and digits; {entered} were entered.").format(
                    expected=body_len + CHECK_CHARS, entered=len(cleaned)
                )
            )
        body, check = cleaned[:body_len], cleaned[body_len:]
        padding = "=" * (-len(body) % 8)
        try:
            raw = base64.b32decode(body + padding)
        except ValueError:
            raise WrongRecoverySecretError(
                _("The recovery secret holds a character that is not in a recovery kit.")
            ) from None
        if _check(raw) != check:
            raise WrongRecoverySecretError(
                _(
                    "The recovery secret has a typing mistake: its last group does not match. Compare it "
                    "with your kit group by group."
                )
            )
        return cls(raw)


def _check(raw: bytes) -> str:
    digest = hashlib.sha256(b"iepdesk-recovery-check" + raw).digest()
    return base64.b32encode(digest).decode("ascii")[:CHECK_CHARS]
