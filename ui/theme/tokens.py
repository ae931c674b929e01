"""The design tokens, declared once: colours of the light and the dark scheme, the type scale, spacing
on a 4 px grid, corner radii and the focus ring.

Colours are ``"#rrggbb"`` strings (``QColor(current().status.delivered)`` makes one a QColor); this
module imports nothing from Qt, so its contrast is checked by plain tests
(tests/ui/test_ui_theme_tokens.py: every text and background pair at least 4.5:1, large text, focus
ring, grid lines and chart series at least 3:1, the status colours apart for colour-blind eyes).

The window takes its colours from here through the application's palette (ui/theme/apply.py) or,
where it paints, from ``current()``; printed output (letters, the binder) never does.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Colours:
    """The window's colours: what the QPalette and the small stylesheet are built from."""

    window: str  #: behind everything (Window role)
    surface: str  #: panels, inputs, lists, tables (Base role)
    surface_alt: str  #: alternate rows, the sidebar
    button: str
    toggled: str  #: a toggle button that is on (Month / Week), text on it
    text: str  #: body text on window, surface and surface_alt
    muted: str  #: secondary lines (hints, captions) on window and surface
    placeholder: str  #: the grey hint in an empty input, on surface
    disabled: str  #: text of disabled controls (WCAG exempts it; still kept at 3:1)
    accent: str  #: the default button, links, the focus ring
    accent_text: str  #: text on accent
    selection: str  #: the selected row or text (Highlight role)
    selected_text: str  #: text on selection
    focus: str  #: the focus ring, at least 3:1 against window and surface
    border: str  #: edges of inputs and panels, at least 3:1 against window and surface
    divider: str  #: decorative separators only (no meaning rides on them)
    link: str
    link_visited: str
    tooltip: str
    tooltip_text: str
    danger: str  #: as text on window and surface
    warning: str  #: as text on window and surface
    success: str  #: as text on window and surface
    mark: str  #: background of marked words (placeholders in a letter, a sharp phrase)
    mark_text: str  #: text on mark
    flag_row: str  #: a table row that needs attention (a service below its threshold)


@dataclass(frozen=True)
class Status:
    """The session states' own colours: chart bars, legend swatches, pill edges. Each is at least 3:1
    against the chart's background, and the four that must never be confused (delivered, missed,
    excused, make-up) stay apart in the three colour-vision deficiencies; symbols and patterns carry
    them as well."""

    delivered: str
    shortened: str
    missed: str
    excused: str
    makeup: str
    unknown: str  #: minutes not known (cut short, minutes not given)
    still_to_come: str


@dataclass(frozen=True)
class Pill:
    """One session as the calendar shows it: ``ink`` on ``fill``, framed by ``edge``."""

    fill: str
    ink: str
    edge: str


@dataclass(frozen=True)
class Calendar:
    cell: str  #: a school day's background
    day_ink: str  #: the day number
    faded_ink: str  #: day number of a day outside the month shown (still 4.5:1)
    faded_mix: float  #: how far a faded day's pills blend towards the cell (ink stays legible)
    no_school: str  #: a weekend or a day off
    no_school_hatch: str  #: the diagonal lines over a day off
    no_school_ink: str  #: "Winter break" and the like
    grid: str  #: lines between days, 3:1 against cell and no_school
    today: str  #: the disc behind today's number
    today_ink: str
    selected: str  #: the frame around the chosen day, 3:1 against cell and no_school
    incident_ink: str
    week_column: str  #: the weekly sessions column
    delivered: Pill
    shortened: Pill
    missed: Pill
    makeup: Pill
    expected: Pill


@dataclass(frozen=True)
class Chart:
    background: str
    ink: str  #: labels and figures
    edge: str  #: the frame of every bar part (dashed for "not recorded")


@dataclass(frozen=True)
class Metrics:
    """The same in both schemes."""

    #: point-size factors of the platform's font
    body: float = 1.0
    small: float = 0.9
    h3: float = 1.15
    h2: float = 1.35
    h1: float = 1.7
    #: one step of the spacing grid, in px (``spacing(n)`` is n steps)
    grid: int = 4
    radius_small: int = 4
    radius: int = 6
    radius_large: int = 10
    focus_width: int = 2


@dataclass(frozen=True)
class Tokens:
    name: str  #: "light" or "dark"
    colours: Colours
    status: Status
    calendar: Calendar
    chart: Chart
    metrics: Metrics = Metrics()


METRICS = Metrics()

