"""Ctrl+F: one search box over the whole case; results grouped by kind open their item."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from test_ui_documents import documents_page, make_pdf
from ui_support import WAIT_MS, activate, find_case_text, open_case

from iepdesk.comms import log as comms_log
from iepdesk.model import Document
from iepdesk.schedule.logbook import record_incident
from ui.comms.page import CommunicationsPage
from ui.search import SearchDialog

WORD = "Frumbleberry"  # only inside the PDF's text


def _search_box(qtbot, window) -> SearchDialog:
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(SearchDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _groups(dialog: SearchDialog) -> list[str]:
    tree = dialog.results
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_find_a_document_by_a_word_inside_it(qtbot, controller, make_case, tmp_path) -> None:
    open_case(qtbot, controller, make_case())
    window = controller.main_window
    page = documents_page(controller)
    sources = tmp_path / "sources"
    sources.mkdir()
    page.add_paths([make_pdf(sources / "Reevaluation report.pdf", f"Reading scores {WORD}")])
    page.add_paths([])  # nothing to add: ignored
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.importer.busy, timeout=WAIT_MS)
    document = Document.get()
    assert WORD in document.text
    assert WORD not in document.title

    dialog = _search_box(qtbot, window)
    qtbot.keyClicks(dialog.query, WORD.lower())
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() > 0, timeout=WAIT_MS)
    assert _groups(dialog) == ["Documents (1)"]
    hit = dialog.results.topLevelItem(0).child(0)
    assert hit.text(0) == "Reevaluation report"
    assert f"[{WORD}]" in hit.text(1)
    assert dialog.results.currentItem() is hit

    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # opens the first result
    assert window.stack.currentWidget() is page
    assert page.view.selected_ids() == [document.id]
    assert page.view.preview.shown_kind == "pdf"
    assert not dialog.isVisible()
    assert dialog.query.text() == "" and dialog.results.topLevelItemCount() == 0


def test_results_of_other_kinds_open_their_page(qtbot, controller, make_case) -> None:
    path = make_case()
    open_case(qtbot, controller, path)
    window = controller.main_window
    call = comms_log.record(when="2026-03-04T15:30", channel="phone", subject="Gribblewort schedule")
    record_incident(dt.date(2026, 3, 5), [], "Gribblewort accommodation not given in math")

    dialog = _search_box(qtbot, window)
    qtbot.keyClicks(dialog.query, "gribblewort")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 2, timeout=WAIT_MS)
    assert _groups(dialog) == ["Incidents (1)", "Communications (1)"]

    incident_hit = dialog.results.topLevelItem(0).child(0)
    assert dialog.open_item(incident_hit) is False  # the Incidents page cannot open it (yet)
    assert window.sidebar.currentItem().text() == "Incidents"
    assert dialog.isVisible() and "Gribblewort" in dialog.detail.text()

    assert dialog.open_item(dialog.results.topLevelItem(1).child(0)) is True
    comms = next(p for p in window.pages if isinstance(p, CommunicationsPage))
    assert window.stack.currentWidget() is comms
    assert comms.view.selected_id() == call.id
    assert comms.form.subject.text() == "Gribblewort schedule"

    dialog = _search_box(qtbot, window)
    qtbot.keyClicks(dialog.query, "gribblewort")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 2, timeout=WAIT_MS)
    controller.lock()  # the open search box keeps nothing
    assert find_case_text(["Gribblewort", "gribblewort"]) == []


def test_a_large_file_becomes_searchable_in_the_background(qtbot, controller, make_case, tmp_path) -> None:
    from ui.vault.importer import INLINE_TEXT_BYTES

    open_case(qtbot, controller, make_case())
    page = documents_page(controller)
    big = tmp_path / "provider log export.txt"
    line = "Session delivered, 30 minutes, articulation practice.\n"
    with open(big, "w", encoding="utf-8") as handle:
        handle.write(
            f"Quibblethorn appears once, at the top.\n{line * (INLINE_TEXT_BYTES // len(line) + 10)}"
        )
    assert big.stat().st_size > INLINE_TEXT_BYTES
    page.add_paths([big])
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.importer.busy and page.importer.waiting_for_text() == 0, timeout=WAIT_MS)
    assert page.view.status.text() == ""

    dialog = _search_box(qtbot, controller.main_window)
    qtbot.keyClicks(dialog.query, "quibblethorn")
    qtbot.waitUntil(lambda: _groups(dialog) == ["Documents (1)"], timeout=WAIT_MS)
