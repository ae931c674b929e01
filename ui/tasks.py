"""The one background helper: run a callable off the GUI thread, deliver its outcome on the GUI thread.

The callable receives a ``report(done, total)`` function for progress. It must never touch a widget;
everything it returns or raises is handed back to the GUI thread through queued signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

Report = Callable[[int, int], None]
Work = Callable[[Report], Any]


class Task(QObject):
    """One piece of background work. Lives in the GUI thread; its signals arrive there."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    # Emitted from the worker thread; queued to the slots below, which run in the GUI thread.
    _relay_progress = Signal(int, int)
    _relay_result = Signal(bool, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay_progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._relay_result.connect(self._on_result, Qt.ConnectionType.QueuedConnection)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot(bool, object)
    def _on_result(self, ok: bool, value: object) -> None:
        try:
            (self.succeeded if ok else self.failed).emit(value)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self._task._relay_progress.emit)
        except Exception as exc:  # delivered to the GUI thread, which decides what to say
            log.info("background task failed: %s", type(exc).__name__)
            self._task._relay_result.emit(False, exc)
        else:
            self._task._relay_result.emit(True, result)


class TaskRunner(QObject):
    """Runs work on its own thread pool and keeps each Task alive until it has finished."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._active: set[Task] = set()

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def run(
        self,
        work: Work,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        task = Task(self)
        if on_done is not None:
            task.succeeded.connect(on_done)
        if on_error is not None:
            task.failed.connect(on_error)
        if on_progress is not None:
            task.progressed.connect(on_progress)
        self._active.add(task)
        task.finished.connect(lambda: self._finish(task))
        self._pool.start(_Runnable(task, work))
        return task

    def run_with_dialog(
        self,
        parent: QWidget | None,
        label: str,
        work: Work,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        determinate: bool = False,
    ) -> Task:
        """Like :meth:`run`, behind a modal progress dialog (a busy bar unless ``determinate``)."""
        dialog = QProgressDialog(label, "", 0, 0 if not determinate else 100, parent)
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(
            Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal
        )
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(360)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(label)

        def progress(done: int, total: int) -> None:
            if determinate and total > 0:
                dialog.setValue(int(done * 100 / total))

        task = self.run(work, on_progress=progress)
        dialog.show()

        def close() -> None:
            dialog.hide()
            dialog.deleteLater()

        def done(value: object) -> None:
            close()  # first, so a message box that follows is not hidden behind it
            if on_done is not None:
                on_done(value)

        def failed(exc: BaseException) -> None:
            close()
            if on_error is not None:
                on_error(exc)

        task.succeeded.connect(done)
        task.failed.connect(failed)
        return task

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task has finished (used at exit and in tests)."""
        return bool(self._pool.waitForDone(msecs))

    def _finish(self, task: Task) -> None:
        self._active.discard(task)
        task.deleteLater()
        if not self._active:
            self.idle.emit()
