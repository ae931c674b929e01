"""The tokens' colours, checked with plain arithmetic (no QApplication): every text and background pair
the tokens define meets WCAG 2.x AA in both schemes, non-text parts meet 3:1, and the four session
states the parent must tell apart stay apart for protanopia, deuteranopia and tritanopia."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from colour_science import contrast, delta_e2000, delta_e2000_lab, simulate

from ui.theme.tokens import DARK, LIGHT, Pill, Tokens, blend, spacing

TEXT, LARGE, NON_TEXT = 4.5, 3.0, 3.0
SCHEMES = (LIGHT, DARK)


def pills(t: Tokens) -> dict[str, Pill]:
    k = t.calendar
    return {
        "delivered": k.delivered,
        "shortened": k.shortened,
        "missed": k.missed,
        "makeup": k.makeup,
        "expected": k.expected,
    }


def pairs(t: Tokens) -> list[tuple[str, str, str, str, float]]:
    """(category, what, foreground, background, minimum ratio) for every pair the tokens define."""
    c, k, ch, s = t.colours, t.calendar, t.chart, t.status
    out: list[tuple[str, str, str, str, float]] = []
    grounds = {"window": c.window, "surface": c.surface, "surface_alt": c.surface_alt}
    for ground, bg in grounds.items():
        for name in ("text", "muted", "danger", "warning", "success", "link", "link_visited"):
            out.append(("text", f"{name} on {ground}", getattr(c, name), bg, TEXT))
        out.append(("focus ring", f"focus on {ground}", c.focus, bg, NON_TEXT))
        out.append(("borders", f"border on {ground}", c.border, bg, NON_TEXT))
    out += [
        ("text", "text on button", c.text, c.button, TEXT),
        ("text", "text on a toggle button that is on", c.text, c.toggled, TEXT),
        ("borders", "accent edge of a toggle button that is on", c.accent, c.toggled, NON_TEXT),
        ("text", "placeholder on surface", c.placeholder, c.surface, TEXT),
        ("text", "placeholder on surface_alt", c.placeholder, c.surface_alt, TEXT),
        ("text", "placeholder on window (hints under a field)", c.placeholder, c.window, TEXT),
        ("text", "text on mark (a sharp phrase marked in an editor)", c.text, c.mark, TEXT),
        ("text", "accent_text on accent", c.accent_text, c.accent, TEXT),
        ("text", "selected_text on selection", c.selected_text, c.selection, TEXT),
        ("text", "tooltip_text on tooltip", c.tooltip_text, c.tooltip, TEXT),
        ("text", "mark_text on mark", c.mark_text, c.mark, TEXT),
        ("text", "text on flag_row", c.text, c.flag_row, TEXT),
        ("text", "muted on button", c.muted, c.button, TEXT),
        ("disabled text", "disabled on window (exempt in WCAG; kept readable)", c.disabled, c.window, LARGE),
        ("disabled text", "disabled on surface", c.disabled, c.surface, LARGE),
        ("borders", "border on button", c.border, c.button, NON_TEXT),
    ]
    days = {"cell": k.cell, "no_school": k.no_school, "week_column": k.week_column}
    for ground, bg in days.items():
        out.append(("calendar text", f"day_ink on {ground}", k.day_ink, bg, TEXT))
        out.append(("calendar text", f"faded_ink on {ground}", k.faded_ink, bg, TEXT))
        out.append(("calendar text", f"incident_ink on {ground}", k.incident_ink, bg, TEXT))
        out.append(("grid lines", f"grid on {ground}", k.grid, bg, NON_TEXT))
        out.append(("focus ring", f"selected day frame on {ground}", k.selected, bg, NON_TEXT))
    out += [
        ("calendar text", "no_school_ink on no_school", k.no_school_ink, k.no_school, TEXT),
        ("calendar text", "no_school_ink on its hatch", k.no_school_ink, k.no_school_hatch, TEXT),
        ("calendar text", "day_ink on the day-off hatch", k.day_ink, k.no_school_hatch, TEXT),
        ("calendar text", "faded_ink on the day-off hatch", k.faded_ink, k.no_school_hatch, TEXT),
        ("calendar text", "today_ink on today", k.today_ink, k.today, TEXT),
    ]
    for state, pill in pills(t).items():
        out.append(("calendar text", f"{state} ink on its fill", pill.ink, pill.fill, TEXT))
        for ground, bg in (("cell", k.cell), ("no_school", k.no_school)):
            faded = blend(pill.fill, bg, k.faded_mix)
            out.append(("calendar text", f"{state} ink on its faded fill on {ground}", pill.ink, faded, TEXT))
    out.append(("chart", "chart ink on its background", ch.ink, ch.background, TEXT))
    out.append(("chart", "bar edge on the background", ch.edge, ch.background, NON_TEXT))
    for name in ("delivered", "excused", "missed", "unknown", "still_to_come"):
        for ground, bg in (("chart", ch.background), ("window", c.window), ("surface", c.surface)):
            out.append(("chart", f"series {name} on {ground}", getattr(s, name), bg, NON_TEXT))
    return out


@pytest.mark.parametrize("tokens", SCHEMES, ids=lambda t: t.name)
def test_every_pair_the_tokens_define_meets_its_ratio(tokens: Tokens) -> None:
    failures = [
        f"{what}: {contrast(fg, bg):.2f}:1 < {least}:1"
        for _c, what, fg, bg, least in pairs(tokens)
        if contrast(fg, bg) < least
    ]
    assert failures == []


@pytest.mark.parametrize("tokens", SCHEMES, ids=lambda t: t.name)
def test_the_pairs_cover_every_text_colour(tokens: Tokens) -> None:
    """A colour added to the tokens without a pair here would go unchecked."""
    used = {fg for *_x, fg, _bg, _m in pairs(tokens)} | {bg for *_x, _fg, bg, _m in pairs(tokens)}
    c = tokens.colours
    declared = {name: value for name, value in vars(c).items() if name != "divider"}  # decorative
    assert {name for name, value in declared.items() if value not in used} == set()


def test_the_measured_failures_of_issue_15_are_fixed_in_light() -> None:
    """The old colours (Fusion's highlight, #8a8a8a faded days on white and on #e4e4e4, #b8b8b8 grid
    lines, the chart's #9a9a9a excused) measured 3.69, 3.45, 2.72, 1.98 and 2.81 to 1."""
    assert round(contrast("#ffffff", "#308cc6"), 2) == 3.69
    assert round(contrast("#8a8a8a", "#ffffff"), 2) == 3.45
    assert round(contrast("#8a8a8a", "#e4e4e4"), 2) == 2.72
    assert round(contrast("#b8b8b8", "#ffffff"), 2) == 1.98
    assert round(contrast("#9a9a9a", "#ffffff"), 2) == 2.81
    c, k = LIGHT.colours, LIGHT.calendar
    assert contrast(c.selected_text, c.selection) >= TEXT
    assert contrast(c.placeholder, c.surface) >= TEXT
    assert contrast(k.faded_ink, k.cell) >= TEXT
    assert contrast(k.faded_ink, k.no_school) >= TEXT
    assert contrast(k.grid, k.cell) >= NON_TEXT
    assert contrast(LIGHT.status.excused, LIGHT.chart.background) >= NON_TEXT
    assert contrast(LIGHT.status.excused, c.surface) >= NON_TEXT


def test_the_contrast_function_against_published_figures() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.005)  # the well-known AA grey
    assert contrast("#777777", "#ffffff") < TEXT < contrast("#767676", "#ffffff")


