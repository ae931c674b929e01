"""One typed date (or date and time) field for every date in the window.

A line edit where the parent types a date the way they write it ("8/20/2026", "Aug 20 2026",
"August 20, 2026", "2026-08-20"); iepdesk.dates reads it. Beside it a calendar button (F4 or Alt+Down
opens the same calendar), under it a small line saying what was understood ("Thursday, August 20,
2026") or why it cannot be read. It is one Tab stop, and arrow keys and the wheel never change it.

An unreadable date is never turned into some other date: ``value()`` is None and ``problem()`` says
why; forms call ``require_readable`` before saving, which raises DateTextError naming the field.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iepdesk.dates import (
    DateTextError,
    format_date,
    format_time,
    order_from_format,
    parse_date,
    parse_datetime,
)
from ui.theme import current

_SWALLOWED = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def _locale() -> QLocale:
    """The system locale; "C" (no locale set) reads and writes dates the United States way.

    The system's, not the window's language: a parent who switches IEPDesk to Spanish keeps the
    day/month order their computer (and their school's paperwork) uses; es_US alone would be day-first.
    """
    locale = QLocale.system()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def date_order() -> str:
    """ "MDY", "DMY" or "YMD": the month/day order of the locale's short date."""
    return order_from_format(_locale().dateFormat(QLocale.FormatType.ShortFormat))


def _twelve_hour() -> bool:
    return "ap" in _locale().timeFormat(QLocale.FormatType.ShortFormat).lower()


def _as_date(value: QDate | dt.date) -> dt.date:
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day())
    return value


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _CalendarPopup(QFrame):
    chosen = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setLocale(_locale())
        self.calendar.setFirstDayOfWeek(_locale().firstDayOfWeek())
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)

    def _choose(self, day: QDate) -> None:
        self.hide()
        self.chosen.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class _TypedField(QWidget):
    """What the date and the date-and-time fields share; ``changed`` fires on every change of what
    the text means (a new date, or readable turning unreadable), even mid-typing; ``committed`` once a
    readable date is done with (the field left or Enter, a day picked, setDate), for fields that follow
    it (a last day after a first day)."""

    changed = Signal()
    committed = Signal()

    def __init__(self, accessible_name: str, optional: bool, compact: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._name = accessible_name
        self._optional = optional
        self._value: dt.date | dt.datetime | None = None
        self._problem: str | None = None
        self._minimum: dt.date | None = None
        self._maximum: dt.date | None = None
        self.popup_default = dt.date.today
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible_name)
        self.edit.setMaxLength(60)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field is one Tab stop; F4 opens it too
        self.button.setAccessibleName(
            self.tr("Choose {what} on a calendar (F4)").format(what=accessible_name)
        )
        self.button.setToolTip(self.tr("Choose on a calendar (F4 or Alt+Down)"))
        self.hint = QLabel()
        self.hint.setAccessibleName(self.tr("{what}, as understood").format(what=accessible_name))
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        font = self.hint.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.hint.setFont(font)
        self.hint.setVisible(not compact)
        self.popup: _CalendarPopup | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.edit.installEventFilter(self)
        self.edit.textChanged.connect(self._read_text)
        self.edit.editingFinished.connect(self._tidy)
        self.button.clicked.connect(self.open_popup)
        self._read_text(self.edit.text())

    # ---- what subclasses say --------------------------------------------------------------------
    def _parse(self, text: str) -> dt.date | dt.datetime:
        raise NotImplementedError

    def _write(self, value: dt.date | dt.datetime) -> str:
        raise NotImplementedError

    def _describe(self, value: dt.date | dt.datetime) -> str:
        raise NotImplementedError

    def _emit_value(self) -> None:
        """Emit the QDateEdit-like signal for a new readable value."""

    def _picked(self, day: dt.date) -> dt.date | dt.datetime:
        return day

    # ---- the state ------------------------------------------------------------------------------
    def problem(self) -> str | None:
        """Why the text cannot be used (None when it can: a readable date, or empty and optional)."""
        return self._problem

    def is_readable(self) -> bool:
        return self._problem is None

    def accessible_name(self) -> str:
        return self._name

    def setMinimumDate(self, value: QDate | dt.date) -> None:
        self._minimum = _as_date(value)
        self._read_text(self.edit.text())

    def setMaximumDate(self, value: QDate | dt.date) -> None:
        self._maximum = _as_date(value)
        self._read_text(self.edit.text())

    def _set(self, value: dt.date | dt.datetime | None, signals: bool) -> None:
        blocked = self.blockSignals(not signals)
        try:
            self.edit.setText(self._write(value) if value is not None else "")
            self.edit.setCursorPosition(0)
            if value is not None:
                self.committed.emit()
        finally:
            self.blockSignals(blocked)

    def _read_text(self, text: str) -> None:
        before = (self._value, self._problem)
        value: dt.date | dt.datetime | None = None
        problem: str | None = None
        if not text.strip():
            if not self._optional:
                problem = self.tr("Type a date, like {example}.").format(example=self._example())
        else:
            try:
                value = self._parse(text)
            except DateTextError as exc:
                problem = str(exc)
            else:
                problem = self._out_of_range(value)
                if problem is not None:
                    value = None
        self._value, self._problem = value, problem
        self._show()
        if (value, problem) != before:
            if value is not None and value != before[0]:
                self._emit_value()
            self.changed.emit()

    def _out_of_range(self, value: dt.date | dt.datetime) -> str | None:
        day = value.date() if isinstance(value, dt.datetime) else value
        if self._maximum is not None and day > self._maximum:
            return self.tr("Choose a date on or before {date}.").format(date=self._long(self._maximum))
        if self._minimum is not None and day < self._minimum:
            return self.tr("Choose a date on or after {date}.").format(date=self._long(self._minimum))
        return None

    def _example(self) -> str:
        return format_date(dt.date(2026, 8, 20), date_order())

    def _width_for(self, longest: str) -> None:
        """Wide enough for a date written out in words, not stretched across the form."""
        width = self.edit.fontMetrics().horizontalAdvance(longest) + 24
        self.edit.setMinimumWidth(width * 3 // 4)
        self.edit.setMaximumWidth(width)

    @staticmethod
    def _long(day: dt.date) -> str:
        # In words, so in the window's language ("martes, 1 de diciembre de 2026"); only how a typed date
        # is read keeps the computer's order (_locale).
        return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)

    def _show(self) -> None:
        if self._problem is not None:
            text = self._problem
        elif self._value is None:
            text = self.tr("Type a date like {example}, or leave it empty").format(example=self._example())
        else:
            text = self._describe(self._value)
        # One line under the field: the reason's first sentence (all of it in the tooltip).
        self.hint.setText(text.split(". ", 1)[0].rstrip(".") + "." if self._problem else text)
        danger = current().colours.danger
        self.hint.setStyleSheet(f"color: {danger};" if self._problem else "")
        invalid = f"QLineEdit {{ border: 2px solid {danger}; border-radius: 3px; padding: 1px 2px; }}"
        self.edit.setStyleSheet(invalid if self._problem and self.edit.text().strip() else "")
        self.edit.setToolTip(text)
        self.edit.setAccessibleDescription(text)

    def _tidy(self) -> None:
        """Once typing is done, write a readable date the one way it is shown."""
        if self._value is not None and self._problem is None:
            text = self._write(self._value)
            if text != self.edit.text():
                self.edit.setText(text)  # the same value: no change is signalled
                self.edit.setCursorPosition(0)
            self.committed.emit()

    # ---- keys and the calendar ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            alt = mods & Qt.KeyboardModifier.AltModifier
            if key == Qt.Key.Key_F4 or (alt and key in (Qt.Key.Key_Down, Qt.Key.Key_Up)):
                self.open_popup()
                return True
            if key in _SWALLOWED:
                return True  # a stray arrow never changes the date, nor moves anything else
        return super().eventFilter(watched, event)

    def open_popup(self) -> None:
        if not self.isEnabled() or self.edit.isReadOnly():
            return
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.chosen.connect(self._chosen)
        calendar = self.popup.calendar
        calendar.setMinimumDate(_qdate(self._minimum or dt.date(1900, 1, 1)))
        calendar.setMaximumDate(_qdate(self._maximum or dt.date(2199, 12, 31)))
        value = self._value
        day = value.date() if isinstance(value, dt.datetime) else value or self.popup_default()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.popup.adjustSize()
        self.popup.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.popup.show()
        calendar.setFocus()

    def _chosen(self, day: QDate) -> None:
        self.edit.setText(self._write(self._picked(_as_date(day))))
        self.edit.setCursorPosition(0)
        self.edit.setFocus()
        if self._problem is None:
            self.committed.emit()


