"""Charts in the binder (reportlab graphics), readable in greyscale."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from iepdesk.export import fonts
from iepdesk.i18n import _, short_month


def ledger_chart(rows: list[Any], width: float) -> Any:
    """Bars per month: required (light grey) and delivered (dark), readable in greyscale."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    rows = at_most(rows, 24)
    height = 150
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 36, 30, width - 150, height - 52
    chart.data = [[r.figures.required for r in rows], [r.figures.delivered + r.figures.made_up for r in rows]]
    chart.categoryAxis.categoryNames = [short_month(r.bucket_start) for r in rows]  # "Aug '26", "ago '26"
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 45 if len(rows) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(rows) > 8 else "n"
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#CCCCCC")
    chart.bars[1].fillColor = colors.HexColor("#333333")
    chart.barSpacing = 1
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 105, height - 20
    legend.fontName, legend.fontSize = fonts.REGULAR, 8
    legend.colorNamePairs = [
        (colors.HexColor("#CCCCCC"), _("Required")),
        (colors.HexColor("#333333"), _("Provided")),
    ]
    drawing.add(legend)
    drawing.add(String(0, height - 10, _("minutes"), fontName=fonts.REGULAR, fontSize=7))
    return drawing


@dataclass(frozen=True)
class ChartBar:
    bucket_start: dt.date
    figures: Any


