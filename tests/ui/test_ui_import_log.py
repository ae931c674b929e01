"""Importing the school's own service log from the Calendar tab: the four steps with clicks and keys, the
figures it makes, the same file twice, a broken file, and leaving with choices made.

Worked example (build_case: speech 2 × 30 min a week on Tue and Thu, OT 1 × 45 min a week on any day;
nothing logged). The school's file, Nov 2 to Nov 13, 2026 (two weeks; Nov 11 is a holiday, not a
speech day):
  speech ("SLP-IND"): Nov 3 present 30; Nov 5 "SLP out" (missed, provider absent); Nov 10 present 30;
    Nov 12 "Zorblax drill", a word IEPDesk does not know, which the parent maps to missed, school event.
    Required 4 × 30 = 120; delivered 60; missed 60; owed 60.
  OT ("OT-IND"): Nov 4 present 45, Nov 13 present 45. Required 2 × 45 = 90, delivered 90.
  6 sessions added; the same file again adds 0, with 6 already in the case.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from test_ui_calendar_support import OT, SPEECH, WAIT_MS, D, build_case, calendar_page, when_modal
from test_ui_ledger import _row_of, _texts

from iepdesk.logimport import memory
from iepdesk.model import Document, ServiceLogEntry
from ui.calendar import import_ctl
from ui.calendar.import_dialog import CHECK, COLUMNS, SERVICES, WORDS, ImportDialog
from ui.widgets import unsaved

LOG = """Date of Service,Student,Service,Minutes,Attendance,Provider,Comments
11/03/2026,M.T.,SLP-IND,30,Present,Ms. Q,
11/04/2026,M.T.,OT-IND,45,Present,Mr. P,
11/05/2026,M.T.,SLP-IND,0,SLP out,Ms. Q,
11/10/2026,M.T.,SLP-IND,30,Present,Ms. Q,
11/12/2026,M.T.,SLP-IND,0,Zorblax drill,Ms. Q,assembly in gym
11/13/2026,M.T.,OT-IND,45,Present,Mr. P,
"""


def _page_with_file(qtbot, controller, sandbox, text: str | bytes, name: str = "speech-log.csv"):  # type: ignore[no-untyped-def]
    ids = build_case(sandbox.documents)
    path = sandbox.documents / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    page = calendar_page(qtbot, controller, ids)
    controller.files.always["school_log"] = path  # the chooser the controller gave every page
    return ids, page


def _ready(qtbot, dialog: ImportDialog, step: int) -> None:
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == step and not dialog._planning, timeout=WAIT_MS)


def _on_dialog(qtbot, act: Callable[[ImportDialog], None]) -> list[str]:  # type: ignore[no-untyped-def]
    """when_modal for the import window: a failing step closes it outright (its Esc would ask first)."""

    def run(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportDialog)
        try:
            act(dialog)
        except BaseException:
            QDialog.done(dialog, QDialog.DialogCode.Rejected)
            raise

    return when_modal(qtbot, run, ImportDialog)


def _tab_to(qtbot, target: QWidget) -> None:  # type: ignore[no-untyped-def]
    for _ in range(40):
        if target.hasFocus():
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


def _finished(qtbot, done: list[str]) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    assert done == ["done"]


def _said(qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """The message box that ends an import: its text, once shown (it is answered OK)."""
    said: list[str] = []

    def read(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    when_modal(qtbot, read, QMessageBox)
    return said


def test_walk_the_four_steps_import_and_import_again(qtbot, controller, sandbox) -> None:
    ids, page = _page_with_file(qtbot, controller, sandbox, LOG)
    seen: dict[str, object] = {}

    def walk(dialog: ImportDialog) -> None:
        _ready(qtbot, dialog, COLUMNS)  # read in the background, then step 1
        assert dialog.step_label.text() == "Step 1 of 4: Columns"
        assert not dialog.back_button.isEnabled()
        kinds = [c.currentData() for c in dialog.columns.combos]
        assert kinds == ["date", "", "service", "minutes", "status", "provider", "note"]
        preview = dialog.columns.preview
        assert preview.rowCount() == 6
        assert [preview.horizontalHeaderItem(c).text() for c in (0, 1, 2)] == [
            "Row",
            "What is wrong",
            "Date of Service",
        ]
        assert preview.isColumnHidden(1)  # no row has a problem
        assert (preview.item(0, 0).text(), preview.item(0, 2).text()) == ("2", "11/03/2026")
        assert "6 rows in the file (CSV)" in dialog.columns.found.text()
        # a column changed: the file is planned again (no status column: the minutes tell, no word to ask)
        attendance = dialog.columns.combos[4]
        attendance.setCurrentIndex(attendance.findData(""))
        qtbot.waitUntil(lambda: not dialog._planning and dialog.plan.words == {}, timeout=WAIT_MS)
        # a field is in one column only: Status on the Comments column, then back on Attendance
        comments = dialog.columns.combos[6]
        comments.setCurrentIndex(comments.findData("status"))
        attendance.setCurrentIndex(attendance.findData("status"))
        assert comments.currentData() == ""
        qtbot.waitUntil(
            lambda: not dialog._planning and "Zorblax drill" in dialog.plan.words, timeout=WAIT_MS
        )
        comments.setCurrentIndex(comments.findData("note"))
        _ready(qtbot, dialog, COLUMNS)
        qtbot.keyClick(dialog.columns.combos[0], Qt.Key.Key_Return)  # Enter = Next

        _ready(qtbot, dialog, SERVICES)
        assert dialog.step_label.text() == "Step 2 of 4: Services"
        assert list(dialog.services.combos) == ["SLP-IND", "OT-IND"]
        slp, ot = dialog.services.combos["SLP-IND"], dialog.services.combos["OT-IND"]
        assert slp.currentData() is None and dialog.services.missing.text() == "Still to choose: 2."
        assert slp.hasFocus()
        qtbot.keyClick(slp, Qt.Key.Key_Down)  # the first of the IEP's services: speech
        assert slp.currentData() == ids.speech
        ot.setCurrentIndex(ot.findData(ids.ot))
        _ready(qtbot, dialog, SERVICES)
        assert dialog.services.missing.text() == "All chosen."
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)

        _ready(qtbot, dialog, WORDS)
        assert list(dialog.words.lines) == ["Zorblax drill"]
        assert dialog.words.missing.text() == "Still to choose: 1."
        status, reason = dialog.words.lines["Zorblax drill"]
        status.setCurrentIndex(status.findData("missed"))
        reason.setCurrentIndex(reason.findData("school_event"))
        _ready(qtbot, dialog, WORDS)
        assert dialog.words.missing.text() == ""
        # Back and Next again: the choices stay
        qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
        assert dialog.pages.currentIndex() == SERVICES and slp.currentData() == ids.speech
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        _ready(qtbot, dialog, WORDS)
        assert dialog.words.lines["Zorblax drill"][0].currentData() == "missed"
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

        _ready(qtbot, dialog, CHECK)
        assert dialog.step_label.text() == "Step 4 of 4: Check and import"
        seen["headline"] = dialog.check.headline.text()
        seen["span"] = dialog.check.span.text()
        seen["per_service"] = dialog.check.per_service.text()
        assert dialog.next_button.text() == "&Import 6 sessions" and dialog.next_button.isEnabled()
        assert ServiceLogEntry.select().count() == 0  # nothing is written before Import
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter = Import
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    said = _said(qtbot)
    done = _on_dialog(qtbot, walk)
    qtbot.mouseClick(page.calendar.import_button, Qt.MouseButton.LeftButton)
    _finished(qtbot, done)
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT_MS)

    assert seen["headline"] == "6 sessions will be added; 0 are already in the case and will be skipped."
    assert seen["span"] == "From Tue, Nov 3, 2026 to Fri, Nov 13, 2026."
    lines = str(seen["per_service"]).splitlines()
    assert len(lines) == 2
    assert any(line.startswith(OT) and line.endswith(": 2 sessions") for line in lines)
    assert any(line.startswith(SPEECH) and line.endswith(": 4 sessions") for line in lines)
    assert said[0].startswith("6 added, 0 already in the case (skipped).")
    assert page.calendar.status.text().startswith("6 added, 0 already in the case")
    assert ServiceLogEntry.select().count() == 6
    # the month view shows the imported month, the mapped word counted as the parent chose
    assert page.calendar.title.text() == "November 2026"
    cell = page.calendar.grid.cell(D(2026, 11, 12))
    assert [(s.service, s.status, s.reason) for s in cell.logged] == [(SPEECH, "missed", "school_event")]
    cell = page.calendar.grid.cell(D(2026, 11, 5))
    assert [(s.status, s.reason) for s in cell.logged] == [("missed", "provider_absent")]

    # the ledger counts again
    page.tabs.setCurrentWidget(page.ledger)
    view = page.ledger
    view.preset.setCurrentIndex(view.preset.findData("custom"))
    view.start.setDate(QDate(2026, 11, 2))
    view.end.setDate(QDate(2026, 11, 13))
    view.ledger = None
    view.count()
    qtbot.waitUntil(lambda: view.ledger is not None and not view.busy.isVisible(), timeout=WAIT_MS)
    speech = _texts(view, _row_of(view, SPEECH))
    assert (speech["required"], speech["delivered"], speech["missed"], speech["owed"]) == (
        "120 min",
        "60 min",
        "60 min",
        "60 min",
    )
    ot = _texts(view, _row_of(view, OT))
    assert (ot["required"], ot["delivered"], ot["owed"]) == ("90 min", "90 min", "0 min")

    # the same file again: everything is remembered, so Enter four times; nothing is added
    page.tabs.setCurrentWidget(page.calendar)
    again: dict[str, str] = {}

    def enter_through(dialog: ImportDialog) -> None:
        for step in (COLUMNS, SERVICES, WORDS):
            _ready(qtbot, dialog, step)
            qtbot.keyClick(dialog, Qt.Key.Key_Return)
        _ready(qtbot, dialog, CHECK)
        assert dialog.services.combos["SLP-IND"].currentData() == ids.speech
        assert dialog.words.lines == {}
        again["headline"] = dialog.check.headline.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    said = _said(qtbot)
    done = _on_dialog(qtbot, enter_through)
    page.calendar.import_school_log()
    _finished(qtbot, done)
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT_MS)
    assert again["headline"] == "0 sessions will be added; 6 are already in the case and will be skipped."
    assert said[0].startswith("0 added, 6 already in the case (skipped).")
    assert ServiceLogEntry.select().count() == 6


@pytest.mark.parametrize("broken", ["bytes", "timeout"])
def test_a_file_that_cannot_be_read_ends_plainly_and_changes_nothing(
    qtbot, controller, sandbox, monkeypatch, broken
) -> None:
    _ids, page = _page_with_file(qtbot, controller, sandbox, b"PK\x03\x04 not really a workbook", "log.xlsx")
    if broken == "timeout":
        real = import_ctl.read_table_bounded

        def slow(path: Path, **_kw: object):  # type: ignore[no-untyped-def]
            return real(path, timeout_s=0.000001)

        monkeypatch.setattr(import_ctl, "read_table_bounded", slow)
    seen: dict[str, str] = {}

    def look(dialog: ImportDialog) -> None:
        qtbot.waitUntil(lambda: dialog._failed, timeout=WAIT_MS)
        seen["title"] = dialog.title.text()
        seen["text"] = dialog.busy_text.text()
        assert not dialog.next_button.isVisible() and dialog.cancel_button.text() == "Close"
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter closes
        assert not dialog.isVisible()

    done = _on_dialog(qtbot, look)
    page.calendar.import_school_log()
    _finished(qtbot, done)
    assert seen["title"] == "The file could not be read"
    assert "log.xlsx" in seen["text"] and seen["text"].endswith("Nothing was added to the case.")
    why = "took too long" if broken == "timeout" else "could not be read as an Excel workbook"
    assert why in seen["text"]
    assert ServiceLogEntry.select().count() == 0 and Document.select().count() == 0
    assert page.calendar.status.text() == ""


def test_esc_with_choices_asks_and_writes_nothing(qtbot, controller, sandbox, monkeypatch) -> None:
    ids, page = _page_with_file(qtbot, controller, sandbox, LOG)
    asked: list[str] = []
    answers = [unsaved.Choice.SAVE, unsaved.Choice.DISCARD]

    def answer(question: str) -> unsaved.Choice:
        asked.append(question)
        return answers.pop(0)

    monkeypatch.setattr(unsaved, "answer_for_tests", answer)

    def untouched(dialog: ImportDialog) -> None:  # nothing chosen: Esc closes without a question
        _ready(qtbot, dialog, COLUMNS)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    done = _on_dialog(qtbot, untouched)
    page.calendar.import_school_log()
    _finished(qtbot, done)
    assert asked == []

    def choose_then_esc(dialog: ImportDialog) -> None:
        _ready(qtbot, dialog, COLUMNS)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        _ready(qtbot, dialog, SERVICES)
        slp = dialog.services.combos["SLP-IND"]
        slp.setCurrentIndex(slp.findData(ids.speech))
        _ready(qtbot, dialog, SERVICES)
        qtbot.keyClick(slp, Qt.Key.Key_Escape)
        # answered Save: the check step shows what is still to do; nothing is imported unseen
        assert len(asked) == 1 and dialog.isVisible()
        assert dialog.pages.currentIndex() == CHECK
        assert "choose the IEP service for: “OT-IND”" in dialog.check.blocked.text()
        assert not dialog.next_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # answered Discard: closed
        assert len(asked) == 2 and not dialog.isVisible()

    done = _on_dialog(qtbot, choose_then_esc)
    page.calendar.import_school_log()
    _finished(qtbot, done)
    assert asked[0] == "There are changes that are not saved. Save them?"
    assert ServiceLogEntry.select().count() == 0 and Document.select().count() == 0
    assert memory.services() == {} and memory.words() == {}  # not even the choices were kept
    assert controller.files.asked == ["school_log", "school_log"]


#: No service column; every date can be read month first or day first; one date is no date at all.
ONE_SERVICE = """Date,Min,Attendance
11/03/2026,30,Present
11/05/2026,30,Present
11/0?/2026,30,Present
11/10/2026,20,Partial
"""


def test_date_order_one_service_and_leaving_out_a_bad_row(qtbot, controller, sandbox) -> None:
    ids, page = _page_with_file(qtbot, controller, sandbox, ONE_SERVICE)
    seen: dict[str, object] = {}

    def walk(dialog: ImportDialog) -> None:
        _ready(qtbot, dialog, COLUMNS)
        preview = dialog.columns.preview
        assert not preview.isColumnHidden(1)
        marked = [preview.item(r, 0).text() for r in range(preview.rowCount())]
        assert marked == ["✗ 2", "✗ 3", "✗ 4", "✗ 5"]  # the order cannot be told, and row 4 is no date
        assert "can be read two ways" in preview.item(0, 1).text()
        assert "choose the file's date order" in dialog.columns.found.text()
        order = dialog.columns.date_order
        order.setCurrentIndex(order.findData("mdy"))
        _ready(qtbot, dialog, COLUMNS)
        marked = [preview.item(r, 0).text() for r in range(preview.rowCount())]
        assert marked == ["2", "3", "✗ 4", "5"]
        qtbot.keyClick(dialog.columns.date_order, Qt.Key.Key_Return)  # Enter = Next

        _ready(qtbot, dialog, SERVICES)
        single = dialog.services.single
        assert single.isVisible() and dialog.services.combos == {} and single.hasFocus()
        assert dialog.services.missing.text() == "Choose the service before going on."
        _tab_to(qtbot, dialog.back_button)  # Back is reached with Tab, and pressed with Space
        qtbot.keyClick(dialog.back_button, Qt.Key.Key_Space)
        assert dialog.pages.currentIndex() == COLUMNS
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        _ready(qtbot, dialog, SERVICES)
        qtbot.keyClick(single, Qt.Key.Key_Down)  # the first service: speech
        assert single.currentData() == ids.speech
        _ready(qtbot, dialog, SERVICES)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

        _ready(qtbot, dialog, WORDS)
        assert dialog.words.lines == {} and dialog.words.none_left.isVisible()
        assert "“Partial” = cut short" in dialog.words.known.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

        _ready(qtbot, dialog, CHECK)
        assert "Some rows cannot be imported" in dialog.check.blocked.text()
        assert not dialog.next_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Import cannot run: nothing happens
        assert dialog.isVisible() and ServiceLogEntry.select().count() == 0
        _tab_to(qtbot, dialog.check.leave_problems)
        qtbot.keyClick(dialog.check.leave_problems, Qt.Key.Key_Space)
        assert dialog.check.leave_problems.isChecked()
        _ready(qtbot, dialog, CHECK)
        seen["left_out"] = dialog.check.left_out.text()
        seen["headline"] = dialog.check.headline.text()
        assert dialog.next_button.text() == "&Import 3 sessions", dialog.blocked()
        assert dialog.next_button.isEnabled(), dialog.blocked()
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    said = _said(qtbot)
    done = _on_dialog(qtbot, walk)
    page.calendar.import_school_log()
    _finished(qtbot, done)
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT_MS)
    assert seen["left_out"] == "Left out, as they could not be imported: 1 (rows 4)."
    assert seen["headline"] == "3 sessions will be added; 0 are already in the case and will be skipped."
    assert said[0].startswith("3 added, 0 already in the case (skipped).")
    rows = sorted((e.date, e.status, e.minutes) for e in ServiceLogEntry.select())
    assert rows == [
        (D(2026, 11, 3), "delivered", 30),
        (D(2026, 11, 5), "delivered", 30),
        (D(2026, 11, 10), "shortened", 20),
    ]
    assert {e.provision_id for e in ServiceLogEntry.select()} == {ids.speech}


def test_cancel_while_the_file_is_read(qtbot, controller, sandbox, monkeypatch) -> None:
    import threading

    _ids, page = _page_with_file(qtbot, controller, sandbox, LOG)
    release = threading.Event()
    real = import_ctl.read_table_bounded

    def held(path: Path, **kw: object):  # type: ignore[no-untyped-def]
        release.wait(WAIT_MS / 1000)
        return real(path)

    monkeypatch.setattr(import_ctl, "read_table_bounded", held)

    def cancel(dialog: ImportDialog) -> None:
        assert dialog.pages.currentIndex() == 0 and dialog.busy_bar.isVisible()
        assert not dialog.next_button.isEnabled() and dialog.cancel_button.isEnabled()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # asks nothing: nothing chosen
        assert not dialog.isVisible()

    done = _on_dialog(qtbot, cancel)
    page.calendar.import_school_log()
    _finished(qtbot, done)
    release.set()
    assert controller.tasks.wait_beside(WAIT_MS) and controller.tasks.wait(WAIT_MS)
    qtbot.wait(50)  # the read's late result arrives, and is dropped
    assert page.calendar.importer.dialog is None
    assert ServiceLogEntry.select().count() == 0 and page.calendar.status.text() == ""


def test_lock_with_the_import_open_asks_nothing_and_leaves_no_case_text(
    qtbot, controller, sandbox, monkeypatch
) -> None:
    from test_ui_calendar_lock import SECRETS
    from ui_support import PASSPHRASE, find_case_text

    from iepdesk.casefile import Case

    ids, page = _page_with_file(qtbot, controller, sandbox, LOG)
    asked: list[str] = []
    found_at_lock: list[list[str]] = []

    def lock_now(dialog: ImportDialog) -> None:
        _ready(qtbot, dialog, COLUMNS)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        _ready(qtbot, dialog, SERVICES)
        slp = dialog.services.combos["SLP-IND"]
        slp.setCurrentIndex(slp.findData(ids.speech))  # a choice, then the lock
        _ready(qtbot, dialog, SERVICES)
        assert any(SPEECH in line for line in find_case_text(SECRETS))
        monkeypatch.setattr(unsaved, "answer_for_tests", lambda q: asked.append(q) or unsaved.Choice.CANCEL)
        controller.lock()
        found_at_lock.append(find_case_text([*SECRETS, "SLP-IND", "Zorblax drill"]))

    done = _on_dialog(qtbot, lock_now)
    page.calendar.import_school_log()
    _finished(qtbot, done)
    assert controller.case is None and asked == []
    assert found_at_lock == [[]]
    with Case.open(ids.path, PASSPHRASE):
        assert ServiceLogEntry.select().count() == 0 and memory.services() == {}