def test_the_colour_difference_against_sharma_2005() -> None:
    """Pairs 1, 13, 15 and 16 of Sharma, Wu & Dalal's CIEDE2000 test data."""
    assert delta_e2000_lab((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)
    assert delta_e2000_lab((50, -0.001, 2.49), (50, 0.0009, -2.49)) == pytest.approx(4.8045, abs=1e-4)
    assert delta_e2000_lab((50, -0.001, 2.49), (50, 0.0011, -2.49)) == pytest.approx(4.7461, abs=1e-4)
    assert delta_e2000_lab((50, 2.5, 0), (50, 0, -2.5)) == pytest.approx(4.3065, abs=1e-4)


def test_the_simulation_loses_red_green_and_keeps_grey() -> None:
    """Red and green that anyone tells apart come close for deuteranopia; a grey stays itself."""
    assert delta_e2000("#d62728", "#2ca02c") > 60
    red, green = simulate("#d62728", "deuteranopia"), simulate("#2ca02c", "deuteranopia")
    assert delta_e2000(red, green) < 25
    for deficiency in ("protanopia", "deuteranopia", "tritanopia"):
        assert delta_e2000(simulate("#808080", deficiency), "#808080") < 1.0


#: The least CIEDE2000 difference between any two of the four states, as seen with each deficiency.
#: ΔE00 ≈ 1 is just noticeable with the two colours side by side in ideal light; the calendar shows
#: them as small pills, often not next to each other, on screens of unknown calibration, so 1 is far too
#: little. Categorical palettes meant to be named at a glance (Tableau 10, Okabe–Ito) keep their
#: neighbours some 15–20 apart; as symbols, patterns and bold already carry each state (colour is never
#: the only cue, WCAG 1.4.1), the colour only has to look different, not be named: 10 (ten times the
#: just-noticeable difference, "clearly different" in the usual reading of ΔE00) for the strong colours
#: of the chart and the legend. The pills' fills are light (or dark) tints that mostly differ in hue
#: by design; they must still stay 5 apart (clearly visible side by side).
STRONG_APART = 10.0
FILL_APART = 5.0
FOUR = ("delivered", "missed", "excused", "makeup")
DEFICIENCIES = ("protanopia", "deuteranopia", "tritanopia")


def least_apart(colours: dict[str, str], deficiency: str | None) -> tuple[float, str]:
    seen = {k: (simulate(v, deficiency) if deficiency else v) for k, v in colours.items()}
    return min((delta_e2000(seen[a], seen[b]), f"{a}/{b}") for a, b in itertools.combinations(seen, 2))


@pytest.mark.parametrize("tokens", SCHEMES, ids=lambda t: t.name)
@pytest.mark.parametrize("deficiency", [None, *DEFICIENCIES])
def test_the_four_states_stay_apart_for_colour_blind_eyes(tokens: Tokens, deficiency: str | None) -> None:
    strong = {name: getattr(tokens.status, name) for name in FOUR}
    distance, pair = least_apart(strong, deficiency)
    assert distance >= STRONG_APART, pair
    # the calendar has no "excused" pill (an excused miss is a missed session with a reason)
    fills = {name: getattr(tokens.calendar, name).fill for name in ("delivered", "missed", "makeup")}
    fills["shortened"] = tokens.calendar.shortened.fill
    distance, pair = least_apart(fills, deficiency)
    assert distance >= FILL_APART, pair


def test_spacing_is_a_4_px_grid() -> None:
    assert [spacing(n) for n in (0, 1, 2, 6)] == [0, 4, 8, 24]


def test_blend() -> None:
    assert blend("#000000", "#ffffff", 0.5) == "#808080"
    assert blend("#102030", "#102030", 0.3) == "#102030"
    assert blend("#ff0000", "#0000ff", 0.0) == "#ff0000"


def test_no_colour_is_written_into_the_window_outside_the_theme() -> None:
    """A colour typed into a widget would skip the contrast test and stay the same in dark."""
    ui = Path(__file__).resolve().parents[2] / "ui"
    literal = re.compile(r"QColor\(\s*([\"'0-9])|#[0-9a-fA-F]{6}\b")
    found = [
        f"{path.relative_to(ui)}:{number}"
        for path in sorted(ui.rglob("*.py"))
        if "theme" not in path.relative_to(ui).parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if literal.search(line)
    ]
    assert found == []


def test_headings_keep_to_the_type_scale() -> None:
    from ui.theme.tokens import METRICS
    from ui.widgets.labels import type_step

    assert type_step(1.1) == type_step(1.15) == METRICS.h3
    assert type_step(1.3) == type_step(1.5) == METRICS.h2  # 1.5 is nearer 1.35 than 1.7
    assert type_step(1.6) == type_step(2.5) == METRICS.h1
    assert METRICS.body < METRICS.h3 < METRICS.h2 < METRICS.h1
