"""Locking (by Ctrl+L and when idle): the key is dropped and no widget still shows case text."""

from __future__ import annotations

import pytest
from profile_support import child_page
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from ui_support import CHILD, PASSPHRASE, WAIT_MS, activate, find_case_text, open_case

from iepdesk.casefile import Argon2Params, Case
from iepdesk.model import Child, Contact
from ui.dialogs.contact import ContactDialog

SCHOOL = "Quillfeather Academy"
CONTACT = "Ms. Zorabelle"
UNSAVED_CONTACT = "Mr. Unsavedname"
SECRETS = [CHILD, "Testchild", SCHOOL, CONTACT, UNSAVED_CONTACT, "zorabelle@school.example"]


def _case_with_content(sandbox) -> object:
    path = sandbox.documents / "case.iepcase"
    case, _ = Case.create(path, CHILD, PASSPHRASE, Argon2Params())
    with case:
        child = Child.the_child()
        child.school = SCHOOL
        child.save()
        Contact.create(name=CONTACT, role="Case manager", email="zorabelle@school.example")
    return path


def test_idle_timeout_locks_and_leaves_no_case_text(qtbot, controller, sandbox) -> None:
    path = _case_with_content(sandbox)
    open_case(qtbot, controller, path)
    window = controller.main_window
    assert child_page(window).form.school.text() == SCHOOL
    assert find_case_text(SECRETS), "the scan must see case text while the case is open"

    # A team-member dialog is left open, half filled, when the parent walks away.
    def leave_dialog_open() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ContactDialog)
        dialog.name.setText(UNSAVED_CONTACT)
        controller.idle.set_timeout_ms(150)  # the test hook: a tiny idle time

    QTimer.singleShot(0, leave_dialog_open)
    add = child_page(window, show=True).team.add_button
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)  # returns once locked

    qtbot.waitUntil(lambda: controller.case is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None and controller.unlock_dialog.isVisible())
    qtbot.wait(50)  # let deferred deletions run, as the event loop would

    assert controller.main_window is None
    assert find_case_text(SECRETS) == []
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert all(CHILD not in t for t in titles)

    # the unsaved dialog was cancelled, not saved
    with Case.open(path, PASSPHRASE):
        assert [c.name for c in Contact.ordered()] == [CONTACT]


def test_ctrl_l_locks_and_clears_what_the_app_copied(qtbot, controller, sandbox) -> None:
    path = _case_with_content(sandbox)
    open_case(qtbot, controller, path)
    window = controller.main_window
    activate(qtbot, window)
    clipboard = QGuiApplication.clipboard()

    school = child_page(window, show=True).form.school
    school.setFocus()
    school.selectAll()
    school.copy()  # Ctrl+C in a field
    assert clipboard.text() == SCHOOL

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.case is None
    assert clipboard.text() == ""
    # at once, before the closed window is even deleted, nothing shows case text any more
    assert find_case_text(SECRETS) == []


def test_copy_from_the_team_table_is_cleared_on_lock(qtbot, controller, sandbox) -> None:
    path = _case_with_content(sandbox)
    open_case(qtbot, controller, path)
    table = child_page(controller.main_window, show=True).team.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 2))
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "zorabelle@school.example"
    controller.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_lock_leaves_other_clipboard_text_alone(qtbot, controller, sandbox) -> None:
    path = _case_with_content(sandbox)
    open_case(qtbot, controller, path)
    clipboard = QGuiApplication.clipboard()
    controller.clipboard.copy(SCHOOL)
    controller.clipboard._ours.clear()  # as if another program had put this text there
    controller.lock()
    assert clipboard.text() == SCHOOL
    clipboard.clear()


def test_auto_lock_minutes_setting_is_saved_and_applied(qtbot, controller, sandbox) -> None:
    from iepdesk import settings

    path = _case_with_content(sandbox)
    open_case(qtbot, controller, path)
    page = controller.main_window.settings_page
    page.auto_lock.setValue(3)
    assert controller.idle.timeout_ms == 3 * 60_000
    assert settings.load().auto_lock_minutes == 3
    page.auto_lock.setValue(0)
    assert page.auto_lock.text() == "Never"
    assert controller.idle.timeout_ms == 0


def _open_handles(path) -> list[str]:
    import os

    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found


def test_lock_leaves_no_connection_open_on_any_thread(qtbot, controller, sandbox) -> None:
    import os

    import pytest

    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("needs /proc to list open files")
    path = _case_with_content(sandbox)
    open_case(qtbot, controller, path)  # unlocked on a worker thread, used on the GUI thread
    assert _open_handles(path), "the check must see the open case"
    controller.lock()
    assert _open_handles(path) == []


