"""Locking (by Ctrl+L and when idle): the key is dropped and no widget still shows case text."""

from __future__ import annotations

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
    assert window.overview.form.school.text() == SCHOOL
    assert find_case_text(SECRETS), "the scan must see case text while the case is open"

    # A team-member dialog is left open, half filled, when the parent walks away.
    def leave_dialog_open() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ContactDialog)
        dialog.name.setText(UNSAVED_CONTACT)
        controller.idle.set_timeout_ms(150)  # the test hook: a tiny idle time

    QTimer.singleShot(0, leave_dialog_open)
    qtbot.mouseClick(window.overview.team.add_button, Qt.MouseButton.LeftButton)  # returns once locked

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

    school = window.overview.form.school
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
    table = controller.main_window.overview.team.table
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
