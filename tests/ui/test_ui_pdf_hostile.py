"""Hostile PDFs in the Documents page: the preview opens them in a child process bounded in time and
memory, the window's event loop keeps running meanwhile, and the parent reads a clear message.

The files are built here, byte by byte: a page tree whose /Kids holds itself (PDFium loops for good
on it) and a flate bomb (0.9 MB that inflates to 900 MiB of page content).
"""

from __future__ import annotations

import os
import struct
import time
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from ui_support import WAIT_MS, open_case

from ui.vault import pdf_worker, render_worker
from ui.vault.page import DocumentsPage

#: Long enough for the worker's own 10 s limit, on a busy computer, and then some.
HOSTILE_WAIT_MS = 120_000
SAFELY = "This PDF could not be shown safely"


def build_pdf(objects: list[bytes]) -> bytes:
    """A PDF of these object bodies (numbered from 1; 1 is the catalog) with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def self_referencing_pdf() -> bytes:
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",  # the page tree holds itself
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        ]
    )


def zeros_deflated(mebibytes: int) -> bytes:
    """A zlib stream of ``mebibytes`` MiB of zero bytes, made without holding them: one compressed
    MiB repeated (a full flush makes each block independent), an empty final block, the checksum."""
    mib = b"\0" * (1 << 20)
    packer = zlib.compressobj(9)
    first = packer.compress(mib) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(mib) + packer.flush(zlib.Z_FULL_FLUSH)
    adler = ((mebibytes << 20) % 65521) << 16 | 1  # adler32 of zeros: a stays 1, b counts them
    return first + again * (mebibytes - 1) + b"\x03\x00" + struct.pack(">I", adler)


def flate_bomb_pdf(mebibytes: int = 900) -> bytes:
    stream = zeros_deflated(mebibytes)
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ]
    )


def test_the_bomb_is_what_it_claims() -> None:
    stream = zeros_deflated(900)
    assert len(stream) < 1_000_000
    inflater = zlib.decompressobj()
    total, rest = 0, stream
    while rest:
        total += len(inflater.decompress(rest, 1 << 26))
        rest = inflater.unconsumed_tail
    assert inflater.eof and total == 900 << 20  # zlib checked the checksum, too


class Heartbeat:
    """A 20 ms QTimer on the GUI thread that counts the beats while ``busy()`` holds (the child is at
    work). A GUI thread blocked by the PDF could not beat at all; a working one beats a few times at
    least, however loaded the computer is. The count is the proof, not a measured gap (the numbers in
    docs/security.md were measured by hand)."""

    def __init__(self, busy=lambda: True) -> None:  # type: ignore[no-untyped-def]
        self.busy = busy
        self.beats: list[float] = []
        self.busy_beats = 0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        self.beats.append(time.monotonic())
        if self.busy():
            self.busy_beats += 1

    def start(self) -> None:
        self.beats = [time.monotonic()]
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.beats.append(time.monotonic())


def documents_page(controller) -> DocumentsPage:
    page = next(p for p in controller.main_window.pages if isinstance(p, DocumentsPage))
    controller.main_window.show_page(controller.main_window.pages.index(page))
    return page


def add_files(qtbot, page: DocumentsPage, folder: Path, files: dict[str, bytes]) -> None:
    paths = []
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    page.add_paths(paths)
    qtbot.waitUntil(lambda: page.view.model.rowCount() == len(files), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.importer.busy, timeout=WAIT_MS)


def select(page: DocumentsPage, title: str) -> None:
    titles = [page.view.model.row_data(r).title for r in range(page.view.model.rowCount())]
    page.view.table.selectRow(titles.index(title))


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    return folder


@pytest.mark.parametrize(
    ("name", "build", "reasons"),
    [
        ("looping tree", self_referencing_pdf, ("it took too long",)),
        # memory, or time on a computer too busy to inflate 900 MiB in 10 s: both are the bound
        ("flate bomb", flate_bomb_pdf, ("it needed too much memory", "it took too long")),
    ],
)
def test_a_hostile_pdf_is_bounded_and_the_window_keeps_running(
    qtbot, controller, make_case, sources, name, build, reasons
) -> None:
    open_case(qtbot, controller, make_case())
    page = documents_page(controller)
    add_files(qtbot, page, sources, {f"{name}.pdf": build()})
    preview = page.view.preview
    heartbeat = Heartbeat(lambda: preview.pdf.renderer.running)

    heartbeat.start()
    select(page, name)
    assert preview.currentWidget() is preview.pdf
    assert preview.pdf.stack.currentIndex() == 0  # the busy bar while the child works
    assert preview.pdf.renderer.running
    qtbot.waitUntil(lambda: preview.note.text().startswith(SAFELY), timeout=HOSTILE_WAIT_MS)
    heartbeat.stop()

    assert heartbeat.busy_beats >= 3  # the window kept running while the child worked on the PDF
    text = preview.note.text()
    assert any(reason in text for reason in reasons), text
    assert "The file is kept in your case; you can export it." in text
    assert preview.currentIndex() == 0 and preview.shown_kind is None
    assert not preview.pdf.renderer.running
    assert page.view.model.rowCount() == 1  # the file stays in the case


def test_a_valid_pdf_still_previews(qtbot, controller, make_case, sources) -> None:
    from test_ui_documents import make_pdf

    open_case(qtbot, controller, make_case())
    page = documents_page(controller)
    make_pdf(sources / "Spring IEP.pdf", "Speech minutes", pages=3)
    page.add_paths([sources / "Spring IEP.pdf"])
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 1, timeout=WAIT_MS)
    select(page, "Spring IEP")
    pdf = page.view.preview.pdf
    qtbot.waitUntil(lambda: not pdf.image.isNull(), timeout=WAIT_MS)
    assert page.view.preview.shown_kind == "pdf"
    assert pdf.pages() == 3 and pdf.page_count.text() == "of 3"
    assert pdf.stack.currentIndex() == 1 and pdf.page_image.pixmap() is not None
    first = pdf.image
    dark = sum(
        1
        for y in range(0, first.height(), 6)
        for x in range(0, first.width(), 6)
        if first.pixelColor(x, y).lightness() < 80
    )
    total = len(range(0, first.height(), 6)) * len(range(0, first.width(), 6))
    assert 0.02 * total < dark < 0.5 * total  # the black rectangle on white paper: really drawn

    qtbot.mouseClick(pdf.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pdf.image is not first and not pdf.image.isNull(), timeout=WAIT_MS)
    assert pdf.current_page() == 1 and pdf.page.value() == 2
    width = pdf.image.width()
    qtbot.mouseClick(pdf.zoom_in_button, Qt.MouseButton.LeftButton)
    assert pdf.zoom_label.text().endswith("%")
    qtbot.waitUntil(lambda: pdf.image.width() != width, timeout=WAIT_MS)
    assert pdf.renderer.running  # kept for the next page while the preview is open


def test_lock_and_choosing_another_document_kill_the_child(qtbot, controller, make_case, sources) -> None:
    open_case(qtbot, controller, make_case())
    page = documents_page(controller)
    add_files(qtbot, page, sources, {"looping.pdf": self_referencing_pdf(), "notes.txt": b"Call Ms. Rivera."})
    pdf = page.view.preview.pdf

    def busy_child() -> int:
        select(page, "looping")
        process = pdf.renderer._process
        assert process is not None
        qtbot.waitUntil(lambda: process.processId() > 0, timeout=WAIT_MS)
        return int(process.processId())

    pid = busy_child()
    select(page, "notes")  # the preview moves on: the looping child is killed at once
    assert not pdf.renderer.running and not alive(pid)
    assert page.view.preview.shown_kind == "text"

    pid = busy_child()
    assert alive(pid)
    controller.lock()
    assert not pdf.renderer.running and not alive(pid)


def test_the_page_size_asked_of_the_child_is_capped() -> None:
    assert render_worker.page_pixels(612, 792, {"width": 800}) == (800, 1035)
    width, height = render_worker.page_pixels(612, 792, {"scale": 1000.0})
    assert width <= render_worker.MAX_SIDE and height <= render_worker.MAX_SIDE
    assert width * height <= render_worker.MAX_PIXELS
    assert render_worker.page_pixels(0, 792, {"width": 800}) == (0, 0)
    assert pdf_worker.worker_command()[1] == ["-m", "ui.vault.render_worker"]


def test_printing_draws_through_the_child_and_a_hostile_pdf_prints_nothing(qapp, tmp_path) -> None:
    """Printing a letter or the binder (which may append any vault PDF) renders in the same child."""
    from PySide6.QtPrintSupport import QPrinter

    from ui.kit_output import render_to

    def pdf_printer(name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / name))  # a PDF "printer" stands in for a real one
        return printer

    from test_ui_documents import make_pdf

    good = make_pdf(tmp_path / "letter.pdf", "Dear Ms. Rivera", pages=2).read_bytes()
    assert render_to(pdf_printer("good.pdf"), good)
    from pypdf import PdfReader

    assert len(PdfReader(tmp_path / "good.pdf").pages) == 2

    heartbeat = Heartbeat()
    heartbeat.start()
    assert not render_to(pdf_printer("hostile.pdf"), self_referencing_pdf())
    heartbeat.stop()
    # The self-referencing PDF never finishes: the print waits the child's whole 10 s timeout, and the
    # window's loop runs all that time (a blocked loop could not beat once).
    assert len(heartbeat.beats) > 50


def test_the_frozen_bundle_starts_the_child_through_the_launcher(qtbot, monkeypatch, tmp_path) -> None:
    """Frozen, the child is the executable itself with --pdf-render-worker (ui.launcher dispatches it):
    here ``python -m ui.launcher`` stands in for the bundle's executable."""
    import sys

    from test_ui_documents import make_pdf

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert pdf_worker.worker_command() == (sys.executable, [render_worker.FLAG])
    monkeypatch.delattr(sys, "frozen")
    monkeypatch.setattr(
        pdf_worker, "worker_command", lambda: (sys.executable, ["-m", "ui.launcher", render_worker.FLAG])
    )
    renderer = pdf_worker.PdfRenderer()
    pages: list[int] = []
    images: list[object] = []
    renderer.opened.connect(lambda count: (pages.append(count), renderer.render(0, width=300)))
    renderer.rendered.connect(lambda _page, image, _scale: images.append(image))
    renderer.start(make_pdf(tmp_path / "one.pdf", "One page", pages=1).read_bytes())
    qtbot.waitUntil(lambda: bool(images), timeout=WAIT_MS)
    renderer.stop()
    assert pages == [1] and images[0].width() == 300 and not images[0].isNull()