LIGHT = Tokens(
    name="light",
    colours=Colours(
        window="#f4f5f7",
        surface="#ffffff",
        surface_alt="#eef1f5",
        button="#e8ebf0",
        toggled="#cfdcee",
        text="#1d2330",
        muted="#4b5563",
        placeholder="#5c6573",
        disabled="#848b96",
        accent="#1f5a9e",
        accent_text="#ffffff",
        selection="#1f5a9e",
        selected_text="#ffffff",
        focus="#1f5a9e",
        border="#7d8591",
        divider="#d5d9e0",
        link="#1f5a9e",
        link_visited="#6b3fa0",
        tooltip="#1d2330",
        tooltip_text="#ffffff",
        danger="#b3261e",
        warning="#8a5a00",
        success="#1b6e3a",
        mark="#ffe38a",
        mark_text="#1d2330",
        flag_row="#fbe3d6",
    ),
    status=Status(
        delivered="#1b6e53",
        shortened="#8a6d00",
        missed="#b0410b",
        excused="#6b7280",
        makeup="#2a7bc8",
        unknown="#8a6d00",
        still_to_come="#5a7a9c",
    ),
    calendar=Calendar(
        cell="#ffffff",
        day_ink="#1d2330",
        faded_ink="#575f6c",
        faded_mix=0.55,
        no_school="#eceef1",
        no_school_hatch="#dde0e5",
        no_school_ink="#4b5563",
        grid="#7a828e",
        today="#1d2330",
        today_ink="#ffffff",
        selected="#1f5a9e",
        incident_ink="#8a2f00",
        week_column="#f4f5f7",
        delivered=Pill("#cdeede", "#00573f", "#1b6e53"),
        shortened=Pill("#fde3a7", "#6b4a00", "#8a6d00"),
        missed=Pill("#f6c1a6", "#7a2900", "#b0410b"),
        makeup=Pill("#d9dcf6", "#004a80", "#2a7bc8"),
        expected=Pill("#ffffff", "#404652", "#6b7280"),
    ),
    chart=Chart(background="#f4f5f7", ink="#1d2330", edge="#303642"),
)

DARK = Tokens(
    name="dark",
    colours=Colours(
        window="#1b1e23",
        surface="#23272e",
        surface_alt="#2b3038",
        button="#323842",
        toggled="#2f4a70",
        text="#e8eaed",
        muted="#b4bbc6",
        placeholder="#a0a8b4",
        disabled="#7c8491",
        accent="#8ab4f8",
        accent_text="#10161f",
        selection="#3d6fb6",
        selected_text="#ffffff",
        focus="#8ab4f8",
        border="#7a8290",
        divider="#3a404a",
        link="#8ab4f8",
        link_visited="#c6a6f5",
        tooltip="#e8eaed",
        tooltip_text="#1b1e23",
        danger="#ff8f85",
        warning="#f2c25c",
        success="#7fd39a",
        mark="#6b5300",
        mark_text="#fff6d6",
        flag_row="#4d2a1a",
    ),
    status=Status(
        delivered="#4cc29a",
        shortened="#d9b23f",
        missed="#ff8a5c",
        excused="#a3aab6",
        makeup="#5b8def",
        unknown="#d9b23f",
        still_to_come="#8fa9c7",
    ),
    calendar=Calendar(
        cell="#23272e",
        day_ink="#e8eaed",
        faded_ink="#a8b0bb",
        faded_mix=0.55,
        no_school="#2e333b",
        no_school_hatch="#383d46",
        no_school_ink="#b4bbc6",
        grid="#7a8290",
        today="#e8eaed",
        today_ink="#1b1e23",
        selected="#8ab4f8",
        incident_ink="#ffab91",
        week_column="#1f2329",
        delivered=Pill("#1d4a3b", "#c4f2dc", "#4cc29a"),
        shortened=Pill("#6a561b", "#fbe6b0", "#d9b23f"),
        missed=Pill("#5e2f17", "#ffd2bd", "#ff8a5c"),
        makeup=Pill("#183a5e", "#d3e6fa", "#5b8def"),
        expected=Pill("#23272e", "#c8cdd5", "#8a929e"),
    ),
    chart=Chart(background="#1b1e23", ink="#e8eaed", edge="#c8cdd5"),
)

SCHEMES = {"light": LIGHT, "dark": DARK}


def blend(colour: str, other: str, amount: float) -> str:
    """``colour`` moved ``amount`` (0..1) of the way towards ``other``, as ``#rrggbb``."""
    a = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b, strict=True))


def spacing(n: int) -> int:
    """``n`` steps of the 4 px grid."""
    return n * METRICS.grid
