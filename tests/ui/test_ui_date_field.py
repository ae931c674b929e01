"""The one date field: typed dates as people write them, one Tab stop, no change on stray keys or the
wheel, the calendar on F4 / Alt+Down / its button, and an unreadable date never read as another."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from iepdesk.dates import DateTextError
from ui.widgets.date_field import DateField, DateTimeField, require_readable
from ui.widgets.optional_date import OptionalDateEdit

ALT = Qt.KeyboardModifier.AltModifier


def _window(qtbot, field: QWidget) -> tuple[QWidget, QLineEdit, QLineEdit]:  # type: ignore[no-untyped-def]
    window = QWidget()
    before, after = QLineEdit(), QLineEdit()
    layout = QVBoxLayout(window)
    for widget in (before, field, after):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, before, after


def _type(qtbot, field: DateField | DateTimeField, text: str) -> None:  # type: ignore[no-untyped-def]
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)


@pytest.mark.parametrize(
    "text", ["8/20/2026", "Aug 20 2026", "August 20, 2026", "2026-08-20", "Thursday, August 20, 2026"]
)
def test_typed_dates_are_read_and_shown(qtbot, text: str) -> None:
    field = DateField("Meeting date")
    _shown = _window(qtbot, field)
    _type(qtbot, field, text)
    assert field.value() == dt.date(2026, 8, 20)
    assert field.date() == QDate(2026, 8, 20)
    assert field.hint.text() == "Thursday, August 20, 2026"
    assert field.problem() is None
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)  # done typing: written the one way it is shown
    assert field.edit.text() == "8/20/2026"
    assert field.value() == dt.date(2026, 8, 20)


def test_unreadable_and_impossible_dates_are_no_date(qtbot) -> None:
    field = DateField("Meeting date", dt.date(2026, 1, 5))
    _shown = _window(qtbot, field)
    for text, reason in (("2/30/2026", "February has 28 days"), ("Agust 20", "not a date")):
        _type(qtbot, field, text)
        assert field.value() is None  # never the date that was there before, nor a guess
        assert field.date() == QDate()
        assert reason in (field.problem() or "")
        assert (field.problem() or "").startswith(field.hint.text().rstrip("."))  # its first sentence
        assert field.edit.toolTip() == field.problem()  # all of it
        assert "b3261e" in field.edit.styleSheet()  # marked in red
    with pytest.raises(DateTextError, match=r"^Meeting date cannot be read: This is not a date"):
        require_readable(field)
    assert QApplication.focusWidget() is field.edit


def test_leap_day(qtbot) -> None:
    field = DateField("Date")
    _shown = _window(qtbot, field)
    _type(qtbot, field, "2/29/2028")
    assert field.value() == dt.date(2028, 2, 29)
    _type(qtbot, field, "2/29/2027")
    assert field.value() is None
    assert "not a leap year" in (field.problem() or "")


def test_a_required_date_left_empty_is_a_problem_and_an_optional_one_is_not_set(qtbot) -> None:
    required, optional = DateField("Sent on", dt.date(2026, 3, 1)), OptionalDateEdit("Date of birth")
    _shown = _window(qtbot, required)
    _type(qtbot, required, "")
    qtbot.keyClick(required.edit, Qt.Key.Key_Backspace)
    assert required.value() is None
    assert "Type a date" in (required.problem() or "")
    assert optional.value() is None
    assert optional.problem() is None
    assert optional.hint.text() == "Type a date like 8/20/2026, or leave it empty"
    assert optional.edit.placeholderText() == "Not set"
    optional.set_value(dt.date(2015, 3, 14))
    assert optional.value() == dt.date(2015, 3, 14)
    optional.set_value(None)
    assert (optional.value(), optional.edit.text()) == (None, "")


@pytest.mark.parametrize("make", [lambda: DateField("When"), lambda: DateTimeField("When")])
def test_one_tab_stop(qtbot, make) -> None:  # type: ignore[no-untyped-def]
    field = make()
    _shown, before, last = _window(qtbot, field)
    moment = dt.datetime(2026, 8, 20, 9, 9)
    field.set_value(moment if isinstance(field, DateTimeField) else moment.date())
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field.edit
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is last  # one Tab, past the whole field (the button is no stop)
    qtbot.keyClick(last, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is field.edit


def test_arrow_keys_and_the_wheel_never_change_the_date(qtbot) -> None:
    field = DateField("Date of the incident", dt.date(2026, 11, 6))
    _shown = _window(qtbot, field)
    changes: list[object] = []
    field.changed.connect(lambda: changes.append(1))
    field.edit.setFocus()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Down):
        qtbot.keyClick(field.edit, key)
    centre = QPointF(field.edit.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(field.edit.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(field.edit, wheel)
    assert field.value() == dt.date(2026, 11, 6)
    assert changes == []
    assert field.popup is None or not field.popup.isVisible()


@pytest.mark.parametrize(
    ("key", "modifier"), [(Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Down, ALT)]
)
def test_f4_and_alt_down_open_the_calendar(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    field = DateField("Meeting date", dt.date(2026, 8, 20))
    _shown = _window(qtbot, field)
    field.edit.setFocus()
    qtbot.keyClick(field.edit, key, modifier)
    assert field.popup is not None and field.popup.isVisible()
    calendar = field.popup.calendar
    assert calendar.selectedDate() == QDate(2026, 8, 20)  # opens on the date shown
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    assert not field.popup.isVisible()
    assert field.value() == dt.date(2026, 8, 20)


def test_choosing_on_the_calendar_sets_the_date(qtbot) -> None:
    field = OptionalDateEdit("Date of birth", default_years_ago=8)
    _shown = _window(qtbot, field)
    changes: list[object] = []
    field.changed.connect(lambda: changes.append(1))
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    assert field.popup is not None and field.popup.isVisible()
    today = dt.date.today()
    assert field.popup.calendar.selectedDate().year() == today.year - 8  # opens years ago, not today
    field.popup.calendar.setSelectedDate(QDate(2018, 5, 9))
    qtbot.keyClick(field.popup.calendar.focusWidget() or field.popup.calendar, Qt.Key.Key_Return)
    assert not field.popup.isVisible()
    assert field.value() == dt.date(2018, 5, 9)
    assert changes == [1]
    assert QApplication.focusWidget() is field.edit


def test_set_date_signals_like_qdateedit_and_set_value_does_not(qtbot) -> None:
    field = DateField("First day", dt.date(2026, 1, 1))
    seen: list[QDate] = []
    field.dateChanged.connect(seen.append)
    field.set_value(dt.date(2026, 2, 2))
    assert seen == []
    field.setDate(QDate(2026, 11, 30))
    assert seen == [QDate(2026, 11, 30)]
    assert field.value() == dt.date(2026, 11, 30)


def test_maximum_date(qtbot) -> None:
    field = DateField("The day you sent it", dt.date(2026, 3, 1))
    field.setMaximumDate(QDate(2026, 3, 10))
    _shown = _window(qtbot, field)
    _type(qtbot, field, "3/11/2026")
    assert field.value() is None
    assert field.problem() == "Choose a date on or before Tuesday, March 10, 2026."
    _type(qtbot, field, "3/10/2026")
    assert field.value() == dt.date(2026, 3, 10)


def test_date_and_time_in_one_field(qtbot) -> None:
    field = DateTimeField("Date and time")
    _shown = _window(qtbot, field)
    _type(qtbot, field, "August 20, 2026 9:09 AM")
    assert field.value() == dt.datetime(2026, 8, 20, 9, 9)
    assert field.hint.text().replace("\u202f", " ") == "Thursday, August 20, 2026 at 9:09 AM"
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.edit.text() == "8/20/2026 9:09 AM"
    _type(qtbot, field, "8/20/2026")
    assert field.value() is None
    assert "Add the time" in (field.problem() or "")
    _type(qtbot, field, "2026-08-20 14:30")
    assert field.dateTime().toString("yyyy-MM-ddTHH:mm") == "2026-08-20T14:30"
    field.open_popup()  # picking a day keeps the time
    assert field.popup is not None
    field.popup.calendar.clicked.emit(QDate(2026, 8, 21))
    assert field.value() == dt.datetime(2026, 8, 21, 14, 30)


def test_a_draft_puts_back_iso_text(qtbot) -> None:
    day, moment = DateField("Date"), DateTimeField("When")
    day.set_value("2026-08-20")
    moment.set_value("2026-08-20T09:09:00")
    assert (day.value(), moment.value()) == (dt.date(2026, 8, 20), dt.datetime(2026, 8, 20, 9, 9))
    day.set_value("not a date")  # left as it was
    assert day.value() == dt.date(2026, 8, 20)
    day.set_value("")
    assert day.value() is None
