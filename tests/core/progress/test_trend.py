"""Values as typed, and the trend / recent trend / aim line / disagreement on hand-made series
(pure functions: no case needed)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from iepdesk.progress import trend as t
from iepdesk.progress import values
from iepdesk.progress.lines import AimLine

D = dt.date
START = D(2025, 9, 1)


def pts(*pairs: tuple[int, str]) -> list[tuple[dt.date, Decimal]]:
    """Points at START + days."""
    return [(START + dt.timedelta(days=d), Decimal(v)) for d, v in pairs]


def aim(baseline: str = "40", target: str = "80", days: int = 364) -> AimLine:
    return AimLine(1, 1, START, START + dt.timedelta(days=days), Decimal(baseline), Decimal(target))


# --- values ---------------------------------------------------------------------------------------


def test_a_value_is_kept_as_typed_and_read_exactly() -> None:
    assert values.problem("62.50") is None
    assert values.parse("62.50") == Decimal("62.5")
    assert str(values.parse("62.50")) == "62.50"  # the trailing zero is not lost
    assert values.parse("-3") == Decimal(-3)
    assert values.parse(" 7 ") == Decimal(7)
    assert values.optional("  ") is None


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("45%", "Type the number only (45, not 45%); the unit goes in its own box."),
        ("1,5", "Type the number with a point for decimals and no thousands separator, such as 62.5."),
        ("", "Type the value, such as 45 or 62.5."),
        ("   ", "Type the value, such as 45 or 62.5."),
        ("abc", "Type a number, such as 45 or 62.5 (up to 4 decimals)."),
        ("1.23456", "Type a number, such as 45 or 62.5 (up to 4 decimals)."),
        # Digits of other scripts would be read as numbers by Decimal but kept in a form the school's
        # papers and the binder do not use: only 0-9.
        ("\u0664\u0665", "Type a number, such as 45 or 62.5 (up to 4 decimals)."),
        ("\uff14\uff15", "Type a number, such as 45 or 62.5 (up to 4 decimals)."),
    ],
)
def test_values_refused_with_their_sentence(typed: str, sentence: str) -> None:
    assert values.problem(typed) == sentence
    with pytest.raises(values.BadValue, match=r"^Type "):
        values.parse(typed)


def test_four_decimals_is_the_most() -> None:
    assert values.problem("1.2345") is None  # 4 decimals: inside
    assert values.problem("1.23456") is not None  # 5: outside


# --- trend ----------------------------------------------------------------------------------------


def test_rising_over_three_weeks() -> None:
    # Days 0, 7, 14 evenly spaced: the least-squares slope is (60-40)/14, the fitted change over the
    # 14 days 20 > 5 % of 40 (=2): rising.
    series = pts((0, "40"), (7, "50"), (14, "60"))
    line = t.fit(series)
    assert line is not None
    assert line.change == 20
    assert (line.start_value, line.end_value) == (40, 60)
    assert t.trend(series, aim()) is t.Trend.RISING


def test_flat_within_five_percent_of_the_range() -> None:
    # 40, 41, 40 evenly spaced: slope = ((-7)(-1/3) + 0 + 7(-1/3)) / 98 = 0: change 0 <= 2: flat.
    series = pts((0, "40"), (7, "41"), (14, "40"))
    line = t.fit(series)
    assert line is not None and line.change == 0
    assert t.trend(series, aim("40", "80")) is t.Trend.FLAT


def test_falling() -> None:
    # 60, 50, 40: change -20, |-20| > 2: falling.
    assert t.trend(pts((0, "60"), (7, "50"), (14, "40")), aim()) is t.Trend.FALLING


def test_too_few_points() -> None:
    assert t.trend(pts((0, "40"), (7, "60")), aim()) is t.Trend.TOO_FEW
    same_day = pts((3, "40"), (3, "50"), (3, "60"))
    assert t.fit(same_day) is None
    assert t.trend(same_day, aim()) is t.Trend.TOO_FEW
    assert t.recent_trend(same_day, aim()) is t.Trend.TOO_FEW


@pytest.mark.parametrize("days", [(0, 7, 14), (0, 3, 10), (0, 1, 4), (0, 5, 8), (0, 3, 16), (0, 60, 125)])
def test_the_five_percent_boundary_exactly(days: tuple[int, int, int]) -> None:
    # Range 40..80 = 40, 5 % = 2. For x = days, y = 40 + x * 2 / span the points lie ON a line whose
    # change over the span is exactly 2 (least squares returns that line): flat (<= 2). Raise the last
    # point by 0.0001 over days (0, 7, 14): slope = sum((x - 7) * dy) / 98 = 7 * 0.0001 / 98, change
    # 14 * that = 0.00005 over 2: rising. The same at spacings whose values 40 + 2x/span are exact
    # (typable: 4 decimals at most) and whose mean day is not a whole day.
    a, _b, c = days
    span = Decimal(c - a)
    on_line = [(START + dt.timedelta(days=x), 40 + Decimal(x - a) * 2 / span) for x in days]
    line = t.fit(on_line)
    assert line is not None
    assert line.change == 2
    assert t.trend(on_line, aim("40", "80")) is t.Trend.FLAT
    assert t.recent_trend(on_line, aim("40", "80")) is t.Trend.FLAT
    above = [*on_line[:-1], (on_line[-1][0], on_line[-1][1] + Decimal("0.0001"))]
    assert t.trend(above, aim("40", "80")) is t.Trend.RISING
    below = [*on_line[:-1], (on_line[-1][0], on_line[-1][1] - Decimal("0.0001"))]
    assert t.trend(below, aim("40", "80")) is t.Trend.FLAT


@pytest.mark.parametrize(
    ("days", "typed"),
    [
        # Found by search: each lies on a line rising exactly 2 over its span (6.8092 + 2 * 98 / 125 =
        # 8.3772; 999.1968 + 2 * 10 / 25 = 999.9968; 99.2657 + 2 * 10 / 16 = 100.5157), so the change is
        # exactly 5 % of 40 and the trend flat. Decimal division rounded the change to
        # 2.000000000000000000000000001 (and so on) and called them rising before the fix.
        ((0, 98, 125), ("6.8092", "8.3772", "8.8092")),
        ((0, 10, 25), ("999.1968", "999.9968", "1001.1968")),
        ((0, 10, 16), ("99.2657", "100.5157", "101.2657")),
    ],
)
def test_a_change_of_exactly_five_percent_is_flat_whatever_the_values(
    days: tuple[int, int, int], typed: tuple[str, str, str]
) -> None:
    series = pts(*zip(days, typed, strict=True))
    line = t.fit(series)
    assert line is not None and line.change == 2
    assert t.trend(series, aim("40", "80")) is t.Trend.FLAT
    assert t.recent_trend(series, aim("40", "80")) is t.Trend.FLAT


def test_the_boundary_falling_side() -> None:
    # 80, 79, 78 over 0, 7, 14: change -2, |-2| <= 2: flat; 77.9999 at the end: change -2.00005: falling.
    assert t.trend(pts((0, "80"), (7, "79"), (14, "78")), aim()) is t.Trend.FLAT
    assert t.trend(pts((0, "80"), (7, "79"), (14, "77.9999")), aim()) is t.Trend.FALLING


def test_without_baseline_and_target_the_range_is_the_largest_value() -> None:
    # No aim: range = largest |value| = 100, 5 % = 5. 95, 97, 100 over 0, 7, 14: change 5: flat.
    assert t.trend(pts((0, "95"), (7, "97"), (14, "100"))) is t.Trend.FLAT
    # 94.9999 first: change 5.0001 > 5: rising.
    assert t.trend(pts((0, "94.9999"), (7, "97"), (14, "100"))) is t.Trend.RISING
    # Negative values count by size: -100, -97, -95: largest |v| 100, change 5: flat.
    assert t.trend(pts((0, "-100"), (7, "-97"), (14, "-95"))) is t.Trend.FLAT
    # All zero: range 1, change 0: flat.
    assert t.trend(pts((0, "0"), (7, "0"), (14, "0"))) is t.Trend.FLAT
    # Baseline = target gives no range either: the largest value again (100, 5 % = 5).
    assert t.trend(pts((0, "95"), (7, "97"), (14, "100")), aim("50", "50")) is t.Trend.FLAT


def test_a_goal_whose_target_is_below_its_baseline() -> None:
    # Behaviour goal 10 -> 2 incidents a week: range 8, 5 % = 0.4. 10, 8, 6: change -4: falling, and
    # falling is progress (direction -1).
    goal = aim("10", "2")
    assert goal.direction == -1
    assert t.trend(pts((0, "10"), (7, "8"), (14, "6")), goal) is t.Trend.FALLING
    # 6, 6.2, 6.4: change 0.4 <= 0.4: flat; 6.5 at the end: 0.5: rising (away from the target).
    assert t.trend(pts((0, "6"), (7, "6.2"), (14, "6.4")), goal) is t.Trend.FLAT
    assert t.trend(pts((0, "6"), (7, "6.2"), (14, "6.5")), goal) is t.Trend.RISING


# --- recent trend, aim line -----------------------------------------------------------------------


def test_recent_trend_uses_the_last_three_only() -> None:
    # Overall 20 -> 60 rises; the last three (60, 60, 60) are flat.
    series = pts((0, "20"), (7, "40"), (14, "60"), (21, "60"), (28, "60"))
    assert t.trend(series, aim()) is t.Trend.RISING
    assert t.recent_trend(series, aim()) is t.Trend.FLAT
    # Typed in any order: the same.
    assert t.recent_trend(list(reversed(series)), aim()) is t.Trend.FLAT
    assert t.recent_trend(series[:2], aim()) is t.Trend.TOO_FEW


def test_aim_line_at_a_day() -> None:
    # 40 -> 80 over 364 days: on day 91 40 + 40 * 91 / 364 = 50.
    goal = aim()
    assert goal.at(START + dt.timedelta(days=91)) == 50
    assert goal.at(START - dt.timedelta(days=1)) == 40
    assert goal.at(START + dt.timedelta(days=400)) == 80


def test_behind_aim_all_last_three_below_for_a_rising_goal() -> None:
    # Aim on day 91 = 50, 182 = 60, 273 = 70. Each point 1 below: behind.
    goal = aim()
    below = pts((0, "45"), (91, "49"), (182, "59"), (273, "69"))
    assert t.behind_aim(below, [goal])
    # One of the last three ON the line (60 on day 182): not behind.
    assert not t.behind_aim(pts((91, "49"), (182, "60"), (273, "69")), [goal])
    # An early point below does not count once the last three are above.
    assert not t.behind_aim(pts((0, "30"), (91, "51"), (182, "61"), (273, "71")), [goal])
    # Two points only: not behind.
    assert not t.behind_aim(pts((182, "59"), (273, "69")), [goal])
    # No baseline/target: never behind.
    assert not t.behind_aim(below, [])


def test_behind_aim_for_a_falling_goal_is_above_the_line() -> None:
    # 10 -> 2 over 364 days: day 91 = 8, 182 = 6, 273 = 4.
    goal = aim("10", "2")
    assert t.behind_aim(pts((91, "8.5"), (182, "6.5"), (273, "4.5")), [goal])
    assert not t.behind_aim(pts((91, "7.5"), (182, "5.5"), (273, "3.5")), [goal])
    assert not t.behind_aim(pts((91, "8.5"), (182, "6"), (273, "4.5")), [goal])  # one on the line


# --- disagreement ---------------------------------------------------------------------------------

REPORT_DAY = START + dt.timedelta(days=30)


def flag(status: str, series: list[tuple[dt.date, Decimal]], aims: list[AimLine]) -> str | None:
    found = t.disagreement(status, REPORT_DAY, series, aims, "October 1, 2025", status)
    return None if found is None else found.code


def test_progressing_while_flat_is_flagged() -> None:
    found = t.disagreement(
        "progressing",
        REPORT_DAY,
        pts((0, "40"), (7, "41"), (14, "40")),
        [aim()],
        "October 1, 2025",
        "progressing",
    )
    assert found is not None
    assert found.code == t.FLAT_BUT_PROGRESSING
    assert found.text == (
        'The report of October 1, 2025 says "progressing", but the last three points before it are flat.'
    )


def test_progressing_while_moving_away_is_flagged() -> None:
    assert flag("progressing", pts((0, "60"), (7, "50"), (14, "40")), [aim()]) == t.AWAY_BUT_PROGRESSING
    # For a goal that should fall, rising is away.
    assert flag("progressing", pts((0, "4"), (7, "6"), (14, "8")), [aim("10", "2")]) == t.AWAY_BUT_PROGRESSING
    # ... and falling is not.
    assert flag("progressing", pts((0, "8"), (7, "6"), (14, "4")), [aim("10", "2")]) is None


def test_progressing_while_rising_is_not_flagged() -> None:
    assert flag("progressing", pts((0, "40"), (7, "50"), (14, "60")), [aim()]) is None


def test_met_while_the_last_value_is_short_of_the_target() -> None:
    found = t.disagreement(
        "met", REPORT_DAY, pts((0, "60"), (7, "70"), (14, "79.5")), [aim()], "October 1, 2025", "met"
    )
    assert found is not None
    assert found.code == t.MET_BUT_SHORT
    assert found.text == (
        'The report of October 1, 2025 says "met", but the last value before it (79.5) has not reached the '
        "target (80)."
    )


def test_met_with_the_target_reached_and_flat_is_not_flagged() -> None:
    assert flag("met", pts((0, "80"), (7, "80"), (14, "80")), [aim()]) is None
    assert flag("met", pts((0, "80"), (7, "80"), (14, "81")), [aim()]) is None


def test_progressing_when_the_target_is_reached_is_not_flagged() -> None:
    # Flat at the target: not a disagreement.
    assert flag("progressing", pts((0, "80"), (7, "80"), (14, "80")), [aim()]) is None
    # Falling goal at 2 (its target): the same.
    assert flag("progressing", pts((0, "2"), (7, "2"), (14, "2")), [aim("10", "2")]) is None


def test_only_points_on_or_before_the_report_day_count() -> None:
    flat = pts((0, "40"), (7, "41"), (30, "40"))  # the last ON the report day: counts
    assert flag("progressing", flat, [aim()]) == t.FLAT_BUT_PROGRESSING
    # A point the day after the report (day 31) would make the last three rise: it does not count.
    assert flag("progressing", [*flat, *pts((31, "70"))], [aim()]) == t.FLAT_BUT_PROGRESSING
    # ... and with only points after the report, too few: no flag.
    assert flag("progressing", pts((31, "40"), (32, "40"), (33, "40")), [aim()]) is None


def test_not_progressing_and_others_never_flag() -> None:
    for status in ("not_progressing", "not_introduced", "other"):
        assert flag(status, pts((0, "40"), (7, "41"), (14, "40")), [aim()]) is None
        assert flag(status, pts((0, "60"), (7, "50"), (14, "40")), [aim()]) is None


def test_without_a_target_flat_flags_and_falling_does_not() -> None:
    assert flag("progressing", pts((0, "40"), (7, "41"), (14, "40")), []) == t.FLAT_BUT_PROGRESSING
    assert flag("progressing", pts((0, "60"), (7, "50"), (14, "40")), []) is None
    assert flag("met", pts((0, "10"), (7, "10"), (14, "10")), []) is None


def test_plain_numbers() -> None:
    assert t.plain(Decimal("62.50")) == "62.5"
    assert t.plain(Decimal("40.000")) == "40"
    assert t.plain(Decimal("1E+2")) == "100"
