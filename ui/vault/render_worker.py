"""The child process that opens a PDF for the preview, so a hostile PDF cannot hang or exhaust the window.

The window starts this module as a separate process (``python -m ui.vault.render_worker``, or the
frozen executable with ``--pdf-render-worker``), writes the PDF's bytes to its stdin (a pipe: the
plaintext is never written to disk) and asks for pages; each page comes back as raw ARGB32 pixels.
The window kills it when it takes too long, on lock, and when the preview closes. Here the process
limits its own memory before it reads a single byte of the PDF.

Messages both ways: a 4-byte big-endian length, a JSON object, then ``bytes`` raw bytes if it says so.
Nothing here imports the window's code or a widget; only QtCore, QtGui's QImage, QtPdf and the core's
child_limits.
"""

from __future__ import annotations

import json
import os
import struct
import sys
from typing import IO, Any

from iepdesk import child_limits

#: The most memory (private writable mappings, RLIMIT_DATA) the child may use.
MEMORY_LIMIT = 1024 * 1024 * 1024
#: The largest page image sent back, in pixels per side and in total.
MAX_SIDE = 8192
MAX_PIXELS = 16_000_000  # 64 MB of pixels: a letter page at about 400 dpi
FLAG = "--pdf-render-worker"


def limit_memory(limit: int = MEMORY_LIMIT) -> bool:
    """Cap this process's data segment at ``limit`` (see iepdesk.child_limits)."""
    return child_limits.limit_memory(limit)


die_with_parent = child_limits.die_with_parent


def send(out: IO[bytes], header: dict[str, Any], payload: bytes = b"") -> None:
    if payload:
        header = {**header, "bytes": len(payload)}
    data = json.dumps(header).encode()
    out.write(struct.pack(">I", len(data)) + data)
    if payload:
        out.write(payload)
    out.flush()


def _read_exact(source: IO[bytes], size: int) -> bytes | None:
    chunks = []
    while size > 0:
        chunk = source.read(size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def receive(source: IO[bytes]) -> tuple[dict[str, Any], bytes] | None:
    """The next message, or None when the window closed the pipe."""
    prefix = _read_exact(source, 4)
    if prefix is None:
        return None
    raw = _read_exact(source, struct.unpack(">I", prefix)[0])
    if raw is None:
        return None
    header = json.loads(raw)
    payload = _read_exact(source, int(header.get("bytes", 0))) if header.get("bytes") else b""
    if payload is None:
        return None
    return header, payload


def page_pixels(points_w: float, points_h: float, request: dict[str, Any]) -> tuple[int, int]:
    """The image size for a page: ``width`` pixels wide (fit), or ``scale`` pixels per point."""
    if points_w <= 0 or points_h <= 0:
        return 0, 0
    fit = float(request.get("width", 0)) / points_w
    scale = fit if fit > 0 else float(request.get("scale", 1.0))
    scale = min(scale, MAX_SIDE / points_w, MAX_SIDE / points_h)
    scale = min(scale, (MAX_PIXELS / (points_w * points_h)) ** 0.5)
    return max(1, int(points_w * scale)), max(1, int(points_h * scale))


def on_white(image: Any) -> Any:
    """The page over white paper (PDFium leaves the background transparent), as RGB32."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def serve(source: IO[bytes], out: IO[bytes]) -> int:
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize
    from PySide6.QtGui import QImage
    from PySide6.QtPdf import QPdfDocument

    app = QCoreApplication([sys.argv[0]])  # no window system: nothing is shown from here
    send(out, {"ready": True})
    first = receive(source)
    if first is None:
        return 0
    buffer = QBuffer()
    buffer.setData(QByteArray(first[1]))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    count = document.pageCount()
    if document.status() != QPdfDocument.Status.Ready or count < 1:
        password = document.error() == QPdfDocument.Error.IncorrectPassword
        send(out, {"error": "password" if password else "unreadable"})
        return 0
    send(out, {"pages": count})
    while (message := receive(source)) is not None:
        request = message[0]
        page = int(request.get("page", 0))
        if not 0 <= page < count:
            send(out, {"error": "page"})
            continue
        points = document.pagePointSize(page)
        width, height = page_pixels(points.width(), points.height(), request)
        image = document.render(page, QSize(width, height)) if width else QImage()
        if image.isNull():
            send(out, {"error": "unreadable", "page": page})
            continue
        image = on_white(image)
        pixels = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
        reply = {"page": page, "width": image.width(), "height": image.height()}
        scale = image.width() / points.width()
        send(out, {**reply, "stride": image.bytesPerLine(), "scale": scale}, pixels)
    document.close()
    del app
    return 0


def main() -> int:
    limit_memory()
    die_with_parent()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if sys.platform == "win32":
        import msvcrt

        for fd in (0, 1):
            msvcrt.setmode(fd, os.O_BINARY)  # type: ignore[attr-defined]
    # The replies go to a private copy of stdout; anything printed by a library goes to stderr.
    source = os.fdopen(os.dup(0), "rb")
    out = os.fdopen(os.dup(1), "wb")
    try:
        os.dup2(2, 1)
    except OSError:  # no stderr (a windowed bundle): stray output goes nowhere, never into the replies
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    sys.stdout = sys.stderr
    return serve(source, out)


if __name__ == "__main__":
    sys.exit(main())
