"""The welcome window's recent list, the main window's shell, and a light start-up."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from ui_support import activate, open_case

from iepdesk import settings


@pytest.fixture
def us_english() -> Iterator[None]:
    """Dates written the United States way whatever the machine's locale, so the texts are known."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def _changed_on(path: Path, day: dt.datetime) -> None:
    stamp = day.timestamp()
    os.utime(path, (stamp, stamp))


def test_each_recent_case_shows_its_file_name_the_day_it_changed_and_its_folder(  # type: ignore[no-untyped-def]
    qtbot, controller, make_case, sandbox, us_english
) -> None:
    maya = make_case("Maya.iepcase")
    _changed_on(maya, dt.datetime(2026, 3, 3, 14, 30))
    sandbox.documents.joinpath("older").mkdir()
    sam = make_case("older/Sam 2025.iepcase")
    _changed_on(sam, dt.datetime(2025, 11, 20, 9, 0))
    controller.settings.recent_cases = [str(maya), str(sam)]
    controller.show_welcome()
    welcome = controller.welcome
    assert welcome.recent_lines(0) == ["Maya", "Last changed March 3, 2026", str(sandbox.documents)]
    assert welcome.recent_lines(1) == [
        "Sam 2025",
        "Last changed November 20, 2025",
        str(sandbox.documents / "older"),
    ]
    assert not welcome.recent_missing(0) and not welcome.recent_missing(1)
    item = welcome.recent.item(0)
    assert str(maya) in item.toolTip()
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == (
        f"Maya, Last changed March 3, 2026, in {sandbox.documents}"
    )
    # The window says why it shows the file's name and not the child's.
    assert welcome.privacy_note.isVisibleTo(welcome)
    assert "stays locked" in welcome.privacy_note.text()


def test_with_no_recent_cases_the_window_says_what_to_do_first(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    controller.settings.recent_cases = []
    controller.show_welcome()
    welcome = controller.welcome
    assert welcome.empty_note.isVisibleTo(welcome) and not welcome.recent.isVisibleTo(welcome)
    assert "Create one for your child" in welcome.empty_note.text()
    assert not welcome.privacy_note.isVisibleTo(welcome)
    assert not welcome.open_recent_button.isVisibleTo(welcome)
    assert welcome.create_button.isDefault()


def test_a_missing_case_says_so_and_can_be_removed_from_the_list(  # type: ignore[no-untyped-def]
    qtbot, controller, make_case, sandbox
) -> None:
    present = make_case()
    missing = sandbox.documents / "gone.iepcase"
    controller.settings.recent_cases = [str(present), str(missing)]
    controller.show_welcome()
    welcome = controller.welcome
    assert welcome.recent.count() == 2
    assert welcome.recent_lines(1) == [
        "gone",
        "Not found — moved or on a drive that is not connected",
        str(sandbox.documents),
    ]
    assert welcome.recent_missing(1) and not welcome.recent_missing(0)

    welcome.recent.setCurrentRow(1)
    assert not welcome.open_recent_button.isEnabled()
    assert welcome.remove_recent_button.isEnabled()
    qtbot.mouseClick(welcome.remove_recent_button, Qt.MouseButton.LeftButton)
    assert welcome.recent.count() == 1
    assert settings.load().recent_cases == [str(present)]

    welcome.recent.setCurrentRow(0)
    qtbot.mouseClick(welcome.open_recent_button, Qt.MouseButton.LeftButton)
    assert controller.unlock_dialog is not None and controller.unlock_dialog.path == present


def test_enter_opens_the_selected_case_and_not_a_missing_one(qtbot, controller, make_case, sandbox) -> None:  # type: ignore[no-untyped-def]
    first, second = make_case("first.iepcase"), make_case("second.iepcase")
    missing = sandbox.documents / "gone.iepcase"
    controller.settings.recent_cases = [str(missing), str(first), str(second)]
    controller.show_welcome()
    welcome = controller.welcome
    activate(qtbot, welcome)
    welcome.recent.setFocus()
    qtbot.waitUntil(welcome.recent.hasFocus)
    chosen: list[str] = []
    welcome.recent_chosen.disconnect()
    welcome.recent_chosen.connect(chosen.append)
    assert welcome.recent.currentRow() == 0
    qtbot.keyClick(welcome.recent, Qt.Key.Key_Return)  # the missing one: nothing to open
    assert chosen == []
    qtbot.keyClick(welcome.recent, Qt.Key.Key_Down)
    qtbot.keyClick(welcome.recent, Qt.Key.Key_Down)
    qtbot.keyClick(welcome.recent, Qt.Key.Key_Return)
    assert chosen == [str(second)]


def test_delete_takes_the_selected_case_off_the_list_and_undo_puts_it_back(  # type: ignore[no-untyped-def]
    qtbot, controller, make_case
) -> None:
    paths = [str(make_case(f"{name}.iepcase")) for name in ("a", "b", "c")]
    controller.settings.recent_cases = list(paths)
    controller.show_welcome()
    welcome = controller.welcome
    activate(qtbot, welcome)
    welcome.recent.setCurrentRow(1)
    welcome.recent.setFocus()
    qtbot.waitUntil(welcome.recent.hasFocus)
    assert not welcome.undo_button.isVisibleTo(welcome)
    qtbot.keyClick(welcome.recent, Qt.Key.Key_Delete)
    assert [welcome.recent_lines(r)[0] for r in range(welcome.recent.count())] == ["a", "c"]
    assert settings.load().recent_cases == [paths[0], paths[2]]
    assert Path(paths[1]).exists()  # only the list changed
    assert welcome.undo_button.isVisibleTo(welcome)
    assert welcome.undo_note.text() == "“b” was taken off the list; the file is untouched."
    assert welcome.recent.currentRow() == 1 and welcome.recent.hasFocus()  # the next one, ready to go on

    qtbot.mouseClick(welcome.undo_button, Qt.MouseButton.LeftButton)
    assert settings.load().recent_cases == paths  # back where it was
    assert welcome.recent.count() == 3 and welcome.selected_path() == paths[1]
    assert not welcome.undo_button.isVisibleTo(welcome)


def test_the_settings_file_holds_no_case_content_after_a_case_was_opened(  # type: ignore[no-untyped-def]
    qtbot, controller, make_case
) -> None:
    child = "Zanzibar Quillfeather"
    path = make_case("case.iepcase", child=child)
    open_case(qtbot, controller, path)
    assert controller.main_window is not None
    controller.lock()
    qtbot.waitUntil(lambda: controller.case is None)
    text = settings.settings_file().read_text(encoding="utf-8")
    assert json.loads(text)["recent_cases"] == [str(path)]  # the file was written, with the path
    for word in (child, "Zanzibar", "Quillfeather"):
        assert word.lower() not in text.lower()
        assert word.encode("utf-16-le") not in settings.settings_file().read_bytes()
    controller.show_welcome()
    welcome = controller.welcome
    assert all(child not in line for line in welcome.recent_lines(0))


def test_main_window_shell(qtbot, controller, make_case) -> None:  # type: ignore[no-untyped-def]
    path = make_case()
    open_case(qtbot, controller, path)
    window = controller.main_window
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == [
        "Overview",
        "Child & team",
        "IEP",
        "Progress",
        "Calendar & log",
        "Incidents",
        "Communications",
        "Documents",
        "Letters & binder",
        "Settings",
    ]
    window.sidebar.setCurrentRow(1)
    assert window.stack.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)  # the ninth area
    assert window.stack.currentIndex() == 8
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # the tenth, Settings
    assert window.stack.currentWidget() is window.settings_page
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    quits: list[bool] = []
    controller.exit_app = lambda: quits.append(True)
    window.close()  # closing the window quits (after locking)
    assert controller.case is None and quits == [True]


