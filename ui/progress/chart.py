"""A goal's chart, painted with QPainter: the data points joined by a thin line, the trend (dashed), the
aim line (solid, thicker, labeled "Aim"), and the school's stated statuses at their report dates.

Readable in greyscale: the three lines differ by style and width, the points are filled circles, the
report marks dotted verticals with their word; a small legend names each. The disagreement and the
"behind the aim line" sentence are shown under the chart by the page, not painted here.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from iepdesk.progress import reports, trend
from iepdesk.progress.summary import GoalProgress
from ui.i18n import translate


class Progress(QObject):
    """The context of the chart's plural texts (a class's tr, which lupdate reads with its count)."""

    if TYPE_CHECKING:  # PySide6's tr is a class method; its type stubs say an instance method

        @classmethod
        def tr(cls, sourceText: str, disambiguation: str | None = None, n: int = -1) -> str: ...


def _day_text(day: dt.date, fmt: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def short_date(day: dt.date) -> str:
    return _day_text(day, translate("Progress", "MMM d, yyyy"))


def _tick_date(day: dt.date) -> str:
    return _day_text(day, translate("Progress", "MMM d"))


@dataclass(frozen=True)
class _Span:
    first: dt.date
    last: dt.date
    low: float
    high: float


def _span(progress: GoalProgress) -> _Span | None:
    days = [p.day for p in progress.points]
    values = [float(p.number) for p in progress.points]
    for aim in progress.aims:
        days += [aim.start, aim.end]
        values += [float(aim.baseline), float(aim.target)]
    days += [s.received_on for s in progress.stated]
    if not days or not values:
        return None
    first, last = min(days), max(days)
    if first == last:
        first, last = first - dt.timedelta(days=7), last + dt.timedelta(days=7)
    low, high = min(values), max(values)
    room = (high - low) * 0.08 or max(abs(high) * 0.1, 1.0)
    low, high = low - room, high + room
    if min(values) >= 0 and low < 0:
        low = 0.0
    return _Span(first, last, low, high)


def _nice_steps(low: float, high: float, count: int = 5) -> list[float]:
    raw = (high - low) / max(count, 1)
    if raw <= 0:
        return [low]
    magnitude = 10 ** int(f"{raw:e}".split("e")[1])
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = (low // step + 1) * step
    steps = []
    value = start
    while value <= high + 1e-9:
        steps.append(value)
        value += step
    return steps


def _number(value: float) -> str:
    return trend.plain(Decimal(str(round(value, 4))))


def describe(progress: GoalProgress | None) -> str:
    """The chart in words, for a screen reader (the chart's accessible description)."""
    if progress is None:
        return translate("Progress", "No goal is chosen.")
    parts: list[str] = []
    unit = progress.line.unit
    points = progress.points
    if points:
        parts.append(
            Progress.tr("%n point(s) from {first} to {last}", "", len(points)).format(
                first=short_date(points[0].day), last=short_date(points[-1].day)
            )
        )
        parts.append(translate("Progress", "trend {trend}").format(trend=trend.trend_words(progress.trend)))
    else:
        parts.append(translate("Progress", "no data points yet"))
    for aim in progress.aims:
        parts.append(
            translate("Progress", "aim line from {baseline} to {target} {unit}")
            .format(baseline=trend.plain(aim.baseline), target=trend.plain(aim.target), unit=unit)
            .strip()
        )
    for stated in progress.stated:
        parts.append(
            translate("Progress", "the report of {day} says {status}").format(
                day=short_date(stated.received_on), status=reports.status_words(stated.status)
            )
        )
    if progress.disagreement is not None:
        parts.append(translate("Progress", "flag: the report and the data disagree"))
    return "; ".join(parts) + "."


class GoalChart(QWidget):
    """The chart of one goal (set_progress); an empty chart says so in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._progress: GoalProgress | None = None
        self.setAccessibleName(translate("Progress", "Chart of the goal's progress"))
        self.setAccessibleDescription(describe(None))
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(620, 300)

    def set_progress(self, progress: GoalProgress | None) -> None:
        self._progress = progress
        self.setAccessibleDescription(describe(progress))
        self.update()

    def progress(self) -> GoalProgress | None:
        return self._progress

    # ---- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink = palette.color(palette.ColorRole.WindowText)
        base = palette.color(palette.ColorRole.Base)
        painter.fillRect(self.rect(), base)
        progress = self._progress
        span = _span(progress) if progress is not None else None
        if progress is None or span is None:
            painter.setPen(ink)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                translate("Progress", "Nothing to draw yet: add a data point, or a baseline and a target."),
            )
            painter.end()
            return
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() * 0.88))
        painter.setFont(small)
        metrics = QFontMetrics(small)
        line_h = metrics.height()
        unit = progress.line.unit
        y_labels = [_number(v) for v in _nice_steps(span.low, span.high)]
        left = 12 + max([metrics.horizontalAdvance(t) for t in y_labels] + [20])
        top = 10 + line_h * 2 + 6  # the legend and the unit above the plot
        right = 18
        bottom = line_h * 2 + 14  # the dates under the axis
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        if plot.width() < 80 or plot.height() < 60:
            painter.end()
            return
        total_days = max((span.last - span.first).days, 1)

        def x_of(day: dt.date) -> float:
            return plot.left() + plot.width() * (day - span.first).days / total_days

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * (value - span.low) / (span.high - span.low)

        faint = QColor(ink)
        faint.setAlpha(40)
        mid = QColor(ink)
        mid.setAlpha(150)
        # grid and value labels
        for value, text in zip(_nice_steps(span.low, span.high), y_labels, strict=True):
            y = y_of(value)
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(mid)
            painter.drawText(
                QRectF(0, y - line_h / 2, left - 6, line_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        painter.setPen(QPen(mid, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        if unit:
            painter.drawText(
                QRectF(4, top - line_h - 4, plot.width(), line_h), Qt.AlignmentFlag.AlignLeft, unit
            )
        # date ticks: as many as fit without touching
        widest = metrics.horizontalAdvance(_tick_date(dt.date(2026, 12, 30))) + 16
        count = max(2, min(8, int(plot.width() // widest)))
        for n in range(count):
            day = span.first + dt.timedelta(days=round(total_days * n / (count - 1)))
            x = x_of(day)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            text = _tick_date(day)
            w = metrics.horizontalAdvance(text)
            tx = min(max(x - w / 2, plot.left() - left + 2), self.width() - w - 2)
            painter.drawText(QPointF(tx, plot.bottom() + 6 + metrics.ascent()), text)
        year_text = (
            str(span.first.year)
            if span.first.year == span.last.year
            else f"{span.first.year}–{span.last.year}"
        )
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 6 + line_h, plot.width(), line_h),
            Qt.AlignmentFlag.AlignHCenter,
            year_text,
        )
        # the school's reports: dotted verticals with their word, staggered so they never overlap
        report_pen = QPen(mid, 1, Qt.PenStyle.DotLine)
        taken: list[tuple[float, float, int]] = []
        for stated in progress.stated:
            x = x_of(stated.received_on)
            painter.setPen(report_pen)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            word = reports.status_words(stated.status)
            w = metrics.horizontalAdvance(word) + 8
            tx = x + 4 if x + w < plot.right() else x - w
            row = 0
            while any(r == row and tx < e and tx + w > s for s, e, r in taken):
                row += 1
            taken.append((tx, tx + w, row))
            box = QRectF(tx, plot.top() + 2 + row * (line_h + 2), w, line_h)
            painter.fillRect(box, base)
            painter.setPen(ink)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, word)
        # the aim line(s): solid and thicker, "Aim" at the end
        aim_pen = QPen(ink, 2.6)
        for aim in progress.aims:
            painter.setPen(aim_pen)
            start = QPointF(x_of(aim.start), y_of(float(aim.baseline)))
            end = QPointF(x_of(aim.end), y_of(float(aim.target)))
            painter.drawLine(start, end)
            label = translate("Progress", "Aim")
            w = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(min(end.x() - w, plot.right() - w), end.y() - 6), label)
        # the trend: dashed
        fit = progress.fit
        if fit is not None:
            painter.setPen(QPen(mid, 1.8, Qt.PenStyle.DashLine))
            painter.drawLine(
                QPointF(x_of(fit.start), y_of(float(fit.start_value))),
                QPointF(x_of(fit.end), y_of(float(fit.end_value))),
            )
        # the points: a thin line joining filled circles
        positions = [QPointF(x_of(p.day), y_of(float(p.number))) for p in progress.points]
        painter.setPen(QPen(ink, 1))
        for a, b in itertools.pairwise(positions):
            painter.drawLine(a, b)
        painter.setBrush(ink)
        for at in positions:
            painter.drawEllipse(at, 4, 4)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self._legend(painter, metrics, ink, mid, QRectF(left, 6, self.width() - left - right, line_h))
        painter.end()

    def _legend(
        self, painter: QPainter, metrics: QFontMetrics, ink: QColor, mid: QColor, row: QRectF
    ) -> None:
        entries = [
            (translate("Progress", "Data points"), QPen(ink, 1), True),
            (translate("Progress", "Trend"), QPen(mid, 1.8, Qt.PenStyle.DashLine), False),
            (translate("Progress", "Aim line"), QPen(ink, 2.6), False),
            (translate("Progress", "School's report"), QPen(mid, 1, Qt.PenStyle.DotLine), False),
        ]
        x = row.right()
        y = row.center().y()
        for text, pen, marker in reversed(entries):
            w = metrics.horizontalAdvance(text)
            x -= w
            painter.setPen(ink)
            painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), text)
            x -= 30
            painter.setPen(pen)
            if pen.style() == Qt.PenStyle.DotLine:
                painter.drawLine(QPointF(x + 12, y - 6), QPointF(x + 12, y + 6))
            else:
                painter.drawLine(QPointF(x, y), QPointF(x + 24, y))
            if marker:
                painter.setBrush(ink)
                painter.drawEllipse(QPointF(x + 12, y), 3.5, 3.5)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            x -= 14
