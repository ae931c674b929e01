"""The school's words for what happened to a session, mapped to our status and reason codes.

A text the table below does not know, or a blank status with no minutes, is *unmapped*: the parent
decides it once (the decision is remembered for the case, iepdesk/logimport/memory.py). Words are
compared case-insensitively with punctuation and accents ignored ("Student ill", "STUDENT ILL.",
"Élève absent" are looked up as "student ill", "student ill", "eleve absent"). docs/importing-logs.md.
"""

from __future__ import annotations

import functools
import unicodedata

from iepdesk.logimport.columns import normalize
from iepdesk.model.calendar import LogReason, LogStatus

#: (status, reason): what a word means.
Meaning = tuple[str, str | None]

_D, _M, _MU = LogStatus.DELIVERED.value, LogStatus.MISSED.value, LogStatus.MAKEUP.value
_SH = LogStatus.SHORTENED.value

_TABLE: tuple[tuple[Meaning, tuple[str, ...]], ...] = (
    (
        (_D, None),
        (
            "delivered",
            "present",
            "provided",
            "session held",
            "held",
            "attended",
            "seen",
            "completed",
            "complete",
            "done",
            "yes",
            "y",
            "served",
            "service provided",
        ),
    ),
    ((_SH, None), ("shortened", "partial", "partial session", "session shortened")),
    (
        (_M, LogReason.STUDENT_ABSENT.value),
        ("student ill", "student sick", "student absent", "absent", "ill", "sick", "no show", "a"),
    ),
    (
        (_M, LogReason.PROVIDER_ABSENT.value),
        (
            "slp at training",
            "provider absent",
            "therapist out",
            "therapist absent",
            "provider out",
            "provider ill",
            "provider at training",
            "staff absent",
            "slp absent",
            "slp out",
            "ot out",
            "pt out",
        ),
    ),
    ((_M, LogReason.PROVIDER_REASSIGNED.value), ("provider reassigned", "provider covering", "coverage")),
    ((_M, LogReason.NOT_SCHEDULED.value), ("not scheduled", "no session scheduled", "unscheduled")),
    ((_M, LogReason.SCHOOL_EVENT.value), ("assembly", "field trip", "school event", "event")),
    ((_M, LogReason.TESTING.value), ("testing", "state testing", "test", "assessment", "benchmark testing")),
    (
        (_M, LogReason.DELAYED_START.value),
        ("early release", "late start", "delayed start", "early dismissal"),
    ),
    ((_M, LogReason.STUDENT_REFUSED.value), ("refused", "student refused", "refusal")),
    ((_M, LogReason.SCHOOL_CLOSED.value), ("school closed", "snow day", "closed", "weather closure")),
    (
        (_M, None),
        (
            "missed",
            "not delivered",
            "not provided",
            "not held",
            "session not held",
            "cancelled",
            "canceled",
            "no",
            "n",
        ),
    ),
    ((_M, LogReason.UNKNOWN.value), ("unknown", "reason unknown", "no reason given", "not known")),
    ((_MU, None), ("make up", "makeup", "makeup session", "make up session", "make-up", "mu")),
)


@functools.lru_cache(maxsize=4096)
def key(text: str) -> str:
    """How a word is looked up: accents dropped, case and punctuation ignored ("Make-up" -> "make up").
    Cached: a 10,000-row file asks for the same few words and services five times a row."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return normalize(plain)


_KNOWN: dict[str, Meaning] = {key(word): meaning for meaning, words in _TABLE for word in words}


def known_meaning(text: str) -> Meaning | None:
    """What the school's word means, or None when it is not one we know (the parent decides)."""
    return _KNOWN.get(key(text)) if text.strip() else None


def check_meaning(meaning: Meaning) -> Meaning:
    """A meaning the parent chose, checked: a real status, and a reason only a real reason code."""
    status, reason = meaning
    LogStatus(status)  # ValueError for anything else
    if reason is not None:
        LogReason(reason)
    return (status, reason)