def test_start_up_does_not_load_heavy_modules() -> None:
    code = (
        "import sys; import ui.shell.app, ui.shell.controller; "
        "heavy = [m for m in ('reportlab', 'pypdf', 'zxcvbn') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_run_shows_the_welcome_window_and_exits_cleanly(sandbox) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from ui.shell.app import make_application, run\n"
        "app = make_application()\n"
        "def check():\n"
        "    shown = [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()]\n"
        "    print('shown:', shown, app.applicationName())\n"
        "    app.quit()\n"
        "QTimer.singleShot(300, check)\n"
        "sys.exit(run([]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "shown: ['welcome'] IEPDesk" in result.stdout


@pytest.mark.parametrize("scale", [1, 2], ids=["usual-text", "text-at-200-percent"])
def test_the_welcome_window_reads_whole_at_1024x700_with_usual_and_large_text(  # type: ignore[no-untyped-def]
    qtbot, make_case, sandbox, scale
) -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication
    from test_ui_fit import clipped

    from ui.shell.welcome import WelcomeWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = QFont(app.font())
    font = QFont(original)
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)  # before the window is built, as when the system's text is large
    try:
        welcome = WelcomeWindow()
        qtbot.addWidget(welcome)
        long_folder = sandbox.documents / "IEP records for the school years 2024 to 2027"
        long_folder.mkdir()
        present = make_case("IEP records for the school years 2024 to 2027/Maya Testchild.iepcase")
        welcome.set_recent([str(present), str(sandbox.documents / "gone.iepcase")])
        welcome.resize(1024, 700)
        welcome.show()
        qtbot.waitUntil(lambda: welcome.isVisible() and welcome.width() == 1024)
        QApplication.sendPostedEvents()
        assert clipped(welcome) == []
        # The list's rows are as tall as their three lines, whatever the text size.
        lines = welcome.recent.fontMetrics().height() * 3
        assert welcome.recent.sizeHintForRow(0) >= lines
        welcome.recent_removed.connect(lambda _path: None)
        welcome.recent.setCurrentRow(1)
        welcome.remove_recent_button.click()  # the undo line appears beside the buttons
        QApplication.sendPostedEvents()
        assert welcome.undo_button.isVisibleTo(welcome)
        assert clipped(welcome) == []
        welcome.grab().save(str(sandbox.root / f"welcome-{scale}x.png"))
    finally:
        app.setFont(original)
