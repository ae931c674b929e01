"""Saving and printing the recovery kit PDF, which stays in memory until the parent chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter
from PySide6.QtWidgets import QWidget

from iepdesk.casefile.atomic import write_atomic
from ui.i18n import translate


def save_pdf(pdf: bytes, out: Path) -> None:
    """Write the kit where the parent chose (an export on purpose: this file is not encrypted)."""
    write_atomic(out, pdf)


def printing_available() -> bool:
    try:
        from PySide6.QtPdf import QPdfDocument  # noqa: F401
        from PySide6.QtPrintSupport import QPrinter  # noqa: F401
    except ImportError:
        return False
    return True


def print_pdf(parent: QWidget | None, pdf: bytes, title: str) -> bool:
    """Show the print dialog and print the PDF from memory. True if it was sent to a printer."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("RecoveryKit", "Print the recovery kit"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    return render_to(printer, pdf, parent)


def render_to(printer: QPagedPaintDevice, pdf: bytes, parent: QWidget | None = None) -> bool:
    """Draw each page of ``pdf`` (held in memory, never written to disk) onto ``printer``.

    The pages are drawn by the PDF preview's child process, bounded in time and memory (a binder holds
    the parent's own documents, and any of them may be hostile); a local event loop keeps the window
    painting meanwhile, behind a progress dialog over ``parent`` whose Cancel stops it. False when the
    PDF could not be drawn, or printing was cancelled.
    """
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QProgressDialog

    from ui.vault.pdf_worker import PdfRenderer

    scale = printer.logicalDpiX() / 72.0  # printer pixels per point
    renderer = PdfRenderer()
    loop = QEventLoop()
    painter = QPainter()
    state = {"pages": 0, "ok": False}
    progress = None
    if parent is not None:
        progress = QProgressDialog(
            translate("RecoveryKit", "Preparing the pages to print…"),
            translate("RecoveryKit", "Cancel"),
            0,
            0,
            parent,
        )
        progress.setWindowTitle(translate("RecoveryKit", "Printing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.canceled.connect(loop.quit)
        progress.rejected.connect(loop.quit)  # closed by a lock, too
        progress.show()

    def opened(pages: int) -> None:
        state["pages"] = pages
        if progress is not None:
            progress.setMaximum(pages)
        if not painter.begin(printer):
            loop.quit()
            return
        renderer.render(0, scale=scale)

    def rendered(page: int, image: QImage, _scale: float) -> None:
        if page > 0:
            printer.newPage()
        target = painter.viewport()
        fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(target.topLeft(), fitted), image)
        if progress is not None:
            progress.setValue(page + 1)
        if page + 1 < state["pages"]:
            renderer.render(page + 1, scale=scale)
        else:
            state["ok"] = True
            loop.quit()

    renderer.opened.connect(opened)
    renderer.rendered.connect(rendered)
    renderer.failed.connect(lambda _reason: loop.quit())
    try:
        renderer.start(pdf)
        loop.exec()
        return bool(state["ok"])
    finally:
        renderer.stop()
        renderer.deleteLater()
        if painter.isActive():
            if not state["ok"] and hasattr(printer, "abort"):
                printer.abort()  # a QPrinter: no half-printed document goes out
            painter.end()
        if progress is not None:
            progress.hide()
            progress.deleteLater()
