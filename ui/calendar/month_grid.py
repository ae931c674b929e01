"""The month (or week) grid: a painted widget, driven by the keyboard as well as the mouse.

A day something is due before an IEP meeting (documents, the meeting's notice) shows a ◆ line with a
short label; its words are in the day's description (ui/calendar/day_items.DueMark).

Keys: arrows move the day, Page Up / Page Down change the month (the week in the week view), Home goes
to today, Enter opens the day, D logs "delivered as planned", M "missed", W the whole week.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from iepdesk.schedule.month import DayCell, MonthView, WeekLine
from ui.calendar import grid_access
from ui.calendar.day_items import DUE_SYMBOL, DueMark, day_items, day_summary
from ui.calendar.texts import (
    INCIDENT_SYMBOL,
    day_colour,
    no_school_label,
    pill_colours,
    qdate,
)
from ui.i18n import translate

_WEEKDAY_KEYS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}


@dataclass(frozen=True)
class _Geometry:
    left: int
    top: int
    header: int
    cell_w: int
    row_h: int
    week_w: int

    def cell(self, row: int, col: int) -> QRect:
        return QRect(
            self.left + col * self.cell_w, self.top + self.header + row * self.row_h, self.cell_w, self.row_h
        )

    def week(self, row: int) -> QRect:
        return QRect(
            self.left + 7 * self.cell_w, self.top + self.header + row * self.row_h, self.week_w, self.row_h
        )


class MonthGrid(QWidget):
    selected_changed = Signal(object)  # dt.date
    activated = Signal(object)  # dt.date: Enter or double-click
    quick_requested = Signal(object, str)  # dt.date, "delivered" | "missed"
    week_requested = Signal(object)  # dt.date
    moved_outside = Signal(object)  # dt.date not shown: the page loads its month (or week)
    page_requested = Signal(int)  # -1 Page Up, +1 Page Down
    undo_requested = Signal(bool)  # True: undo, False: redo (when no shortcut took the key first)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: MonthView | None = None
        self._selected: dt.date | None = None
        self._week_mode = False
        self._due: dict[dt.date, list[DueMark]] = {}
        self.today = dt.date.today()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("Calendar", "Calendar of sessions"))
        grid_access.install()  # the days as accessible cells
        self.setMinimumSize(600, 300)
        # The letter keys are actions on the grid, so Help → Keyboard shortcuts lists them from here.
        self.letter_actions: list[QAction] = []
        for key, text, slot in (
            ("D", self.tr("Log the selected day's session as delivered"), self._delivered),
            ("M", self.tr("Log the selected day's session as missed"), self._missed),
            ("W", self.tr("Log the selected week as delivered, except some sessions"), self._week),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.letter_actions.append(action)

    def _delivered(self) -> None:
        if self._selected is not None:
            self.quick_requested.emit(self._selected, "delivered")

    def _missed(self) -> None:
        if self._selected is not None:
            self.quick_requested.emit(self._selected, "missed")

    def _week(self) -> None:
        if self._selected is not None:
            self.week_requested.emit(self._selected)

    # ---- state ------------------------------------------------------------------------------------
    def set_view(self, view: MonthView, selected: dt.date, week_mode: bool) -> None:
        self._view, self._week_mode = view, week_mode
        self._selected = selected if self._shown(selected) else view.weeks[0][0].day
        self._describe()
        self.update()

    def set_due(self, marks: dict[dt.date, list[DueMark]]) -> None:
        """What is due before an IEP meeting, by day (ui/calendar/day_items.due_marks)."""
        self._due = marks
        self._describe()
        self.update()

    def due_on(self, day: dt.date) -> list[DueMark]:
        return list(self._due.get(day, []))

    def clear(self) -> None:
        self._view = None
        self._due = {}
        self._selected = None
        self.setAccessibleDescription("")
        self.update()

    @property
    def selected(self) -> dt.date | None:
        return self._selected

    def cell(self, day: dt.date) -> DayCell | None:
        for week in self._view.weeks if self._view else []:
            for cell in week:
                if cell.day == day:
                    return cell
        return None

    def week_lines(self, day: dt.date) -> list[WeekLine]:
        if self._view is None:
            return []
        for week, lines in zip(self._view.weeks, self._view.week_lines, strict=True):
            if week[0].day <= day <= week[-1].day:
                return lines
        return []

    def _shown(self, day: dt.date) -> bool:
        if self._view is None:
            return False
        first, last = self._view.weeks[0][0].day, self._view.weeks[-1][-1].day
        in_month = self._week_mode or day.month == self._view.month
        return first <= day <= last and in_month

    def select(self, day: dt.date) -> None:
        if self._view is None:
            return
        if not self._shown(day):
            self.moved_outside.emit(day)
            return
        if day != self._selected:
            self._selected = day
            self._describe()
            self.update()
            grid_access.day_focused(self, day)
            self.selected_changed.emit(day)

    # ---- what a screen reader reads (ui/calendar/grid_access.py) -----------------------------------
    def shown_days(self) -> list[dt.date]:
        """The days the grid shows as its own, in reading order (not the faded days of other months)."""
        weeks = self._view.weeks if self._view else []
        return [cell.day for week in weeks for cell in week if self._shown(cell.day)]

    def day_rect(self, day: dt.date) -> QRect:
        g = self._geometry()
        for r, week in enumerate(self._view.weeks if self._view else []):
            for c, cell in enumerate(week):
                if cell.day == day:
                    return g.cell(r, c)
        return QRect()

    def day_at(self, pos: QPoint) -> dt.date | None:
        return self._day_at(pos)

    def day_text(self, day: dt.date) -> str:
        """The day in words: its date, the sessions expected, what was logged, the incidents."""
        cell = self.cell(day)
        return day_summary(cell, self.week_lines(day), self.due_on(day)) if cell else ""

    def _describe(self) -> None:
        cell = self.cell(self._selected) if self._selected else None
        self.setAccessibleDescription(
            day_summary(cell, self.week_lines(cell.day), self.due_on(cell.day)) if cell else ""
        )

    # ---- input ------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
            self.undo_requested.emit(event.matches(QKeySequence.StandardKey.Undo))
            event.accept()
            return
        key = Qt.Key(event.key())
        day = self._selected
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if day is None or modifiers not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        ):
            super().keyPressEvent(event)
            return
        if key in _WEEKDAY_KEYS:
            self.select(day + dt.timedelta(days=_WEEKDAY_KEYS[key]))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.page_requested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key == Qt.Key.Key_Home:
            self.select(self.today)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(day)
        elif letter := next((a for a in self.letter_actions if a.shortcut() == QKeySequence(key)), None):
            letter.trigger()  # D, M or W when no shortcut took it first (Shift held, window not active)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _day_at(self, pos: QPoint) -> dt.date | None:
        if self._view is None:
            return None
        g = self._geometry()
        for r, week in enumerate(self._view.weeks):
            for c, cell in enumerate(week):
                if g.cell(r, c).contains(pos):
                    return cell.day
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        day = self._day_at(event.position().toPoint())
        if day is not None:
            self.select(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self._day_at(event.position().toPoint())
        if day is not None and day == self._selected:
            self.activated.emit(day)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(820, 480)

    # ---- painting ---------------------------------------------------------------------------------
    def _geometry(self) -> _Geometry:
        fm = self.fontMetrics()
        rows = len(self._view.weeks) if self._view else 6
        has_lines = bool(self._view and any(self._view.week_lines))
        width = self.width() - 2
        week_w = max(150, width // 5) if has_lines else 0
        cell_w = (width - week_w) // 7
        header = fm.height() + 12
        row_h = max(40, (self.height() - 2 - header) // rows)
        return _Geometry(1, 1, header, cell_w, row_h, width - 7 * cell_w)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), day_colour("cell"))
        if self._view is None:
            return
        g = self._geometry()
        self._paint_header(painter, g)
        for r, week in enumerate(self._view.weeks):
            for c, cell in enumerate(week):
                self._paint_cell(painter, g.cell(r, c), cell)
            if g.week_w and self._view.week_lines:
                self._paint_week(painter, g.week(r), self._view.week_lines[r])
        if self._selected is not None:
            for r, week in enumerate(self._view.weeks):
                for c, cell in enumerate(week):
                    if cell.day == self._selected:
                        width = 4 if self.hasFocus() else 2
                        painter.setPen(QPen(day_colour("selected"), width))
                        painter.setBrush(Qt.BrushStyle.NoBrush)
                        painter.drawRect(
                            g.cell(r, c).adjusted(width // 2, width // 2, -width // 2, -width // 2)
                        )

    def _paint_header(self, painter: QPainter, g: _Geometry) -> None:
        assert self._view is not None
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(self.palette().text().color())
        locale = QLocale()
        for c in range(7):
            rect = QRect(g.left + c * g.cell_w, g.top, g.cell_w, g.header)
            if self._week_mode:
                day = self._view.weeks[0][c].day
                text = locale.toString(qdate(day), translate("Calendar", "ddd MMM d"))
            else:
                text = locale.dayName(c + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        if g.week_w and any(self._view.week_lines):
            rect = QRect(g.left + 7 * g.cell_w, g.top, g.week_w, g.header)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, translate("Calendar", "Weekly sessions"))

    def _paint_cell(self, painter: QPainter, rect: QRect, cell: DayCell) -> None:
        fm = QFontMetrics(self.font())
        pad = 4
        faded = not cell.in_month and not self._week_mode
        day_off = not cell.school_day and cell.no_school_reason not in ("", "weekend")
        if not cell.school_day:
            painter.fillRect(rect, day_colour("no_school"))
            if day_off:
                painter.fillRect(rect, QBrush(day_colour("no_school_hatch"), Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(day_colour("grid"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        # the day number, circled when it is today
        number = str(cell.day.day)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        num_rect = QRect(rect.left() + pad, rect.top() + pad, fm.height() + 8, fm.height() + 2)
        if cell.day == self.today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(day_colour("today"))
            painter.drawRoundedRect(num_rect, 8, 8)
            painter.setPen(day_colour("today_ink"))
        else:
            painter.setPen(day_colour("faded_ink" if faded else "day_ink"))
        painter.drawText(num_rect, Qt.AlignmentFlag.AlignCenter, number)
        if cell.incidents:
            flag = INCIDENT_SYMBOL + (f" {len(cell.incidents)}" if len(cell.incidents) > 1 else "")
            painter.setPen(day_colour("incident_ink"))
            flag_rect = QRect(rect.right() - 40 - pad, rect.top() + pad, 40, fm.height() + 2)
            painter.drawText(flag_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, flag)
        painter.setFont(self.font())
        y = num_rect.bottom() + 3
        line_h = fm.height() + 3
        inner_w = rect.width() - 2 * pad
        if day_off:
            italic = QFont(self.font())
            italic.setItalic(True)
            painter.setFont(italic)
            painter.setPen(day_colour("no_school_ink"))
            text = fm.elidedText(no_school_label(cell.no_school_reason), Qt.TextElideMode.ElideRight, inner_w)
            painter.drawText(
                QRect(rect.left() + pad, y, inner_w, line_h), Qt.AlignmentFlag.AlignVCenter, text
            )
            painter.setFont(self.font())
            y += line_h
        for mark in self._due.get(cell.day, []):
            if y + line_h > rect.bottom() - pad:
                break
            self._paint_due(painter, QRect(rect.left() + pad, y, inner_w, line_h), mark, faded)
            y += line_h + 2
        self._paint_items(painter, QRect(rect.left() + pad, y, inner_w, rect.bottom() - pad - y), cell, faded)

    def _paint_due(self, painter: QPainter, box: QRect, mark: DueMark, faded: bool) -> None:
        """The ◆ line of something due this day: square, a dashed frame, bold (unlike a session's
        rounded pill and the selected day's solid frame); the short label where the long one is cut."""
        ink = day_colour("faded_ink" if faded else "day_ink")
        painter.setPen(QPen(ink, 1, Qt.PenStyle.DashLine))
        painter.setBrush(day_colour("week_column"))
        painter.drawRect(box.adjusted(0, 0, -1, -1))
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(ink)
        metrics, room = QFontMetrics(font), box.width() - 8
        text = f"{DUE_SYMBOL} {mark.label}"
        if metrics.horizontalAdvance(text) > room:
            text = f"{DUE_SYMBOL} {mark.short_label}"
            if metrics.horizontalAdvance(text) > room:  # still too wide: the same words, not bold
                font.setBold(False)
                painter.setFont(font)
                text = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, room)
        painter.drawText(box.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, text)
        painter.setFont(self.font())

    def _paint_items(self, painter: QPainter, area: QRect, cell: DayCell, faded: bool) -> None:
        """One pill per session: symbol and service (in the week view, what happened below it)."""
        fm = QFontMetrics(self.font())
        line_h = fm.height() + 3
        wrap = int(Qt.TextFlag.TextWordWrap)
        items = day_items(cell)
        bold = QFont(self.font())
        bold.setBold(True)
        heights = []
        for item in items:
            if self._week_mode:
                text = f"{item.symbol} {item.service}\n{item.detail()}"
                metrics = QFontMetrics(bold) if item.state == "missed" else fm
                box = metrics.boundingRect(QRect(0, 0, area.width() - 8, 2000), wrap, text)
                heights.append(box.height() + 6)
            else:
                heights.append(line_h)
        shown = len(items)
        if sum(h + 2 for h in heights) > area.height() + 2:  # keep a line for "+n more"
            shown, used = 0, 0
            for height in heights:
                if used + height + 2 + line_h > area.height():
                    break
                used, shown = used + height + 2, shown + 1
        y = area.top()
        for item, height in zip(items[:shown], heights, strict=False):
            fill, ink, edge = pill_colours(item.state, faded)
            pill = QRect(area.left(), y, area.width(), height)
            painter.setPen(QPen(edge, 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, 4, 4)
            font = QFont(self.font())
            font.setBold(item.state == "missed")  # one more cue than colour and symbol
            painter.setFont(font)
            painter.setPen(ink)
            if self._week_mode:
                text = f"{item.symbol} {item.service}\n{item.detail()}"
                painter.drawText(pill.adjusted(4, 3, -4, -3), wrap, text)
            else:
                label = QFontMetrics(font).elidedText(
                    f"{item.symbol} {item.service}", Qt.TextElideMode.ElideRight, area.width() - 8
                )
                painter.drawText(pill.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, label)
            y += height + 2
        painter.setFont(self.font())
        if shown < len(items):
            painter.setPen(self.palette().text().color())
            more = translate("Calendar", "+{n} more").format(n=len(items) - shown)
            painter.drawText(QRect(area.left(), y, area.width(), line_h), Qt.AlignmentFlag.AlignVCenter, more)

    def _paint_week(self, painter: QPainter, rect: QRect, lines: list[WeekLine]) -> None:
        """Per weekly service, one dot per session owed: filled when logged, hollow when not."""
        fm = QFontMetrics(self.font())
        painter.fillRect(rect, day_colour("week_column"))
        painter.setPen(QPen(day_colour("grid"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        pad, line_h = 6, fm.height() + 4
        y = rect.top() + pad
        ink = self.palette().text().color()
        for line in lines:
            if y + line_h > rect.bottom():
                break
            dots = "●" * min(line.logged, line.owed) + "○" * max(0, line.owed - line.logged)
            dots_w = fm.horizontalAdvance(dots) + 4
            name_w = rect.width() - 2 * pad - dots_w
            name = fm.elidedText(line.service, Qt.TextElideMode.ElideRight, name_w)
            painter.setPen(ink)
            painter.drawText(QRect(rect.left() + pad, y, name_w, line_h), Qt.AlignmentFlag.AlignVCenter, name)
            right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            painter.drawText(QRect(rect.right() - pad - dots_w, y, dots_w, line_h), right, dots)
            y += line_h
            if self._week_mode and y + line_h <= rect.bottom():
                words = translate("Calendar", "{logged} of {owed} logged").format(
                    logged=line.logged, owed=line.owed
                )
                painter.setPen(day_colour("no_school_ink"))
                painter.drawText(
                    QRect(rect.left() + pad, y, name_w, line_h), Qt.AlignmentFlag.AlignVCenter, words
                )
                y += line_h + 4
