"""Unlocking: a wrong passphrase keeps the dialog open; the right one opens the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_support import CHILD, PASSPHRASE, WAIT_MS, open_case, unlock_with

from iepdesk.errors import NotACaseError


def test_wrong_then_right_passphrase(qtbot, controller, make_case) -> None:
    path = make_case()
    controller.show_welcome()
    controller.open_case(path)
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.remember.isVisible()  # no keyring here

    unlock_with(qtbot, controller, "not the passphrase")
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT_MS)
    assert "does not open" in dialog.error.text()
    assert dialog.isVisible()
    assert controller.case is None and controller.main_window is None
    assert dialog.passphrase.selectedText() == "not the passphrase"  # ready to be typed over

    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)  # replaces the selection
    assert dialog.passphrase.text() == PASSPHRASE
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    assert controller.case is not None
    assert controller.main_window.windowTitle().startswith(CHILD)
    assert controller.unlock_dialog is None  # closed and deleted


def test_cancel_goes_back_to_welcome(qtbot, controller, make_case) -> None:
    path = make_case()
    controller.open_case(path)
    dialog = controller.unlock_dialog
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert controller.welcome.isVisible()
    assert controller.unlock_dialog is None and controller.case is None


def test_not_a_case_goes_back_to_welcome_and_writes_nothing(qtbot, controller, sandbox, monkeypatch) -> None:
    bogus = sandbox.documents / "notes.iepcase"
    bogus.write_bytes(b"just some text, not a case" * 100)
    before = bogus.read_bytes()
    asked: list[str] = []
    monkeypatch.setattr("ui.messages.confirm", lambda _p, _t, text, **_k: asked.append(text) or False)
    controller.open_case(bogus)
    unlock_with(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.welcome.isVisible(), timeout=WAIT_MS)
    assert asked and "not an IEPDesk case" in asked[0]
    assert controller.case is None
    assert bogus.read_bytes() == before
    assert not (sandbox.documents / "notes.iepcase.keys").exists()
    assert issubclass(NotACaseError, Exception)


def test_recovery_kit_opens_and_sets_a_new_passphrase(qtbot, controller, sandbox) -> None:
    from iepdesk.casefile import Argon2Params, Case

    path = sandbox.documents / "case.iepcase"
    case, secret = Case.create(path, CHILD, PASSPHRASE, Argon2Params())
    case.lock()
    controller.open_case(path)
    qtbot.mouseClick(controller.unlock_dialog.forgot, Qt.MouseButton.LeftButton)
    recover = controller.recover_dialog
    assert recover is not None and recover.isVisible()
    qtbot.keyClicks(recover.secret, secret.formatted().lower().replace("-", " "))
    new = "otter basket violin harbor"
    qtbot.keyClicks(recover.fields.first, new)
    qtbot.keyClicks(recover.fields.second, new)
    assert recover.open_button.isEnabled()
    qtbot.mouseClick(recover.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    controller.close_case()
    open_case(qtbot, controller, path, new)
    assert controller.case is not None


def test_show_passphrase_toggle_by_keyboard(qtbot, controller, make_case) -> None:
    from PySide6.QtWidgets import QApplication, QLineEdit

    from ui.widgets.passphrase import NewPassphraseFields

    path = make_case()
    controller.open_case(path)
    dialog = controller.unlock_dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.passphrase)
    toggle = dialog.show_text
    assert toggle.accessibleName() == "Show the passphrase as I type"
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.passphrase, "typed")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is toggle  # the next Tab stop after the passphrase
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password

    # the same toggle as on creation, which shows both fields
    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    fields.show_text.setChecked(True)
    assert fields.first.echoMode() == fields.second.echoMode() == QLineEdit.EchoMode.Normal
