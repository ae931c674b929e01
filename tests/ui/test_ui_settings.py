"""The Settings page: back up, restore into a new case, change the passphrase, remember here."""

from __future__ import annotations

from profile_support import child_page
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from ui_support import CHILD, PASSPHRASE, WAIT_MS, open_case

from iepdesk.casefile import Case, CasePaths
from iepdesk.errors import WrongPassphraseError
from iepdesk.model import Child
from ui.dialogs.ask_passphrase import AskPassphraseDialog
from ui.dialogs.change_passphrase import ChangePassphraseDialog


def _record(monkeypatch, name: str) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(f"ui.messages.{name}", lambda _p, _t, text, *_a, **_k: said.append(str(text)) or True)
    return said


def test_back_up_now_makes_a_copy_that_opens(
    qtbot, controller, files, make_case, sandbox, monkeypatch
) -> None:
    infos = _record(monkeypatch, "show_info")
    path = make_case()
    open_case(qtbot, controller, path)
    out = sandbox.documents / "backup.iepcase"
    files.answers.append(out)
    page = controller.main_window.settings_page
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(infos), timeout=WAIT_MS)
    assert "backup.iepcase" in infos[0]
    assert CasePaths.of(out).keys.exists()
    controller.close_case()
    with Case.open(out, PASSPHRASE):
        assert Child.the_child().name == CHILD


def test_back_up_refuses_an_existing_name(qtbot, controller, files, make_case, monkeypatch) -> None:
    errors = _record(monkeypatch, "show_error")
    path = make_case()
    other = make_case("other.iepcase")
    before = other.read_bytes()
    open_case(qtbot, controller, path)
    files.answers.append(other)
    qtbot.mouseClick(controller.main_window.settings_page.backup_button, Qt.MouseButton.LeftButton)
    assert errors and "never replaces" in errors[0]
    assert other.read_bytes() == before


def test_change_passphrase(qtbot, controller, make_case, monkeypatch) -> None:
    infos = _record(monkeypatch, "show_info")
    path = make_case()
    open_case(qtbot, controller, path)
    qtbot.mouseClick(controller.main_window.settings_page.change_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ChangePassphraseDialog))
    new = "otter basket violin harbor"
    qtbot.keyClicks(dialog.current, "wrong passphrase")
    qtbot.keyClicks(dialog.fields.first, new)
    qtbot.keyClicks(dialog.fields.second, new)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT_MS)
    assert dialog.isVisible() and "Nothing was changed" in dialog.error.text()

    qtbot.keyClicks(dialog.current, PASSPHRASE)  # the wrong one is selected, so this replaces it
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(infos), timeout=WAIT_MS)
    controller.close_case()
    with Case.open(path, new):
        pass
    try:
        Case.open(path, PASSPHRASE).lock()
    except WrongPassphraseError:
        pass
    else:
        raise AssertionError("the old passphrase still opens the case")


def test_restore_from_welcome_into_a_new_case(
    qtbot, controller, files, make_case, sandbox, monkeypatch
) -> None:
    infos = _record(monkeypatch, "show_info")
    source = make_case()
    with Case.open(source, PASSPHRASE) as case:
        backup = sandbox.documents / "backup.iepcase"
        case.backup(backup)
    restored = sandbox.documents / "restored.iepcase"
    files.answers += [backup, restored]
    controller.show_welcome()

    def give_passphrase() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AskPassphraseDialog)
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

    QTimer.singleShot(0, give_passphrase)
    qtbot.mouseClick(controller.welcome.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    assert controller.case is not None and controller.case.paths.db == restored
    assert infos and "restored.iepcase" in infos[0]
    assert child_page(controller.main_window).form.name.text() == CHILD


class MemoryKeyring:
    """A keyring backend that keeps entries in memory (the real one is never touched)."""

    priority = 1

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.entries.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.entries[(service, user)] = password

    def delete_password(self, service: str, user: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.entries.pop((service, user), None) is None:
            raise PasswordDeleteError("none")


def _memory_keyring(monkeypatch) -> MemoryKeyring:
    import keyring

    from iepdesk.casefile.remember import KeyringStatus

    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_password", backend.get_password)
    monkeypatch.setattr(keyring, "set_password", backend.set_password)
    monkeypatch.setattr(keyring, "delete_password", backend.delete_password)
    monkeypatch.setattr("iepdesk.casefile.remember.status", lambda: KeyringStatus(True, "memory", ""))
    return backend


def test_remember_here_then_open_without_passphrase(qtbot, controller, make_case, monkeypatch) -> None:
    backend = _memory_keyring(monkeypatch)
    from iepdesk.casefile.remember import KeyringStatus

    controller._keyring = KeyringStatus(True, "memory", "")
    path = make_case()
    controller.open_case(path)
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=WAIT_MS)
    dialog = controller.unlock_dialog
    assert dialog.remember.isVisibleTo(dialog) and not dialog.remember.isChecked()
    assert "without the passphrase" in dialog.remember_note.text()
    dialog.remember.setChecked(True)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    assert len(backend.entries) == 1
    page = controller.main_window.settings_page
    assert "remembered" in page.remember_state.text()

    controller.close_case()
    controller.open_case(path)  # no passphrase asked
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    assert controller.unlock_dialog is None

    # Forget from the Settings page: the next open asks for the passphrase again.
    page = controller.main_window.settings_page
    qtbot.mouseClick(page.remember_button, Qt.MouseButton.LeftButton)
    assert backend.entries == {}
    assert "every time" in page.remember_state.text()
    controller.close_case()
    controller.open_case(path)
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=WAIT_MS)


def test_stale_remembered_key_says_so(qtbot, controller, make_case, monkeypatch) -> None:
    import base64

    from iepdesk.casefile import case_id_of
    from iepdesk.casefile.remember import SERVICE, KeyringStatus

    backend = _memory_keyring(monkeypatch)
    controller._keyring = KeyringStatus(True, "memory", "")
    path = make_case()
    backend.entries[(SERVICE, f"case-{case_id_of(path)}")] = base64.b64encode(b"\x01" * 32).decode()
    controller.open_case(path)
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=WAIT_MS)
    assert "no longer worked" in controller.unlock_dialog.notice.text()
    assert controller.unlock_dialog.notice.isVisibleTo(controller.unlock_dialog)
