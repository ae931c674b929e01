"""Which parts of the case go into a shared copy, and the SQL that leaves the rest out.

Everything here runs on the copy's own connection (never the models, which are bound to the parent's
case), inside the copy's transaction. The rules:

- A period (FROM..TO, both days included) keeps the dated records inside it: log entries, incidents,
  communications, goal data points, progress reports (with the values and statuses they gave), and
  letters marked sent. The IEP versions, their provisions, the school calendar and the team are kept
  whole: they are what the records are read against. Documents are chosen on their own.
- Some services: the services not chosen are left out entirely, with their log entries, so the copy
  never shows them as missed. Accommodations and goals stay.
- Chosen documents: the others are left out (with their file and text). ``None`` keeps every one.
- Links between records, and the edit history (record_version), follow what is left.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from iepdesk.casefile import migrations

#: Link kinds (iepdesk.vault.library.LINK_KINDS and the data points') and the table of each.
LINK_TABLES = {
    "document": "document",
    "communication": "communication",
    "incident": "incident",
    "provision": "provision",
    "log_entry": "service_log_entry",
    "iep_version": "iep_version",
    "goal_data": "goal_data_point",
}


@dataclass(frozen=True)
class ShareParts:
    """What the copy holds. The defaults give the whole case (private notes kept)."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    #: Provision ids of the services to keep; None keeps every service.
    services: frozenset[int] | None = None
    #: Document ids to keep; None keeps every document.
    documents: frozenset[int] | None = None
    #: Leave out the parent's private notes (iepdesk.share.private).
    exclude_private: bool = False

    @property
    def partial(self) -> bool:
        """True when some records are left out (the private notes aside)."""
        return any(x is not None for x in (self.date_from, self.date_to, self.services, self.documents))


def _outside(column: str, parts: ShareParts) -> tuple[str, list[str]]:
    """A WHERE clause true for a value outside the period (both ends included in it)."""
    clauses, params = [], []
    if parts.date_from is not None:
        clauses.append(f"{column} < ?")
        params.append(parts.date_from.isoformat())
    if parts.date_to is not None:
        clauses.append(f"{column} > ?")
        params.append(parts.date_to.isoformat())
    return " OR ".join(clauses), params


#: The dated tables and the day each is dated by (text 'YYYY-MM-DD', or its first ten characters).
_DATED = (
    ("service_log_entry", '"date"'),
    ("incident", '"date"'),
    ("communication", 'substr("when", 1, 10)'),
    ("goal_data_point", "measured_on"),
    ("progress_report", "received_on"),
)


def keep_period(conn: Any, parts: ShareParts) -> None:
    if parts.date_from is None and parts.date_to is None:
        return
    for table, column in _DATED:
        where, params = _outside(column, parts)
        conn.execute(f"DELETE FROM {table} WHERE {where}", params)  # noqa: S608 (constants only)
    where, params = _outside("sent_on", parts)
    conn.execute(f"DELETE FROM letter WHERE sent_on IS NOT NULL AND ({where})", params)  # noqa: S608


def keep_services(conn: Any, parts: ShareParts) -> None:
    if parts.services is None:
        return
    kept = sorted(parts.services)
    marks = ", ".join("?" for _ in kept)  # SQLite takes an empty list: NOT IN () keeps none
    dropped = f"SELECT id FROM provision WHERE kind = 'service' AND id NOT IN ({marks})"  # noqa: S608
    conn.execute(f"DELETE FROM service_log_entry WHERE provision_id IN ({dropped})", kept)  # noqa: S608
    conn.execute(f"DELETE FROM incident_provision WHERE provision_id IN ({dropped})", kept)  # noqa: S608
    conn.execute(f"DELETE FROM provision WHERE id IN ({dropped})", kept)  # noqa: S608
    conn.execute(
        "UPDATE provision SET copied_from = NULL WHERE copied_from NOT IN (SELECT id FROM provision)"
    )


def keep_documents(conn: Any, parts: ShareParts) -> None:
    if parts.documents is None:
        return
    kept = sorted(parts.documents)
    marks = ", ".join("?" for _ in kept)  # SQLite takes an empty list: NOT IN () keeps none
    conn.execute(f"DELETE FROM document WHERE id NOT IN ({marks})", kept)  # noqa: S608 (marks only)
    for table in ("iep_version", "progress_report"):
        conn.execute(
            f"UPDATE {table} SET document_id = NULL "  # noqa: S608 (constants only)
            "WHERE document_id IS NOT NULL AND document_id NOT IN (SELECT id FROM document)"
        )


def follow_what_is_left(conn: Any) -> None:
    """Links and edit history whose record is no longer in the copy go too."""
    for kind, table in LINK_TABLES.items():
        for end in ("from", "to"):
            conn.execute(
                f"DELETE FROM link WHERE {end}_kind = ? AND {end}_id NOT IN (SELECT id FROM {table})",  # noqa: S608
                (kind,),
            )
    if not _has_table(conn, "record_version"):
        return
    for kind, table, _columns, _linked in getattr(migrations, "HISTORY_SOURCES", ()):
        # The same id and the same entered_at: a removed record's id given to a new one is told apart.
        conn.execute(
            f"DELETE FROM record_version WHERE kind = ? AND NOT EXISTS (SELECT 1 FROM {table} r "  # noqa: S608
            "WHERE r.id = record_version.record_id AND r.entered_at = record_version.entered_at)",
            (kind,),
        )


def _has_table(conn: Any, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
    return row is not None


def apply(conn: Any, parts: ShareParts) -> None:
    """Leave out of the copy behind ``conn`` what ``parts`` does not hold (inside its transaction)."""
    keep_period(conn, parts)
    keep_services(conn, parts)
    keep_documents(conn, parts)
    follow_what_is_left(conn)
    if parts.partial and _has_table(conn, "printed_record"):
        # The fingerprints of binders printed from the whole case cannot hold for a part of it.
        conn.execute("DELETE FROM printed_record")
