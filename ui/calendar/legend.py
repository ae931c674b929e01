"""The calendar's key: each state's symbol on its colour, as the grid paints it, with its name."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.calendar import grid_access
from ui.calendar.day_items import DUE_SYMBOL
from ui.calendar.texts import (
    COLOURS,
    EXPECTED,
    INCIDENT_SYMBOL,
    SYMBOLS,
    day_colour,
    pill_colours,
    status_label,
)
from ui.i18n import translate


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        states = ["delivered", "shortened", "missed", "makeup", EXPECTED]
        self._items = [(s, f"{SYMBOLS[s]} {status_label(s)}") for s in states]
        incident = translate("Calendar", "incident")  # a literal lupdate sees (not inside an f-string)
        self._items.append(("incident", f"{INCIDENT_SYMBOL} {incident}"))
        self._items.append(("no_school", translate("Calendar", "no school")))
        self._items.append(("weekly", translate("Calendar", "●○ weekly sessions: logged, not yet")))
        due = translate("Calendar", "due before an IEP meeting")
        self._due_item = ("due", f"{DUE_SYMBOL} {due}")
        self.setAccessibleName(translate("Calendar", "Key to the calendar"))
        self.setAccessibleDescription(", ".join(text for _s, text in self._items))
        grid_access.install()  # a screen reader reads the entries as a list

    def show_due(self, on: bool) -> None:
        """The ◆ entry is in the key while the case has something due before an IEP meeting (a state
        with such a rule, or the parent's own figure, and a meeting)."""
        if on == (self._due_item in self._items):
            return
        if on:
            self._items.append(self._due_item)
        else:
            self._items.remove(self._due_item)
        self.setAccessibleDescription(", ".join(text for _s, text in self._items))
        self.setFixedHeight(self.heightForWidth(self.width()))
        self.update()

    def entries(self) -> list[tuple[QRect, str]]:
        """Where each entry is drawn, and its words."""
        return [(rect, text) for rect, _state, text in self._layout()]

    def _layout(self, width: int | None = None) -> list[tuple[QRect, str, str]]:
        width = self.width() if width is None else width
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        bold_fm = QFontMetrics(bold)  # "missed" and "due" are drawn bold, as in the grid: measured bold
        x, y, h = 0, 0, fm.height() + 6
        out = []
        for state, text in self._items:
            w = (bold_fm if state in ("missed", "due") else fm).horizontalAdvance(text) + 14
            if x + w > width and x > 0:
                x, y = 0, y + h + 4
            out.append((QRect(x, y, w, h), state, text))
            x += w + 8
        return out

    def heightForWidth(self, width: int) -> int:
        return max((r.bottom() for r, _s, _t in self._layout(width)), default=0) + 2

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(max(self.width(), 600)))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(max(self.width(), 200)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.setFixedHeight(self.heightForWidth(self.width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for rect, state, text in self._layout():
            ink = self.palette().text().color()
            if state in COLOURS:
                fill, ink, edge = pill_colours(state)
                painter.setPen(QPen(edge, 1))
                painter.setBrush(fill)
                painter.drawRoundedRect(rect, 4, 4)
            elif state == "no_school":
                painter.setPen(QPen(day_colour("grid"), 1))
                painter.setBrush(day_colour("no_school"))
                painter.drawRect(rect)
                painter.fillRect(rect, QBrush(day_colour("no_school_hatch"), Qt.BrushStyle.BDiagPattern))
            elif state == "incident":
                ink = day_colour("incident_ink")
            elif state == "due":  # as the grid draws it (MonthGrid._paint_due)
                painter.setPen(QPen(day_colour("day_ink"), 1, Qt.PenStyle.DashLine))
                painter.setBrush(day_colour("week_column"))
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
                ink = day_colour("day_ink")
            painter.setPen(ink)
            font = QFont(self.font())
            font.setBold(state in ("missed", "due"))  # as in the grid
            painter.setFont(font)
            painter.drawText(rect.adjusted(7, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, text)
