"""Writing a ready import plan into the case: all of it in one transaction, or nothing.

Every entry keeps the source "school_record" and is linked to the file, stored in the vault (kind
"service_log"). Rows that are sessions the case already holds (plan.py: duplicates) are not added
again. The parent's choices (columns, services, words) are remembered for the case in the same
transaction. docs/importing-logs.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from iepdesk import errors
from iepdesk.i18n import N_, _, ngettext
from iepdesk.logimport import memory
from iepdesk.logimport.plan import ImportPlan, PlannedRow
from iepdesk.model import BaseModel, Link, ServiceLogEntry, database
from iepdesk.model.calendar import LogReason, LogSource, LogStatus
from iepdesk.model.vault import DocumentKind
from iepdesk.schedule.entry_rules import EntryError, check_entry
from iepdesk.schedule.expected import fetch_plain
from iepdesk.vault import library

_ENTRY_FIELDS = (
    "provision",
    "date",
    "status",
    "minutes",
    "reason",
    "source",
    "counting",
    "note",
    "entered_at",
)


def _insert(model: type[BaseModel], names: tuple[str, ...], values: Sequence[tuple[object, ...]]) -> None:
    """One prepared INSERT run for every row (peewee's insert_many builds its SQL row by row: 3 s for
    10,000 entries; this takes a tenth of it). Inside the caller's transaction."""
    fields = model._meta.fields
    columns = ", ".join(f'"{fields[n].column_name}"' for n in names)
    marks = ", ".join("?" for _ in names)
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'  # noqa: S608
    database.cursor().executemany(sql, values)


@dataclass(frozen=True)
class ImportResult:
    added: int
    duplicates: int
    #: the file as stored in the vault (linked to every added entry); None when nothing was added
    document_id: int | None
    #: the school's texts counted as missed/unknown because the parent accepted them unmapped
    unknown_words: tuple[str, ...]


#: What a missing column would hold, as the message names it (plan.missing_fields' keys).
_FIELD_WORDS = {"date": N_("the date"), "service": N_("the service"), "status": N_("the status")}


def _missing(fields: tuple[str, ...]) -> str:
    """ "the date or the service": the columns still to be chosen, in words."""
    words = [_(_FIELD_WORDS[f]) if f in _FIELD_WORDS else f for f in fields]
    text = words[0]
    for word in words[1:]:
        text = _("{first} or {second}").format(first=text, second=word)
    return text


def _resolved(plan: ImportPlan, accept_unmapped: bool) -> tuple[list[PlannedRow], tuple[str, ...]]:
    """The rows to add, checked; unmapped words as missed/unknown when the parent accepts them."""
    if plan.missing_fields:
        raise errors.UsageError(
            _("No column holds {fields}: choose the column first.").format(
                fields=_missing(plan.missing_fields)
            )
        )
    if plan.problems:
        first = plan.problems[0]
        if len(plan.problems) == 1:
            raise errors.UsageError(_("Nothing was imported: {problem}.").format(problem=first.problem))
        more = len(plan.problems) - 1
        raise errors.UsageError(
            # English says "1 more rows" as it always has; Spanish gets its singular
            ngettext(
                "Nothing was imported: {problem} (and {count} more rows).",
                "Nothing was imported: {problem} (and {count} more rows).",
                more,
            ).format(problem=first.problem, count=more)
        )
    if plan.unmapped_services:
        names = ", ".join(repr(t) if t else _("(blank)") for t in plan.unmapped_services)
        raise errors.UsageError(
            _("Choose the IEP service for {names}; nothing was imported.").format(names=names)
        )
    unknown = plan.unmapped_words
    if unknown and not accept_unmapped:
        names = ", ".join(repr(t) if t else _("(blank)") for t in unknown)
        raise errors.UsageError(
            _("Say what the school's words {names} mean; nothing was imported.").format(names=names)
        )
    rows = []
    checked: set[tuple[str | None, int | None, str | None]] = set()  # a few kinds, 10,000 rows
    for row in plan.new_rows:
        if row.status is None:  # waits on a word the parent accepted unmapped
            row = replace(row, status=LogStatus.MISSED.value, reason=LogReason.UNKNOWN.value, minutes=None)
        if row.provision_id is None or row.date is None:
            raise errors.UsageError(_("Row {row} has no service or no date.").format(row=row.row_number))
        kind = (row.status, row.minutes, row.reason)
        if kind not in checked:  # logbook.log_session's checks (no query), once per kind of row
            try:
                check_entry(row.date, row.status, row.minutes, row.reason)
            except EntryError as exc:
                raise errors.UsageError(
                    _("Row {row}: {problem}").format(row=row.row_number, problem=exc)
                ) from None
            checked.add(kind)
        rows.append(row)
    return rows, unknown


def remember_choices(plan: ImportPlan) -> None:
    """Keep the plan's columns, services and words for the next file of this case."""
    memory.remember_mapping(plan.source_key, plan.mapping.columns)
    memory.remember_services(plan.services)
    memory.remember_words(plan.words)


def apply_import(plan: ImportPlan, file_path: Path, *, accept_unmapped: bool = False) -> ImportResult:
    """Add the plan's new rows as school-record log entries, the file to the vault, a link from each
    entry to it, and remember the choices: one transaction. Raises UsageError (nothing written)
    while a row has a problem, a service or a word is not chosen (words: unless ``accept_unmapped``).
    """
    rows, unknown = _resolved(plan, accept_unmapped)
    duplicates = sum(1 for r in plan.rows if r.duplicate)
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    document_id: int | None = None
    with database.atomic():
        remember_choices(plan)
        if rows:
            stored = library.add_file(file_path, kind=DocumentKind.SERVICE_LOG.value)
            if stored.error:
                raise errors.UsageError(_("{error} Nothing was imported.").format(error=stored.error))
            document = stored.document or stored.duplicate_of
            assert document is not None
            document_id = int(document.id)
            before = ServiceLogEntry.select(ServiceLogEntry.id).order_by(ServiceLogEntry.id.desc()).first()
            last_id = int(before.id) if before is not None else 0
            entries = [
                (
                    r.provision_id,
                    r.date.isoformat() if r.date else None,
                    r.status,
                    r.minutes,
                    r.reason,
                    LogSource.SCHOOL_RECORD.value,
                    "",
                    r.entry_note,
                    stamp,
                )
                for r in rows
            ]
            _insert(ServiceLogEntry, _ENTRY_FIELDS, entries)
            # New rows get ids above every earlier one (SQLite's rowid: the largest plus one).
            added = ServiceLogEntry.select(ServiceLogEntry.id).where(ServiceLogEntry.id > last_id)
            new_ids = [int(i) for (i,) in fetch_plain(added.order_by(ServiceLogEntry.id))]
            if len(new_ids) != len(rows):
                raise RuntimeError("the import added a different number of entries than planned")
            # library.link's kinds, without its one-query-per-link check: new entries have no links yet.
            assert "log_entry" in library.LINK_KINDS and "document" in library.LINK_KINDS
            links = [("log_entry", i, "document", document_id) for i in new_ids]
            _insert(Link, ("from_kind", "from_id", "to_kind", "to_id"), links)
    return ImportResult(len(rows), duplicates, document_id, unknown)
