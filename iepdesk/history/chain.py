"""A chain of SHA-256 digests over the entries, and the fingerprint a binder prints (issue 18).

The records are taken in a fixed order (log entries, incidents, communications, data points; each
kind by id). Each record's digest covers the digest before it and its canonical content: its kind,
id, when it was written and its fields as the history keeps them (migrations.history_content_sql),
as JSON with sorted keys; the first starts from the period (``seed``). The last digest is the
fingerprint: changing, adding or removing any record, reordering them or printing another period
gives another. What a binder printed is stored (printed_record), so
``verify`` can later say which records changed since.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from iepdesk.casefile.migrations import HISTORY_SOURCES, history_content_sql
from iepdesk.model import PrintedRecord, database

#: Where the chain of the whole case starts (the "previous digest" of the first record).
SEED = hashlib.sha256(b"IEPDesk record chain 1").hexdigest()


def seed(start: dt.date | None = None, end: dt.date | None = None) -> str:
    """Where the chain starts: the period is part of it, so a binder of September and one of
    September-October with nothing in October print different fingerprints (and each is kept)."""
    if start is None or end is None:
        return SEED
    return hashlib.sha256(
        f"IEPDesk record chain 1\n{start.isoformat()}\n{end.isoformat()}".encode()
    ).hexdigest()


KINDS = tuple(s[0] for s in HISTORY_SOURCES)
#: The date column each kind is placed in a period by.
DATE_COLUMNS = {
    "log_entry": "date",
    "incident": "date",
    "communication": 'substr("when", 1, 10)',
    "data_point": "measured_on",
}


@dataclass(frozen=True)
class RecordDigest:
    kind: str
    record_id: int
    digest: str


@dataclass(frozen=True)
class Fingerprint:
    """The final digest of the chain, and what it covers."""

    value: str
    digests: tuple[RecordDigest, ...]
    counts: dict[str, int]
    printed_on: dt.date
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def grouped(self) -> str:
        """The first 32 hex characters in 8 groups of 4: what is printed and typed back."""
        return group(self.value)

    @property
    def total(self) -> int:
        return len(self.digests)


def group(value: str) -> str:
    short = value[:32]
    return " ".join(short[i : i + 4] for i in range(0, len(short), 4))


def canonical(kind: str, record_id: int, entered_at: str, content: dict[str, Any]) -> bytes:
    """The bytes a record's digest covers."""
    record = {"kind": kind, "id": record_id, "entered_at": entered_at, "content": content}
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def link(previous: str, kind: str, record_id: int, entered_at: str, content: dict[str, Any]) -> str:
    """One record's digest: SHA-256 of the previous digest, a newline, and its canonical content."""
    data = previous.encode("ascii") + b"\n" + canonical(kind, record_id, entered_at, content)
    return hashlib.sha256(data).hexdigest()


def records(
    start: dt.date | None = None, end: dt.date | None = None
) -> list[tuple[str, int, str, dict[str, Any]]]:
    """(kind, id, entered_at, content) of every record the chain covers, in the chain's order."""
    out: list[tuple[str, int, str, dict[str, Any]]] = []
    for kind, table, _columns, _linked in HISTORY_SOURCES:
        where, params = "", []
        if start is not None and end is not None:
            where, params = (
                f" WHERE {DATE_COLUMNS[kind]} BETWEEN ? AND ?",
                [start.isoformat(), end.isoformat()],
            )
        sql = (
            f"SELECT {table}.id, {table}.entered_at, {history_content_sql(kind, table)} "  # noqa: S608
            f"FROM {table}{where} ORDER BY {table}.id"
        )
        for row in database.execute_sql(sql, params).fetchall():
            out.append((kind, int(row[0]), str(row[1] or ""), json.loads(row[2])))
    return out


def compute(
    start: dt.date | None = None, end: dt.date | None = None, today: dt.date | None = None
) -> Fingerprint:
    """The fingerprint of the records dated from ``start`` to ``end`` (every record when not given)."""
    previous = seed(start, end)
    digests: list[RecordDigest] = []
    counts = dict.fromkeys(KINDS, 0)
    for kind, record_id, entered_at, content in records(start, end):
        previous = link(previous, kind, record_id, entered_at, content)
        digests.append(RecordDigest(kind, record_id, previous))
        counts[kind] += 1
    return Fingerprint(previous, tuple(digests), counts, today or dt.date.today(), start, end)


def store(fingerprint: Fingerprint) -> int:
    """Keep what was printed, so ``verify`` can compare; returns its id. The same fingerprint printed
    again is kept once."""
    found = PrintedRecord.get_or_none(PrintedRecord.fingerprint == fingerprint.value)
    if found is not None:
        return int(found.id)
    row = PrintedRecord.create(
        printed_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        fingerprint=fingerprint.value,
        period_start=fingerprint.start,
        period_end=fingerprint.end,
        counts=json.dumps(fingerprint.counts, sort_keys=True),
        digests=json.dumps([[d.kind, d.record_id, d.digest] for d in fingerprint.digests]),
    )
    return int(row.id)
