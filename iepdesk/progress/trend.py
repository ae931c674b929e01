"""The trend of a goal's data points, and whether it disagrees with what the school says.

- **Trend**: the least-squares line through the points (value against day). Fewer than three points,
  or points all of one day, are too few. The trend is *flat* when the line changes by no more than 5 %
  of the goal's range over the days the points span; the range is the distance from baseline to target,
  or, when the IEP gives no numbers, the largest value's size (1 when every value is 0). Otherwise it is
  *rising* or *falling*.
- **Recent trend**: the same, over the last three points only.
- **Behind the aim line**: each of the last three points is on the wrong side of the aim line of its
  day (below it for a goal that should rise, above it for one that should fall). Needs the goal's
  baseline and target.
- **Disagreement** with a progress report, over the points measured on or before the report's date:
  it says "progressing" while the last three are flat or move away from the target (unless the last
  has reached the target already); or it says "met" while the last has not reached the target. With
  no target, which way is progress is not known, so only a flat line disagrees with "progressing", and
  nothing with "met".

Points of the same day are ordered by value, so the order they were typed in changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from iepdesk.i18n import N_, _
from iepdesk.model.progress import GoalStatus
from iepdesk.progress.lines import AimLine

#: A flat trend changes by at most this share of the goal's range over the points' span.
FLAT_SHARE = Decimal("0.05")
#: How many points the recent trend, the aim-line check and the disagreement look at.
RECENT = 3


class Trend(StrEnum):
    RISING = "rising"
    FLAT = "flat"
    FALLING = "falling"
    TOO_FEW = "too_few"


TREND_WORDS = {
    Trend.RISING: N_("rising"),
    Trend.FLAT: N_("flat"),
    Trend.FALLING: N_("falling"),
    Trend.TOO_FEW: N_("too few points for a trend"),
}


def trend_words(trend: Trend) -> str:
    return _(TREND_WORDS[trend])


Point = tuple[dt.date, Decimal]


@dataclass(frozen=True)
class Fit:
    """The least-squares line: its value on the first and the last day of the points, and its change
    between them (worked out exactly, then rounded once: the same for the same points shifted)."""

    start: dt.date
    end: dt.date
    start_value: Decimal
    end_value: Decimal
    change: Decimal


def ordered(points: Sequence[Point]) -> list[Point]:
    return sorted(points)


def _exact(points: Sequence[Point]) -> tuple[Fraction, Fraction, Fraction] | None:
    """The least-squares line's value on the first and last day and its change, as exact fractions
    (Decimal division rounds, which put a change of exactly 5 % on either side of the line)."""
    pts = ordered(points)
    if len(pts) < RECENT or pts[0][0] == pts[-1][0]:
        return None
    first = pts[0][0]
    xs = [Fraction((day - first).days) for day, _v in pts]
    ys = [Fraction(v) for _d, v in pts]
    n = len(pts)
    mean_x, mean_y = sum(xs, Fraction(0)) / n, sum(ys, Fraction(0)) / n
    sxx = sum(((x - mean_x) ** 2 for x in xs), Fraction(0))
    sxy = sum(((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)), Fraction(0))
    slope = sxy / sxx
    start_value = mean_y - slope * mean_x
    change = slope * xs[-1]
    return start_value, start_value + change, change


def _decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)


def fit(points: Sequence[Point]) -> Fit | None:
    """The least-squares line through the points, or None when there are fewer than three or they
    are all of one day."""
    line = _exact(points)
    if line is None:
        return None
    pts = ordered(points)
    start_value, end_value, change = line
    return Fit(pts[0][0], pts[-1][0], _decimal(start_value), _decimal(end_value), _decimal(change))


def goal_range(points: Sequence[Point], aim: AimLine | None) -> Decimal:
    """What "5 % of the goal" is measured against (see the module's docstring)."""
    if aim is not None and aim.target != aim.baseline:
        return abs(aim.target - aim.baseline)
    largest = max((abs(v) for _d, v in points), default=Decimal(0))
    return largest if largest > 0 else Decimal(1)


def _classify(points: Sequence[Point], range_of: Sequence[Point], aim: AimLine | None) -> Trend:
    line = _exact(points)
    if line is None:
        return Trend.TOO_FEW
    change = line[2]
    if abs(change) <= Fraction(FLAT_SHARE) * Fraction(goal_range(range_of, aim)):
        return Trend.FLAT
    return Trend.RISING if change > 0 else Trend.FALLING


def trend(points: Sequence[Point], aim: AimLine | None = None) -> Trend:
    return _classify(points, points, aim)


def recent_trend(points: Sequence[Point], aim: AimLine | None = None) -> Trend:
    """The trend of the last three points (the range still that of the goal)."""
    pts = ordered(points)
    if len(pts) < RECENT:
        return Trend.TOO_FEW
    return _classify(pts[-RECENT:], pts, aim)


def aim_on(aims: Sequence[AimLine], day: dt.date) -> AimLine | None:
    """The aim line of the version covering ``day`` (the newest that does), else the nearest before."""
    covering = [a for a in aims if a.start <= day <= a.end]
    if covering:
        return max(covering, key=lambda a: (a.start, a.version_id))
    before = [a for a in aims if a.end < day]
    return max(before, key=lambda a: a.end) if before else None


def behind_aim(points: Sequence[Point], aims: Sequence[AimLine]) -> bool:
    pts = ordered(points)
    if len(pts) < RECENT:
        return False
    for day, value in pts[-RECENT:]:
        aim = aim_on(aims, day)
        if aim is None or aim.direction == 0:
            return False
        if (value - aim.at(day)) * aim.direction >= 0:
            return False
    return True


def moving_away(recent: Trend, direction: int) -> bool:
    return (recent is Trend.FALLING and direction > 0) or (recent is Trend.RISING and direction < 0)


#: A disagreement, by code (the window, the binder and letters show the words; --json keeps the code).
FLAT_BUT_PROGRESSING = "flat_but_progressing"
AWAY_BUT_PROGRESSING = "away_but_progressing"
MET_BUT_SHORT = "met_but_short"


@dataclass(frozen=True)
class Disagreement:
    code: str
    #: The plain sentence ("The report of March 27, 2026 says "progressing", but …").
    text: str


_SAYS_PROGRESS = (GoalStatus.PROGRESSING.value, GoalStatus.MET.value)


def disagreement(
    status: str,
    report_day: dt.date,
    points: Sequence[Point],
    aims: Sequence[AimLine],
    say_day: str,
    say_status: str,
) -> Disagreement | None:
    """Whether the school's ``status`` on ``report_day`` disagrees with the points measured on or
    before that day (see the module's docstring). ``say_day`` and ``say_status`` are their words."""
    if status not in _SAYS_PROGRESS:
        return None
    before = [p for p in ordered(points) if p[0] <= report_day]
    aim = aim_on(aims, report_day)
    direction = aim.direction if aim is not None else 0
    reached = (
        aim is not None and direction != 0 and bool(before) and (before[-1][1] - aim.target) * direction >= 0
    )
    if status == GoalStatus.MET.value:
        # A goal met and kept is flat; only a target not reached disagrees with "met".
        if aim is None or direction == 0 or not before or reached:
            return None
        return Disagreement(
            MET_BUT_SHORT,
            _(
                'The report of {day} says "{status}", but the last value before it ({value}) has not reached '
                "the target ({target})."
            ).format(day=say_day, status=say_status, value=plain(before[-1][1]), target=plain(aim.target)),
        )
    if reached:
        return None
    recent = recent_trend(before, aim)
    if recent is Trend.FLAT:
        return Disagreement(
            FLAT_BUT_PROGRESSING,
            _('The report of {day} says "{status}", but the last three points before it are flat.').format(
                day=say_day, status=say_status
            ),
        )
    if moving_away(recent, direction):
        return Disagreement(
            AWAY_BUT_PROGRESSING,
            _(
                'The report of {day} says "{status}", but the last three points before it move away from the '
                "target."
            ).format(day=say_day, status=say_status),
        )
    return None


def plain(value: Decimal) -> str:
    """A computed Decimal without exponent or trailing zeros ("62.5", "40"); typed values are shown as
    typed."""
    return format(value.normalize(), "f")
