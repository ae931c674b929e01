"""A bar per service: its required minutes split into delivered, excused, missed, not recorded and
minutes not known (cut short, minutes not given); then, past the end of what is required, the minutes
still to come (after the as-of date: not required yet).

Each part has its own fill pattern as well as its own shade, so the chart reads in greyscale print.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from iepdesk.schedule.ledger import LedgerRow
from ui.calendar.ledger_model import figure_label, no_rate_reason
from ui.calendar.texts import Calendar
from ui.i18n import translate
from ui.theme import current

#: (figure, colour in the theme's Status tokens, pattern): solid, dots, cross-hatch, the background
#: with a dashed edge, diagonal lines.
PARTS = (
    ("delivered", "delivered", Qt.BrushStyle.SolidPattern),
    ("excused", "excused", Qt.BrushStyle.Dense6Pattern),
    ("missed", "missed", Qt.BrushStyle.DiagCrossPattern),
    ("not_recorded", "", Qt.BrushStyle.NoBrush),
    ("minutes_unknown", "unknown", Qt.BrushStyle.BDiagPattern),
)
#: Drawn after the end of the required bar, light, with a dotted edge: not part of what is required.
STILL = ("still_to_come", "still_to_come", Qt.BrushStyle.Dense7Pattern)
_LABEL_W, _TEXT_W, _BAR_H = 170, 190, 22
_PAD = 6  # room for the focus frame around the chart


class LedgerChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LedgerRow] = []
        self._threshold = 85
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("Calendar", "Chart of minutes per service"))
        # Tab stops here so a screen reader reads the figures (the description, set with the rows).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_rows(self, rows: list[LedgerRow], threshold: int = 85) -> None:
        self._rows, self._threshold = list(rows), threshold
        self.setAccessibleDescription(" ".join(_described(r) for r in self._rows))
        self.setFixedHeight(self._height())
        self.update()

    def _height(self) -> int:
        line = self.fontMetrics().height() + 8
        return line + 8 + max(1, len(self._rows)) * (_BAR_H + 12) + 4 + 2 * _PAD

    def sizeHint(self) -> QSize:
        return QSize(700, self._height())

    def names_width(self) -> int:
        """The names' column: as wide as the longest name, up to a quarter of the chart, so a wide
        window shows "Speech with Mrs. Quorvath" whole; a narrow one elides it (the table and the
        chart's description name it whole)."""
        fm = self.fontMetrics()
        names_w = max((fm.horizontalAdvance(r.service) for r in self._rows), default=0) + 12
        return max(_LABEL_W, min(names_w, (self.width() - 2 * _PAD) // 4))

    def _brush(self, colour: QColor, pattern: Qt.BrushStyle) -> QBrush:
        return QBrush(colour, pattern)

    def _swatch(self, painter: QPainter, rect: QRect, colour: str, pattern: Qt.BrushStyle) -> None:
        tokens = current()
        painter.fillRect(rect, QColor(tokens.chart.background))
        if pattern != Qt.BrushStyle.NoBrush:
            painter.fillRect(rect, self._brush(QColor(getattr(tokens.status, colour)), pattern))
        edge = Qt.PenStyle.SolidLine
        if pattern == Qt.BrushStyle.NoBrush:
            edge = Qt.PenStyle.DashLine
        elif pattern == STILL[2]:
            edge = Qt.PenStyle.DotLine
        pen = QPen(QColor(tokens.chart.edge), 1, edge)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.translate(_PAD, _PAD)  # inside the focus frame
        fm = self.fontMetrics()
        ink = self.palette().text().color()
        # the key
        x, line = 0, fm.height() + 8
        parts = (*PARTS, STILL) if any(r.figures.still_to_come for r in self._rows) else PARTS
        for figure, colour, pattern in parts:
            self._swatch(painter, QRect(x, 4, 18, line - 8), colour, pattern)
            painter.setPen(ink)
            text = figure_label(figure)
            painter.drawText(
                QRect(x + 24, 0, fm.horizontalAdvance(text) + 4, line), Qt.AlignmentFlag.AlignVCenter, text
            )
            x += 24 + fm.horizontalAdvance(text) + 18
        if not self._rows:
            painter.setPen(ink)
            painter.drawText(
                QRect(0, line + 8, self.width() - 2 * _PAD, _BAR_H),
                Qt.AlignmentFlag.AlignVCenter,
                translate("Calendar", "Nothing to count in this period."),
            )
            return
        biggest = max(r.figures.required + r.figures.still_to_come for r in self._rows) or 1
        texts = [_rate_text(r) for r in self._rows]
        bold = painter.font()
        bold.setBold(True)
        wide = QFontMetrics(bold)
        text_w = max(_TEXT_W, *(wide.horizontalAdvance(s) + 8 for s in texts))
        label_w = self.names_width()
        bar_w = max(80, self.width() - 2 * _PAD - label_w - text_w - 16)
        y = line + 8
        for row, text in zip(self._rows, texts, strict=True):
            f = row.figures
            painter.setPen(ink)
            name = fm.elidedText(row.service, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.drawText(QRect(0, y, label_w, _BAR_H), Qt.AlignmentFlag.AlignVCenter, name)
            left = label_w
            full = int(bar_w * f.required / biggest)
            for figure, colour, pattern in PARTS:
                width = int(full * getattr(f, figure) / f.required) if f.required else 0
                if width > 0:
                    self._swatch(painter, QRect(left, y, width, _BAR_H), colour, pattern)
                left += width
            if f.still_to_come:
                width = int(bar_w * f.still_to_come / biggest)
                if width > 0:
                    self._swatch(painter, QRect(left, y, width, _BAR_H), STILL[1], STILL[2])
            if f.required == 0 and not f.still_to_come:
                painter.drawText(
                    QRect(label_w, y, bar_w, _BAR_H),
                    Qt.AlignmentFlag.AlignVCenter,
                    translate("Calendar", "none required"),
                )
            painter.setPen(ink)
            font = painter.font()
            font.setBold(row.below_threshold)
            painter.setFont(font)
            painter.drawText(
                QRect(label_w + bar_w + 12, y, text_w, _BAR_H), Qt.AlignmentFlag.AlignVCenter, text
            )
            font.setBold(False)
            painter.setFont(font)
            y += _BAR_H + 12
        if self.hasFocus():  # where the keyboard is
            painter.resetTransform()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)


def _rate_text(row: LedgerRow) -> str:
    """Beside a bar: its delivery rate (or why it has none) and the minutes owed."""
    f = row.figures
    rate = (
        no_rate_reason(row)
        if f.rate is None
        else translate("Calendar", "{pct} %").format(pct=round(f.rate * 100))
    )
    text = translate("Calendar", "{rate} · {owed} min owed").format(rate=rate, owed=f.owed)
    return "▼ " + text if row.below_threshold else text


def _described(row: LedgerRow) -> str:
    f = row.figures
    text = translate(
        "Calendar", "{service}: {delivered} of {required} minutes delivered, {missed} missed, {owed} owed."
    ).format(service=row.service, delivered=f.delivered, required=f.required, missed=f.missed, owed=f.owed)
    if f.still_to_come:
        text += " " + Calendar.tr("%n minutes still to come.", "", f.still_to_come)
    return text
