"""Saving and printing PDFs made in memory (a letter, the binder): only where the parent chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from iepdesk.casefile.atomic import write_atomic
from ui.kit_output import printing_available, render_to

__all__ = ["print_pdf", "printing_available", "save_pdf"]


def save_pdf(pdf: bytes, out: Path) -> None:
    """Write the PDF where the parent chose (an export on purpose: this copy is not encrypted)."""
    write_atomic(out, pdf)


def print_pdf(parent: QWidget | None, pdf: bytes, title: str) -> bool:
    """Show the print dialog and print the PDF from memory. True if it was sent to a printer."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Letters", "Print"))
    try:
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        return render_to(printer, pdf, parent)
    finally:
        dialog.deleteLater()
