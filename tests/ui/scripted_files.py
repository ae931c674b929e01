"""The one scripted file chooser of the UI tests: it answers every file dialog of ui.shell.files.FileChooser
from a queue instead of showing it. The controller fixture gives it to the controller, which hands it
to every page (ui.shell.services); a test queues answers on the ``files`` fixture and reads what was asked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from ui.shell.files import FileChooser


class ScriptedFiles(FileChooser):
    """Answers file dialogs from ``always`` (question name -> the answer every time it is asked), else
    from the queue ``answers`` (None when it is empty: the parent cancelled); each question's name goes
    into ``asked``."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[Any] = []
        self.always: dict[str, Any] = {}
        self.asked: list[str] = []

    def _next(self, what: str) -> Any:
        self.asked.append(what)
        if what in self.always:
            return self.always[what]
        return self.answers.pop(0) if self.answers else None

    def new_case_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return self._next("new_case")  # type: ignore[no-any-return]

    def existing_case_path(self, parent: QWidget | None, folder: Path) -> Path | None:
        return self._next("existing_case")  # type: ignore[no-any-return]

    def backup_path(self, parent: QWidget | None, case_file: Path) -> Path | None:
        return self._next("backup")  # type: ignore[no-any-return]

    def backup_to_restore(self, parent: QWidget | None, folder: Path) -> Path | None:
        return self._next("backup_to_restore")  # type: ignore[no-any-return]

    def restore_destination(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return self._next("restore_destination")  # type: ignore[no-any-return]

    def kit_pdf_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return self._next("kit_pdf")  # type: ignore[no-any-return]

    def letter_pdf_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return self._next("letter")  # type: ignore[no-any-return]

    def binder_pdf_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return self._next("binder")  # type: ignore[no-any-return]

    def goal_data_to_import(self, parent: QWidget | None) -> Path | None:
        return self._next("goal_data")  # type: ignore[no-any-return]

    def files_to_add(self, parent: QWidget | None, folder: Path) -> list[Path]:
        return self._next("files_to_add") or []  # type: ignore[no-any-return]

    def folder_to_add(self, parent: QWidget | None, folder: Path) -> Path | None:
        return self._next("folder_to_add")  # type: ignore[no-any-return]

    def export_folder(self, parent: QWidget | None, folder: Path) -> Path | None:
        return self._next("export_folder")  # type: ignore[no-any-return]

    def email_file(self, parent: QWidget | None, folder: Path) -> Path | None:
        return self._next("email_file")  # type: ignore[no-any-return]

    def school_log_to_import(self, parent: QWidget | None) -> Path | None:
        return self._next("school_log")  # type: ignore[no-any-return]

    def ics_to_import(self, parent: QWidget | None) -> Path | None:
        return self._next("ics_to_import")  # type: ignore[no-any-return]

    def ics_export_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return self._next("ics_export")  # type: ignore[no-any-return]
