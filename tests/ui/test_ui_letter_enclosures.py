"""A letter that encloses documents (issue 18): ticked in the new-letter wizard, listed at its end,
by the exhibit number the binder gives them when the letter goes with the binder."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from test_ui_binder import letters_page
from test_ui_letters_case import make_letters_case
from ui_support import WAIT_MS, open_case

from iepdesk.export.binder_data import BinderOptions, remember_options
from iepdesk.export.exhibits import binder_exhibits
from iepdesk.vault import library
from ui.letters.new_letter import NewLetterWizard


def test_the_wizard_encloses_a_document_by_its_exhibit_number(qtbot, controller, sandbox) -> None:  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, make_letters_case(sandbox.documents))
    report = next(d for d in library.document_rows() if d.title == "progress-report")
    library.update_document(report.id, doc_date=dt.date(2026, 2, 2))
    remember_options(
        BinderOptions(start=dt.date(2025, 9, 1), end=dt.date(2026, 3, 1), document_ids=[report.id])
    )
    assert [(e.number, e.document_id) for e in binder_exhibits()] == [(1, report.id)]
    page = letters_page(controller)
    seen: dict[str, object] = {}

    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        try:
            assert isinstance(wizard, NewLetterWizard)
            wizard.next()
            cites = wizard.cites_page
            assert cites.boxes["documents"].isVisibleTo(wizard)
            documents = cites.documents
            rows = [documents.item(r).text() for r in range(documents.count())]
            seen["rows"] = rows
            row = next(r for r, text in enumerate(rows) if "progress-report" in text)
            documents.setFocus()
            documents.setCurrentRow(row)
            qtbot.keyClick(documents, Qt.Key.Key_Space)
            cites.with_binder.setFocus()
            qtbot.keyClick(cites.with_binder, Qt.Key.Key_Space)
            seen["binder"] = cites.with_binder.isChecked()
            wizard.next()
            wizard.accept()
        except BaseException as exc:  # never leave the wizard open: the test would wait for ever
            seen["error"] = exc
            if wizard is not None:
                wizard.close()

    QTimer.singleShot(0, drive)
    page.tabs.setCurrentWidget(page.letters)
    page.letters.new_letter("pwn-request")
    assert "error" not in seen, seen
    qtbot.waitUntil(lambda: "Enclosures:" in page.letters.editor.toPlainText(), timeout=WAIT_MS)
    assert "progress-report (February 2, 2026)" in seen["rows"]  # type: ignore[operator]
    assert seen["binder"] is True
    body = page.letters.editor.toPlainText()
    assert body.rstrip().endswith("Enclosures:\n- Exhibit 1: progress-report (February 2, 2026)")
