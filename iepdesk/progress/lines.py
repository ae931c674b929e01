"""A goal followed across IEP versions (its line: the goal and its copies in later versions), and the
aim line of each version: from the goal's baseline on the IEP's first day to its target on the IEP's
last day (a year less a day after the first when no last day is entered)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from iepdesk.model import IepVersion, Provision
from iepdesk.model.iep import ProvisionKind, VersionStatus
from iepdesk.progress import values
from iepdesk.schedule.expected import lineage_roots


@dataclass(frozen=True)
class AimLine:
    """One IEP version's straight line from baseline to target."""

    goal_id: int
    version_id: int
    start: dt.date
    end: dt.date
    baseline: Decimal
    target: Decimal

    def at(self, day: dt.date) -> Decimal:
        """The aim on ``day`` (days outside the line take its nearer end)."""
        span = (self.end - self.start).days
        if span <= 0 or day >= self.end:
            return self.target
        if day <= self.start:
            return self.baseline
        return self.baseline + (self.target - self.baseline) * Decimal((day - self.start).days) / Decimal(
            span
        )

    @property
    def direction(self) -> int:
        """1 when a higher value is progress, -1 when a lower one is, 0 when baseline equals target."""
        return (self.target > self.baseline) - (self.target < self.baseline)


@dataclass(frozen=True)
class GoalLine:
    """One goal across the IEP versions that hold it."""

    #: The first goal of the line (its id stays the same as versions are added).
    line_id: int
    #: The goal in the newest version that holds it: the id the command line takes as GOAL.
    goal_id: int
    #: Every goal of the line, oldest version first.
    goal_ids: tuple[int, ...]
    version_ids: tuple[int, ...]
    title: str
    area: str
    baseline: str
    target: str
    unit: str
    measurement: str
    reporting_schedule: str
    aims: tuple[AimLine, ...]

    @property
    def direction(self) -> int:
        """From the newest version's numbers (0: not known)."""
        return self.aims[-1].direction if self.aims else 0


def version_end(version: IepVersion) -> dt.date | None:
    start: dt.date | None = version.effective_from
    if start is None:
        return None
    end: dt.date = version.effective_to or start + relativedelta(years=1, days=-1)
    return end


def aim_line(goal: Provision, version: IepVersion) -> AimLine | None:
    """The aim line of one goal in one version, or None when its numbers or dates are missing (or are
    not numbers: the IEP editor checks them)."""
    start, end = version.effective_from, version_end(version)
    if start is None or end is None or end < start:
        return None
    try:
        baseline, target = values.optional(str(goal.baseline_value)), values.optional(str(goal.target_value))
    except ValueError:
        return None
    if baseline is None or target is None:
        return None
    return AimLine(int(goal.id), int(version.id), start, end, baseline, target)


def _version_key(version: IepVersion) -> tuple[dt.date, int]:
    return (version.effective_from or dt.date.max, int(version.id))


def goal_lines(final_only: bool = True) -> list[GoalLine]:
    """Every goal line, in the order of the newest version's goals (then of their first version).
    ``final_only``: only goals of final versions (drafts are not yet promised)."""
    query = (
        Provision.select(Provision, IepVersion)
        .join(IepVersion)
        .where(Provision.kind == ProvisionKind.GOAL.value)
    )
    if final_only:
        query = query.where(IepVersion.status == VersionStatus.FINAL.value)
    roots = lineage_roots()
    groups: dict[int, list[Provision]] = {}
    for goal in query:
        groups.setdefault(roots.get(goal.id, goal.id), []).append(goal)
    lines = []
    for root, members in groups.items():
        members.sort(key=lambda g: (_version_key(g.version), g.position, g.id))
        newest = members[-1]
        aims = tuple(a for a in (aim_line(g, g.version) for g in members) if a is not None)
        lines.append(
            GoalLine(
                line_id=root,
                goal_id=int(newest.id),
                goal_ids=tuple(int(g.id) for g in members),
                version_ids=tuple(dict.fromkeys(int(g.version.id) for g in members)),
                title=str(newest.title or newest.area or ""),
                area=str(newest.area),
                baseline=str(newest.baseline_value),
                target=str(newest.target_value),
                unit=str(newest.unit),
                measurement=str(newest.measurement),
                reporting_schedule=str(newest.reporting_schedule),
                aims=aims,
            )
        )

    newest_of = {line.line_id: groups[line.line_id][-1] for line in lines}
    # The newest version's goals first, in the IEP's order; then goals that ended in older versions.
    lines.sort(key=lambda line: (int(newest_of[line.line_id].position), line.line_id))
    lines.sort(key=lambda line: _version_key(newest_of[line.line_id].version), reverse=True)
    return lines


def line_of(goal_id: int, final_only: bool = False) -> GoalLine | None:
    """The line that holds ``goal_id`` (any goal of it), or None."""
    for line in goal_lines(final_only):
        if goal_id in line.goal_ids:
            return line
    return None