# ---- the lock and the window's one runner (ui.shell.tasks): case work never outlives the key ---------------


def _watch_the_close(monkeypatch, controller, order: list[str]) -> None:  # type: ignore[no-untyped-def]
    case = controller.case
    real_lock = case.lock

    def lock() -> None:
        order.append("case closed")
        real_lock()

    monkeypatch.setattr(case, "lock", lock)


def _spy_on_the_wait(monkeypatch, controller):  # type: ignore[no-untyped-def]
    """An event set once something (the lock) waits on the window's runner, then really waits."""
    import threading

    waiting = threading.Event()
    real_wait = controller.tasks.wait

    def wait(msecs: int = -1) -> bool:
        waiting.set()
        return bool(real_wait(msecs))

    monkeypatch.setattr(controller.tasks, "wait", wait)
    return waiting


@pytest.mark.parametrize("how", ["ctrl+l", "idle"])
def test_the_lock_cancels_case_work_of_a_page_and_waits_for_it(
    qtbot, controller, sandbox, monkeypatch, how: str
) -> None:
    import threading

    from ui.letters.page import LettersPage

    open_case(qtbot, controller, _case_with_content(sandbox))
    window = controller.main_window
    activate(qtbot, window)
    page = next(p for p in window.pages if isinstance(p, LettersPage))
    runner = page.services.tasks
    assert runner is controller.tasks  # no page has a runner of its own
    order: list[str] = []
    _watch_the_close(monkeypatch, controller, order)
    waiting = _spy_on_the_wait(monkeypatch, controller)
    started, stop = threading.Event(), threading.Event()

    def work(_report) -> str:  # type: ignore[no-untyped-def]
        started.set()
        order.append("asked to stop" if stop.wait(WAIT_MS / 1000) else "never asked")
        # Held until the lock waits: a lock that did not wait would close the case meanwhile.
        order.append("the lock waits" if waiting.wait(WAIT_MS / 1000) else "the lock went on")
        school = str(Child.the_child().school)  # the key is still there: the case reads
        order.append(f"read {school}")
        return school

    runner.run(work, cancel=stop.set, lock_waits=True)
    assert started.wait(WAIT_MS / 1000)  # running, held until something asks it to stop
    if how == "idle":
        controller.idle.set_timeout_ms(50)  # the test hook: a tiny idle time
        qtbot.waitUntil(lambda: controller.case is None, timeout=WAIT_MS)
    else:
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.case is None
    assert order == ["asked to stop", "the lock waits", f"read {SCHOOL}", "case closed"]


def test_the_lock_waits_for_a_count_of_the_minutes_owed(qtbot, controller, sandbox, monkeypatch) -> None:
    from test_ui_calendar_support import build_case, calendar_page

    from ui.calendar import ledger_view

    ids = build_case(sandbox.documents)
    page = calendar_page(qtbot, controller, ids)
    order: list[str] = []
    _watch_the_close(monkeypatch, controller, order)
    waiting = _spy_on_the_wait(monkeypatch, controller)
    real_count = ledger_view._count

    def held_count(*args):  # type: ignore[no-untyped-def]
        # Held until the lock waits: so it is still running when the lock comes, on any machine.
        order.append("the lock waits" if waiting.wait(WAIT_MS / 1000) else "the lock went on")
        found = real_count(*args)  # reads the case: the key must still be there
        order.append("counted")
        return found

    monkeypatch.setattr(ledger_view, "_count", held_count)
    page.tabs.setCurrentWidget(page.ledger)  # shown: the count starts off the GUI thread
    assert page.ledger.busy.isVisibleTo(page.ledger) and page.ledger.tasks is controller.tasks
    controller.lock()
    assert controller.case is None
    assert order == ["the lock waits", "counted", "case closed"]
    assert page.ledger.ledger is None  # its late result is dropped


def test_a_lock_during_work_that_must_finish_comes_right_after_it(
    qtbot, controller, sandbox, monkeypatch
) -> None:
    """A backup or a passphrase change is not cut short, and the window is not blocked while it ends:
    the lock waits for it and comes once it has finished."""
    import threading

    open_case(qtbot, controller, _case_with_content(sandbox))
    window = controller.main_window
    activate(qtbot, window)
    order: list[str] = []
    _watch_the_close(monkeypatch, controller, order)
    release = threading.Event()

    def work(_report) -> None:  # type: ignore[no-untyped-def]
        release.wait(WAIT_MS / 1000)
        Child.the_child()  # still reads the case
        order.append("finished")

    controller.tasks.run(work)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.case is not None and order == []  # not yet: the work still needs the key
    release.set()
    qtbot.waitUntil(lambda: controller.case is None, timeout=WAIT_MS)
    assert order == ["finished", "case closed"]
