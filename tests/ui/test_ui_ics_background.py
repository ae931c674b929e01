"""Importing a school calendar (.ics) reads the file off the GUI thread: the window keeps running while
a slow file is read, and a file IEPDesk cannot read is refused with the core's plain IcsError message."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from test_ui_calendar_school import DISTRICT, ScriptedFiles
from test_ui_calendar_support import WAIT_MS, build_case, calendar_page, when_modal

from iepdesk.model import NonSchoolDay
from iepdesk.schedule import school_days
from ui.calendar.ics_dialogs import IcsImportDialog

#: 20 events whose rule can never happen (February 31st, every minute): the core's bounded expansion
#: still takes a second or two here, which the GUI thread must not spend.
IMPOSSIBLE = "".join(
    f"BEGIN:VEVENT\nUID:never{n}@district.example\nDTSTART:20260901T080000\nDTEND:20260901T090000\n"
    f"RRULE:FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=31\nSUMMARY:Never {n}\nEND:VEVENT\n"
    for n in range(20)
)


def spy_on_read(monkeypatch, gate: threading.Event | None = None) -> list[bool]:
    """Record, for each read, whether it ran on the GUI (main) thread. With ``gate``, the read waits
    until the gate opens, so a test can prove the GUI thread keeps working while a read is running."""
    on_main: list[bool] = []
    real = school_days.read_ics

    def read(path):  # type: ignore[no-untyped-def]
        on_main.append(threading.current_thread() is threading.main_thread())
        if gate is not None:
            gate.wait(timeout=60)  # never opened: the GUI thread was blocked (the asserts below say so)
        return real(path)

    monkeypatch.setattr(school_days, "read_ics", read)
    return on_main


def test_a_slow_calendar_is_read_while_the_window_keeps_running(
    qtbot, controller, sandbox, monkeypatch
) -> None:
    ids = build_case(sandbox.documents, school_year=False)
    path = sandbox.documents / "district.ics"
    path.write_text(DISTRICT.replace("END:VCALENDAR\n", IMPOSSIBLE + "END:VCALENDAR\n"), encoding="utf-8")
    page = calendar_page(qtbot, controller, ids)
    page.tabs.setCurrentWidget(page.school)
    page.school.files = ScriptedFiles(import_path=path)
    # The read does not finish until the GUI thread's timer has beaten five times while it runs: if
    # the read ran on (or blocked) the GUI thread, those beats could not happen. Exact, not timed.
    gate = threading.Event()
    on_main = spy_on_read(monkeypatch, gate)
    shown: list[int] = []

    def accept(dialog: IcsImportDialog) -> None:
        shown.append(len(dialog.events))
        dialog.accept()

    done = when_modal(qtbot, accept, IcsImportDialog)
    beats_while_reading: list[bool] = []

    def beat() -> None:
        if on_main and not gate.is_set():
            beats_while_reading.append(True)
            if len(beats_while_reading) >= 5:
                gate.set()

    heartbeat = QTimer()
    heartbeat.timeout.connect(beat)
    heartbeat.start(10)
    qtbot.mouseClick(page.school.import_button, Qt.MouseButton.LeftButton)
    assert not page.school.import_button.isEnabled()  # one import at a time
    qtbot.waitUntil(lambda: done == ["done"], timeout=WAIT_MS)
    heartbeat.stop()

    assert on_main == [False]  # read on a worker thread
    assert len(beats_while_reading) == 5  # the window kept running while the file was read
    assert shown == [4]  # the impossible events have no day; the district's four are offered
    qtbot.waitUntil(lambda: "1 day off added" in page.school.result.text(), timeout=WAIT_MS)
    assert page.school.import_button.isEnabled()


def test_an_unreadable_calendar_says_so_from_the_background(qtbot, controller, sandbox, monkeypatch) -> None:
    ids = build_case(sandbox.documents)
    path = sandbox.documents / "broken.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2026-99-99\nEND:VCALENDAR\n\x00\xff")
    page = calendar_page(qtbot, controller, ids)
    page.school.files = ScriptedFiles(import_path=path)
    on_main = spy_on_read(monkeypatch)
    said: list[str] = []

    def read(box: QMessageBox) -> None:
        said.append(f"{box.windowTitle()}|{box.text()}")
        box.accept()

    done = when_modal(qtbot, read, QMessageBox)
    page.school.import_ics()
    qtbot.waitUntil(lambda: done == ["done"], timeout=WAIT_MS)
    assert on_main == [False]
    assert said and "Something unexpected" not in said[0]
    assert said[0].startswith("The calendar was not read|") and "calendar" in said[0].split("|", 1)[1]
    assert NonSchoolDay.select().count() == 2  # unchanged
    assert page.school.import_button.isEnabled()


def test_a_lock_while_reading_keeps_nothing(qtbot, controller, sandbox) -> None:
    from PySide6.QtWidgets import QApplication

    ids = build_case(sandbox.documents, school_year=False)
    path = sandbox.documents / "district.ics"
    path.write_text(DISTRICT.replace("END:VCALENDAR\n", IMPOSSIBLE + "END:VCALENDAR\n"), encoding="utf-8")
    page = calendar_page(qtbot, controller, ids)
    page.school.files = ScriptedFiles(import_path=path)
    gone: list[bool] = []
    page.school.destroyed.connect(lambda: gone.append(True))
    page.school.import_ics()
    controller.lock()  # before the worker is done: the window and its panels go
    qtbot.waitUntil(lambda: gone == [True], timeout=WAIT_MS)
    assert controller.case is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, IcsImportDialog) and w.isVisible()]
