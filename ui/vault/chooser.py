"""The file dialogs of the Documents and Communications pages (tests replace this object)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget


class VaultFiles(QObject):
    """Asks the user for files and folders. Each method returns None (or []) when cancelled."""

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
