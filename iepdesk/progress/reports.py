"""The progress reports the IEP promises, and those the parent received.

Each final IEP version promises the reports iepdesk.deadlines.progress lists, kept for the days that
version is in effect (after an amendment, the amendment's reports; a report due in a gap between
versions stays with the version it came from). A report is:

- **upcoming** until its expected date;
- **waiting** from its expected date through the grace period the parent sets (case setting
  ``progress_report_grace_days``, 14 days unless changed): schools often send it a little after;
- **missing** from the day after the grace period ends, unless it was received by then;
- **received** once a report recorded for it was received on or before the day looked at ("as of");
  a report recorded for a date its version no longer promises (an amendment entered afterwards took
  the date over) counts for the version that now promises it.

A goal's reports are those of the versions that hold the goal, so a goal added by an amendment has
only the amendment's reports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from iepdesk import case_settings
from iepdesk.deadlines.base import PROGRESS_SOURCE, Deadline, long_date
from iepdesk.deadlines.progress import progress_reports
from iepdesk.errors import UsageError
from iepdesk.i18n import N_, _
from iepdesk.iep.versions import in_effect_on
from iepdesk.model import (
    Document,
    GoalDataPoint,
    IepVersion,
    ProgressReport,
    Provision,
    ReportedStatus,
    database,
)
from iepdesk.model.iep import ProvisionKind, VersionStatus
from iepdesk.model.progress import DataSource, GoalStatus
from iepdesk.progress import points, values

#: The rule a missing report breaks (34 CFR 300.320(a)(3)).
REPORT_RULE = N_(
    "The IEP must say when periodic reports on the child's progress toward the annual goals will be "
    "provided (34 CFR 300.320(a)(3))."
)

STATUS_WORDS = {
    GoalStatus.PROGRESSING.value: N_("progressing"),
    GoalStatus.NOT_PROGRESSING.value: N_("not progressing"),
    GoalStatus.MET.value: N_("met"),
    GoalStatus.NOT_INTRODUCED.value: N_("not introduced"),
    GoalStatus.OTHER.value: N_("other (see the school's words)"),
}


def status_words(status: str) -> str:
    found = STATUS_WORDS.get(status)
    return _(found) if found is not None else status


class ReportState(StrEnum):
    UPCOMING = "upcoming"
    WAITING = "waiting"
    MISSING = "missing"
    RECEIVED = "received"


STATE_WORDS = {
    ReportState.UPCOMING: N_("not due yet"),
    ReportState.WAITING: N_("due; waiting"),
    ReportState.MISSING: N_("not received"),
    ReportState.RECEIVED: N_("received"),
}


def state_words(state: ReportState) -> str:
    return _(STATE_WORDS[state])


class ReportError(UsageError, ValueError):
    """A progress report that cannot be saved as it is."""


@dataclass(frozen=True)
class ExpectedReport:
    version_id: int
    #: "Progress report 2 expected" (the deadline's title).
    title: str
    due: dt.date
    #: The last day of the grace period: missing from the day after.
    wait_until: dt.date
    state: ReportState
    #: The report recorded for it (received on or before the day looked at), or None.
    report_id: int | None
    received_on: dt.date | None
    #: The deadline as the Overview lists it.
    deadline: Deadline


def grace_days() -> int:
    return case_settings.load().progress_report_grace_days


def _versions() -> list[IepVersion]:
    return list(
        IepVersion.select()
        .where(IepVersion.status == VersionStatus.FINAL.value)
        .order_by(IepVersion.effective_from, IepVersion.id)
    )


def promised(version: IepVersion, versions: list[IepVersion]) -> list[Deadline]:
    """The reports ``version`` promises for the days it is in effect."""
    out = []
    for deadline in progress_reports(version):
        covering = in_effect_on(deadline.due, versions)
        if covering is None or covering.id == version.id:
            out.append(deadline)
    return out


def _received(as_of: dt.date) -> dict[tuple[int, dt.date], ProgressReport]:
    found: dict[tuple[int, dt.date], ProgressReport] = {}
    for report in (
        ProgressReport.select()
        .where(ProgressReport.expected_on.is_null(False) & (ProgressReport.received_on <= as_of))
        .order_by(ProgressReport.received_on, ProgressReport.id)
    ):
        expected: dt.date | None = report.expected_on
        if expected is not None:
            found.setdefault((int(report.__data__["version"]), expected), report)
    return found


def _state(due: dt.date, wait_until: dt.date, as_of: dt.date, received: bool) -> ReportState:
    if received:
        return ReportState.RECEIVED
    if as_of < due:
        return ReportState.UPCOMING
    if as_of <= wait_until:
        return ReportState.WAITING
    return ReportState.MISSING


def expected_reports(as_of: dt.date, version_ids: Sequence[int] | None = None) -> list[ExpectedReport]:
    """Every report the final IEP versions promise (those of ``version_ids`` only, when given), with
    its state on ``as_of``, by expected date."""
    versions = _versions()
    grace = dt.timedelta(days=grace_days())
    received = _received(as_of)
    every = {int(v.id): promised(v, versions) for v in versions}
    keys = {(vid, d.due) for vid, found in every.items() for d in found}
    # A report recorded for a date its version no longer promises (an amendment entered after it took
    # that date over) answers the report now promised on that date.
    orphans: dict[dt.date, ProgressReport] = {}
    for key, recorded in received.items():
        if key not in keys:
            orphans.setdefault(key[1], recorded)
    out = []
    for version in versions:
        if version_ids is not None and version.id not in version_ids:
            continue
        for deadline in every[int(version.id)]:
            report = received.get((int(version.id), deadline.due)) or orphans.get(deadline.due)
            wait_until = deadline.due + grace
            state = _state(deadline.due, wait_until, as_of, report is not None)
            out.append(
                ExpectedReport(
                    int(version.id),
                    deadline.title,
                    deadline.due,
                    wait_until,
                    state,
                    None if report is None else int(report.id),
                    None if report is None else report.received_on,
                    deadline,
                )
            )
    return sorted(out, key=lambda r: (r.due, r.version_id))


def report_deadlines(as_of: dt.date, expected: list[ExpectedReport] | None = None) -> list[Deadline]:
    """The reports for the Overview: those not received, a missing one named so. ``expected``: the
    list :func:`expected_reports` gave for ``as_of``, when the caller has it already."""
    out = []
    for report in expected if expected is not None else expected_reports(as_of):
        if report.state is ReportState.RECEIVED:
            continue
        if report.state is ReportState.MISSING:
            out.append(
                replace(
                    report.deadline,
                    kind="progress_report_missing",
                    title=_("Progress report not received (expected {day})").format(
                        day=long_date(report.due)
                    ),
                    rule=_(REPORT_RULE),
                    source=PROGRESS_SOURCE,
                    detail=_("Not received {days} days after the expected date.").format(
                        days=(as_of - report.due).days
                    ),
                )
            )
        else:
            out.append(report.deadline)
    return out


@dataclass(frozen=True)
class GoalReportData:
    """What one report says of one goal."""

    goal_id: int
    status: str
    #: The school's own words, verbatim.
    words: str = ""
    #: The value the report gives, as typed ("" = none), and its unit.
    value: str = ""
    unit: str = ""


@dataclass(frozen=True)
class ReportData:
    version_id: int
    #: The expected date of the report it answers (None: one the schedule did not list).
    expected_on: dt.date | None
    received_on: dt.date
    document_id: int | None = None
    note: str = ""
    goals: Sequence[GoalReportData] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "goals", tuple(self.goals))


@dataclass(frozen=True)
class ReportRow:
    id: int
    version_id: int
    expected_on: dt.date | None
    received_on: dt.date
    document_id: int | None
    note: str
    goals: tuple[GoalReportData, ...]
    entered_at: str

    def data(self) -> ReportData:
        return ReportData(
            self.version_id, self.expected_on, self.received_on, self.document_id, self.note, self.goals
        )


def problem(data: ReportData, report_id: int | None = None) -> str | None:
    """Why the report cannot be saved (a plain sentence), or None."""
    version = IepVersion.get_or_none(IepVersion.id == data.version_id)
    if version is None:
        return _("There is no IEP version {number}.").format(number=data.version_id)
    if data.expected_on is not None:
        dues = {d.due for d in promised(version, _versions())}
        if data.expected_on not in dues:
            return _("{version} expects no progress report on {day}.").format(
                version=version.label(), day=long_date(data.expected_on)
            )
        twin = ProgressReport.get_or_none(
            (ProgressReport.version == data.version_id)
            & (ProgressReport.expected_on == data.expected_on)
            & (ProgressReport.id != (report_id or 0))
        )
        if twin is not None:
            return _(
                "The report expected on {day} is already recorded (received {received}); change that one."
            ).format(day=long_date(data.expected_on), received=long_date(twin.received_on))
    if data.document_id is not None and Document.get_or_none(Document.id == data.document_id) is None:
        return _("There is no document {number} in the vault.").format(number=data.document_id)
    seen: set[int] = set()
    for goal in data.goals:
        provision = Provision.get_or_none(Provision.id == goal.goal_id)
        if provision is None or provision.kind != ProvisionKind.GOAL.value:
            return _("There is no goal {number}.").format(number=goal.goal_id)
        if goal.goal_id in seen:
            return _("A goal is listed twice in this report.")
        seen.add(goal.goal_id)
        if goal.status not in STATUS_WORDS:
            return _("Choose what the report says of each goal.")
        if goal.value.strip():
            found = values.problem(goal.value)
            if found is not None:
                return found
    return None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def save_report(data: ReportData, report_id: int | None = None) -> int:
    """Record a report received, or change one; its values become data points of their goals (source:
    the school's progress report, measured on the day it was received)."""
    found = problem(data, report_id)
    if found is not None:
        raise ReportError(found)
    fields = {
        "version": data.version_id,
        "expected_on": data.expected_on,
        "received_on": data.received_on,
        "document_id": data.document_id,
        "note": data.note.strip(),
    }
    with database.atomic():
        if report_id is None:
            report_id = int(ProgressReport.create(**fields, entered_at=_now()).id)
        else:
            report = ProgressReport.get_or_none(ProgressReport.id == report_id)
            if report is None:
                raise ReportError(_("There is no progress report {number}.").format(number=report_id))
            for name, value in fields.items():
                setattr(report, name, value)
            report.save()
            ReportedStatus.delete().where(ReportedStatus.report == report_id).execute()
            GoalDataPoint.delete().where(GoalDataPoint.report == report_id).execute()
        for goal in data.goals:
            ReportedStatus.create(
                report=report_id, provision=goal.goal_id, status=goal.status, words=goal.words.strip()
            )
            if goal.value.strip():
                points.save(
                    points.PointData(
                        goal.goal_id, data.received_on, goal.value, goal.unit, DataSource.SCHOOL_REPORT.value
                    ),
                    report_id=report_id,
                )
    return report_id


def _goals(report_id: int) -> tuple[GoalReportData, ...]:
    given = {
        int(p.__data__["provision"]): p
        for p in GoalDataPoint.select().where(GoalDataPoint.report == report_id).order_by(GoalDataPoint.id)
    }
    out = []
    for status in (
        ReportedStatus.select().where(ReportedStatus.report == report_id).order_by(ReportedStatus.id)
    ):
        goal_id = int(status.__data__["provision"])
        point = given.get(goal_id)
        out.append(
            GoalReportData(
                goal_id,
                str(status.status),
                str(status.words),
                "" if point is None else str(point.value),
                "" if point is None else str(point.unit),
            )
        )
    return tuple(out)


def _row(report: ProgressReport) -> ReportRow:
    return ReportRow(
        int(report.id),
        int(report.__data__["version"]),
        report.expected_on,
        report.received_on,
        report.document_id,
        str(report.note),
        _goals(int(report.id)),
        str(report.entered_at),
    )


def get_report(report_id: int) -> ReportRow | None:
    report = ProgressReport.get_or_none(ProgressReport.id == report_id)
    return None if report is None else _row(report)


def reports(as_of: dt.date | None = None) -> list[ReportRow]:
    """The reports recorded (received on or before ``as_of``), oldest first."""
    found = ProgressReport.select()
    if as_of is not None:
        found = found.where(ProgressReport.received_on <= as_of)
    return [_row(r) for r in found.order_by(ProgressReport.received_on, ProgressReport.id)]


@dataclass(frozen=True)
class DeletedReport:
    row: ReportRow


def delete_report(report_id: int) -> DeletedReport:
    """Delete a report, its statuses and the values it gave (:func:`restore_report` puts them back)."""
    with database.atomic():
        report = ProgressReport.get_or_none(ProgressReport.id == report_id)
        if report is None:
            raise ReportError(_("There is no progress report {number}.").format(number=report_id))
        row = _row(report)
        GoalDataPoint.delete().where(GoalDataPoint.report == report_id).execute()
        report.delete_instance(recursive=False)
    return DeletedReport(row)


def restore_report(deleted: DeletedReport) -> int:
    """Put a deleted report back under its id (a new one if a report recorded since has it); refused
    when another report was recorded since for the same expected date."""
    row = deleted.row
    if row.expected_on is not None:
        twin = ProgressReport.get_or_none(
            (ProgressReport.version == row.version_id) & (ProgressReport.expected_on == row.expected_on)
        )
        if twin is not None:
            raise ReportError(
                _(
                    "The report expected on {day} is already recorded (received {received}); change that one."
                ).format(day=long_date(row.expected_on), received=long_date(twin.received_on))
            )
    with database.atomic():
        taken = ProgressReport.select().where(ProgressReport.id == row.id).exists()
        report_id = int(
            ProgressReport.insert(
                **({} if taken else {"id": row.id}),
                version=row.version_id,
                expected_on=row.expected_on,
                received_on=row.received_on,
                document_id=row.document_id,
                note=row.note,
                entered_at=row.entered_at,
            ).execute()
        )
        for goal in row.goals:
            ReportedStatus.create(
                report=report_id, provision=goal.goal_id, status=goal.status, words=goal.words
            )
            if goal.value:
                points.save(
                    points.PointData(
                        goal.goal_id, row.received_on, goal.value, goal.unit, DataSource.SCHOOL_REPORT.value
                    ),
                    report_id=report_id,
                )
    return report_id
