"""Properties: the order points are saved in changes nothing; duplicated points change no trend;
shifting every value changes neither the trend nor the fitted change; as the day looked at moves
forward an expected report's state only moves forward (a received one never turns missing)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import factories
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iepdesk import case_settings
from iepdesk.casefile import Case
from iepdesk.model import IepVersion, ProgressReport
from iepdesk.progress import reports as r
from iepdesk.progress import trend as t
from iepdesk.progress.lines import AimLine
from iepdesk.progress.reports import ReportData, ReportState

D = dt.date
START = D(2025, 9, 1)
AIMS = [
    AimLine(1, 1, START, D(2026, 8, 31), Decimal(40), Decimal(80)),
    AimLine(2, 2, D(2026, 2, 1), D(2026, 8, 31), Decimal(10), Decimal(2)),
]
Points = list[tuple[dt.date, Decimal]]
# Values as a parent types them: up to 4 decimals.
values = st.decimals(min_value=-1000, max_value=1000, places=4, allow_nan=False, allow_infinity=False)
point = st.tuples(st.integers(0, 364).map(lambda d: START + dt.timedelta(days=d)), values)
series = st.lists(point, min_size=0, max_size=9)
statuses = st.sampled_from(["progressing", "met", "not_progressing", "not_introduced", "other"])
report_days = st.integers(0, 364).map(lambda d: START + dt.timedelta(days=d))


def everything(pts: Points, status: str, day: dt.date) -> tuple[object, ...]:
    flag = t.disagreement(status, day, pts, AIMS, "that day", status)
    return (
        t.trend(pts, AIMS[0]),
        t.trend(pts),
        t.recent_trend(pts, AIMS[0]),
        t.fit(pts),
        t.behind_aim(pts, AIMS),
        None if flag is None else flag.code,
    )


@given(series, st.randoms(use_true_random=False), statuses, report_days)
def test_the_order_points_are_saved_in_changes_nothing(
    pts: Points, rnd: random.Random, status: str, day: dt.date
) -> None:
    shuffled = list(pts)
    rnd.shuffle(shuffled)
    assert everything(shuffled, status, day) == everything(pts, status, day)


@given(series)
def test_the_same_points_recorded_twice_keep_their_trend(pts: Points) -> None:
    # Each point twice: every sum of the least-squares line doubles, the line is the same one.
    twice = pts + pts
    if len(pts) >= 3:
        assert t.trend(twice, AIMS[0]) is t.trend(pts, AIMS[0])
        assert t.trend(twice) is t.trend(pts)
        found, again = t.fit(pts), t.fit(twice)
        assert (found is None) == (again is None)
        if found is not None and again is not None:
            assert again.change == found.change


@given(
    st.lists(st.integers(1, 60), min_size=2, max_size=8),
    values,
    st.decimals(min_value="2.0001", max_value=50, places=4),
)
def test_a_rising_series_recorded_twice_stays_rising(gaps: list[int], first: Decimal, step: Decimal) -> None:
    # Each point ``step`` (> 2) above the one before: the fitted change is at least one step, more than
    # 5 % of the 40..80 range (2): rising, and recorded twice (in any order) still rising.
    day, value = START, first
    pts = [(day, value)]
    for gap in gaps:
        day, value = day + dt.timedelta(days=gap), value + step
        pts.append((day, value))
    assert t.trend(pts, AIMS[0]) is t.Trend.RISING
    assert t.trend(pts + pts, AIMS[0]) is t.Trend.RISING
    assert t.trend(pts + pts[::-1], AIMS[0]) is t.Trend.RISING


@given(series, values)
def test_shifting_every_value_changes_neither_trend_nor_fitted_change(pts: Points, shift: Decimal) -> None:
    moved = [(day, value + shift) for day, value in pts]
    # With the goal's range (baseline to target), not with the largest value (which a shift moves).
    assert t.trend(moved, AIMS[0]) is t.trend(pts, AIMS[0])
    assert t.recent_trend(moved, AIMS[0]) is t.recent_trend(pts, AIMS[0])
    before, after = t.fit(pts), t.fit(moved)
    assert (before is None) == (after is None)
    if before is not None and after is not None:
        assert after.change == before.change


ORDER = [ReportState.UPCOMING, ReportState.WAITING, ReportState.MISSING, ReportState.RECEIVED]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, 30), st.lists(st.integers(0, 500), min_size=2, max_size=6))
def test_as_of_moving_forward_never_turns_a_state_back(case: Case, grace: int, offsets: list[int]) -> None:
    if not IepVersion.select().exists():
        iep = factories.version(START, D(2026, 8, 31))
        factories.goal(iep)
        # Quarterly from Sep 1, 2025 (no school year: not moved): Dec 1, Mar 1, Jun 1, Aug 31.
        # One received late (Dec 1 -> Dec 20), one early (Mar 1 -> Feb 20); the others never.
        r.save_report(ReportData(int(iep.id), D(2025, 12, 1), D(2025, 12, 20)))
        r.save_report(ReportData(int(iep.id), D(2026, 3, 1), D(2026, 2, 20)))
    assert ProgressReport.select().count() == 2
    chosen = case_settings.load()
    chosen.progress_report_grace_days = grace
    case_settings.save(chosen)
    seen: dict[dt.date, ReportState] = {}
    for day in sorted(START + dt.timedelta(days=o) for o in offsets):
        for expected in r.expected_reports(day):
            before = seen.get(expected.due)
            if before is not None:
                assert ORDER.index(expected.state) >= ORDER.index(before), (expected.due, before, day)
            seen[expected.due] = expected.state
