"""The School calendar tab: import a district .ics (marking the event IEPDesk could not place), export
the expected schedule, and enter days off by hand."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from test_ui_calendar_support import SPEECH, WAIT_MS, D, build_case, calendar_page, when_modal

from iepdesk.model import NonSchoolDay, SchoolYear
from ui.calendar.ics_dialogs import ExportDialog, IcsImportDialog
from ui.calendar.span_dialog import SpanDialog
from ui.shell.files import FileChooser

DISTRICT = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test District//EN
BEGIN:VEVENT
UID:first@district.example
DTSTART;VALUE=DATE:20260824
DTEND;VALUE=DATE:20260825
SUMMARY:First Day of School
END:VEVENT
BEGIN:VEVENT
UID:last@district.example
DTSTART;VALUE=DATE:20270610
DTEND;VALUE=DATE:20270611
SUMMARY:Last Day of School
END:VEVENT
BEGIN:VEVENT
UID:winter@district.example
DTSTART;VALUE=DATE:20261221
DTEND;VALUE=DATE:20270102
SUMMARY:Winter Break
END:VEVENT
BEGIN:VEVENT
UID:fair@district.example
DTSTART;VALUE=DATE:20261204
DTEND;VALUE=DATE:20261205
SUMMARY:Quilliam Fair Day
END:VEVENT
END:VCALENDAR
"""


class ScriptedFiles(FileChooser):
    def __init__(self, import_path: Path | None = None, export_path: Path | None = None) -> None:
        super().__init__()
        self.import_path, self.export_path = import_path, export_path

    def ics_to_import(self, parent: QWidget | None) -> Path | None:
        return self.import_path

    def ics_export_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return self.export_path


def test_import_a_district_calendar_and_mark_the_unknown_event(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents, school_year=False)
    ics = sandbox.documents / "district.ics"
    ics.write_text(DISTRICT, encoding="utf-8")
    page = calendar_page(qtbot, controller, ids)
    page.calendar.show_month(2026, 12, 4)
    assert page.calendar.assumed_note.isVisibleTo(page.calendar)
    assert page.calendar.grid.cell(D(2026, 12, 4)).school_day  # assumed: every weekday counts
    page.tabs.setCurrentWidget(page.school)
    page.school.files = ScriptedFiles(import_path=ics)

    def mark_the_fair(dialog: IcsImportDialog) -> None:
        shown = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
        assert [dialog.table.item(r, 1).text() for r in shown] == ["? Quilliam Fair Day"]
        assert "1 event still needs you" in dialog.summary.text()
        combo = dialog.combos[shown[0]]
        combo.setCurrentIndex(combo.findData("day_off"))
        assert "still need" not in dialog.summary.text()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    done = when_modal(qtbot, mark_the_fair, IcsImportDialog)
    qtbot.mouseClick(page.school.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: done == ["done"], timeout=WAIT_MS)  # the file is read in the background
    qtbot.waitUntil(lambda: "day(s) off added" in page.school.result.text(), timeout=WAIT_MS)

    assert sorted(str(d.label) for d in NonSchoolDay.select()) == ["Quilliam Fair Day", "Winter Break"]
    year = SchoolYear.get()
    assert (year.first_day, year.last_day) == (D(2026, 8, 24), D(2027, 6, 10))
    assert "2 day(s) off added" in page.school.result.text()
    assert page.school.days_off.table.rowCount() == 2
    # the calendar counts with it at once
    cell = page.calendar.grid.cell(D(2026, 12, 4))
    assert not cell.school_day and cell.no_school_reason == "Quilliam Fair Day"
    assert not page.calendar.assumed_note.isVisibleTo(page.calendar)

    # the same file again adds nothing (the fair, left unmarked this time, is skipped)
    done = when_modal(qtbot, lambda dialog: dialog.accept(), IcsImportDialog)
    page.school.import_ics()
    qtbot.waitUntil(lambda: done == ["done"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "already there" in page.school.result.text(), timeout=WAIT_MS)
    assert NonSchoolDay.select().count() == 2
    assert "0 day(s) off added, 1 already there" in page.school.result.text()


def test_a_bad_calendar_file_is_refused_plainly(qtbot, controller, sandbox) -> None:
    from PySide6.QtWidgets import QMessageBox

    ids = build_case(sandbox.documents)
    bad = sandbox.documents / "not-a-calendar.ics"
    bad.write_bytes(b"\x00\x01 this is not a calendar")
    page = calendar_page(qtbot, controller, ids)
    page.school.files = ScriptedFiles(import_path=bad)
    said: list[str] = []

    def read(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    done = when_modal(qtbot, read, QMessageBox)
    page.school.import_ics()
    qtbot.waitUntil(lambda: done == ["done"], timeout=WAIT_MS)
    assert "not a calendar file" in said[0]
    assert NonSchoolDay.select().count() == 2  # unchanged


def test_export_the_schedule(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents)
    target = sandbox.documents / "schedule.ics"
    page = calendar_page(qtbot, controller, ids)
    page.school.files = ScriptedFiles(export_path=target)

    def dates(dialog: ExportDialog) -> None:
        dialog.start.setDate(QDate(2026, 11, 30))
        dialog.end.setDate(QDate(2026, 12, 4))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    done = when_modal(qtbot, dates, ExportDialog)
    qtbot.mouseClick(page.school.export_button, Qt.MouseButton.LeftButton)
    assert done == ["done"]
    events = {
        (str(e.get("SUMMARY")), e.decoded("DTSTART"))
        for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    }
    assert (f"{SPEECH} (30 min)", D(2026, 12, 1)) in events
    assert (f"{SPEECH} (30 min)", D(2026, 12, 3)) in events
    assert "not encrypted" in page.school.result.text()


def test_days_off_by_hand(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents)
    page = calendar_page(qtbot, controller, ids)
    page.tabs.setCurrentWidget(page.school)

    def snow_day(dialog: SpanDialog) -> None:
        dialog.first.setDate(QDate(2026, 12, 8))
        dialog.last.setDate(QDate(2026, 12, 7))  # before the first: refused
        dialog.name.setText("Snow day")
        dialog.kind.setCurrentIndex(dialog.kind.findData("closure"))
        dialog._accept()
        assert dialog.isVisible() and dialog.problem.isVisibleTo(dialog)
        assert dialog.problem.text() == "The last day is before the first day."
        dialog.last.setDate(QDate(2026, 12, 8))  # one day: a span
        dialog._accept()

    done = when_modal(qtbot, snow_day, SpanDialog)
    qtbot.mouseClick(page.school.days_off.add_button, Qt.MouseButton.LeftButton)
    assert done == ["done"]
    added = NonSchoolDay.get(NonSchoolDay.label == "Snow day")
    assert (added.first_day, added.last_day, added.kind, added.source) == (
        D(2026, 12, 8),
        D(2026, 12, 8),
        "closure",
        "manual",
    )
    page.calendar.show_month(2026, 12, 8)
    assert page.calendar.grid.cell(D(2026, 12, 8)).expected == []  # no speech on a snow day