class DateField(_TypedField):
    """A typed date. ``value()`` is a date, or None (empty and optional, or unreadable: see problem())."""

    dateChanged = Signal(QDate)

    def __init__(
        self,
        accessible_name: str,
        value: dt.date | None = None,
        *,
        optional: bool = False,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(accessible_name, optional, compact, parent)
        self.edit.setPlaceholderText(self.tr("Not set") if optional else self._example())
        self._width_for("September 30, 2026")
        if value is not None:
            self.set_value(value)

    def _parse(self, text: str) -> dt.date:
        return parse_date(text, date_order())

    def _write(self, value: dt.date | dt.datetime) -> str:
        return format_date(value if not isinstance(value, dt.datetime) else value.date(), date_order())

    def _describe(self, value: dt.date | dt.datetime) -> str:
        return self._long(value if not isinstance(value, dt.datetime) else value.date())

    def _emit_value(self) -> None:
        self.dateChanged.emit(self.date())

    def value(self) -> dt.date | None:
        return self._value if isinstance(self._value, dt.date) and self._problem is None else None

    def set_value(self, value: dt.date | str | None) -> None:
        """Show ``value`` (None: not set; an ISO text from a draft) without signalling a change: a form
        being filled. An ISO text that is not a date leaves the field as it was."""
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value[:10]) if value else None
            except ValueError:
                return
        self._set(value, signals=False)

    def checked_value(self) -> dt.date:
        """The date; DateTextError naming the field when it is empty or cannot be read."""
        require_readable(self)
        value = self.value()
        if value is None:  # empty and optional: there is no date to give
            raise DateTextError(self.tr("{what}: type a date.").format(what=self._name))
        return value

    def date(self) -> QDate:
        """The date as a QDate; an invalid QDate when there is none."""
        value = self.value()
        return QDate(value.year, value.month, value.day) if value is not None else QDate()

    def setDate(self, value: QDate | dt.date) -> None:
        """Show ``value`` and signal the change, as QDateEdit.setDate does."""
        self._set(_as_date(value), signals=True)


