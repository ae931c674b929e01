"""What the Letters & binder area needs from the application: file dialogs, background work, copying.

``make_page()`` takes no arguments, so the area keeps these in one object that tests can replace.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.clipboard import ClipboardGuard
from ui.tasks import TaskRunner


class LetterFiles(QObject):
    """Asks where to save a PDF. Each method returns None when the parent cancels."""

    def letter_pdf_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return self._pdf(parent, self.tr("Save the letter as PDF"), suggested)

    def binder_pdf_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return self._pdf(parent, self.tr("Save the meeting binder"), suggested)

    def _pdf(self, parent: QWidget | None, caption: str, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), self.tr("PDF files (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


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
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.files = LetterFiles(self)
        self.tasks = TaskRunner(self)
        self.copy_text = _copy_through_guard

    def today(self) -> dt.date:
        return dt.date.today()
