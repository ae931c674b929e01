"""The window's side of the PDF render process (ui.vault.render_worker): start it, hand it the bytes
through a pipe, ask for pages, and kill it when it takes too long, uses too much memory, or is no
longer wanted. Everything runs on the GUI thread's event loop (QProcess signals); nothing blocks.

A thread could neither be stopped nor bounded in memory; a child process can be killed, and its
memory is returned to the system with it.
"""

from __future__ import annotations

import json
import os
import struct
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Qt, QTimer, Signal
from PySide6.QtGui import QImage

from ui.vault import render_worker

#: Seconds the PDF may take to open, and to draw one page.
WORK_TIMEOUT_S = 10.0
#: Seconds the process may take to start (Python and Qt loading; generous for a busy computer).
START_TIMEOUT_S = 60.0
#: How often the child's resident memory is checked where /proc exists (besides its own rlimit).
WATCH_MS = 100

TOO_LONG = "time"
TOO_MUCH_MEMORY = "memory"
UNREADABLE = "unreadable"
PASSWORD = "password"  # noqa: S105 (a reason code, not a secret)
NOT_STARTED = "start"


def worker_command() -> tuple[str, list[str]]:
    """How to start the render process: the frozen executable itself, or this Python with -m."""
    if getattr(sys, "frozen", False):
        return sys.executable, [render_worker.FLAG]
    return sys.executable, ["-m", "ui.vault.render_worker"]


def _environment() -> QProcessEnvironment:
    env = QProcessEnvironment.systemEnvironment()
    env.insert("QT_QPA_PLATFORM", "offscreen")
    if not getattr(sys, "frozen", False):
        root = str(Path(__file__).resolve().parents[2])  # the folder holding ui/ and iepdesk/
        existing = env.value("PYTHONPATH", "")
        env.insert("PYTHONPATH", root + (os.pathsep + existing if existing else ""))
    return env


def _rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


class PdfRenderer(QObject):
    """One PDF in one child process. ``opened(pages)`` once, ``rendered(page, image)`` per page
    asked for, ``failed(reason)`` at most once (then the process is gone)."""

    opened = Signal(int)
    rendered = Signal(int, QImage, float)  # page, image, pixels per point
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._inbox = bytearray()
        self._data: bytes | None = None
        self._pending: dict[str, Any] | None = None
        self._busy = False
        self._opened = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(lambda: self._fail(TOO_LONG))
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self._check_memory)

    @property
    def running(self) -> bool:
        return self._process is not None

    def start(self, data: bytes) -> None:
        self.stop()
        process = QProcess(self)
        program, args = worker_command()
        process.setProgram(program)
        process.setArguments(args)
        process.setProcessEnvironment(_environment())
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._exited)
        process.errorOccurred.connect(self._error)
        self._process = process
        self._inbox = bytearray()
        self._data = data
        self._pending = None
        self._busy = True
        self._opened = False
        self._timer.start(int(START_TIMEOUT_S * 1000))
        process.start()
        self._watch.start()

    def render(self, page: int, *, width: int = 0, scale: float = 0.0) -> None:
        """Ask for ``page``, ``width`` pixels wide or ``scale`` pixels per point. Only the latest
        request waits while another page is drawn."""
        request: dict[str, Any] = {"page": page}
        if width:
            request["width"] = width
        else:
            request["scale"] = scale
        self._pending = request
        self._next()

    def stop(self) -> None:
        """Kill the process (if any) and forget the PDF. No signal follows."""
        self._timer.stop()
        self._watch.stop()
        self._data = None
        self._pending = None
        self._inbox = bytearray()
        process, self._process = self._process, None
        if process is None:
            return
        for signal in (process.readyReadStandardOutput, process.finished, process.errorOccurred):
            signal.disconnect()
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(5000)  # a SIGKILLed process is reaped at once
        process.deleteLater()

    # ---- the conversation -------------------------------------------------------------------------
    def _send(self, header: dict[str, Any], payload: bytes = b"") -> None:
        if self._process is None:
            return
        if payload:
            header = {**header, "bytes": len(payload)}
        raw = json.dumps(header).encode()
        self._process.write(struct.pack(">I", len(raw)) + raw + payload)

    def _next(self) -> None:
        if self._process is None or self._busy or not self._opened or self._pending is None:
            return
        request, self._pending = self._pending, None
        self._busy = True
        self._timer.start(int(WORK_TIMEOUT_S * 1000))
        self._send(request)

    def _read(self) -> None:
        if self._process is None:
            return
        self._inbox += bytes(self._process.readAllStandardOutput().data())
        while (message := self._take()) is not None:
            self._handle(*message)
            if self._process is None:
                return

    def _take(self) -> tuple[dict[str, Any], bytes] | None:
        if len(self._inbox) < 4:
            return None
        size = struct.unpack(">I", self._inbox[:4])[0]
        if len(self._inbox) < 4 + size:
            return None
        header = json.loads(bytes(self._inbox[4 : 4 + size]))
        length = int(header.get("bytes", 0))
        if len(self._inbox) < 4 + size + length:
            return None
        payload = bytes(self._inbox[4 + size : 4 + size + length])
        del self._inbox[: 4 + size + length]
        return header, payload

    def _handle(self, header: dict[str, Any], payload: bytes) -> None:
        self._timer.stop()
        if header.get("ready"):
            data, self._data = self._data or b"", None  # the window keeps no copy of its own
            self._timer.start(int(WORK_TIMEOUT_S * 1000))
            self._send({"open": True}, data)
            return
        error = header.get("error")
        if error and not self._opened:
            self._fail(PASSWORD if error == PASSWORD else UNREADABLE)
            return
        if "pages" in header:
            self._opened = True
            self._busy = False
            self.opened.emit(int(header["pages"]))
            self._next()
            return
        self._busy = False
        if error:
            self._fail(UNREADABLE)
            return
        image = _image(header, payload)
        if image is None:
            self._fail(UNREADABLE)
            return
        self.rendered.emit(int(header["page"]), image, float(header.get("scale", 1.0)))
        self._next()

    # ---- ways it can end --------------------------------------------------------------------------
    def _check_memory(self) -> None:
        if self._process is not None and _rss_bytes(self._process.processId()) > render_worker.MEMORY_LIMIT:
            self._fail(TOO_MUCH_MEMORY)

    def _exited(self, _code: int, _status: QProcess.ExitStatus) -> None:
        # It never quits on its own while the window still talks to it: it ran out of memory
        # (its rlimit) or PDFium gave up on the file.
        self._fail(TOO_MUCH_MEMORY if self._opened or self._data is None else NOT_STARTED)

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._fail(NOT_STARTED)

    def _fail(self, reason: str) -> None:
        if self._process is None:
            return
        self.stop()
        self.failed.emit(reason)


def _image(header: dict[str, Any], payload: bytes) -> QImage | None:
    """The page's pixels as a QImage, after checking they are what the header says."""
    try:
        width, height, stride = int(header["width"]), int(header["height"]), int(header["stride"])
    except (KeyError, TypeError, ValueError):
        return None
    sides_ok = 0 < width <= render_worker.MAX_SIDE and 0 < height <= render_worker.MAX_SIDE
    if not sides_ok or stride < width * 4 or len(payload) != stride * height:
        return None
    return QImage(payload, width, height, stride, QImage.Format.Format_RGB32).copy()
