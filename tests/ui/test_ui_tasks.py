"""The background helper: work runs off the GUI thread; results and errors arrive on it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent

from ui.tasks import TaskRunner


def test_success_progress_and_failure_arrive_on_the_gui_thread(qtbot, qapp) -> None:
    runner = TaskRunner(qapp)  # owned by the application, like the controller's
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work(report) -> int:
        seen["worker"] = threading.get_ident()
        report(1, 2)
        report(2, 2)
        return 42

    progress: list[tuple[int, int, int]] = []
    runner.run(
        work,
        on_done=lambda value: seen.update(done=(value, threading.get_ident())),
        on_progress=lambda d, t: progress.append((d, t, threading.get_ident())),
    )
    assert runner.busy
    qtbot.waitUntil(lambda: "done" in seen)
    assert seen["worker"] != gui
    assert seen["done"] == (42, gui)
    assert [(d, t) for d, t, _ in progress] == [(1, 2), (2, 2)]
    assert all(thread == gui for _, _, thread in progress)

    def fail(_report) -> None:
        raise ValueError("nope")

    with qtbot.waitSignal(runner.idle):
        runner.run(fail, on_error=lambda exc: seen.update(error=(exc, threading.get_ident())))
    error, thread = seen["error"]
    assert isinstance(error, ValueError) and thread == gui
    assert not runner.busy
    runner.wait()
    runner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
