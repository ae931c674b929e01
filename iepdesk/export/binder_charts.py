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
