"""An entry's versions, oldest first, with what changed at each save (issue 18).

The earlier versions are kept by the case's own triggers (schema 10: record_version); the current
one is read from the record itself in the same JSON shape (migrations.history_content_sql), so the
two compare field by field. A save that changed nothing (the same wording saved again, a follow-up
ticked) is not shown as an edit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from iepdesk.casefile.migrations import HISTORY_SOURCES, history_content_sql
from iepdesk.errors import UsageError
from iepdesk.history import words
from iepdesk.i18n import _
from iepdesk.model import Contact, ProgressReport, Provision, database
from iepdesk.model import RecordVersion as VersionRow

KINDS = tuple(s[0] for s in HISTORY_SOURCES)
_TABLES = {s[0]: s[1] for s in HISTORY_SOURCES}


@dataclass(frozen=True)
class FieldChange:
    """One field that a save changed: its name and its words before and after."""

    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class RecordVersion:
    """One wording of a record. ``number`` 1 is the wording first written."""

    number: int
    #: When this wording was written: the record's entered_at for the first ("" when not recorded),
    #: else when the wording before it was replaced.
    written_at: str
    #: When it was replaced or removed; "" for the wording the record holds now.
    replaced_at: str
    current: bool
    deleted: bool
    #: The fields as stored (JSON values) and as words, in the record's own order.
    content: dict[str, Any] = field(compare=False)
    shown: tuple[tuple[str, str], ...] = ()
    #: What changed from the version before (empty for the first).
    changes: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class Written:
    """What the window and the binder say beside an entry."""

    entered_at: str
    #: When its wording was last changed; "" when never.
    edited_at: str
    versions: int

    @property
    def written_text(self) -> str:
        return words.written_text(self.entered_at)

    @property
    def edited_text(self) -> str:
        return words.edited_text(self.edited_at) if self.edited_at else ""


def _check_kind(kind: str) -> None:
    if kind not in _TABLES:
        raise UsageError(_("There is no history for records of kind {kind}.").format(kind=repr(kind)))


def current_content(kind: str, record_id: int) -> tuple[dict[str, Any], str] | None:
    """The record's fields now, as the history keeps them, and its entered_at; None when it is gone."""
    _check_kind(kind)
    table = _TABLES[kind]
    sql = f"SELECT {history_content_sql(kind, table)}, {table}.entered_at FROM {table} WHERE id = ?"  # noqa: S608
    row = database.execute_sql(sql, (record_id,)).fetchone()
    if row is None:
        return None
    content: dict[str, Any] = json.loads(row[0])
    return content, str(row[1] or "")


def names_for(contents: list[dict[str, Any]]) -> dict[tuple[str, int], str]:
    """Provisions' titles and contacts' names by id, for the records' contents."""
    provisions: set[int] = set()
    contacts: set[int] = set()
    reports: set[int] = set()
    for content in contents:
        if isinstance(content.get("report_id"), int):
            reports.add(content["report_id"])
        if isinstance(content.get("provision_id"), int):
            provisions.add(content["provision_id"])
        provisions.update(int(v) for v in content.get("provisions") or [])
        contacts.update(int(v) for v in content.get("people") or [])
    names: dict[tuple[str, int], str] = {}
    for p in Provision.select().where(Provision.id.in_(sorted(provisions))):
        names[("provision", int(p.id))] = str(p.title)
    for c in Contact.select().where(Contact.id.in_(sorted(contacts))):
        names[("contact", int(c.id))] = str(c.name)
    for r in ProgressReport.select().where(ProgressReport.id.in_(sorted(reports))):
        names[("report", int(r.id))] = _("Report received on {day}").format(day=words.day_text(r.received_on))
    return names


def _shown(
    kind: str, content: dict[str, Any], names: dict[tuple[str, int], str]
) -> tuple[tuple[str, str], ...]:
    return tuple(
        (words.field_name(k, kind), words.value_text(k, v, names, kind, content)) for k, v in content.items()
    )


