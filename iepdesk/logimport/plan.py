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
        return not self.unmapped_services and not self.unmapped_words and not self.problems


def guess_mapping(header: tuple[str, ...]) -> ColumnMapping:
    """The columns' meaning from the header's words (case and punctuation ignored)."""
    raise NotImplementedError


def plan_import(
    table: Table,
    *,
    service_id: int | None = None,
    mapping: ColumnMapping | None = None,
    services: dict[str, int | None] | None = None,
    words: dict[str, tuple[str, str | None] | None] | None = None,
) -> ImportPlan:
    """What importing ``table`` into the open case would add.

    ``mapping``, ``services`` and ``words`` are the parent's choices (they win over what is remembered
    for this case, which wins over the guess); ``service_id`` puts every row under that provision.
    """
    raise NotImplementedError
