"""Importing files in the background, with progress and Cancel; then text for search, also in the
background, for the large ones.

The work functions run on a worker thread (through ui.shell.tasks) and never touch a widget. A cancelled
import leaves nothing: the file being read is rolled back by the core, and the files this same import
had already added are removed again.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from iepdesk.vault import library, store
from ui.shell.tasks import Report, TaskRunner

log = logging.getLogger(__name__)

#: Files up to this size get their text pulled during the import; larger ones afterwards.
INLINE_TEXT_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class Duplicate:
    name: str
    existing_id: int
    existing_title: str


@dataclass
class ImportOutcome:
    added: list[int] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    #: Added without their text yet (large files): indexed in the background next.
    to_index: list[int] = field(default_factory=list)


#: Close the connection this worker thread opened (each thread has its own).
release_thread_connection = library.release_thread_connection


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders as every file under them (hidden ones skipped), in a stable order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files += [Path(root) / n for n in sorted(names) if not n.startswith(".")]
        else:
            files.append(path)
    return files


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def import_paths(paths: list[Path], cancel: threading.Event, report: Report) -> ImportOutcome:
    """Add every file (folders expanded). Raises ``store.ImportCancelled`` after undoing this import."""
    outcome = ImportOutcome()
    try:
        files = expand(paths)
        sizes = [_size(p) for p in files]
        total = sum(sizes)
        base = 0
        report(0, total)
        for path, size in zip(files, sizes, strict=True):
            if cancel.is_set():
                raise store.ImportCancelled()

            def progress(done: int, _all: int, base: int = base) -> bool:
                report(min(base + done, total), total)
                return not cancel.is_set()

            try:
                result = library.add_file(path, with_text=size <= INLINE_TEXT_BYTES, progress=progress)
            except store.ImportCancelled:
                raise
            except Exception as exc:  # one bad file never stops the others
                log.info("a file was not added: %s", type(exc).__name__)
                outcome.errors.append(path.name)
                result = None
            if result is not None:
                if result.error:
                    outcome.errors.append(path.name)
                elif result.duplicate_id is not None:
                    outcome.duplicates.append(
                        Duplicate(path.name, result.duplicate_id, result.duplicate_title)
                    )
                elif result.document_id is not None:
                    outcome.added.append(result.document_id)
                    if size > INLINE_TEXT_BYTES:
                        outcome.to_index.append(result.document_id)
            base += size
            report(min(base, total), total)
        return outcome
    except store.ImportCancelled:
        for document_id in outcome.added:
            store.delete_document(document_id)
        raise
    finally:
        release_thread_connection()


def index_documents(document_ids: list[int], stop: threading.Event, report: Report) -> int:
    """Pull the text of each document for search; stops between documents when asked."""
    done = 0
    try:
        for document_id in document_ids:
            if stop.is_set():
                break
            try:
                library.index_text(document_id)
            except Exception as exc:  # the document may have been deleted meanwhile
                log.info("text not pulled: %s", type(exc).__name__)
            done += 1
            report(done, len(document_ids))
        return done
    finally:
        release_thread_connection()


class Importer(QObject):
    """Runs imports behind a progress dialog with Cancel, and text indexing quietly afterwards.

    One job at a time, on the window's runner (ui.shell.tasks), where all case work runs in turn: text is
    pulled one document per piece of work, so a count or an import asked for meanwhile waits for one
    document only. A lock cancels what runs (the import is undone) and waits for it.
    """

    imported = Signal(object)  # ImportOutcome
    cancelled = Signal()
    failed = Signal(object)  # the exception
    indexing = Signal(int)  # documents still waiting for their text (0: finished)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._cancel = threading.Event()
        self._stop_index = threading.Event()
        self._dialog: QProgressDialog | None = None
        self._importing = False
        self._index_running: list[int] = []
        self._index_queue: list[int] = []
        self._queued_import: tuple[QWidget | None, list[Path]] | None = None
        self._halted = False

    @property
    def busy(self) -> bool:
        return self._importing or bool(self._index_running) or self._queued_import is not None

    def waiting_for_text(self) -> int:
        return len(self._index_running) + len(self._index_queue)

    def resume(self) -> None:
        """The case is open again: jobs may run."""
        self._halted = False

    def start(self, parent: QWidget | None, paths: list[Path]) -> bool:
        """Import ``paths`` (False when an import is already under way or there is nothing to add)."""
        if self._importing or self._queued_import is not None or not paths or self._halted:
            return False
        self._queued_import = (parent, list(paths))
        self._stop_index.set()  # an index pass stops after its current document
        self._next()
        return True

    def index_later(self, document_ids: list[int]) -> None:
        self._index_queue += [d for d in document_ids if d not in self._index_queue]
        self.indexing.emit(self.waiting_for_text())
        self._next()

    def cancel(self) -> None:
        """Stop everything: an import is undone, text indexing stops between documents."""
        self._halted = True
        self._queued_import = None
        self._cancel.set()
        self._stop_index.set()

    def stop_and_wait(self, msecs: int = 120_000) -> None:
        """Before the case locks: cancel what runs and wait for it, so no thread still needs the key."""
        self.cancel()
        self.runner.wait(msecs)
        self._close_dialog()

    # ---- scheduling -------------------------------------------------------------------------------
    def _next(self) -> None:
        if self._halted or self._importing or self._index_running:
            return
        if self._queued_import is not None:
            parent, paths = self._queued_import
            self._queued_import = None
            self._begin_import(parent, paths)
        elif self._index_queue:
            self._begin_index()

    def _begin_import(self, parent: QWidget | None, paths: list[Path]) -> None:
        self._importing = True
        self._cancel = threading.Event()
        dialog = QProgressDialog(self.tr("Adding files to the case…"), self.tr("Cancel"), 0, 1000, parent)
        dialog.setWindowTitle(self.tr("Adding files"))
        dialog.setAccessibleName(self.tr("Progress of adding files"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setMinimumWidth(380)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._cancel.set)
        self._dialog = dialog
        cancel = self._cancel
        self.runner.run(
            lambda report: import_paths(paths, cancel, report),
            on_done=self._done,
            on_error=self._error,
            on_progress=self._progress,
            cancel=cancel.set,
            lock_waits=True,
        )

    def _begin_index(self) -> None:
        ids, self._index_queue = self._index_queue[:1], self._index_queue[1:]
        self._index_running = ids
        self._stop_index = threading.Event()
        stop = self._stop_index

        def finished(done: object) -> None:
            count = done if isinstance(done, int) else len(ids)
            self._index_queue = ids[count:] + self._index_queue  # stopped early: the rest waits
            self._index_running = []
            self.indexing.emit(self.waiting_for_text())
            self._next()

        self.runner.run(
            lambda report: index_documents(ids, stop, report),
            on_done=finished,
            on_error=finished,
            cancel=stop.set,
            lock_waits=True,
        )

    # ---- results ----------------------------------------------------------------------------------
    def _progress(self, done: int, total: int) -> None:
        if self._dialog is not None and total > 0:
            self._dialog.setValue(int(done * 1000 / total))

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.canceled.disconnect()
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None

    def _done(self, outcome: ImportOutcome) -> None:
        self._importing = False
        self._close_dialog()
        self.imported.emit(outcome)
        if outcome.to_index:
            self.index_later(outcome.to_index)
        else:
            self._next()

    def _error(self, exc: BaseException) -> None:
        self._importing = False
        self._close_dialog()
        if isinstance(exc, store.ImportCancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(exc)
        self._next()
