"""Help: the shortcut list is exactly what the window registers, and the user guide opens offline."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget
from ui_support import activate, open_case

from iepdesk.paths import bundled_doc
from ui.dialogs.help import ShortcutsDialog, UserGuideDialog, registered_shortcuts

NATIVE = QKeySequence.SequenceFormat.NativeText


def _window(qtbot, controller, make_case):  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, make_case())
    window = controller.main_window
    activate(qtbot, window)  # shortcuts reach only the active window
    return window


def _every_key_under(window: QWidget) -> set[str]:
    """Found here independently of ui.dialogs.help: the keys of every QAction and QShortcut."""
    keys = {
        k.toString(NATIVE) for a in window.findChildren(QAction) for k in a.shortcuts() if not k.isEmpty()
    }
    keys |= {s.key().toString(NATIVE) for s in window.findChildren(QShortcut) if not s.key().isEmpty()}
    return keys


def _when_modal(act) -> list[str]:  # type: ignore[no-untyped-def]
    done: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
            done.append("done")
        finally:
            dialog.reject()

    QTimer.singleShot(0, poll)
    return done


def test_the_list_is_every_registered_shortcut_and_nothing_else(qtbot, controller, make_case) -> None:
    window = _window(qtbot, controller, make_case)
    entries = registered_shortcuts(window)
    listed = {k.toString(NATIVE) for e in entries for k in e.keys}
    assert listed == _every_key_under(window)
    for must in [*(f"Ctrl+{n}" for n in range(1, 9)), "D", "M", "W", "Ctrl+F", "Ctrl+L", "Ctrl+Z", "F1"]:
        assert QKeySequence(must).toString(NATIVE) in listed, must
    for entry in entries:
        assert entry.what and entry.where, entry
    where = {e.what: e.where for e in entries}
    assert where["Log the selected day's session as delivered"] == "Calendar & log"
    assert where["Lock"] == "Everywhere"

    # The dialog shows those rows, and Help → Keyboard shortcuts opens it.
    seen: list[list[str]] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        model = dialog.model
        seen.append([model.index(r, 0).data() for r in range(model.rowCount())])

    outcome = _when_modal(read)
    window.shortcuts_action.trigger()
    assert outcome == ["done"]
    assert seen[0] == [e.key_text() for e in entries]
    assert window.shortcuts_action in window.menuBar().actions()[-1].menu().actions()


def test_listed_shortcuts_do_what_they_say(qtbot, controller, make_case) -> None:
    window = _window(qtbot, controller, make_case)
    for number in range(8, 0, -1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentIndex() == number - 1
    # F1 opens the user guide
    outcome = _when_modal(lambda dialog: isinstance(dialog, UserGuideDialog) or 1 / 0)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert outcome == ["done"]


def test_the_user_guide_is_shipped_and_shown_offline(qtbot) -> None:
    sys.path.insert(0, str(bundled_doc("x").parents[1] / "packaging"))
    try:
        import bundle_data
    finally:
        sys.path.pop(0)
    assert "docs/user-guide.md" in bundle_data.BUNDLED_DOCS
    assert any(src.endswith("user-guide.md") and dest == "docs" for src, dest in bundle_data.resource_datas())
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert text.startswith("Using IEPDesk")  # the Markdown heading, rendered (no "#")
    assert "Create a case" in text
    assert not dialog.browser.openLinks() and not dialog.browser.openExternalLinks()
    assert dialog.browser.accessibleName() == "User guide"
