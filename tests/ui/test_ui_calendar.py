"""The calendar: logging a week with the keyboard, the day's log (edit, delete, undo), the whole week
at once, and a provider's log typed in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from test_ui_calendar_support import OT, SPEECH, D, build_case, calendar_page, when_modal

from iepdesk.model import ServiceLogEntry
from ui.calendar.bulk_dialog import BulkDialog
from ui.calendar.day_dialog import DayDialog
from ui.calendar.quick_dialog import QuickLogDialog
from ui.calendar.week_dialog import WeekDialog


def _log() -> list[tuple[int, D, str, str | None]]:
    return sorted(
        (e.__data__["provision"], e.date, e.status, e.reason)
        for e in ServiceLogEntry.select().order_by(ServiceLogEntry.date)
    )


def test_log_a_week_with_the_keyboard(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents)
    page = calendar_page(qtbot, controller, ids)
    view, grid = page.calendar, page.calendar.grid
    view.show_month(2026, 11, 2)
    grid.setFocus()
    assert grid.selected == D(2026, 11, 2)

    # Monday: no fixed session, OT is the only one still owed this week: D logs it in one press.
    qtbot.keyClick(grid, Qt.Key.Key_D)
    # Tuesday: speech is expected that day: D logs it.
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_D)
    # Thursday: M asks why; the number key 1 answers "provider absent".
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.selected == D(2026, 11, 5)

    def provider_absent(dialog: QuickLogDialog) -> None:
        assert [choice.name for choice in dialog.chosen] == [SPEECH]  # OT is already logged
        qtbot.keyClick(dialog, Qt.Key.Key_1)

    done = when_modal(qtbot, provider_absent, QuickLogDialog)
    qtbot.keyClick(grid, Qt.Key.Key_M)
    assert done == ["done"]

    assert _log() == [
        (ids.speech, D(2026, 11, 3), "delivered", None),
        (ids.speech, D(2026, 11, 5), "missed", "provider_absent"),
        (ids.ot, D(2026, 11, 2), "delivered", None),
    ]
    lines = {line.service: (line.logged, line.owed) for line in grid.week_lines(D(2026, 11, 5))}
    assert lines == {SPEECH: (2, 2), OT: (1, 1)}
    assert "Provider absent" in view.summary.text()
    assert "Speech" in grid.accessibleDescription()

    # Ctrl+Z takes the last entry back; Ctrl+Shift+Z puts it back.
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(_log()) == 2
    qtbot.keyClick(
        grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(_log()) == 3

    # Page Down and Page Up change the month; the arrows cross into the next month too.
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert view.title.text() == "December 2026" and grid.selected == D(2026, 12, 5)
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    assert grid.selected == D(2026, 11, 5)
    for _ in range(4):
        qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.selected == D(2026, 12, 3) and view.title.text() == "December 2026"


def test_day_dialog_logs_edits_deletes_and_undoes(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents)
    page = calendar_page(qtbot, controller, ids)
    view, grid = page.calendar, page.calendar.grid
    view.show_month(2026, 11, 10)
    grid.setFocus()

    def work(dialog: DayDialog) -> None:
        delivered, _missed = dialog.quick_buttons[ids.speech]
        qtbot.mouseClick(delivered, Qt.MouseButton.LeftButton)
        assert dialog.model.rowCount() == 1
        # change it: cut short to 20 minutes, because of testing
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
        dialog.form.status.setCurrentIndex(dialog.form.status.findData("shortened"))
        dialog.form.minutes.setValue(20)
        dialog.form.reason.setCurrentIndex(dialog.form.reason.findData("testing"))
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        entry = ServiceLogEntry.get()
        assert (entry.status, entry.minutes, entry.reason) == ("shortened", 20, "testing")
        # add an OT entry with the form
        dialog.form.service.setCurrentIndex(dialog.form.service.findData(ids.ot))
        dialog.form.note.setText("group session")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dialog.model.rowCount() == 2
        # delete the speech entry, then undo the delete and the edit
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        assert dialog.model.rowCount() == 1
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
        assert dialog.model.rowCount() == 2
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    done = when_modal(qtbot, work, DayDialog)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert done == ["done"]
    rows = sorted((e.__data__["provision"], e.status, e.minutes, e.note) for e in ServiceLogEntry.select())
    assert rows == [(ids.speech, "shortened", 20, ""), (ids.ot, "delivered", None, "group session")]
    cell = grid.cell(D(2026, 11, 10))
    assert {s.status for s in cell.logged} == {"shortened", "delivered"}


def test_mark_the_week_delivered_except_one(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents)
    page = calendar_page(qtbot, controller, ids)
    view, grid = page.calendar, page.calendar.grid
    view.show_month(2026, 11, 12)
    grid.setFocus()

    def except_thursday(dialog: WeekDialog) -> None:
        labels = [box.text() for box, _sid, _day in dialog.boxes]
        assert len(labels) == 3  # speech Tue and Thu, OT on the first school day
        thursday = next(box for box, sid, day in dialog.boxes if sid == ids.speech and day == D(2026, 11, 12))
        thursday.setChecked(True)
        dialog.source_box.setCurrentIndex(dialog.source_box.findData("child_reported"))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    done = when_modal(qtbot, except_thursday, WeekDialog)
    qtbot.keyClick(grid, Qt.Key.Key_W)
    assert done == ["done"]
    assert _log() == [
        (ids.speech, D(2026, 11, 10), "delivered", None),
        (ids.speech, D(2026, 11, 12), "missed", "unknown"),
        (ids.ot, D(2026, 11, 9), "delivered", None),
    ]
    assert {e.source for e in ServiceLogEntry.select()} == {"child_reported"}
    assert "3 session(s)" in view.status.text()
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the whole week in one undo
    assert _log() == []


def test_provider_log_is_checked_before_it_is_saved(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents)
    page = calendar_page(qtbot, controller, ids)
    view = page.calendar
    view.show_month(2026, 11, 2)

    def paste(dialog: BulkDialog) -> None:
        assert dialog.provision_id() == ids.speech
        assert not dialog.save_button.isEnabled()
        dialog.text.setPlainText("11/3 seen 30\n11/5 absent\nwhat is this\n11/10 shortened 20 min")
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        assert dialog.table.rowCount() == 4
        assert "Not read" in dialog.table.item(2, 5).text()
        assert "3 line(s) read" in dialog.summary.text()
        dialog.text.appendPlainText("11/12 seen")  # changed after the check: must check again
        assert not dialog.save_button.isEnabled()
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        assert dialog.save_button.isEnabled() and "4" in dialog.save_button.text()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    done = when_modal(qtbot, paste, BulkDialog)
    qtbot.mouseClick(view.bulk_button, Qt.MouseButton.LeftButton)
    assert done == ["done"]
    assert _log() == [
        (ids.speech, D(2026, 11, 3), "delivered", None),
        (ids.speech, D(2026, 11, 5), "missed", "student_absent"),
        (ids.speech, D(2026, 11, 10), "shortened", None),
        (ids.speech, D(2026, 11, 12), "delivered", None),
    ]
    assert {e.source for e in ServiceLogEntry.select()} == {"provider_log"}
    assert view.grid.cell(D(2026, 11, 5)).logged[0].status == "missed"
    view.undo_button.click()
    assert _log() == []


def test_cancelled_quick_log_saves_nothing(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents)
    page = calendar_page(qtbot, controller, ids)
    page.calendar.show_month(2026, 11, 3)
    page.calendar.grid.setFocus()
    done = when_modal(qtbot, lambda dialog: dialog.reject(), QDialog)
    qtbot.keyClick(page.calendar.grid, Qt.Key.Key_M)
    assert done == ["done"]
    assert _log() == []
    assert ids.speech
