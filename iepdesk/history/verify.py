"""Whether anything a binder printed has changed since, and what (issue 18: ``iepdesk verify``).

The binder's last page prints a fingerprint (iepdesk.history.chain) and the case keeps the digest of
each record it covered. Verifying recomputes each of those records' digests now: a record whose
digest differs was changed (its fields then and now are read from its history), one that is gone
was removed, and a record of the same period not among them was added since.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from iepdesk.errors import UsageError
from iepdesk.history import chain, versions, words
from iepdesk.i18n import _
from iepdesk.model import PrintedRecord


class UnknownFingerprintError(UsageError):
    """No binder printed from this case has that fingerprint."""


@dataclass(frozen=True)
class Difference:
    kind: str
    record_id: int
    #: "changed", "removed" or "added"; "altered" (kind "print", id 0) when the case's own note of
    #: what the binder printed no longer leads to the fingerprint on paper.
    change: str
    #: The record in words: "Log entry 12 (2025-09-09)".
    label: str
    #: For a changed record: its fields as printed and as they are now (when its history has the
    #: wording that was printed).
    fields: tuple[versions.FieldChange, ...] = ()


@dataclass(frozen=True)
class Verification:
    fingerprint: str
    printed_at: str
    start: dt.date | None
    end: dt.date | None
    counts: dict[str, int]
    differences: tuple[Difference, ...]

    @property
    def unchanged(self) -> bool:
        return not self.differences


def normalise(text: str) -> str:
    """A fingerprint as typed ("3F2a 9c01 …", with dashes or spaces) in lower-case hex."""
    return re.sub(r"[\s\-:]", "", text).lower()


def find(text: str) -> PrintedRecord:
    typed = normalise(text)
    if not re.fullmatch(r"[0-9a-f]{32}|[0-9a-f]{64}", typed):
        raise UnknownFingerprintError(
            _(
                "A fingerprint is the 32 characters printed on the binder's last page (8 groups of 4, "
                "letters a-f and digits), or all 64."
            )
        )
    found = PrintedRecord.get_or_none(PrintedRecord.fingerprint.startswith(typed))
    if found is None:
        raise UnknownFingerprintError(
            _("No binder made from this case printed that fingerprint; check the characters you typed.")
        )
    row: PrintedRecord = found
    return row


def _label(kind: str, record_id: int, content: dict[str, Any] | None) -> str:
    return words.record_label(kind, record_id, content)


def _altered() -> str:
    return _(
        "What the case kept of this binder has been altered since it was printed: the records cannot "
        "be shown to read as printed."
    )


def _printed_content(kind: str, record_id: int, digest: str, previous: str) -> dict[str, Any] | None:
    """The wording the record had when it was printed: the version of its history whose digest,
    chained on the digest printed before it, is the printed one."""
    found = versions.history(kind, record_id)
    entered_at = found[0].written_at if found else ""  # the first version's: when it was written
    for version in found:
        if chain.link(previous, kind, record_id, entered_at, version.content) == digest:
            return version.content
    return None


def verify(text: str) -> Verification:
    """Compare the records a binder printed (its fingerprint ``text``) with the case now."""
    printed = find(text)
    start, end = printed.period_start, printed.period_end
    then: list[tuple[str, int, str]] = [
        (str(k), int(i), str(d)) for k, i, d in json.loads(str(printed.digests))
    ]
    now_in_period = {(k, i): (e, c) for k, i, e, c in chain.records(start, end)}
    everything = {(k, i): (e, c) for k, i, e, c in chain.records()}
    differences: list[Difference] = []
    previous = chain.seed(start, end)
    for kind, record_id, digest in then:
        current = everything.get((kind, record_id))
        if current is None:
            old = _printed_content(kind, record_id, digest, previous)
            differences.append(Difference(kind, record_id, "removed", _label(kind, record_id, old)))
        elif chain.link(previous, kind, record_id, current[0], current[1]) != digest:
            old = _printed_content(kind, record_id, digest, previous)
            names = versions.names_for([current[1], *([old] if old else [])])
            fields = versions.changes_between(old, current[1], names, kind) if old is not None else ()
            differences.append(
                Difference(kind, record_id, "changed", _label(kind, record_id, current[1]), fields)
            )
        previous = digest
    if previous != str(printed.fingerprint):
        # The digests kept were rewritten: only the fingerprint (on paper) can be trusted.
        differences.insert(0, Difference("print", 0, "altered", _altered()))
    printed_keys = {(k, i) for k, i, _d in then}
    for key, (_entered, content) in now_in_period.items():
        if key not in printed_keys:
            differences.append(Difference(key[0], key[1], "added", _label(key[0], key[1], content)))
    return Verification(
        str(printed.fingerprint),
        str(printed.printed_at),
        start,
        end,
        {str(k): int(v) for k, v in json.loads(str(printed.counts)).items()},
        tuple(differences),
    )
