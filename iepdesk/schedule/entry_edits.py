"""Changes to the service log that can be undone, the way the IEP's edits can (iepdesk/iep/edits.py):
a change returns what undoing it needs. Making entries returns their snapshots (undo deletes them,
redo restores them), deleting returns a snapshot, ``restore`` puts the same row back with its id, and
``update_entry`` returns the values it replaced. Each runs in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from iepdesk.errors import UsageError
from iepdesk.i18n import _
from iepdesk.model import ServiceLogEntry, database
from iepdesk.model.calendar import LogSource
from iepdesk.schedule import logbook
from iepdesk.schedule.entry_rules import check_counting, check_entry

#: The fields of an entry a parent can change, as ``update_entry`` names them.
EDITABLE = ("provision", "date", "status", "minutes", "reason", "source", "note", "counting")


@dataclass(frozen=True)
class EntrySnapshot:
    """Everything of one entry, its id included: ``restore`` puts exactly this row back."""

    id: int
    provision_id: int
    day: dt.date
    status: str
    minutes: int | None
    reason: str | None
    source: str | None
    note: str
    counting: str
    entered_at: str


def _snapshot(e: ServiceLogEntry) -> EntrySnapshot:
    return EntrySnapshot(
        int(e.id),
        int(e.__data__["provision"]),
        e.date,
        str(e.status),
        e.minutes,
        e.reason,
        e.source,
        str(e.note or ""),
        str(e.counting or ""),
        str(e.entered_at or ""),
    )


def _get(entry_id: int) -> ServiceLogEntry:
    row = ServiceLogEntry.get_or_none(ServiceLogEntry.id == entry_id)
    if row is None:
        raise UsageError(_("That log entry is no longer there."))
    found: ServiceLogEntry = row
    return found


def snapshot(entry_id: int) -> EntrySnapshot:
    """An entry as it is now (UsageError when it is gone)."""
    return _snapshot(_get(entry_id))


def log_entries(
    provision_ids: Iterable[int],
    day: dt.date,
    status: str,
    minutes: int | None = None,
    reason: str | None = None,
    source: str | None = None,
    note: str = "",
    counting: str = "",
) -> list[EntrySnapshot]:
    """One entry for each provision, all or none; returns what undo needs (the made entries)."""
    check_counting(counting)
    made: list[EntrySnapshot] = []
    with database.atomic():
        for provision_id in provision_ids:
            entry = logbook.log_session(provision_id, day, status, minutes, reason, source, note)
            if counting:  # how it counts beside another source's record of the session
                logbook.set_counting(int(entry.id), counting)
            made.append(snapshot(int(entry.id)))
    return made


def mark_week(
    any_day: dt.date, except_days: dict[int, set[dt.date]] | None = None, source: str | None = None
) -> list[EntrySnapshot]:
    """logbook.mark_week_delivered, returning the snapshots of the entries it made."""
    with database.atomic():
        return [_snapshot(e) for e in logbook.mark_week_delivered(any_day, except_days, source=source)]


def save_provider_log(
    provision_id: int, lines: list[logbook.ParsedLine], source: str = LogSource.PROVIDER_LOG.value
) -> list[EntrySnapshot]:
    """logbook.save_parsed (the readable lines, all or nothing), returning the made entries."""
    with database.atomic():
        return [_snapshot(e) for e in logbook.save_parsed_entries(provision_id, lines, source)]


def delete_entry(entry_id: int) -> EntrySnapshot:
    """Remove an entry; returns its snapshot (``restore`` puts it back)."""
    with database.atomic():
        row = _get(entry_id)
        kept = _snapshot(row)
        row.delete_instance()
    return kept


def delete_entries(snapshots: Iterable[EntrySnapshot]) -> None:
    """Remove the entries of these snapshots (undoing log_entries, mark_week, save_provider_log)."""
    with database.atomic():
        for kept in snapshots:
            _get(kept.id).delete_instance()


def restore(kept: EntrySnapshot) -> None:
    """Put a deleted entry back, with its own id."""
    restore_all([kept])


def restore_all(snapshots: Iterable[EntrySnapshot]) -> None:
    with database.atomic():
        for kept in snapshots:
            ServiceLogEntry.insert(
                id=kept.id,
                provision=kept.provision_id,
                date=kept.day,
                status=kept.status,
                minutes=kept.minutes,
                reason=kept.reason,
                source=kept.source,
                note=kept.note,
                counting=kept.counting,
                entered_at=kept.entered_at,
            ).execute()


def entry_values(entry_id: int) -> dict[str, object]:
    """The editable fields of an entry, by the names ``update_entry`` takes."""
    row = _get(entry_id)
    return {name: row.__data__.get(name) for name in EDITABLE}


def update_entry(entry_id: int, changes: Mapping[str, object]) -> dict[str, object]:
    """Change an entry's fields (names in EDITABLE); returns the values they had, which given back
    to ``update_entry`` undo the change. The whole entry is checked (entry_rules) before it is
    written; nothing is written when it breaks a rule."""
    unknown = [name for name in changes if name not in EDITABLE]
    if unknown:
        raise UsageError(_("A log entry has no field {name}.").format(name=repr(unknown[0])))
    with database.atomic():
        current = entry_values(entry_id)
        after = {**current, **changes}
        check_entry(
            after["date"],
            after["status"],
            after["minutes"],
            after["reason"],
            after["source"],
            after["counting"],
        )
        before = {name: current[name] for name in changes}
        fields = {getattr(ServiceLogEntry, name): value for name, value in changes.items()}
        if after["counting"] is None:
            fields[ServiceLogEntry.counting] = ""
        if fields:
            ServiceLogEntry.update(fields).where(ServiceLogEntry.id == entry_id).execute()
    return before
