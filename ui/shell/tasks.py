"""The one background helper of the window: run a callable off the GUI thread, deliver its outcome on the
GUI thread.

The controller owns the only runner and hands it to every page (ui.shell.services). Case work — anything that
reads or writes the open case — runs one piece at a time, in the order it was asked for (as Anki
serialises collection work): two pieces never wait on each other's database lock, and the lock knows
everything that still needs the key. Work that never touches the case (reading a file the parent brings,
usually in a bounded child process) runs *beside* it at once, on its own thread.

At a lock, case work is one of two kinds (``lock_waits`` of :meth:`TaskRunner.run`):

* ``lock_waits=True``: the lock asks it to stop (its ``cancel``, if it has one) and waits for it, the
  window blocked meanwhile — a count, a plan, a binder or an import that stops when asked;
* ``lock_waits=False`` (the default): long work that must not be cut short, such as a backup or a
  passphrase change; the lock happens once it has finished, the window still answering.

The callable receives a ``report(done, total)`` function for progress. It must never touch a widget;
everything it returns or raises is handed back to the GUI thread through queued signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
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

    def __init__(
        self,
        parent: QObject | None = None,
        cancel: Callable[[], None] | None = None,
        lock_waits: bool = False,
    ) -> None:
        super().__init__(parent)
        #: Asks the work to stop early (thread-safe, such as ``threading.Event.set``); None: it cannot.
        self.cancel = cancel
        #: True: a lock waits for it (blocking); False: the lock happens once it has finished.
        self.lock_waits = lock_waits
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
    """Runs case work one piece at a time, and work beside the case at once; keeps each Task alive until
    it has finished. ``idle(long_work)`` fires when no case work is left; ``long_work`` is True when work
    that must finish (``lock_waits=False``) was among it: the parent waited for that, and it counts as
    activity for the auto-lock, where a count or text indexing in the background does not."""

    idle = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # One thread: a QThreadPool starts what is queued in order, one runnable after the other.
        self._case_pool = QThreadPool(self)
        self._case_pool.setMaxThreadCount(1)
        self._beside_pool = QThreadPool(self)
        self._beside_pool.setMaxThreadCount(2)
        self._active: set[Task] = set()  # case work: queued, running, or its result on the way
        self._beside: set[Task] = set()
        self._long_work = False  # work that must finish was asked for since the last idle

    @property
    def busy(self) -> bool:
        """Case work has not finished yet."""
        return bool(self._active)

    @property
    def must_finish(self) -> bool:
        """Case work is under way that a lock must neither cut short nor block the window for."""
        return any(not task.lock_waits for task in self._active)

    @property
    def beside_busy(self) -> bool:
        """Work beside the case (reading a file the parent brought) has not finished yet."""
        return bool(self._beside)

    def run(
        self,
        work: Work,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        *,
        cancel: Callable[[], None] | None = None,
        lock_waits: bool = False,
    ) -> Task:
        """Queue case work: it starts once the case work asked for before it has finished."""
        task = self._task(self._active, on_done, on_error, on_progress, cancel, lock_waits)
        self._case_pool.start(_Runnable(task, work))
        return task

    def run_beside(
        self,
        work: Work,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        """Start work that never reads or writes the case, beside the case work. A lock does not wait
        for it: whoever asked for it drops a result that arrives after the case locked."""
        task = self._task(self._beside, on_done, on_error, on_progress, None, True)
        self._beside_pool.start(_Runnable(task, work))
        return task

    def _task(
        self,
        tasks: set[Task],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int], None] | None,
        cancel: Callable[[], None] | None,
        lock_waits: bool,
    ) -> Task:
        task = Task(self, cancel, lock_waits)
        if tasks is self._active and not lock_waits:
            self._long_work = True
        if on_done is not None:
            task.succeeded.connect(on_done)
        if on_error is not None:
            task.failed.connect(on_error)
        if on_progress is not None:
            task.progressed.connect(on_progress)
        tasks.add(task)
        task.finished.connect(lambda: self._finish(tasks, task))
        return task

    def run_with_dialog(
        self,
        parent: QWidget | None,
        label: str,
        work: Work,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        determinate: bool = False,
        *,
        beside: bool = False,
        lock_waits: bool = False,
    ) -> Task:
        """Like :meth:`run` (:meth:`run_beside` when ``beside``), behind a modal progress dialog (a busy
        bar unless ``determinate``)."""
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

        if beside:
            task = self.run_beside(work, on_progress=progress)
        else:
            task = self.run(work, on_progress=progress, lock_waits=lock_waits)
        dialog.show()

        def close() -> bool:
            """Close the dialog; False if it is already gone with its window (the case locked while
            the work ran): then the result has no window to go to and is dropped."""
            if not shiboken6.isValid(dialog):
                return False
            dialog.hide()
            dialog.deleteLater()
            return True

        def done(value: object) -> None:
            # Close first, so a message box that follows is not hidden behind it.
            if close() and on_done is not None:
                on_done(value)

        def failed(exc: BaseException) -> None:
            if close() and on_error is not None:
                on_error(exc)

        task.succeeded.connect(done)
        task.failed.connect(failed)
        return task

    def cancel(self) -> None:
        """Ask every piece of unfinished case work that can stop early to stop (the case is locking)."""
        for task in list(self._active):
            if task.cancel is not None:
                task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every piece of case work asked for so far has run (the lock, exit, tests). Its
        results still arrive afterwards, through the event loop."""
        return bool(self._case_pool.waitForDone(msecs))

    def wait_beside(self, msecs: int = -1) -> bool:
        """Block until the work beside the case has ended (tests)."""
        return bool(self._beside_pool.waitForDone(msecs))

    def _finish(self, tasks: set[Task], task: Task) -> None:
        tasks.discard(task)
        task.deleteLater()
        if tasks is self._active and not self._active:
            long_work, self._long_work = self._long_work, False
            self.idle.emit(long_work)
