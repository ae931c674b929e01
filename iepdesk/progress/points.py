"""Data points of a goal: recording and changing one (one check for both), listing, deleting with a
snapshot that puts it back under the same id (undo), and the documents linked to each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from iepdesk.errors import UsageError
from iepdesk.i18n import N_, _
from iepdesk.model import Document, GoalDataPoint, Link, ProgressReport, Provision, database
from iepdesk.model.iep import ProvisionKind
from iepdesk.model.progress import DataSource
from iepdesk.progress import values

#: The Link kind of a data point (Link.from_kind), linked to documents (to_kind "document").
LINK_KIND = "goal_data"

#: How the parent knows a value, in the words the window and the binder show.
SOURCE_WORDS = {
    DataSource.SCHOOL_REPORT.value: N_("school progress report"),
    DataSource.PROVIDER_DATA.value: N_("provider's data sheet"),
    DataSource.WORK_SAMPLE.value: N_("work sample"),
    DataSource.PARENT_OBSERVATION.value: N_("parent's observation"),
    DataSource.OTHER.value: N_("other"),
}


def source_words(source: str) -> str:
    found = SOURCE_WORDS.get(source)
    return _(found) if found is not None else source


class PointError(UsageError, ValueError):
    """A data point that cannot be saved as it is."""


@dataclass(frozen=True)
class PointData:
    """What the parent enters for one data point."""

    goal_id: int
    day: dt.date
    #: The number as typed ("62.5").
    value: str
    unit: str = ""
    source: str = DataSource.PARENT_OBSERVATION.value
    measured_by: str = ""
    note: str = ""
    document_ids: Sequence[int] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "document_ids", tuple(dict.fromkeys(self.document_ids)))


@dataclass(frozen=True)
class PointRow:
    id: int
    goal_id: int
    day: dt.date
    value: str
    unit: str
    source: str
    measured_by: str
    note: str
    document_ids: tuple[int, ...]
    #: The progress report that gave it (a value of a report), or None.
    report_id: int | None
    entered_at: str

    @property
    def number(self) -> Decimal:
        return Decimal(self.value)

    def data(self) -> PointData:
        return PointData(
            self.goal_id,
            self.day,
            self.value,
            self.unit,
            self.source,
            self.measured_by,
            self.note,
            self.document_ids,
        )


def problem(data: PointData) -> str | None:
    """Why the data point cannot be saved (a plain sentence), or None: the one check, for recording
    and changing alike."""
    goal = Provision.get_or_none(Provision.id == data.goal_id)
    if goal is None or goal.kind != ProvisionKind.GOAL.value:
        return _("There is no goal {number}.").format(number=data.goal_id)
    found = values.problem(data.value)
    if found is not None:
        return found
    if data.source not in SOURCE_WORDS:
        return _("Choose how you know this value.")
    for doc_id in data.document_ids:
        if Document.get_or_none(Document.id == doc_id) is None:
            return _("There is no document {number} in the vault.").format(number=doc_id)
    return None


def check(data: PointData) -> None:
    found = problem(data)
    if found is not None:
        raise PointError(found)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _link(point_id: int, document_ids: Sequence[int]) -> None:
    Link.delete().where((Link.from_kind == LINK_KIND) & (Link.from_id == point_id)).execute()
    for doc_id in document_ids:
        Link.create(from_kind=LINK_KIND, from_id=point_id, to_kind="document", to_id=doc_id)


def _fields(data: PointData) -> dict[str, object]:
    return {
        "provision": data.goal_id,
        "measured_on": data.day,
        "value": data.value.strip(),
        "unit": data.unit.strip(),
        "source": data.source,
        "measured_by": data.measured_by.strip(),
        "note": data.note.strip(),
    }


def save(data: PointData, point_id: int | None = None, report_id: int | None = None) -> int:
    """Record a new data point, or change one; returns its id. Both are checked the same way."""
    check(data)
    with database.atomic():
        if point_id is None:
            point = GoalDataPoint.create(**_fields(data), report=report_id, entered_at=_now())
            point_id = int(point.id)
        else:
            found = GoalDataPoint.get_or_none(GoalDataPoint.id == point_id)
            if found is None:
                raise PointError(_("There is no data point {number}.").format(number=point_id))
            point = found
            for name, value in _fields(data).items():
                setattr(point, name, value)
            point.save()
        _link(point_id, data.document_ids)
    return point_id


def _documents(point_id: int) -> tuple[int, ...]:
    return tuple(
        int(link.to_id)
        for link in Link.select()
        .where((Link.from_kind == LINK_KIND) & (Link.from_id == point_id) & (Link.to_kind == "document"))
        .order_by(Link.id)
    )


def _row(point: GoalDataPoint) -> PointRow:
    report = point.__data__.get("report")
    return PointRow(
        int(point.id),
        int(point.__data__["provision"]),
        point.measured_on,
        str(point.value),
        str(point.unit),
        str(point.source),
        str(point.measured_by),
        str(point.note),
        _documents(int(point.id)),
        None if report is None else int(report),
        str(point.entered_at),
    )


def get(point_id: int) -> PointRow | None:
    point = GoalDataPoint.get_or_none(GoalDataPoint.id == point_id)
    return None if point is None else _row(point)


def order_key(row: PointRow) -> tuple[dt.date, Decimal, int]:
    """Date, then value, then id: points of one day keep one order whatever order they were typed in."""
    return (row.day, row.number, row.id)


def points_of(goal_ids: Sequence[int], as_of: dt.date | None = None) -> list[PointRow]:
    """The data points of these goals (a goal's line across versions), measured on or before
    ``as_of`` (None: all), oldest first."""
    found = GoalDataPoint.select().where(GoalDataPoint.provision.in_(list(goal_ids)))
    if as_of is not None:
        found = found.where(GoalDataPoint.measured_on <= as_of)
    return sorted((_row(p) for p in found), key=order_key)


@dataclass(frozen=True)
class DeletedPoint:
    """What :func:`delete` removed, for :func:`restore` (undo)."""

    row: PointRow


def delete(point_id: int) -> DeletedPoint:
    with database.atomic():
        point = GoalDataPoint.get_or_none(GoalDataPoint.id == point_id)
        if point is None:
            raise PointError(_("There is no data point {number}.").format(number=point_id))
        row = _row(point)
        Link.delete().where((Link.from_kind == LINK_KIND) & (Link.from_id == point_id)).execute()
        point.delete_instance()
    return DeletedPoint(row)


def restore(deleted: DeletedPoint) -> int:
    """Put a deleted data point back, under its own id (a new one if a point recorded since has it),
    with its documents (those still in the vault); returns its id."""
    row = deleted.row
    data = row.data()
    kept = [d for d in data.document_ids if Document.get_or_none(Document.id == d) is not None]
    with database.atomic():
        report = row.report_id
        if report is not None and not ProgressReport.select().where(ProgressReport.id == report).exists():
            report = None  # its report was deleted since: the value stays, as the parent's own
        # Its id, unless a point recorded since took it (SQLite gives the newest row's id again).
        taken = GoalDataPoint.select().where(GoalDataPoint.id == row.id).exists()
        point_id = int(
            GoalDataPoint.insert(
                **({} if taken else {"id": row.id}),
                **_fields(data),
                report=report,
                entered_at=row.entered_at,
            ).execute()
        )
        _link(point_id, kept)
    return point_id
