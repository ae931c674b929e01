"""A goal's data points from a file (CSV, TSV or .xlsx): the school-log importer reads the file (a
bounded child process, :func:`iepdesk.logimport.table.read_table_bounded`) into a Table; this module
plans the points of ONE goal from it and writes the plan. docs/importing-logs.md, *A goal's data*.

Columns: found from the header (English or Spanish words) or given by the caller. Dates follow the log
importer's rules (``iepdesk.logimport.columns``): the file's own order settles a date with slashes that
reads two ways; when it does not tell, nothing is guessed (the row is refused until the caller gives
``date_order``). A value must be a plain number (``iepdesk.progress.values.problem``); the one thing
read beyond that is "45%" as 45 when the unit is percent, and the plan says so for each such row.
A row whose goal, day and value are already recorded (or earlier in the same file) is "already
recorded" and not added again: importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from iepdesk.i18n import _
from iepdesk.model import GoalDataPoint, Provision, database
from iepdesk.model.iep import ProvisionKind
from iepdesk.model.progress import DataSource
from iepdesk.progress import points, values
from iepdesk.progress.points import PointData, PointError

if TYPE_CHECKING:
    from iepdesk.logimport.table import Table

#: What a column of the file can be.
FIELDS = ("date", "value", "unit", "note", "measured_by")

#: field -> header texts (lower case, accents and punctuation left out) that mean it exactly.
EXACT: dict[str, tuple[str, ...]] = {
    "date": ("date", "fecha", "day", "dia", "date measured", "fecha de medicion"),
    "value": (
        "value",
        "score",
        "valor",
        "puntuacion",
        "percent",
        "percentage",
        "porcentaje",
        "percent correct",
        "pct",
        "result",
        "resultado",
    ),
    "unit": ("unit", "units", "unidad", "unidades"),
    "note": ("note", "notes", "nota", "notas", "comment", "comments", "comentario", "comentarios"),
    "measured_by": ("measured by", "who", "quien", "medido por", "by", "por"),
}
#: field -> words a header may contain, tried after the exact texts.
CONTAINS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("measured_by", ("measured by", "medido por", "quien")),
    ("date", ("date", "fecha")),
    ("unit", ("unit", "unidad")),
    ("value", ("score", "value", "valor", "puntuacion", "percent", "porcentaje")),
    ("note", ("note", "nota", "comment", "comentario")),
)
#: Unit words that mean percent (lower case, accents left out).
PERCENT_WORDS = frozenset(
    {"%", "percent", "percentage", "porcentaje", "por ciento", "percent correct", "% correct", "pct"}
)


def _plain(text: str) -> str:
    """Lower case, accents left out, every run of punctuation one space ("Día:" -> "dia"); "%" kept."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w%]+", " ", text).replace("_", " ").split())


def is_percent(text: str) -> bool:
    """A unit (or a value column's header) that means percent: "%", "percent correct", "porcentaje"."""
    plain = _plain(text)
    return plain in PERCENT_WORDS or "%" in plain or "percent" in plain or "porcentaje" in plain


def guess_columns(header: tuple[str, ...]) -> dict[str, int]:
    """field -> column index from the header's words; each column one field, each field its first
    column. A header "%" (or "% correct") is the value."""
    names = [_plain(h) for h in header]
    found: dict[str, int] = {}
    for field, texts in EXACT.items():
        for index, name in enumerate(names):
            if name in texts and index not in found.values():
                found[field] = index
                break
    if "value" not in found:
        for index, name in enumerate(names):
            if index not in found.values() and "%" in name:
                found["value"] = index
                break
    for field, words in CONTAINS:
        if field in found:
            continue
        for index, name in enumerate(names):
            if index not in found.values() and any(w in name for w in words):
                found[field] = index
                break
    return found


