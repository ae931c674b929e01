"""A case for the Progress page's tests (no tests here): one final IEP that began 200 days ago, with a
goal that has numbers (40 → 80 percent correct) and one without, and, when asked, eight data points
that rise and then stay flat, and a progress report that says "progressing" of the first goal."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ui_support import CHILD, PASSPHRASE

from iepdesk.casefile import Argon2Params, Case
from iepdesk.model import IepVersion, Provision
from iepdesk.progress import points, reports
from iepdesk.progress.points import PointData
from iepdesk.progress.reports import GoalReportData, ReportData

TODAY = dt.date.today()
START = TODAY - dt.timedelta(days=200)
GOAL = "Reads grade-level passages aloud"
OTHER = "Writes a paragraph with a topic sentence"
#: Eight points, 20 days apart, the last one 10 days ago: 42, 48, 55, 60, 61, 61, 61.5, 61 (flat at the end).
VALUES = ("42", "48", "55", "60", "61", "61", "61.5", "61")


@dataclass(frozen=True)
class ProgressCase:
    path: Path
    version_id: int
    goal_id: int
    other_id: int


def point_days() -> list[dt.date]:
    return [TODAY - dt.timedelta(days=10 + 20 * (len(VALUES) - 1 - n)) for n in range(len(VALUES))]


def build_case(folder: Path, data: bool = True, goals: bool = True) -> ProgressCase:
    path = folder / "progress.iepcase"
    case, _secret = Case.create(path, CHILD, PASSPHRASE, Argon2Params())
    with case:
        version = IepVersion.create(
            kind="annual",
            status="final",
            meeting_date=START,
            effective_from=START,
            effective_to=START + dt.timedelta(days=364),
        )
        goal_id = other_id = 0
        if goals:
            goal = Provision.create(
                version=version,
                kind="goal",
                title=GOAL,
                area="Reading",
                baseline="40% of words correct",
                target="80% of words correct",
                measurement="running records",
                reporting_schedule="each quarter",
                baseline_value="40",
                target_value="80",
                unit="percent correct",
                position=1,
            )
            other = Provision.create(version=version, kind="goal", title=OTHER, area="Writing", position=2)
            goal_id, other_id = int(goal.id), int(other.id)
        if data and goals:
            for day, value in zip(point_days(), VALUES, strict=True):
                points.save(PointData(goal_id, day, value, "percent correct", measured_by="Ms. Ortiz"))
            reports.save_report(
                ReportData(
                    int(version.id),
                    None,
                    TODAY - dt.timedelta(days=5),
                    goals=(GoalReportData(goal_id, "progressing", "Making steady progress"),),
                )
            )
    case.lock()
    return ProgressCase(path, int(version.id), goal_id, other_id)
