"""Share a copy… in the window: the dialog makes the copy off the GUI thread and shows its kit; a shared
copy opens with its banner, Share is off, and an edit shows the plain sentence instead of a crash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import CHILD, PASSPHRASE, WAIT_MS, open_case

from iepdesk.casefile import Argon2Params, Case
from iepdesk.model import Contact
from iepdesk.share.make import share_case
from iepdesk.share.marker import shared_copy
from iepdesk.share.parts import ShareParts
from ui import messages
from ui.share.banner import SharedCopyBanner
from ui.share.dialog import ShareDialog
from ui.share.kit import ShareKitDialog

COPY_PASSPHRASE = "otter violin harbor pepper"
SENTENCE = "This is a shared copy, opened read-only: it cannot be changed. Ask the parent for a new copy."


def _dialog(kind: type) -> object:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[0] if found else None


def test_share_a_copy_from_the_window_then_its_kit(qtbot, controller, files, make_case, sandbox) -> None:
    path = make_case()
    with Case.open(path, PASSPHRASE):
        Contact.create(name="Ms. Rivera", notes="a private note")
    open_case(qtbot, controller, path)
    window = controller.main_window
    assert window is not None and window.share_action.isEnabled()
    out = sandbox.documents / "For the advocate.iepcase"
    files.share_path = lambda _parent, _suggested: out  # type: ignore[method-assign]
    window.share_action.trigger()
    qtbot.waitUntil(lambda: _dialog(ShareDialog) is not None, timeout=WAIT_MS)
    dialog = _dialog(ShareDialog)
    assert isinstance(dialog, ShareDialog)
    assert dialog.private.isChecked()  # private notes are left out unless the parent unticks it
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert dialog.where.text() == str(out)
    qtbot.keyClicks(dialog.passphrase.first, COPY_PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.second, COPY_PASSPHRASE)
    qtbot.keyClick(dialog.passphrase.second, Qt.Key.Key_Return)  # Enter makes the copy
    qtbot.waitUntil(lambda: _dialog(ShareKitDialog) is not None, timeout=WAIT_MS)
    kit = _dialog(ShareKitDialog)
    assert isinstance(kit, ShareKitDialog) and not kit.done_button.isEnabled()
    assert out.exists() and out.with_name(out.name + ".keys").exists()
    qtbot.mouseClick(kit.confirmed, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kit.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _dialog(ShareKitDialog) is None, timeout=WAIT_MS)
    controller.lock()
    with Case.open(out, COPY_PASSPHRASE):
        info = shared_copy()
        assert info is not None and info.child_name == CHILD and info.private_notes_removed
        assert [c.notes for c in Contact.select()] == [""]


def test_the_dialog_says_what_is_missing(qtbot, controller, files, make_case) -> None:
    open_case(qtbot, controller, make_case())
    window = controller.main_window
    assert window is not None
    window.share_action.trigger()
    qtbot.waitUntil(lambda: _dialog(ShareDialog) is not None, timeout=WAIT_MS)
    dialog = _dialog(ShareDialog)
    assert isinstance(dialog, ShareDialog)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "Choose where to save the copy."
    dialog.reject()


def _shared_copy(path: Path) -> Path:
    out = path.with_name("copy.iepcase")
    with Case.open(path, PASSPHRASE) as case:
        share_case(case, out, COPY_PASSPHRASE, ShareParts(exclude_private=True), Argon2Params())
    return out


def test_a_shared_copy_opens_read_only_with_its_banner(qtbot, controller, make_case, monkeypatch) -> None:
    copy = _shared_copy(make_case())
    said: list[str] = []
    monkeypatch.setattr(
        messages,
        "show_error",
        lambda _parent, _title, text: said.append(
            messages.describe(text) if isinstance(text, BaseException) else text
        ),
    )
    open_case(qtbot, controller, copy, COPY_PASSPHRASE)
    window = controller.main_window
    assert window is not None
    banners = window.findChildren(SharedCopyBanner)
    assert len(banners) == 1 and banners[0].isVisible()
    assert f"Shared copy of {CHILD}'s case, shared by the parent on " in banners[0].text.text()
    assert "private notes are not in it" in banners[0].details.text()
    assert not window.share_action.isEnabled()
    page = window.pages[1]  # the child's profile
    qtbot.keyClicks(page.form.school, "Another school")
    assert not page.save_button.isEnabled()  # held off up front (tests/ui/test_ui_share_read_only.py)
    qtbot.keyClick(page.form.school, Qt.Key.Key_Return)  # Enter still saves: refused, in plain words
    assert said == [SENTENCE]


def test_every_page_of_a_shared_copy_opens_without_an_error_and_it_locks(
    qtbot, controller, make_case, monkeypatch
) -> None:
    copy = _shared_copy(make_case())
    said: list[object] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, _title, text: said.append(text))
    open_case(qtbot, controller, copy, COPY_PASSPHRASE)
    window = controller.main_window
    assert window is not None
    for index in range(len(window.pages)):
        window.show_page(index)
        assert window.stack.currentIndex() == index
    controller.tasks.wait(WAIT_MS)
    assert said == []  # no page writes behind the parent's back on opening
    controller.lock()  # keeping unsaved drafts is refused by the copy: the lock goes on
    assert controller.case is None
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=WAIT_MS)
