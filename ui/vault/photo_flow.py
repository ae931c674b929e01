"""Photos added from the Documents page, one after the other: each is read in its bounded child
process (beside the case work, never on the window's thread), then the parent confirms its date and
links in a PhotoDialog; the copy without location data is stored when they press Add photo."""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from iepdesk.vault import photo_import
from iepdesk.vault.photo import PhotoError, PhotoFacts
from ui.i18n import translate
from ui.shell.tasks import TaskRunner
from ui.vault import records_ctl
from ui.vault.photo_dialog import PhotoDialog

log = logging.getLogger(__name__)

is_photo = photo_import.is_photo
add_photo_bytes = photo_import.add_photo_bytes


class Photos(QObject):
    """The context "Photos" for the plural text (lupdate reads ``Photos.tr("%n …", "", n)`` as a
    plural, not ``translate(..., n)``; see ui/calendar/texts.py)."""

    if TYPE_CHECKING:  # PySide6's tr is a class method; its type stubs say an instance method

        @classmethod
        def tr(cls, sourceText: str, disambiguation: str | None = None, n: int = -1) -> str: ...


@dataclass
class PhotoOutcome:
    added: list[int] = field(default_factory=list)
    # (file name, existing document id, its title)
    duplicates: list[tuple[str, int, str]] = field(default_factory=list)
    # Plain sentences: why a photo was not added.
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def text(self) -> str:
        """What the page says afterwards (HTML)."""
        parts: list[str] = []
        if self.added:
            parts.append(html.escape(Photos.tr("%n photo(s) added.", "", len(self.added))))
        for name, existing, title in self.duplicates:
            parts.append(
                translate(
                    "Photos", "{name} is already in the case as {link}; it was not stored twice."
                ).format(name=html.escape(name), link=f'<a href="doc:{existing}">{html.escape(title)}</a>')
            )
        parts += [html.escape(e) for e in self.errors]
        if self.skipped:
            names = ", ".join(self.skipped)
            parts.append(html.escape(translate("Photos", "Not added: {names}.").format(names=names)))
        return "<br>".join(parts)


def entries_of(day: object) -> list[tuple[int, str]]:
    import datetime as dt

    if not isinstance(day, dt.date):
        return []
    return [(s.id, records_ctl.session_label(s)) for s in photo_import.entries_on(day)]


class PhotoFlow(QObject):
    """One photo at a time: read (bounded, beside the case work), asked about, stored."""

    finished = Signal(object)  # PhotoOutcome

    def __init__(self, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.runner = runner
        self._widget = parent
        self._queue: list[Path] = []
        self._outcome = PhotoOutcome()
        self._busy = False
        self._generation = 0
        self.dialog: PhotoDialog | None = None

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, paths: list[Path]) -> bool:
        if self._busy or not paths:
            return False
        self._busy = True
        self._queue = list(paths)
        self._outcome = PhotoOutcome()
        self._next()
        return True

    def cancel(self) -> None:
        """The case locks: nothing more is read or stored; an open question is closed unanswered."""
        self._generation += 1
        self._queue = []
        self._busy = False
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.finished.disconnect()
            dialog.done(QDialog.DialogCode.Rejected)  # not reject(): nothing is asked on a lock
            dialog.deleteLater()

    def _next(self) -> None:
        if not self._queue:
            self._busy = False
            self.finished.emit(self._outcome)
            return
        path = self._queue.pop(0)
        generation = self._generation

        def read(_report: object) -> PhotoFacts:
            return photo_import.read_photo_file(path)

        self.runner.run_beside(
            read,
            on_done=lambda facts: self._ask(facts, generation),
            on_error=lambda exc: self._not_read(path, exc, generation),
        )

    def _not_read(self, path: Path, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, PhotoError):
            self._outcome.errors.append(str(exc))
        else:
            log.info("a photo was not read: %s", type(exc).__name__)
            text = translate("Photos", "{name} could not be read.")
            self._outcome.errors.append(text.format(name=path.name))
        self._next()

    def _ask(self, facts: PhotoFacts, generation: int) -> None:
        if generation != self._generation:
            return
        dialog = PhotoDialog(facts, entries_of, self._widget)
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._answered(dialog, result))
        dialog.open()

    def _answered(self, dialog: PhotoDialog, result: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        facts = dialog.facts
        if result != QDialog.DialogCode.Accepted:
            self._outcome.skipped.append(facts.name)
            self._next()
            return
        title, day, entries = dialog.values()
        try:
            added = photo_import.add_photo(facts, title=title, doc_date=day, log_entries=entries)
        except Exception as exc:  # a full disk, a locked case: said, and the next photo is tried
            log.info("a photo was not stored: %s", type(exc).__name__)
            self._outcome.errors.append(translate("Photos", "{name} was not stored.").format(name=facts.name))
        else:
            if added.document_id is not None:
                self._outcome.added.append(added.document_id)
            elif added.duplicate_id is not None:
                self._outcome.duplicates.append((facts.name, added.duplicate_id, added.duplicate_title))
        self._next()