@dataclass(frozen=True)
class PlannedPoint:
    """A row that becomes (or already is) a data point."""

    row_number: int
    data: PointData
    #: the value cell as the file has it ("45%")
    value_text: str
    #: "" or what was read beyond the cell as it stands ("45%" read as 45, the unit being percent)
    remark: str = ""
    #: the goal already has a data point of this day and value (or the file has it on an earlier row)
    already_recorded: bool = False


@dataclass(frozen=True)
class RefusedRow:
    """A row that cannot be a data point, and why (a plain sentence)."""

    row_number: int
    reason: str
    date_text: str = ""
    value_text: str = ""
    #: the date reads two ways and the file does not tell which (the caller gives the date order)
    two_ways: bool = False


@dataclass(frozen=True)
class ImportPlan:
    goal_id: int
    table_name: str
    sha256: str
    #: field -> column index in the Table's header
    columns: dict[str, int]
    rows: tuple[PlannedPoint | RefusedRow, ...]
    #: "mdy" / "dmy" (given, or the file's dates tell), or "" (no date reads two ways, or cannot be told)
    date_order: str = ""
    #: the fields the plan needs that no column holds ("date", "value")
    missing_fields: tuple[str, ...] = ()
    #: (row number, why) of rows the reader left out (blank rows)
    skipped: tuple[tuple[int, str], ...] = ()

    @property
    def ready(self) -> tuple[PlannedPoint, ...]:
        """The rows that would be added."""
        return tuple(r for r in self.rows if isinstance(r, PlannedPoint) and not r.already_recorded)

    @property
    def refused(self) -> tuple[RefusedRow, ...]:
        return tuple(r for r in self.rows if isinstance(r, RefusedRow))

    @property
    def duplicates(self) -> tuple[PlannedPoint, ...]:
        return tuple(r for r in self.rows if isinstance(r, PlannedPoint) and r.already_recorded)

    @property
    def ready_count(self) -> int:
        return len(self.ready)

    @property
    def refused_count(self) -> int:
        return len(self.refused)

    @property
    def duplicates_count(self) -> int:
        return len(self.duplicates)

    @property
    def needs_date_order(self) -> bool:
        """Some date reads two ways and neither the file nor the caller says which."""
        return any(r.two_ways for r in self.refused)


def missing_words(field: str) -> str:
    """Why a plan has no rows: the column it needs."""
    if field == "date":
        return _("The file has no column of dates (a header such as Date or Fecha): choose the date column.")
    return _("The file has no column of values (a header such as Score or Valor): choose the value column.")


def _goal(goal_id: int) -> Provision:
    goal = Provision.get_or_none(Provision.id == goal_id)
    if goal is None or goal.kind != ProvisionKind.GOAL.value:
        raise PointError(_("There is no goal {number}.").format(number=goal_id))
    return goal


def _check_columns(columns: dict[str, int], width: int) -> None:
    for field, index in columns.items():
        if field not in FIELDS:
            raise PointError(_("A column can be one of: {fields}.").format(fields=", ".join(FIELDS)))
        if not 0 <= index < width:
            raise PointError(
                _("The file has no column {number}; it has {count}.").format(number=index + 1, count=width)
            )
    if len(set(columns.values())) != len(columns):
        raise PointError(_("One column cannot hold two things."))


def _recorded(goal_id: int) -> set[tuple[dt.date, Decimal]]:
    out: set[tuple[dt.date, Decimal]] = set()
    query = GoalDataPoint.select(GoalDataPoint.measured_on, GoalDataPoint.value).where(
        GoalDataPoint.provision == goal_id
    )
    for point in query:
        try:
            out.add((point.measured_on, Decimal(str(point.value))))
        except ArithmeticError:
            continue
    return out


def _value(cell: str, percent: bool) -> tuple[str, str, str | None]:
    """(value to save, remark, refusal) of a value cell."""
    typed = cell.strip()
    remark = ""
    if percent and typed.endswith("%") and values.problem(typed[:-1]) is None:
        remark = _("“{cell}” read as {value}: the unit is percent").format(
            cell=typed, value=typed[:-1].strip()
        )
        typed = typed[:-1].strip()
    found = values.problem(typed)
    if found is not None:
        return "", "", found
    return typed, remark, None


