"""What the Letters & binder area needs from the application: the window's file chooser and background
helper (ui.shell.services, given to ``make_page``), copying, and today's date.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication

from ui.shell import services as window_services
from ui.shell.clipboard import ClipboardGuard


def _copy_through_guard(text: str) -> None:
    """Copy through the application's clipboard guard (so locking clears it), if there is one."""
    app = QCoreApplication.instance()
    guard = app.findChild(ClipboardGuard) if app is not None else None
    if isinstance(guard, ClipboardGuard):
        guard.copy(text)
    else:  # copied from our own active window: the guard, when there is one, still sees it
        QGuiApplication.clipboard().setText(text)


def documents_folder() -> Path:
    folder = Path.home() / "Documents"
    return folder if folder.is_dir() else Path.home()


def safe_file_name(title: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_.,'()" else " " for c in title)
    return " ".join(cleaned.split())[:90] or "IEPDesk"


class Services(QObject):
    """The window's chooser and runner, with what only this area needs besides."""

    def __init__(self, shared: window_services.Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.files = shared.files
        self.tasks = shared.tasks
        #: A shared copy: letters are made and exported, never saved in it (ui.shell.services).
        self.read_only = shared.read_only
        self.copy_text = _copy_through_guard

    def today(self) -> dt.date:
        return dt.date.today()