def at_most(rows: list[Any], bars: int) -> list[Any]:
    """Consecutive months merged so a chart has at most ``bars`` bars (ten years stay readable)."""
    if len(rows) <= bars:
        return rows
    size = -(-len(rows) // bars)
    merged = []
    for i in range(0, len(rows), size):
        group = rows[i : i + size]
        figures = type(group[0].figures)()
        for r in group:
            figures.required += r.figures.required
            figures.delivered += r.figures.delivered
            figures.made_up += r.figures.made_up
        merged.append(ChartBar(group[0].bucket_start, figures))
    return merged


# ---- a goal's chart ---------------------------------------------------------------------------------

#: Greys of the goal chart: each line also has its own style (solid, dashed, dotted) and each marker
#: its own shape, so nothing depends on colour.
_INK, _AIM, _GRID, _STATUS = "#000000", "#555555", "#DDDDDD", "#777777"


def _nice_step(span: float, ticks: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving about ``ticks`` ticks over ``span``."""
    import math

    raw = span / max(1, ticks)
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)


def _value_range(values: list[float]) -> tuple[float, float, float]:
    """The value axis: from a round number below the lowest value (0 when it is near) to one above the
    highest, and the step of its ticks."""
    import math

    lo, hi = min(values), max(values)
    if lo >= 0 and lo <= hi - lo:
        lo = 0.0
    if hi == lo:
        hi, lo = hi + 1, lo - 1 if lo > 0 else lo
    step = _nice_step(hi - lo)
    return math.floor(lo / step) * step, math.ceil(hi / step) * step, step


def _months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    day = dt.date(first.year, first.month, 1)
    if day < first:
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    out = []
    while day <= last:
        out.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return out


def goal_chart(progress: Any, width: float) -> Any:
    """A goal's points (circles; squares for values from a school report), the fitted trend (dashed),
    the aim line from baseline to target (solid), each report's stated status at its date (dotted,
    its words above the chart), and a legend. ``progress``: a GoalProgress with at least one point."""
    from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from iepdesk.progress.reports import status_words

    ink, aim_grey, grid, status_grey = (colors.HexColor(c) for c in (_INK, _AIM, _GRID, _STATUS))
    points = [(p.day, float(p.number), p.source == "school_report") for p in progress.points]
    aims = list(progress.aims)
    fit = progress.fit
    stated = list(progress.stated)
    days = [d for d, _v, _s in points] + [a.start for a in aims] + [a.end for a in aims]
    days += [s.received_on for s in stated]
    first: dt.date = min(days)
    last: dt.date = max(days)
    if (last - first).days < 30:
        first, last = first - dt.timedelta(days=15), last + dt.timedelta(days=15)
    values = [v for _d, v, _s in points] + [float(a.baseline) for a in aims] + [float(a.target) for a in aims]
    if fit is not None:
        values += [float(fit.start_value), float(fit.end_value)]
    lo, hi, step = _value_range(values)

    height, left, right, bottom, top = 205.0, 40.0, 10.0, 56.0, 34.0
    plot_w, plot_h = width - left - right, height - bottom - top
    span = max(1, (last - first).days)

    def x(day: dt.date) -> float:
        return float(left + plot_w * (day - first).days / span)

    def y(value: float) -> float:
        return bottom + plot_h * (value - lo) / (hi - lo)

    drawing = Drawing(width, height)
    size = 7
    # The value axis: grid lines and numbers; the unit above them.
    tick = lo
    while tick <= hi + step / 1000:
        drawing.add(Line(left, y(tick), left + plot_w, y(tick), strokeColor=grid, strokeWidth=0.5))
        label = f"{tick:g}"
        drawing.add(
            String(left - 4, y(tick) - 2.5, label, fontName=fonts.REGULAR, fontSize=size, textAnchor="end")
        )
        tick += step
    if progress.line.unit:  # along the value axis, clear of the statuses' words above the chart
        unit = Group(
            String(0, 0, progress.line.unit, fontName=fonts.REGULAR, fontSize=size, textAnchor="middle"),
            transform=(0, 1, -1, 0, 7, bottom + plot_h / 2),
        )
        drawing.add(unit)
    drawing.add(Rect(left, bottom, plot_w, plot_h, fillColor=None, strokeColor=ink, strokeWidth=0.6))
    # The time axis: a tick at each month's first day (at most eight labelled).
    months = _months_between(first, last)
    every = max(1, -(-len(months) // 8))
    for n, month in enumerate(months):
        drawing.add(Line(x(month), bottom, x(month), bottom - 3, strokeColor=ink, strokeWidth=0.6))
        if n % every == 0:
            drawing.add(
                String(
                    x(month),
                    bottom - 12,
                    short_month(month),
                    fontName=fonts.REGULAR,
                    fontSize=size,
                    textAnchor="middle",
                )
            )
    # The school's stated statuses: a dotted line at each report's date, its words above the chart,
    # on a second row when they would touch the previous ones.
    row_right = [-1e9, -1e9]
    for s in stated:
        sx = x(s.received_on)
        drawing.add(
            Line(
                sx,
                bottom,
                sx,
                bottom + plot_h,
                strokeColor=status_grey,
                strokeWidth=0.8,
                strokeDashArray=[1, 2],
            )
        )
        text = status_words(s.status)
        w = stringWidth(text, fonts.REGULAR, size)
        lx = min(max(sx - w / 2, 0), width - w)
        row = 0 if lx > row_right[0] + 4 else 1
        row_right[row] = lx + w
        ly = bottom + plot_h + 5 + 11 * row
        if row:
            drawing.add(
                Line(
                    sx,
                    bottom + plot_h,
                    sx,
                    ly - 1,
                    strokeColor=status_grey,
                    strokeWidth=0.5,
                    strokeDashArray=[1, 2],
                )
            )
        drawing.add(String(lx, ly, text, fontName=fonts.REGULAR, fontSize=size, fillColor=ink))
    # The aim line of each IEP version, then the trend, then the points on top.
    for a in aims:
        drawing.add(
            Line(
                x(a.start),
                y(float(a.baseline)),
                x(a.end),
                y(float(a.target)),
                strokeColor=aim_grey,
                strokeWidth=1.6,
            )
        )
    if fit is not None:
        drawing.add(
            Line(
                x(fit.start),
                y(float(fit.start_value)),
                x(fit.end),
                y(float(fit.end_value)),
                strokeColor=ink,
                strokeWidth=1.1,
                strokeDashArray=[5, 3],
            )
        )
    for day, value, from_report in points:
        px, py = x(day), y(value)
        if from_report:
            drawing.add(Rect(px - 3, py - 3, 6, 6, fillColor=colors.white, strokeColor=ink, strokeWidth=1.1))
        else:
            drawing.add(Circle(px, py, 2.7, fillColor=ink, strokeColor=ink, strokeWidth=0.5))
    _goal_legend(
        drawing,
        width,
        any(r for _d, _v, r in points),
        any(not r for _d, _v, r in points),
        bool(aims),
        fit is not None,
        bool(stated),
    )
    return drawing


def _goal_legend(
    drawing: Any, width: float, squares: bool, circles: bool, aim: bool, trend: bool, statuses: bool
) -> None:
    """The legend under the time axis: each sample drawn as on the chart, then its words."""
    from reportlab.graphics.shapes import Circle, Line, Rect, String
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    ink = colors.HexColor(_INK)
    items: list[tuple[str, str]] = []
    if circles:
        items.append(("circle", _("Data point")))
    if squares:
        items.append(("square", _("Value from a school report")))
    if trend:
        items.append(("dashed", _("Trend")))
    if aim:
        items.append(("solid", _("Aim line: baseline to target")))
    if statuses:
        items.append(("dotted", _("The school's stated status")))
    size, cx, cy = 7.5, 40.0, 18.0
    for shape, text in items:
        w = 22 + stringWidth(text, fonts.REGULAR, size) + 14
        if cx + w > width and cx > 40:
            cx, cy = 40.0, cy - 12
        if shape == "circle":
            drawing.add(Circle(cx + 8, cy + 2.5, 2.7, fillColor=ink, strokeColor=ink))
        elif shape == "square":
            drawing.add(
                Rect(cx + 5, cy - 0.5, 6, 6, fillColor=colors.white, strokeColor=ink, strokeWidth=1.1)
            )
        elif shape == "dotted":
            drawing.add(
                Line(
                    cx + 8,
                    cy - 2,
                    cx + 8,
                    cy + 7,
                    strokeColor=colors.HexColor(_STATUS),
                    strokeWidth=0.8,
                    strokeDashArray=[1, 2],
                )
            )
        else:
            dash = [5, 3] if shape == "dashed" else None
            grey = ink if shape == "dashed" else colors.HexColor(_AIM)
            drawing.add(
                Line(
                    cx,
                    cy + 2.5,
                    cx + 17,
                    cy + 2.5,
                    strokeColor=grey,
                    strokeWidth=1.6 if shape == "solid" else 1.1,
                    strokeDashArray=dash,
                )
            )
        drawing.add(String(cx + 22, cy, text, fontName=fonts.REGULAR, fontSize=size))
        cx += w
