"""Saving and printing the recovery kit PDF, which stays in memory until the parent chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter
from PySide6.QtWidgets import QWidget

from iepdesk.casefile.atomic import write_atomic


def _t(text: str) -> str:
    return QCoreApplication.translate("RecoveryKit", text)


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
    dialog.setWindowTitle(_t("Print the recovery kit"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    return render_to(printer, pdf)


def render_to(printer: QPagedPaintDevice, pdf: bytes) -> bool:
    """Draw each page of ``pdf`` (held in memory, never written to disk) onto ``printer``."""
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    painter = QPainter()
    try:
        if document.pageCount() == 0 or not painter.begin(printer):
            return False
        dpi = printer.logicalDpiX()
        for page in range(document.pageCount()):
            if page > 0:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = document.render(page, size)
            target = painter.viewport()
            fitted = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), fitted), image)
        painter.end()
        return True
    finally:
        if painter.isActive():
            painter.end()
        document.close()
        buffer.close()
