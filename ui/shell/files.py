"""Every file dialog the app shows, in one place: the controller owns the one chooser and hands it to every
page (ui.shell.services); tests give the controller a scripted one instead."""

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

    def share_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Save the shared copy as"),
            str(suggested),
            self._case_filter(),
            options=_NO_OVERWRITE_PROMPT,
        )
        return _with_suffix(name, SUGGESTED_SUFFIX)

    def kit_pdf_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return self._pdf(parent, self.tr("Save the recovery kit"), suggested)

    # ---- letters and the meeting binder -----------------------------------------------------------
    def letter_pdf_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return self._pdf(parent, self.tr("Save the letter as PDF"), suggested)

    def binder_pdf_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return self._pdf(parent, self.tr("Save the meeting binder"), suggested)

    def _pdf(self, parent: QWidget | None, caption: str, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), self.tr("PDF files (*.pdf)"))
        return _with_suffix(name, ".pdf")

    # ---- documents and communications (None or [] when cancelled) ---------------------------------
    def files_to_add(self, parent: QWidget | None, folder: Path) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            parent, self.tr("Add files to the case"), str(folder), self.tr("All files (*)")
        )
        return [Path(n) for n in names]

    def folder_to_add(self, parent: QWidget | None, folder: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, self.tr("Add every file in a folder"), str(folder))
        return Path(name) if name else None

    def export_folder(self, parent: QWidget | None, folder: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            parent, self.tr("Save unencrypted copies in which folder?"), str(folder)
        )
        return Path(name) if name else None

    def email_file(self, parent: QWidget | None, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            self.tr("Import a saved email"),
            str(folder),
            self.tr("Saved emails (*.eml);;All files (*)"),
        )
        return Path(name) if name else None

    # ---- progress toward goals ----------------------------------------------------------------------
    def goal_data_to_import(self, parent: QWidget | None) -> Path | None:
        """A file of a goal's data points (date, value) to import (ui/progress/import_dialog.py)."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            self.tr("Choose the file with the goal's data"),
            str(Path.home()),
            self.tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        return Path(name) if name else None

    # ---- the calendar -----------------------------------------------------------------------------
    def school_log_to_import(self, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            self.tr("Choose the school's service log"),
            str(Path.home()),
            self.tr(
                "Service logs (*.csv *.tsv *.txt *.xlsx *.pdf);;Spreadsheets (*.csv *.tsv *.xlsx);;"
                "PDF printouts (*.pdf);;All files (*)"
            ),
        )
        return Path(name) if name else None

    def _calendar_filter(self) -> str:
        return self.tr("Calendar files (*.ics);;All files (*)")

    def ics_to_import(self, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            self.tr("Choose the district's calendar file"),
            str(Path.home()),
            self._calendar_filter(),
        )
        return Path(name) if name else None

    def ics_export_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Save the schedule as"), str(suggested), self._calendar_filter()
        )
        return _with_suffix(name, ".ics")


def _with_suffix(name: str, suffix: str) -> Path | None:
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
