"""A seeded monkey (issue 10): random clicks, keys and text on every page of a populated case.

It fails on an unhandled exception (a recording ``sys.excepthook``, chained to pytest-qt's capture of
exceptions in Qt virtual methods and slots), on an event-loop stall over 2 s of the GUI thread's own CPU time
between two monkey steps (each step is a zero-delay timer, so a step that blocks delays the next; CPU
time, not the clock, so a loaded machine does not make a stall of a wait for the processor), and, as any
crash does, by ending the run. Each failure names the seed, the event that caused it and the events
before it. A hard crash kills pytest itself: run with ``-v`` to see the seed in the test id.

How it stays harmless: every file dialog answers "cancel" (the controller's ScriptedFiles of
conftest.py, and the page-level choosers through QFileDialog's static functions), the print dialog is
never shown, nothing is opened outside the app, the working folder is the test's tmp dir, and the
process's address space is capped so a runaway allocation fails the test instead of the machine.
Modal dialogs, menus and popups opened by a random click are used a little and then closed by the
monkey itself: its steps are zero-delay single-shot timers, so they keep running inside a dialog's
own event loop.

A failing seed found once is kept in REGRESSION_SEEDS.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import resource
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import factories
import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QScrollBar,
    QSplitter,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)
from ui_support import CHILD, PASSPHRASE, WAIT_MS, open_case, unlock_with

from iepdesk.comms import log as comms_log
from iepdesk.model import Child
from iepdesk.schedule import logbook
from iepdesk.vault import library
from ui import messages
from ui.widgets import unsaved

#: Seeds that once failed (kept as regression tests; each runs the normal number of events).
REGRESSION_SEEDS: list[int] = []
#: The normal suite's seed, and how many events it runs.
SEED = 20261201
EVENTS = 5000
SLOW_SEEDS = [1, 2, 3, 4, 5]
SLOW_EVENTS = 40_000
#: A GUI thread busy for longer than this (its CPU time) between two steps is a stall.
STALL_S = 2.0
#: Locking, closing and quitting are real flows but each costs an unlock: at most one per this many events.
LOCK_EVERY = 1500
#: Overview, Child & team, IEP, Progress, Calendar, Incidents, Communications, Documents, Letters,
#: Settings.
PAGES = 10
#: Events on one page before the monkey goes to the next one (random clicks also change pages).
PAGE_EVENTS = 120

D = dt.date


# ---- the populated case ---------------------------------------------------------------------------
def _pdf_bytes(lines: list[str]) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(612, 792))
    for i, line in enumerate(lines):
        pdf.drawString(72, 720 - 16 * i, line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def populate(sources: Path) -> None:
    """A small but complete case: team, two IEP versions, a school year, logs, incidents, emails,
    documents (written through the core's area functions, as the window does)."""
    child = Child.the_child()
    child.school, child.district, child.grade = "Lincoln Elementary", "Example Unified", "4"
    child.parent_name, child.parent_email = "María Núñez", "maria@home.example"
    child.save()
    team = [
        factories.contact(name, role, email=f"{name.split()[0].lower()}@school.example").id
        for name, role in (
            ("Dana Whitfield", "Case manager"),
            ("Lee Park", "Speech-language pathologist"),
            ("Ana Ruiz", "General education teacher"),
        )
    ]
    factories.school_year("2025-26", D(2025, 8, 25), D(2026, 6, 10))
    factories.non_school_day(D(2025, 12, 22), D(2026, 1, 2), kind="break", label="Winter break")
    old = factories.version(D(2024, 9, 3), D(2025, 8, 31), meeting_date=D(2024, 9, 3))
    now = factories.version(D(2025, 9, 1), D(2026, 8, 31), meeting_date=D(2025, 9, 1))
    factories.version(None, None, meeting_date=D(2026, 3, 2), status="draft", kind="amendment")
    factories.service(old, "Speech therapy", 20, 1, "week", delivery=None, location="", provider_role="")
    speech = factories.service(now, "Speech therapy", 30, 2, "week")
    ot = factories.service(
        now, "Occupational therapy", 45, 1, "week", delivery=None, location="", provider_role=""
    )
    room = factories.provision(
        now,
        "accommodation",
        "Resource room for testing",
        iep_wording="José will have access to the resource room for testing.",
    )
    factories.goal(
        now,
        "Reading fluency",
        "Reading",
        baseline="60 wpm",
        target="90 wpm",
        measurement="probes",
        reporting_schedule="quarterly",
    )
    rng = random.Random(11)
    day = D(2025, 9, 1)
    while day <= D(2025, 12, 19):
        if day.weekday() in (1, 3):
            missed = rng.random() < 0.25
            logbook.log_session(
                speech.id,
                day,
                "missed" if missed else "delivered",
                reason="provider_absent" if missed else None,
            )
        if day.weekday() == 2:
            logbook.log_session(ot.id, day, "delivered", minutes=45)
        day += dt.timedelta(days=1)
    incidents = [
        logbook.record_incident(
            D(2025, 9, 9) + dt.timedelta(days=9 * i),
            [room.id],
            f"Unit test {i + 1} given in the classroom, not the resource room",
            reported_by="José",
            child_words="There was no room today",
        )
        for i in range(8)
    ]
    for i in range(10):
        comms_log.record(
            when=f"2025-{9 + i % 4:02d}-{2 + i:02d}T15:30",
            channel=("email", "phone", "meeting")[i % 3],
            direction=("from_school", "to_school")[i % 2],
            subject=f"Speech schedule update {i + 1}",
            body="We will look into the missed sessions. " * 6,
            contact_ids=[team[i % 3]],
            follow_up=D.today() + dt.timedelta(days=i - 4) if i % 3 == 0 else None,
            links=[("incident", incidents[i % len(incidents)].id)] if i % 2 else None,
        )
    sources.mkdir()
    (sources / "progress-report.pdf").write_bytes(
        _pdf_bytes(["Quarterly progress report", "Reading: 64 wpm"])
    )
    (sources / "notes.txt").write_text("Notes from the September meeting.\n" * 20)
    (sources / "email.eml").write_text(
        "From: Dana Whitfield <dana@school.example>\nTo: maria@home.example\nSubject: Testing room\n"
        "Date: Tue, 10 Mar 2026 16:42:00 -0500\n\nThe resource room will be open on Friday.\n"
    )
    from PIL import Image

    Image.new("RGB", (64, 48), (90, 120, 90)).save(sources / "homework.png")
    for name in ("progress-report.pdf", "notes.txt", "email.eml", "homework.png"):
        assert library.add_file(sources / name).document is not None


@pytest.fixture
def monkey_case(sandbox, tmp_path: Path) -> Path:
    path = sandbox.documents / "monkey.iepcase"
    with factories.new_case(path, CHILD, PASSPHRASE):
        populate(tmp_path / "sources")
    return path


# ---- keeping the monkey harmless ----------------------------------------------------------------
@pytest.fixture
def harmless(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[str]]:
    """Every file and print dialog cancelled, nothing opened outside, the real Save / Discard / Cancel
    box (the monkey answers it), the tmp dir as working folder, and a cap on the address space."""
    asked: list[str] = []

    def cancelled(kind: str, result: Any) -> Callable[..., Any]:
        def answer(*_args: Any, **_kwargs: Any) -> Any:
            asked.append(kind)
            return result

        return answer

    monkeypatch.setattr(QFileDialog, "getOpenFileName", cancelled("open", ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", cancelled("open several", ([], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancelled("save", ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", cancelled("folder", ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", cancelled("open url", False))
    try:
        from PySide6.QtPrintSupport import QPrintDialog

        monkeypatch.setattr(QPrintDialog, "exec", cancelled("print", QDialog.DialogCode.Rejected.value))
    except ImportError:  # pragma: no cover - QtPrintSupport ships with PySide6-Essentials
        pass
    monkeypatch.setattr(unsaved, "answer_for_tests", None)
    monkeypatch.chdir(tmp_path)
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm") as statm:
        used = int(statm.read().split()[0]) * resource.getpagesize()
    cap = used + 3 * 1024**3
    if hard == resource.RLIM_INFINITY or cap < hard:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield asked
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        # The controller's teardown closes the window: a question then must not wait for an answer.
        unsaved.answer_for_tests = lambda _question: unsaved.Choice.DISCARD


# ---- the monkey -------------------------------------------------------------------------------------
WORDS = [
    "a",
    "Speech",
    "missed session",
    "8/20/2026",
    "Aug 20 2026",
    "2026-08-20",
    "2026-02-30",
    "13/45/2026",
    "12:75",
    "0",
    "-1",
    "99999999999",
    "3.5",
    "José Núñez",
    "שלום",
    "🙂",
    "%s {name} {0}",
    "<b>x</b> &amp;",
    "   ",
    "x" * 300,
    "Ms. Rivera <rivera@school.example>",
    "30 minutes 2x week",
    "\t",
    "N/A",
]
KEYS: list[tuple[Qt.Key, Qt.KeyboardModifier]] = (
    [
        (k, Qt.KeyboardModifier.NoModifier)
        for k in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Escape,
            Qt.Key.Key_Space,
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Backspace,
            Qt.Key.Key_Delete,
            Qt.Key.Key_F2,
            Qt.Key.Key_F4,
            Qt.Key.Key_D,
            Qt.Key.Key_M,
            Qt.Key.Key_W,
            Qt.Key.Key_T,
            Qt.Key.Key_1,
            Qt.Key.Key_Plus,
            Qt.Key.Key_Minus,
            Qt.Key.Key_F1,
        )
    ]
    + [
        (k, Qt.KeyboardModifier.ControlModifier)
        for k in (
            Qt.Key.Key_A,
            Qt.Key.Key_Z,
            Qt.Key.Key_Y,
            Qt.Key.Key_S,
            Qt.Key.Key_N,
            Qt.Key.Key_F,
            Qt.Key.Key_C,
            Qt.Key.Key_V,
            Qt.Key.Key_X,
            Qt.Key.Key_Return,
            Qt.Key.Key_1,
            Qt.Key.Key_2,
            Qt.Key.Key_3,
            Qt.Key.Key_4,
            Qt.Key.Key_5,
            Qt.Key.Key_6,
            Qt.Key.Key_7,
            Qt.Key.Key_8,
            Qt.Key.Key_PageDown,
        )
    ]
    + [
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier),
    ]
)
TEXT_INPUTS = QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox | QComboBox


def describe(widget: QWidget | None) -> str:
    """A widget as "Top>…>Parent>Class 'text'": names of classes and of the app's own labels only."""
    if widget is None:
        return "nothing"
    if not shiboken6.isValid(widget):
        return f"a deleted {type(widget).__name__}"
    chain: list[str] = []
    w: QWidget | None = widget
    while w is not None and len(chain) < 5:
        chain.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    text = widget.text() if isinstance(widget, QAbstractButton) else widget.accessibleName()
    label = f" {text[:40]!r}" if text else ""
    return ">".join(reversed(chain)) + label


class Monkey:
    def __init__(self, controller: Any, case_path: Path, seed: int, events: int) -> None:
        self.controller, self.case_path, self.seed, self.events = controller, case_path, seed, events
        self.rng = random.Random(seed)
        self.count = 0
        self.done = False
        self.failures: list[str] = []
        self.recent: deque[str] = deque(maxlen=25)
        self.current = "start"
        self.last_step = time.monotonic()
        self.last_cpu = time.thread_time()
        #: GUI-thread CPU of a typed step that is not one stall: each key is its own event to the person
        #: typing, so only the slowest key of the step counts (typing 300 characters is 300 actions).
        self.typing_credit = 0.0
        self.longest = (0.0, "")
        self.pages_seen: set[int] = set()
        self.locks = 0
        self._next_lock = LOCK_EVERY // 2
        self._modal_steps: dict[int, int] = {}
        self._unlock_typed_at = -1
        self._typed_into: QWidget | None = None
        self._reopen_at = -1
        self._old_hook: Callable[..., Any] | None = None
        self._stop = threading.Event()
        self._next_page = 0
        self._wait_started = 0.0
        self.kinds: dict[str, int] = {}
        self._page_order: list[int] = []
        self._old_describe = messages.describe

    # ---- failures ---------------------------------------------------------------------------------
    def _hook(self, kind: type[BaseException], value: BaseException, tb: Any) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        self.failures.append(f"unhandled exception during event #{self.count}: {self.current}\n{text}")
        if self._old_hook is not None:
            self._old_hook(kind, value, tb)  # pytest-qt's capture fails the test too

    def _describe(self, exc: BaseException) -> str:
        """messages.describe, noting each error the parent is told is "unexpected" (a bug, caught)."""
        text = self._old_describe(exc)
        if text.startswith("Something unexpected went wrong"):
            trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            self.failures.append(
                f"'unexpected error' shown during event #{self.count}: {self.current}\n{trace}"
            )
        return text

    def report(self) -> str:
        lines = [f"monkey seed {self.seed}: {len(self.failures)} failure(s) in {self.count} events"]
        lines += self.failures[:5]
        lines.append("last events:")
        lines += [f"  {e}" for e in self.recent]
        return "\n".join(lines)

    # ---- the loop ----------------------------------------------------------------------------------
    def run(self, qtbot: Any, budget_s: float) -> None:
        self._old_hook, sys.excepthook = sys.excepthook, self._hook
        self._old_describe, messages.describe = messages.describe, self._describe
        watchdog = threading.Thread(target=self._watch, daemon=True)
        try:
            QTimer.singleShot(0, self._step)
            watchdog.start()
            qtbot.waitUntil(lambda: self.done, timeout=int(budget_s * 1000))
        finally:
            self.done = True
            self._stop.set()
            sys.excepthook = self._old_hook
            messages.describe = self._old_describe
        watchdog.join(5)

    def _watch(self) -> None:
        """A step that never returns cannot report itself: say on stderr which event it was."""
        told = False
        while not self._stop.wait(0.5):
            stuck = time.monotonic() - self.last_step
            if stuck > 10 and not told:
                told = True
                print(
                    f"\nmonkey seed {self.seed} stuck {stuck:.0f} s in event #{self.count}: {self.current}",
                    file=sys.__stderr__,
                    flush=True,
                )

    def _step(self) -> None:
        if self.done:
            return
        now = time.monotonic()
        gap = now - self.last_step
        cpu = time.thread_time()
        busy = cpu - self.last_cpu - self.typing_credit
        self.last_step, self.last_cpu, self.typing_credit = now, cpu, 0.0
        if gap > self.longest[0]:
            self.longest = (gap, self.current)
        if busy > STALL_S:
            self.failures.append(
                f"event-loop stall of {busy:.1f} s GUI-thread CPU after event #{self.count}: {self.current}"
            )
        if self.count >= self.events or self.failures:
            self._finish()
            return
        window = self.controller.main_window
        if (window is None or not window.isVisible()) and not (
            QApplication.activePopupWidget() or QApplication.activeModalWidget()
        ):  # locked or closed: get back in (the unlock takes a moment; waiting is not an event)
            QTimer.singleShot(20, self._step)
            self._wait_started = self._wait_started or now
            if now - self._wait_started > 60:
                self.failures.append(
                    f"could not get back into the case after event #{self.count}: {self.current}"
                )
            self.current = f"after #{self.count}: {self._get_back_in()}"
            return
        self._wait_started = 0.0
        QTimer.singleShot(0, self._step)  # first: the next step also runs inside a dialog opened now
        self.count += 1
        try:
            what = self._act()
            self.kinds[what.split(" ")[0]] = self.kinds.get(what.split(" ")[0], 0) + 1
            self.current = f"#{self.count} {what}"
        except Exception:
            self.failures.append(f"the monkey failed at event #{self.count}: {traceback.format_exc()}")
        self.recent.append(self.current)

    def _finish(self) -> None:
        """Close what is still open, one per step (each closes a dialog's own event loop), then stop."""
        # Closing what is left is not a test of the unsaved-changes question: a form left half filled
        # would ask it in a real box of its own, which nothing would then close.
        unsaved.answer_for_tests = lambda _question: unsaved.Choice.DISCARD
        left = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if left is None:
            self.done = True
            return
        self.current = f"finishing: closed {describe(left)}"
        QTimer.singleShot(0, self._step)
        if isinstance(left, QDialog):
            left.reject()
        else:
            left.close()

    # ---- one event ----------------------------------------------------------------------------------
    def _act(self) -> str:
        c = self.controller
        window = c.main_window
        modal = QApplication.activeModalWidget()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            return self._in_popup(popup)
        if modal is not None:
            return self._in_modal(modal)
        if window is None or not window.isVisible():
            return self._get_back_in()
        self.pages_seen.add(window.stack.currentIndex())
        if self.count >= self._next_page:  # every page gets its share, in a random order
            self._next_page = self.count + PAGE_EVENTS
            if not self._page_order:
                self._page_order = self.rng.sample(range(window.sidebar.count()), window.sidebar.count())
            row = self._page_order.pop()
            rect = window.sidebar.visualItemRect(window.sidebar.item(row))
            self._click(window.sidebar.viewport(), rect.center())
            return f"went to page {row}"
        roll = self.rng.random()
        if roll < 0.015:
            row = self.rng.randrange(window.sidebar.count())
            rect = window.sidebar.visualItemRect(window.sidebar.item(row))
            self._click(window.sidebar.viewport(), rect.center())
            return f"sidebar click on page {row}"
        if roll < 0.02 and self.count >= self._next_lock:
            return self._lock_or_close(window)
        if roll < 0.04:
            tops = [
                w
                for w in QApplication.topLevelWidgets()
                if w.isVisible() and w is not window and not isinstance(w, QMenu)
            ]
            if tops:
                other = self.rng.choice(tops)
                what = f"close window {describe(other)}"
                other.close()
                return what
        return self._random_event(window)

    def _random_event(self, root: QWidget) -> str:
        roll = self.rng.random()
        if roll < 0.3:
            return self._key(root)
        if roll < 0.45:
            return self._text(root)
        widget = self._pick(root)
        if widget is None:
            return self._key(root)
        target = widget.viewport() if isinstance(widget, QAbstractItemView) else widget
        pos = QPoint(self.rng.randrange(max(1, target.width())), self.rng.randrange(max(1, target.height())))
        if isinstance(widget, QAbstractButton | QTabBar) or self.rng.random() < 0.6:
            pos = target.rect().center() if self.rng.random() < 0.5 else pos
        how = self.rng.random()
        # Each event is described before it happens: a click can open a dialog whose own event loop
        # runs further steps, and by the time it returns the widget clicked may be gone.
        seen = describe(widget)
        if how < 0.8:
            self._click(target, pos)
            return f"click on {seen}"
        from pytestqt.qtbot import QtBot

        if how < 0.93:
            QtBot.mouseDClick(target, Qt.MouseButton.LeftButton, pos=pos)
            return f"double-click on {seen}"
        QtBot.mouseClick(target, Qt.MouseButton.RightButton, pos=pos)
        return f"right-click on {seen}"

    def _click(self, target: QWidget, pos: QPoint) -> None:
        from pytestqt.qtbot import QtBot

        QtBot.mouseClick(target, Qt.MouseButton.LeftButton, pos=pos)

    def _pick(self, root: QWidget) -> QWidget | None:
        found = [
            w
            for w in root.findChildren(QWidget)
            if w.isVisible()
            and w.isEnabled()
            and w.width() > 2
            and w.height() > 2
            and not isinstance(w, QMenuBar | QScrollBar | QSplitter)
            and self._allowed(w)
        ]
        if not found:
            return None
        interactive = [
            w
            for w in found
            if isinstance(w, QAbstractButton | QAbstractItemView | QTabBar | QCheckBox | TEXT_INPUTS)
        ]
        pool = interactive if interactive and self.rng.random() < 0.9 else found
        return self.rng.choice(pool)

    def _allowed(self, widget: QWidget) -> bool:
        """Lock, close and quit only through _lock_or_close (each costs an unlock)."""
        window = self.controller.main_window
        if isinstance(widget, QToolButton) and window is not None:
            return widget.defaultAction() not in (window.lock_action, window.close_action, window.quit_action)
        return True

    def _focus_in(self, root: QWidget) -> QWidget:
        focus = QApplication.focusWidget()
        if focus is not None and (focus is root or root.isAncestorOf(focus)):
            return focus
        return root

    def _key(self, root: QWidget) -> str:
        from pytestqt.qtbot import QtBot

        key, mods = self.rng.choice(KEYS)
        target = self._focus_in(root)
        what = f"key {key_name(key, mods)} in {describe(target)}"
        QtBot.keyClick(target, key, mods)
        return what

    def _text(self, root: QWidget) -> str:

        target = self._focus_in(root)
        if not isinstance(target, TEXT_INPUTS):
            inputs = [
                w
                for w in root.findChildren(QWidget)
                if isinstance(w, TEXT_INPUTS) and w.isVisible() and w.isEnabled()
            ]
            if not inputs:
                return self._key(root)
            target = self.rng.choice(inputs)
            target.setFocus()
        text = self.rng.choice(WORDS)
        what = f"typed {text[:20]!r} into {describe(target)}"
        started = time.thread_time()
        slowest = type_text(target, text)
        self.typing_credit += max(0.0, time.thread_time() - started - slowest)
        return what

    # ---- dialogs, menus, popups --------------------------------------------------------------------
    def _in_modal(self, modal: QWidget) -> str:
        steps = self._modal_steps.get(id(modal), 0) + 1
        self._modal_steps[id(modal)] = steps
        depth = len([w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()])
        if steps > 12 or depth > 2 or self.rng.random() < 0.2:
            return self._close_modal(modal)
        return self._random_event(modal)

    def _close_modal(self, modal: QWidget) -> str:
        buttons: list[QAbstractButton] = []
        if isinstance(modal, QMessageBox):
            buttons = list(modal.buttons())
        else:
            for box in modal.findChildren(QDialogButtonBox):
                buttons += [b for b in box.buttons() if b.isVisible() and b.isEnabled()]
        if buttons and self.rng.random() < 0.5 and self._modal_steps.get(id(modal), 0) <= 20:
            button = self.rng.choice(buttons)
            what = f"answered {describe(button)} in {describe(modal)}"
            button.click()
            return what
        what = f"closed {describe(modal)}"
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()
        return what

    def _in_popup(self, popup: QWidget) -> str:
        from pytestqt.qtbot import QtBot

        if isinstance(popup, QMenu):
            window = self.controller.main_window
            risky = (window.lock_action, window.close_action, window.quit_action) if window else ()
            actions = [
                a
                for a in popup.actions()
                if a.isVisible() and a.isEnabled() and not a.isSeparator() and a not in risky
            ]
            if actions and self.rng.random() < 0.6:
                action = self.rng.choice(actions)
                what = f"menu item {action.text()!r}"
                self._click(popup, popup.actionGeometry(action).center())
                return what
            what = f"escape from menu {describe(popup)}"
            QtBot.keyClick(popup, Qt.Key.Key_Escape)
            return what
        if self.rng.random() < 0.5:
            return self._random_event(popup)
        what = f"escape from popup {describe(popup)}"
        QtBot.keyClick(self._focus_in(popup), Qt.Key.Key_Escape)
        return what

    # ---- locking, closing, getting back in ----------------------------------------------------------
    def _lock_or_close(self, window: QWidget) -> str:
        from pytestqt.qtbot import QtBot

        self._next_lock = self.count + LOCK_EVERY
        self.locks += 1
        how = self.rng.choice(["ctrl+l", "lock button", "close case", "quit"])
        if how == "ctrl+l":
            QtBot.keyClick(self._focus_in(window), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        elif how == "lock button":
            window.lock_action.trigger()
        elif how == "close case":
            window.close_action.trigger()
        else:
            window.quit_action.trigger()
        return f"{how} (lock {self.locks})"

    def _get_back_in(self) -> str:
        c = self.controller
        dialog = c.unlock_dialog
        if dialog is not None and dialog.isVisible():
            if self._typed_into is not dialog or self.count - self._unlock_typed_at > 100:
                self._typed_into, self._unlock_typed_at = dialog, self.count
                dialog.passphrase.clear()
                unlock_with_keys(dialog)
                return "typed the passphrase and Enter"
            return "waiting for the unlock"
        if c.case is None and self._reopen_at < 0:
            self._reopen_at = self.count
            c.open_case(self.case_path)
            return "opened the case again"
        if self._reopen_at >= 0 and self.count - self._reopen_at > 200:
            self._reopen_at = -1
        return "waiting for the window"


def type_text(widget: QWidget, text: str) -> float:
    """Type ``text`` as a keyboard would: QTest's own typing only knows ASCII (and aborts on more).

    Returns the GUI-thread CPU time of the slowest key (a stall is one key the window takes too long
    over, not a long text typed key by key)."""
    from pytestqt.qtbot import QtBot

    slowest = 0.0
    for char in text:
        if not shiboken6.isValid(widget):  # a letter opened or closed a dialog and took the field
            return slowest
        started = time.thread_time()
        if char.isascii():
            QtBot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        slowest = max(slowest, time.thread_time() - started)
    return slowest


def unlock_with_keys(dialog: Any) -> None:
    from pytestqt.qtbot import QtBot

    QtBot.keyClicks(dialog.passphrase, PASSPHRASE)
    QtBot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def key_name(key: Qt.Key, mods: Qt.KeyboardModifier) -> str:
    names = [
        n
        for flag, n in (
            (Qt.KeyboardModifier.ControlModifier, "Ctrl"),
            (Qt.KeyboardModifier.ShiftModifier, "Shift"),
            (Qt.KeyboardModifier.AltModifier, "Alt"),
        )
        if mods & flag
    ]
    return "+".join([*names, key.name.removeprefix("Key_")])


# ---- the tests --------------------------------------------------------------------------------------
def run_monkey(qtbot: Any, controller: Any, path: Path, seed: int, events: int, budget_s: float) -> Monkey:
    print(f"monkey seed {seed}, {events} events")
    controller.exit_app = lambda: None  # Quit ends the session, not the test's QApplication
    open_case(qtbot, controller, path)
    monkey = Monkey(controller, path, seed, events)
    started = time.monotonic()
    monkey.run(qtbot, budget_s)
    took = time.monotonic() - started
    print(
        f"monkey seed {seed}: {monkey.count} events in {took:.1f} s, longest step {monkey.longest[0]:.2f} s "
        f"({monkey.longest[1]}), {monkey.locks} locks/closes, {sorted(monkey.kinds.items())}"
    )
    if monkey.failures or monkey.count < events:
        print(monkey.report())
    assert not monkey.failures, monkey.report()
    assert monkey.count >= events, monkey.report()
    # Whatever state the monkey left, background work ends and the case opens and locks cleanly.
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    qtbot.waitUntil(lambda: not controller.tasks.busy, timeout=WAIT_MS)
    if controller.main_window is None:
        if controller.case is None and (
            controller.unlock_dialog is None or not controller.unlock_dialog.isVisible()
        ):
            controller.open_case(path)
        qtbot.waitUntil(lambda: controller.unlock_dialog is not None and controller.unlock_dialog.isVisible())
        unlock_with(qtbot, controller, PASSPHRASE)
        qtbot.waitUntil(
            lambda: controller.main_window is not None and controller.main_window.isVisible(), timeout=WAIT_MS
        )
    controller.lock()
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None and controller.unlock_dialog.isVisible())
    assert controller.case is None
    return monkey


@pytest.mark.timeout(240, method="thread")
def test_monkey_on_every_page(qtbot, controller, monkey_case, harmless) -> None:
    """IEPDESK_MONKEY_SEED / IEPDESK_MONKEY_EVENTS rerun another seed or length."""
    seed = int(os.environ.get("IEPDESK_MONKEY_SEED", SEED))
    events = int(os.environ.get("IEPDESK_MONKEY_EVENTS", EVENTS))
    monkey = run_monkey(qtbot, controller, monkey_case, seed, events, budget_s=150)
    assert len(monkey.pages_seen) == PAGES or events < 1000, sorted(monkey.pages_seen)


@pytest.mark.timeout(240, method="thread")
@pytest.mark.parametrize("seed", REGRESSION_SEEDS)
def test_monkey_regression_seed(qtbot, controller, monkey_case, harmless, seed: int) -> None:
    run_monkey(qtbot, controller, monkey_case, seed, EVENTS, budget_s=150)


@pytest.mark.slow
@pytest.mark.timeout(1800, method="thread")
@pytest.mark.parametrize("seed", SLOW_SEEDS)
def test_monkey_long(request, qtbot, controller, monkey_case, harmless, seed: int) -> None:
    if os.environ.get("IEPDESK_SLOW_TESTS") != "1" and "slow" not in (
        request.config.getoption("markexpr") or ""
    ):
        pytest.skip("long monkey: run with -m slow or IEPDESK_SLOW_TESTS=1")
    run_monkey(qtbot, controller, monkey_case, seed, SLOW_EVENTS, budget_s=1500)


def block_for(seconds: float) -> None:
    """A slot that keeps the event loop busy, as a stall does: for ``seconds`` of this thread's own CPU
    time (what the monkey measures), so a loaded machine cannot make it a shorter stall."""
    start = time.thread_time()
    while time.thread_time() - start < seconds:
        pass


def test_the_monkey_catches_an_exception_and_a_stall(qtbot, controller, monkey_case, harmless) -> None:
    """The monkey itself can fail: a slot that raises, and one that blocks for longer than STALL_S."""
    open_case(qtbot, controller, monkey_case)
    window = controller.main_window
    boom = QToolButton(window)
    boom.setText("boom")
    boom.clicked.connect(lambda: 1 / 0)
    boom.show()
    monkey = Monkey(controller, monkey_case, 1, 50)
    monkey._pick = lambda _root: boom  # type: ignore[method-assign]
    monkey._random_event = lambda root: (Monkey._click(monkey, boom, boom.rect().center()), "boom")[1]  # type: ignore[method-assign]
    with qtbot.capture_exceptions() as captured:
        monkey.run(qtbot, budget_s=30)
    assert captured and captured[0][0] is ZeroDivisionError
    assert monkey.failures and "ZeroDivisionError" in monkey.failures[0] and "boom" in monkey.report()

    slow = Monkey(controller, monkey_case, 1, 3)
    slow._random_event = lambda root: (block_for(STALL_S + 0.2), "a blocking click")[1]  # type: ignore[method-assign]
    slow.run(qtbot, budget_s=30)
    assert any("stall" in f and "a blocking click" in f for f in slow.failures), slow.report()
    boom.deleteLater()


def test_typing_counts_the_slowest_key_not_the_whole_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A long text typed key by key is many actions: the stall measure is the slowest key."""
    from PySide6.QtWidgets import QLineEdit

    field = QLineEdit()
    qtbot.addWidget(field)
    costs = {3: 0.3}  # the third key is slow; every other one costs 0.02 s
    field.textEdited.connect(lambda text: block_for(costs.get(len(text), 0.02)))
    started = time.thread_time()
    slowest = type_text(field, "x" * 12)
    total = time.thread_time() - started
    assert field.text() == "x" * 12
    assert 0.3 <= slowest < 0.3 + 0.02 * 11  # one key's cost, not the text's
    assert total >= 0.3 + 0.02 * 11