def plan_points(
    table: Table,
    goal_id: int,
    *,
    columns: dict[str, int] | None = None,
    date_order: str | None = None,
    source: str = DataSource.PROVIDER_DATA.value,
) -> ImportPlan:
    """The data points ``table`` would add to goal ``goal_id``; nothing is written. ``columns``
    (field -> column index from 0) replaces the columns found from the header; ``date_order``
    ("mdy" or "dmy") settles the dates the file leaves two ways to read. Raises PointError for a goal,
    a column or a source that cannot be."""
    from iepdesk.logimport.columns import CellError, parse_date, slashed_parts
    from iepdesk.logimport.columns import date_order as order_of

    goal = _goal(goal_id)
    if source not in points.SOURCE_WORDS:
        raise PointError(_("Choose how you know these values."))
    if date_order not in (None, "mdy", "dmy"):
        raise PointError(_("The date order is month first (mdy) or day first (dmy)."))
    chosen = dict(guess_columns(table.header) if columns is None else columns)
    _check_columns(chosen, len(table.header))
    missing = tuple(f for f in ("date", "value") if f not in chosen)
    base = ImportPlan(goal_id, table.source_name, table.sha256, chosen, (), "", missing, table.skipped)
    if missing:
        return base

    def cell(row: tuple[str, ...], field: str) -> str:
        index = chosen.get(field)
        return " ".join(row[index].split()) if index is not None and index < len(row) else ""

    order = date_order or order_of([cell(r, "date") for r in table.rows])
    header_percent = is_percent(table.header[chosen["value"]])
    goal_unit = str(goal.unit)
    recorded = _recorded(goal_id)
    out: list[PlannedPoint | RefusedRow] = []
    for number, row in zip(table.row_numbers, table.rows, strict=True):
        date_text, value_text = cell(row, "date"), cell(row, "value")
        try:
            day = parse_date(date_text, order)
        except CellError as exc:
            parts = slashed_parts(date_text)
            two_ways = parts is not None and parts[0] != parts[1] and max(parts) <= 12
            why = _("The date is not readable: {why}.").format(why=exc)
            out.append(
                RefusedRow(number, why, date_text, value_text, two_ways and order not in ("mdy", "dmy"))
            )
            continue
        unit = cell(row, "unit") or goal_unit or ("%" if header_percent else "")
        value, remark, refusal = _value(value_text, is_percent(unit) or header_percent)
        if refusal is not None:
            out.append(RefusedRow(number, refusal, date_text, value_text))
            continue
        data = PointData(
            goal_id,
            day,
            value,
            unit=unit,
            source=source,
            measured_by=cell(row, "measured_by"),
            note=cell(row, "note"),
        )
        found = points.problem(data)
        if found is not None:
            out.append(RefusedRow(number, found, date_text, value_text))
            continue
        key = (day, Decimal(value))
        out.append(PlannedPoint(number, data, value_text, remark, key in recorded))
        recorded.add(key)  # the same day and value further down the file: already recorded too
    return ImportPlan(
        goal_id,
        table.source_name,
        table.sha256,
        chosen,
        tuple(out),
        order if order in ("mdy", "dmy") else "",
        (),
        table.skipped,
    )


def apply_plan(plan: ImportPlan) -> int:
    """Add the plan's ready points in one transaction (all of them or none); returns how many were
    added. A point recorded since the plan was made (same goal, day and value) is not added twice."""
    added = 0
    with database.atomic():
        recorded = _recorded(plan.goal_id)
        for row in plan.ready:
            key = (row.data.day, Decimal(row.data.value))
            if key in recorded:
                continue
            points.save(row.data)
            recorded.add(key)
            added += 1
    return added
