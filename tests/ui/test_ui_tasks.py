"""The background helper: work runs off the GUI thread; results and errors arrive on it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent

from ui.shell.tasks import TaskRunner


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


def test_case_work_runs_one_piece_at_a_time_and_reading_a_file_runs_beside_it(qtbot, qapp) -> None:
    runner = TaskRunner(qapp)
    order: list[str] = []
    release, second_started = threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def first(_report) -> None:
        release.wait(10)  # held until the work beside it lets it go
        order.append("first")

    def second(_report) -> None:
        second_started.set()
        order.append("second")

    def beside(_report) -> None:
        # Runs while the first piece is held. The second piece must not start meanwhile: it is queued
        # behind the first (the wait only bounds how long a runner that ran them together takes to show it).
        seen["second started beside the first"] = second_started.wait(0.5)
        release.set()

    runner.run(first, lock_waits=True)
    runner.run(second, lock_waits=True)
    with qtbot.waitSignal(runner.idle, timeout=20_000):
        runner.run_beside(beside)
    assert seen == {"second started beside the first": False}
    assert order == ["first", "second"]
    assert runner.wait_beside(10_000) and runner.wait(10_000)
    qtbot.waitUntil(lambda: not runner.beside_busy)
    runner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_cancel_asks_what_can_stop_and_must_finish_is_what_cannot(qtbot, qapp) -> None:
    runner = TaskRunner(qapp)
    stop, release = threading.Event(), threading.Event()
    results: list[object] = []
    with qtbot.waitSignal(runner.idle, timeout=20_000) as first:
        runner.run(lambda _r: stop.wait(10), on_done=results.append, cancel=stop.set, lock_waits=True)
        assert runner.busy and not runner.must_finish
        runner.cancel()
    assert results == [True]  # it stopped because it was asked
    assert first.args == [False]  # background work: no activity for the auto-lock

    runner.run(lambda _r: release.wait(10), on_done=results.append)  # a backup: no cancel
    assert runner.must_finish
    runner.cancel()  # asks nothing of it
    release.set()
    with qtbot.waitSignal(runner.idle, timeout=20_000) as second:
        pass
    assert results == [True, True] and not runner.must_finish
    assert second.args == [True]  # the parent waited for it: it counts as activity
    runner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_result_whose_window_is_gone_is_dropped(qtbot, qapp) -> None:
    """The case locked while work behind a progress dialog ran: the window and its dialog are deleted
    before the result arrives. The result goes nowhere; nothing raises (it once raised 'Internal C++
    object (QProgressDialog) already deleted' in the event loop)."""
    from PySide6.QtWidgets import QWidget

    runner = TaskRunner(qapp)
    window = QWidget()
    window.show()
    release = threading.Event()
    arrived: list[object] = []

    def work(_report) -> int:
        release.wait(10)
        return 7

    task = runner.run_with_dialog(window, "Reading…", work, on_done=arrived.append, beside=True)
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the window and its dialog go
    with qtbot.waitSignal(task.succeeded):
        release.set()
    assert arrived == []

    window = QWidget()  # the same with a window that stays: the result arrives
    window.show()
    with qtbot.waitSignal(runner.idle):
        runner.run_with_dialog(window, "Reading…", lambda _r: 8, on_done=arrived.append)
    qtbot.waitUntil(lambda: arrived == [8])
    window.close()
    window.deleteLater()
    runner.wait_beside()
    runner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
