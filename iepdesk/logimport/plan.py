"""Importing the school's own service log: what a file's rows would become, before anything is saved.

``plan_import`` reads a :class:`~iepdesk.logimport.table.Table` (already read from the file) and
proposes, row by row, the log entries it would add: the columns' meaning (guessed from the header, or
remembered for this kind of file), the file's service names matched to the IEP's provisions, and the
school's words for status and reason mapped to our codes. Nothing is written; ``apply_import``
(iepdesk/logimport/apply.py) writes a ready plan in one transaction. docs/importing-logs.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from iepdesk.i18n import N_, _

if TYPE_CHECKING:
    from iepdesk.logimport.table import Table

#: What a column of the file can be.
FIELDS = ("date", "minutes", "status", "reason", "service", "provider", "note", "group")


@dataclass(frozen=True)
class ColumnMapping:
    #: field -> column index in Table.header; a field absent = not in the file
    columns: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PlannedRow:
    row_number: int
    provision_id: int | None
    date: dt.date | None
    status: str | None
    minutes: int | None
    reason: str | None
    provider: str
    note: str
    #: "" when the row can be imported; else why not, in words for the parent
    problem: str
    #: the same session from the school's record is already in the case (or earlier in this file)
    duplicate: bool = False
    #: the row's own texts, as the file has them (for the review step)
    service_text: str = ""
    status_text: str = ""
    reason_text: str = ""
    group: str = ""
    #: the school's word (status or reason) this row waits on: mapped in ImportPlan.words, else ""
    waiting_word: str = ""

    @property
    def entry_note(self) -> str:
        """The note the log entry gets: the school's own words, the provider, the setting, the note.

        Part of what makes two records "the same session" (docs/importing-logs.md)."""
        said = ", ".join(t for t in (self.status_text, self.reason_text) if t)
        parts = (
            f"School's record: {said}" if said else "",
            f"Provider: {self.provider}" if self.provider else "",
            f"Setting: {self.group}" if self.group else "",
            self.note,
        )
        return " · ".join(p for p in parts if p)


@dataclass(frozen=True)
class ImportPlan:
    table_name: str
    sha256: str
    #: what the mapping is remembered under (the header's normalized text)
    source_key: str
    mapping: ColumnMapping
    #: the file's service texts -> provision id (None = not matched yet: the parent picks)
    services: dict[str, int | None]
    #: the school's status/reason texts -> (status, reason) (None = unmapped: one review step each)
    words: dict[str, tuple[str, str | None] | None]
    rows: tuple[PlannedRow, ...]
    #: how the file writes its dates with slashes: "mdy", "dmy", or "" (none, or cannot be told)
    date_order: str = ""
    #: fields the plan needs that no column holds ("date"; "service" without a service id;
    #: "status" when neither a status nor a minutes column is there)
    missing_fields: tuple[str, ...] = ()
    #: (row number, why) of rows left out: by the reader, blank, or left out by the parent
    skipped: tuple[tuple[int, str], ...] = ()

    @property
    def unmapped_services(self) -> tuple[str, ...]:
        return tuple(text for text, pid in self.services.items() if pid is None)

    @property
    def unmapped_words(self) -> tuple[str, ...]:
        return tuple(text for text, pair in self.words.items() if pair is None)

    @property
    def problems(self) -> tuple[PlannedRow, ...]:
        """Rows that cannot be imported as they stand (duplicates are not problems: they are skipped)."""
        return tuple(r for r in self.rows if r.problem and not r.duplicate)

    @property
    def new_rows(self) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if not r.problem and not r.duplicate)

    @property
    def ready(self) -> bool:
        """Every service and word mapped, no row problem except duplicates."""
        return (
            not self.missing_fields
            and not self.unmapped_services
            and not self.unmapped_words
            and not self.problems
        )


def guess_mapping(header: tuple[str, ...]) -> ColumnMapping:
    """The columns' meaning from the header's words (case and punctuation ignored)."""
    from iepdesk.logimport.columns import guess_columns

    return ColumnMapping(guess_columns(header))


def source_key(header: tuple[str, ...]) -> str:
    """What a file's mapping is remembered under: its header, normalized ("date of service|min|...")."""
    from iepdesk.logimport.columns import normalize

    return "|".join(normalize(h) for h in header)


def mapping_for(header: tuple[str, ...]) -> ColumnMapping:
    """The mapping remembered for files with this header in the open case, else the guess."""
    from iepdesk.logimport import memory

    remembered = memory.mapping_for(source_key(header), len(header))
    return ColumnMapping(remembered) if remembered is not None else guess_mapping(header)


def _check_mapping(mapping: ColumnMapping, width: int) -> None:
    used: dict[int, str] = {}
    for name, index in mapping.columns.items():
        if name not in FIELDS:
            raise ValueError(
                _("{name!r} is not something a column can be ({names})").format(
                    name=name, names=", ".join(FIELDS)
                )
            )
        if not 0 <= index < width:
            raise ValueError(
                _("the file has no column {column} (it has {width})").format(column=index + 1, width=width)
            )
        if index in used:
            raise ValueError(
                _("column {column} cannot be both {used} and {name}").format(
                    column=index + 1, used=used[index], name=name
                )
            )
        used[index] = name


