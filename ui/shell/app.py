"""Start the desktop application: the QApplication, its name and icon, and the controller.

Start-up stays light: the welcome window comes up without the main window, its pages, the dialogs
and the encrypted storage; reportlab, pypdf and zxcvbn are imported only when first needed
(tests/ui/test_ui_startup.py checks it, ``make bench`` times it).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from iepdesk import APP_NAME, __version__
from iepdesk import settings as settings_store
from iepdesk.paths import resource_path
from ui.i18n import install_language, window_language
from ui.theme import apply_theme

if TYPE_CHECKING:
    from ui.shell.controller import AppController

ORGANIZATION = "IEPDesk"
ICON_FILES = ("iepdesk.png", "iepdesk.svg")


def app_icon() -> QIcon | None:
    for name in ICON_FILES:
        path = resource_path("icons", name)
        if path.is_file():
            icon = QIcon(str(path))
            if not icon.isNull():
                return icon
    return None


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (reused if it exists, as in tests), named, with its icon and the theme
    chosen in Settings (or ``IEPDESK_THEME``)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName("iepdesk")
    # Windows come and go (welcome, unlock, main); the controller decides when to quit.
    app.setQuitOnLastWindowClosed(False)
    icon = app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    settings = settings_store.load()
    if not app.property("iepdesk-translated"):
        app.setProperty("iepdesk-translated", True)
        install_language(app, window_language(settings.language))
    apply_theme(app, settings.theme)
    return app


def start(args: list[str]) -> tuple[QApplication, AppController]:
    """The application and its controller, with the welcome window shown (and ``args[0]``'s case
    opening, when it is one); the event loop is not running yet."""
    app = make_application([sys.argv[0], *[a for a in args if not a.startswith("-psn_")]])
    from ui.shell.controller import AppController

    controller = AppController(parent=app)  # the application owns it and deletes it last
    app.aboutToQuit.connect(controller.shutdown)
    controller.show_welcome()
    if args and args[0].lower().endswith(".iepcase"):
        from pathlib import Path

        controller.open_case(Path(args[0]).absolute())
    return app, controller


def run(args: list[str]) -> int:
    if args and args[0] == "--self-test":
        from ui.shell.selftest import run as self_test

        return int(self_test())
    app, controller = start(args)
    code = app.exec()
    controller.tasks.wait()
    return int(code)
