"""The file dialogs of the calendar area, in one object the tests replace with a scripted one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget


class CalendarFiles(QObject):
    """Asks for paths; each method returns None when the parent cancels."""

    def _filter(self) -> str:
        return self.tr("Calendar files (*.ics);;All files (*)")

    def ics_to_import(self, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Choose the district's calendar file"), str(Path.home()), self._filter()
        )
        return Path(name) if name else None

    def ics_export_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Save the schedule as"), str(suggested), self._filter()
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")