def plan_import(
    table: Table,
    *,
    service_id: int | None = None,
    mapping: ColumnMapping | None = None,
    services: dict[str, int | None] | None = None,
    words: dict[str, tuple[str, str | None] | None] | None = None,
    date_order: str | None = None,
    leave_out: frozenset[int] = frozenset(),
) -> ImportPlan:
    """What importing ``table`` into the open case would add.

    ``mapping``, ``services`` and ``words`` are the parent's choices (they win over what is remembered
    for this case, which wins over the guess); ``service_id`` puts every row under that provision.
    ``date_order`` ("mdy" or "dmy") settles dates the file itself leaves two ways to read;
    ``leave_out``: row numbers the parent chose not to import.
    """
    from iepdesk.logimport import memory
    from iepdesk.logimport import services as service_match
    from iepdesk.logimport.columns import date_order as order_of
    from iepdesk.logimport.rows import clean, plan_row, words_needed
    from iepdesk.logimport.school_words import check_meaning, key, known_meaning

    if date_order not in (None, "mdy", "dmy"):
        raise ValueError("date_order is 'mdy' (month first) or 'dmy' (day first)")
    if service_id is not None and not service_match.is_service(service_id):
        raise ValueError(_("there is no service {service_id} in this case").format(service_id=service_id))
    chosen = mapping if mapping is not None else mapping_for(table.header)
    _check_mapping(chosen, len(table.header))
    columns = chosen.columns
    missing = tuple(
        f
        for f, needed in (
            ("date", "date" not in columns),
            ("service", "service" not in columns and service_id is None),
            ("status", "status" not in columns and "minutes" not in columns and "reason" not in columns),
        )
        if needed
    )

    skipped = list(table.skipped)
    kept: list[tuple[int, dict[str, str], tuple[str, ...]]] = []
    for number, row in zip(table.row_numbers, table.rows, strict=True):
        if number in leave_out:
            skipped.append((number, N_("left out by you")))
            continue
        cells = {f: clean(row[i]) if i < len(row) else "" for f, i in columns.items()}
        if not any(cells.values()):
            skipped.append((number, N_("blank row")))
            continue
        kept.append((number, cells, row))
    order = date_order or order_of([c.get("date", "") for _n, c, _r in kept])

    # Services: the parent's choice, else what this case remembers, else a confident match.
    texts = list(dict.fromkeys(c.get("service", "") for _n, c, _r in kept))
    plan_services: dict[str, int | None]
    if service_id is not None:
        plan_services = dict.fromkeys(texts, service_id)
    else:
        given = {key(t): pid for t, pid in (services or {}).items()}
        remembered = memory.services()
        open_texts = [t for t in texts if key(t) not in given and key(t) not in remembered]
        matched = service_match.match(open_texts) if open_texts else {}
        plan_services = {
            t: given[key(t)] if key(t) in given else remembered.get(key(t), matched.get(t)) for t in texts
        }
    by_service_key = {key(t): pid for t, pid in plan_services.items()}

    # Words: the parent's choice, else what this case remembers, else the words we know.
    given_words = {key(t): None if m is None else check_meaning(m) for t, m in (words or {}).items()}
    remembered_words = memory.words()
    plan_words: dict[str, tuple[str, str | None] | None] = {}
    shown: dict[str, str] = {}
    for _n, c, _r in kept:
        for word in words_needed(c.get("status", ""), c.get("reason", ""), c.get("minutes", "")):
            k = key(word)
            if k in shown:
                continue
            shown[k] = word
            if k in given_words:
                plan_words[word] = given_words[k]
            elif k in remembered_words:
                plan_words[word] = remembered_words[k]
            else:
                plan_words[word] = known_meaning(word)

    def meaning_of(word: str) -> tuple[str, str | None] | None:
        k = key(word)
        return plan_words.get(shown[k]) if k in shown else known_meaning(word)

    per_session = service_match.minutes_per_session()
    in_effect = service_match.by_date()
    planned: list[PlannedRow] = []
    for number, cells, _row in kept:
        pid = by_service_key.get(key(cells.get("service", "")))
        one = plan_row(number, cells, order, pid, per_session.get(pid or 0), meaning_of)
        # The entry goes under the service as the IEP in effect that day has it (same line of copies).
        dated = in_effect(pid, one.date)
        if dated != pid:
            one = plan_row(number, cells, order, dated, per_session.get(dated or 0), meaning_of)
        planned.append(one)
    # An unmapped word is asked about only when a row waits on it (a delivered row's reason is not).
    marked = _mark_duplicates(planned, [r for _n, _c, r in kept])
    waited = {key(r.waiting_word) for r in marked if r.status is None and not r.problem and not r.duplicate}
    plan_words = {w: m for w, m in plan_words.items() if m is not None or key(w) in waited}
    return ImportPlan(
        table_name=table.source_name,
        sha256=table.sha256,
        source_key=source_key(table.header),
        mapping=chosen,
        services=plan_services,
        words=plan_words,
        rows=tuple(marked),
        date_order=order if order in ("mdy", "dmy") else "",
        missing_fields=missing,
        skipped=tuple(skipped),
    )


def _mark_duplicates(rows: list[PlannedRow], raw: list[tuple[str, ...]]) -> list[PlannedRow]:
    """The same row twice in the file, or a session the case already holds from the school's record
    (a row waiting on a word is compared as it was imported when the parent accepted it unknown)."""
    from dataclasses import replace

    from iepdesk.logimport.rows import already_held, session_key
    from iepdesk.schedule.expected import lineage_roots

    roots = lineage_roots()
    held = already_held([r for r in rows if not r.problem], roots)
    seen: set[tuple[str, ...]] = set()
    out = []
    for row, cells in zip(rows, raw, strict=True):
        if cells in seen:
            out.append(replace(row, duplicate=True))
            continue
        seen.add(cells)
        k = session_key(row, roots)
        if not row.problem and held[k] > 0:
            held[k] -= 1
            out.append(replace(row, duplicate=True))
        else:
            out.append(row)
    return out
