"""The welcome window's recent list, the main window's shell, and a light start-up."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from ui_support import open_case

from iepdesk import settings


def test_recent_cases_missing_ones_are_greyed_and_removable(qtbot, controller, make_case, sandbox) -> None:
    present = make_case()
    missing = sandbox.documents / "gone.iepcase"
    controller.settings.recent_cases = [str(present), str(missing)]
    controller.show_welcome()
    welcome = controller.welcome
    assert welcome.recent.count() == 2
    gone = welcome.recent.item(1)
    assert "not found" in gone.text()
    assert gone.foreground().color() == welcome.palette().color(QPalette.ColorRole.PlaceholderText)

    welcome.recent.setCurrentRow(1)
    assert not welcome.open_recent_button.isEnabled()
    assert welcome.remove_recent_button.isEnabled()
    qtbot.mouseClick(welcome.remove_recent_button, Qt.MouseButton.LeftButton)
    assert welcome.recent.count() == 1
    assert settings.load().recent_cases == [str(present)]

    welcome.recent.setCurrentRow(0)
    qtbot.mouseClick(welcome.open_recent_button, Qt.MouseButton.LeftButton)
    assert controller.unlock_dialog is not None and controller.unlock_dialog.path == present


def test_main_window_shell(qtbot, controller, make_case) -> None:
    path = make_case()
    open_case(qtbot, controller, path)
    window = controller.main_window
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == [
        "Overview",
        "Child & team",
        "IEP",
        "Calendar & log",
        "Incidents",
        "Communications",
        "Documents",
        "Letters & binder",
        "Settings",
    ]
    window.sidebar.setCurrentRow(1)
    assert window.stack.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
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


def test_run_shows_the_welcome_window_and_exits_cleanly(sandbox) -> None:
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
