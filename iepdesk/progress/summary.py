"""One goal's whole picture as of a day: its points, trend, aim line, what the school said of it in
each report it was due in, and whether the two disagree. The window, the binder, letters and
``iepdesk progress`` all read it from here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from iepdesk.i18n import _, long_date
from iepdesk.model import GoalDataPoint, ProgressReport, ReportedStatus
from iepdesk.progress import points as point_store
from iepdesk.progress import reports as report_store
from iepdesk.progress import trend as trends
from iepdesk.progress.lines import AimLine, GoalLine, goal_lines, line_of
from iepdesk.progress.points import PointRow
from iepdesk.progress.reports import ExpectedReport, ReportState
from iepdesk.progress.trend import Disagreement, Fit, Trend


@dataclass(frozen=True)
class StatedStatus:
    """What one received report said of this goal."""

    report_id: int
    received_on: dt.date
    expected_on: dt.date | None
    status: str
    words: str


@dataclass(frozen=True)
class GoalReport:
    """One report this goal was due in, with what it said of the goal when received."""

    expected: ExpectedReport
    stated: StatedStatus | None


@dataclass(frozen=True)
class GoalProgress:
    line: GoalLine
    as_of: dt.date
    #: Measured on or before ``as_of``, oldest first.
    points: tuple[PointRow, ...]
    trend: Trend
    recent: Trend
    fit: Fit | None
    behind_aim: bool
    reports: tuple[GoalReport, ...]
    #: Every status the school stated for the goal, oldest first (including reports outside the schedule).
    stated: tuple[StatedStatus, ...]
    #: The newest stated status's disagreement with the data, or None.
    disagreement: Disagreement | None

    @property
    def aims(self) -> tuple[AimLine, ...]:
        return self.line.aims

    @property
    def latest(self) -> StatedStatus | None:
        return self.stated[-1] if self.stated else None

    @property
    def missing(self) -> tuple[ExpectedReport, ...]:
        return tuple(r.expected for r in self.reports if r.expected.state is ReportState.MISSING)


def _pairs(rows: tuple[PointRow, ...]) -> list[tuple[dt.date, Decimal]]:
    return [(r.day, r.number) for r in rows]


def _stated(line: GoalLine, as_of: dt.date) -> list[StatedStatus]:
    out = []
    for row in (
        ReportedStatus.select(ReportedStatus, ProgressReport)
        .join(ProgressReport)
        .where(ReportedStatus.provision.in_(list(line.goal_ids)) & (ProgressReport.received_on <= as_of))
    ):
        report = row.report
        out.append(
            StatedStatus(
                int(report.id), report.received_on, report.expected_on, str(row.status), str(row.words)
            )
        )
    return sorted(out, key=lambda s: (s.received_on, s.report_id))


def goal_progress(
    line: GoalLine, as_of: dt.date, expected: list[ExpectedReport] | None = None
) -> GoalProgress:
    rows = tuple(point_store.points_of(line.goal_ids, as_of))
    pairs = _pairs(rows)
    aim = trends.aim_on(line.aims, as_of)
    stated = _stated(line, as_of)
    if expected is None:
        expected = report_store.expected_reports(as_of, line.version_ids)
    by_report = {s.report_id: s for s in stated}
    goal_reports = tuple(
        GoalReport(e, by_report.get(e.report_id) if e.report_id is not None else None)
        for e in expected
        if e.version_id in line.version_ids
    )
    found = None
    if stated:
        last = stated[-1]
        found = trends.disagreement(
            last.status,
            last.received_on,
            pairs,
            line.aims,
            long_date(last.received_on),
            report_store.status_words(last.status),
        )
    return GoalProgress(
        line,
        as_of,
        rows,
        trends.trend(pairs, aim),
        trends.recent_trend(pairs, aim),
        trends.fit(pairs),
        trends.behind_aim(pairs, line.aims),
        goal_reports,
        tuple(stated),
        found,
    )


def all_progress(as_of: dt.date) -> list[GoalProgress]:
    """Every goal line of the final IEP versions, in the IEP's order (see lines.goal_lines)."""
    expected = report_store.expected_reports(as_of)
    return [goal_progress(line, as_of, expected) for line in goal_lines()]


def progress_of(goal_id: int, as_of: dt.date) -> GoalProgress | None:
    """The goal's picture as :func:`all_progress` gives it (its line in the final versions: a draft of
    the next IEP changes nothing yet); a goal only in a draft, its line with the drafts."""
    line = line_of(goal_id, final_only=True) or line_of(goal_id, final_only=False)
    return None if line is None else goal_progress(line, as_of)


def has_data() -> bool:
    """Whether any data point or report is recorded (the binder and letters say nothing otherwise)."""
    return GoalDataPoint.select().exists() or ProgressReport.select().exists()


def behind_aim_words(progress: GoalProgress) -> str:
    return _("The last three points are all behind the aim line.") if progress.behind_aim else ""