class DateTimeField(_TypedField):
    """A typed date and time ("8/20/2026 9:09 AM"); the calendar sets the day and keeps the time."""

    dateTimeChanged = Signal(QDateTime)

    def __init__(
        self,
        accessible_name: str,
        value: dt.datetime | None = None,
        *,
        optional: bool = False,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(accessible_name, optional, compact, parent)
        self.edit.setPlaceholderText(self._example())
        self._width_for("September 30, 2026 10:30 AM")
        if value is not None:
            self.set_value(value)

    def _example(self) -> str:
        return f"{super()._example()} {format_time(dt.time(9, 30), _twelve_hour())}"

    def _parse(self, text: str) -> dt.datetime:
        return parse_datetime(text, date_order())

    def _write(self, value: dt.date | dt.datetime) -> str:
        assert isinstance(value, dt.datetime)
        return f"{format_date(value.date(), date_order())} {format_time(value.time(), _twelve_hour())}"

    def _describe(self, value: dt.date | dt.datetime) -> str:
        assert isinstance(value, dt.datetime)
        when = QTime(value.hour, value.minute)
        return self.tr("{date} at {time}").format(
            date=self._long(value.date()), time=_locale().toString(when, QLocale.FormatType.ShortFormat)
        )

    def _emit_value(self) -> None:
        self.dateTimeChanged.emit(self.dateTime())

    def _picked(self, day: dt.date) -> dt.datetime:
        value = self._value
        moment = value.time() if isinstance(value, dt.datetime) else dt.datetime.now().time()
        return dt.datetime.combine(day, moment.replace(second=0, microsecond=0))

    def value(self) -> dt.datetime | None:
        return self._value if isinstance(self._value, dt.datetime) and self._problem is None else None

    def set_value(self, value: dt.datetime | str | None) -> None:
        """Like DateField.set_value; an ISO text is "2026-08-20T09:09"."""
        if isinstance(value, str):
            try:
                value = dt.datetime.fromisoformat(value) if value else None
            except ValueError:
                return
        self._set(value.replace(second=0, microsecond=0) if value else None, signals=False)

    def dateTime(self) -> QDateTime:
        value = self.value()
        if value is None:
            return QDateTime()
        return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))

    def setDateTime(self, value: QDateTime | dt.datetime) -> None:
        moment = value.toPython() if isinstance(value, QDateTime) else value
        assert isinstance(moment, dt.datetime)
        self._set(moment.replace(second=0, microsecond=0), signals=True)

    def date(self) -> QDate:
        value = self.value()
        return QDate(value.year, value.month, value.day) if value is not None else QDate()


def require_readable(*fields: _TypedField) -> None:
    """Raise DateTextError naming the first field whose text cannot be used, so a form's save stops and
    says which date to fix (and puts the cursor there)."""
    for field in fields:
        problem = field.problem()
        if problem is not None:
            field.edit.setFocus()
            field.edit.selectAll()
            raise DateTextError(
                field.tr("{what} cannot be read: {why}").format(what=field.accessible_name(), why=problem)
            )
