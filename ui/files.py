"""Every file dialog the app shows, in one place (tests replace this object with a fake)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from iepdesk.casefile import SUGGESTED_SUFFIX

#: Cases are never replaced (the core refuses), so the dialog should not offer to replace one.
_NO_OVERWRITE_PROMPT = QFileDialog.Option.DontConfirmOverwrite


class FileChooser(QObject):
    """Asks the user for paths. Each method returns None when the user cancels."""

    def _case_filter(self) -> str:
        return self.tr("IEPDesk cases (*{suffix});;All files (*)").format(suffix=SUGGESTED_SUFFIX)

    def new_case_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Where to save the case"),
            str(suggested),
            self._case_filter(),
            options=_NO_OVERWRITE_PROMPT,
        )
        return _with_suffix(name, SUGGESTED_SUFFIX)

    def existing_case_path(self, parent: QWidget | None, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Open a case"), str(folder), self._case_filter()
        )
        return Path(name) if name else None

    def backup_path(self, parent: QWidget | None, case_file: Path) -> Path | None:
        suggested = case_file.with_name(
            f"{case_file.stem} backup {date.today().isoformat()}{SUGGESTED_SUFFIX}"
        )
        name, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Save the backup as"),
            str(suggested),
            self._case_filter(),
            options=_NO_OVERWRITE_PROMPT,
        )
        return _with_suffix(name, SUGGESTED_SUFFIX)

    def backup_to_restore(self, parent: QWidget | None, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Choose the backup to restore"), str(folder), self._case_filter()
        )
        return Path(name) if name else None

    def restore_destination(self, parent: QWidget | None, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Where to put the restored case (a new name)"),
            str(suggested),
            self._case_filter(),
            options=_NO_OVERWRITE_PROMPT,
        )
        return _with_suffix(name, SUGGESTED_SUFFIX)

    def kit_pdf_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Save the recovery kit"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        return _with_suffix(name, ".pdf")


def _with_suffix(name: str, suffix: str) -> Path | None:
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