def changes_between(
    before: dict[str, Any], after: dict[str, Any], names: dict[tuple[str, int], str], kind: str
) -> tuple[FieldChange, ...]:
    """The fields that differ, each in the words of the kind's form (a log entry's empty minutes
    read by the status of the wording they are in). A value whose words did not change (empty
    minutes of a missed entry, before and after) is still listed: what was stored changed."""
    keys = list(dict.fromkeys([*before, *after]))
    return tuple(
        FieldChange(
            k,
            words.field_name(k, kind),
            words.value_text(k, before.get(k), names, kind, before),
            words.value_text(k, after.get(k), names, kind, after),
        )
        for k in keys
        if before.get(k) != after.get(k)
    )


def history(kind: str, record_id: int) -> list[RecordVersion]:
    """Every wording of the record, oldest first; the last is the current one (``current``), or the
    one it held when it was removed (``deleted``). Empty when the record never existed."""
    now = current_content(kind, record_id)
    rows = list(
        VersionRow.select()
        .where((VersionRow.kind == kind) & (VersionRow.record_id == record_id))
        .order_by(VersionRow.version)
    )
    if now is not None:
        # A removed record's id given to a new one: only the versions of this record count.
        rows = [r for r in rows if str(r.entered_at) == now[1]]
    elif rows:
        last = str(rows[-1].entered_at)
        rows = [r for r in rows if str(r.entered_at) == last]
    entered_at = now[1] if now is not None else (str(rows[0].entered_at) if rows else "")
    # (content, written_at, replaced_at, current, deleted)
    raw: list[tuple[dict[str, Any], str, str, bool, bool]] = []
    written_at = entered_at
    for r in rows:
        raw.append((json.loads(str(r.content)), written_at, str(r.saved_at), False, r.change == "deleted"))
        written_at = str(r.saved_at)
    if now is not None:
        raw.append((now[0], written_at, "", True, False))
    merged: list[tuple[dict[str, Any], str, str, bool, bool]] = []
    for item in raw:  # a save that changed nothing joins the version before it
        if merged and merged[-1][0] == item[0] and not merged[-1][4]:
            prev = merged[-1]
            merged[-1] = (prev[0], prev[1], item[2], item[3], item[4])
        else:
            merged.append(item)
    names = names_for([m[0] for m in merged])
    out: list[RecordVersion] = []
    for number, (content, written, replaced, current, deleted) in enumerate(merged, start=1):
        before = merged[number - 2][0] if number > 1 else None
        out.append(
            RecordVersion(
                number,
                written,
                replaced,
                current,
                deleted,
                content,
                _shown(kind, content, names),
                changes_between(before, content, names, kind) if before is not None else (),
            )
        )
    return out


def written(kind: str, record_id: int) -> Written:
    """When the record was first written and last edited (UsageError when it is not there)."""
    now = current_content(kind, record_id)
    if now is None:
        raise UsageError(_("That record is no longer there."))
    versions = history(kind, record_id)
    edited_at = versions[-1].written_at if len(versions) > 1 else ""
    return Written(now[1], edited_at, len(versions))


def edited_records(kind: str) -> dict[int, Written]:
    """Every record of ``kind`` that was edited after it was written, by id (for the binder)."""
    _check_kind(kind)
    ids = sorted(
        {int(r.record_id) for r in VersionRow.select(VersionRow.record_id).where(VersionRow.kind == kind)}
    )
    out: dict[int, Written] = {}
    for record_id in ids:
        versions = history(kind, record_id)
        if len(versions) > 1 and versions[-1].current:
            out[record_id] = Written(versions[0].written_at, versions[-1].written_at, len(versions))
    return out


def marks(kind: str) -> dict[int, Written]:
    """When each record of ``kind`` was written and, if it was, last edited, by id: one read for a
    binder's whole section."""
    _check_kind(kind)
    table = _TABLES[kind]
    edited = edited_records(kind)
    rows = database.execute_sql(f"SELECT id, entered_at FROM {table}").fetchall()  # noqa: S608
    out: dict[int, Written] = {}
    for record_id, entered_at in rows:
        found = edited.get(int(record_id))
        out[int(record_id)] = found if found is not None else Written(str(entered_at or ""), "", 1)
    return out
