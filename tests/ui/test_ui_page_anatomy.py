"""Page anatomy (issue 15): every page opens with one header (its sidebar name, a line of purpose, its
main action), and each list or tab with nothing in it says what it is for and offers the first step as a
button that does it; the empty state goes once there is something, and Tab reaches its button."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget
from test_ui_documents import make_pdf
from test_ui_letters_case import make_letters_case
from ui_support import WAIT_MS, activate, open_case

from iepdesk.comms import log as comms_log
from iepdesk.schedule.logbook import record_incident
from ui.calendar.page import CalendarPage
from ui.calendar.span_dialog import SpanDialog
from ui.comms.page import CommunicationsPage
from ui.comms.paste_dialog import PasteEmailDialog
from ui.iep.page import IepPage
from ui.incidents.incident_dialog import IncidentDialog
from ui.incidents.page import IncidentsPage
from ui.letters.new_letter import NewLetterWizard
from ui.letters.page import LettersPage
from ui.search import SearchDialog
from ui.vault.page import DocumentsPage
from ui.widgets.empty_state import EmptyState
from ui.widgets.page_header import PageHeader


def _page(qtbot, window, kind: type[QWidget]) -> QWidget:  # type: ignore[no-untyped-def]
    index = next(i for i, p in enumerate(window.pages) if isinstance(p, kind))
    window.show_page(index)
    page = window.pages[index]
    qtbot.waitUntil(page.isVisible, timeout=WAIT_MS)
    return page


def _shown(empty: EmptyState, page: QWidget) -> bool:
    return empty.isVisibleTo(page) and empty.button.isVisibleTo(page)


def _is(kind: type[QWidget]) -> Callable[[QWidget | None], None]:
    def check(dialog: QWidget | None) -> None:
        assert isinstance(dialog, kind), type(dialog).__name__

    return check


def _opens(qtbot, button: QAbstractButton, check: Callable[[QWidget | None], None]) -> None:  # type: ignore[no-untyped-def]
    """Click ``button``; ``check`` gets the modal dialog it opened, which is then closed."""
    seen: list[QWidget | None] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        if isinstance(dialog, QDialog):
            dialog.reject()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    check(seen[0])


def test_every_page_has_one_header_named_as_in_the_sidebar(qtbot, controller, sandbox) -> None:  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, make_letters_case(sandbox.documents))
    window = controller.main_window
    titles = []
    for index, page in enumerate(window.pages):
        window.show_page(index)
        headers = page.findChildren(PageHeader)
        name = window.sidebar.item(index).text()
        assert len(headers) == 1, f"{name}: {len(headers)} headers"
        header = headers[0]
        assert header.isVisibleTo(window)
        assert header.title() == name
        assert header.title_label.accessibleName() == name
        assert header.purpose().strip(), name
        titles.append(header.title())
    assert len(titles) == window.sidebar.count() >= 9


def test_the_main_actions_are_the_pages_first_steps(qtbot, controller, sandbox) -> None:  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, make_letters_case(sandbox.documents))
    window = controller.main_window
    letters = _page(qtbot, window, LettersPage)
    assert letters.header.action is letters.letters.new_button
    letters.tabs.setCurrentWidget(letters.binder)
    _opens(qtbot, letters.header.action, _is(NewLetterWizard))
    assert letters.tabs.currentWidget() is letters.letters  # from any tab, back to the letters

    iep = _page(qtbot, window, IepPage)
    iep.tabs.setCurrentWidget(iep.versions_view)
    qtbot.mouseClick(iep.main_button, Qt.MouseButton.LeftButton)  # an IEP is in effect: a new item
    assert iep.tabs.currentWidget() is iep.provisions
    assert iep.editor.version_id is not None and iep.editor.provision_id is None


def test_letters_lead_to_a_concerns_letter_and_go_once_there_is_one(qtbot, controller, make_case) -> None:  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, make_case())
    window = controller.main_window
    page = _page(qtbot, window, LettersPage)
    empty = page.letters.empty_state
    assert _shown(empty, page)
    assert not page.letters.drafts.isVisibleTo(page)  # no empty list box, no blank panel
    assert "No letters yet" in empty.text()

    def write(dialog: QWidget | None) -> None:
        assert isinstance(dialog, NewLetterWizard)
        assert dialog.kind_page.kind() == "concerns-letter"

    chosen: list[str] = []

    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, NewLetterWizard)
        chosen.append(wizard.kind_page.kind())
        while wizard.currentId() != wizard.DETAILS:
            wizard.next()
        wizard.accept()

    _opens(qtbot, empty.button, write)  # opened on the concerns letter, then cancelled: still empty
    assert _shown(empty, page)
    QTimer.singleShot(0, drive)
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    assert chosen == ["concerns-letter"]
    qtbot.waitUntil(lambda: page.letters.drafts.count() == 1, timeout=WAIT_MS)
    assert not empty.isVisibleTo(page)
    assert page.letters.drafts.isVisibleTo(page) and page.letters.editor.isVisibleTo(page)


def test_tab_reaches_the_empty_states_button(qtbot, controller, make_case) -> None:  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, make_case())
    window = controller.main_window
    activate(qtbot, window)
    page = _page(qtbot, window, LettersPage)
    button = page.letters.empty_state.button
    page.header.action.setFocus()
    qtbot.waitUntil(lambda: page.header.action.hasFocus(), timeout=WAIT_MS)
    reached = False
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if button.hasFocus():
            reached = True
            break
    assert reached
    assert button.isDefault()


def test_documents_lead_to_the_file_chooser(qtbot, controller, files, make_case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, make_case())
    window = controller.main_window
    page = _page(qtbot, window, DocumentsPage)
    empty = page.view.empty
    assert _shown(empty, page)
    assert not page.view.table.isVisibleTo(page) and not page.view.tabs.isVisibleTo(page)
    pdf = make_pdf(tmp_path / "Spring IEP.pdf", "Speech minutes")
    files.answers.append([pdf])
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    assert files.asked == ["files_to_add"]
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 1, timeout=WAIT_MS)
    assert not empty.isVisibleTo(page)
    assert page.view.table.isVisibleTo(page)
    page.view.words.setText("nothing like this")  # filtered to nothing: no first step, just no match
    page.refresh()
    assert page.view.no_match.isVisibleTo(page) and not page.view.no_match.button.isVisibleTo(page)
    assert not empty.isVisibleTo(page)


def test_incidents_and_communications_lead_to_their_first_entry(qtbot, controller, make_case) -> None:  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, make_case())
    window = controller.main_window
    incidents = _page(qtbot, window, IncidentsPage)
    empty = incidents.view.empty
    assert _shown(empty, incidents)
    assert not incidents.view.table.isVisibleTo(incidents)
    _opens(qtbot, empty.button, _is(IncidentDialog))
    record_incident(dt.date.today(), [], "Spelling test without the extended time")
    incidents.view.load()
    assert not empty.isVisibleTo(incidents)
    assert incidents.view.table.isVisibleTo(incidents)

    comms = _page(qtbot, window, CommunicationsPage)
    empty = comms.view.empty
    assert _shown(empty, comms)
    _opens(qtbot, empty.button, _is(PasteEmailDialog))
    comms_log.record(when="2026-03-04T15:30", channel="phone", subject="Speech schedule")
    comms.refresh()
    assert not empty.isVisibleTo(comms)
    assert comms.view.table.isVisibleTo(comms)


def test_iep_and_the_calendar_tabs_lead_when_there_is_nothing(qtbot, controller, make_case) -> None:  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, make_case())
    window = controller.main_window
    calendar = _page(qtbot, window, CalendarPage)
    for swap, tab in (
        (calendar.ledger_empty, calendar.ledger),
        (calendar.reconcile_empty, calendar.reconcile),
        (calendar.school_empty, calendar.school),
    ):
        calendar.tabs.setCurrentWidget(tab)
        assert swap.is_empty() and _shown(swap.empty, calendar)
    _opens(qtbot, calendar.school_empty.empty.button, _is(SpanDialog))

    calendar.tabs.setCurrentWidget(calendar.ledger)
    qtbot.mouseClick(calendar.ledger_empty.empty.button, Qt.MouseButton.LeftButton)  # add the IEP
    iep = window.stack.currentWidget()
    assert isinstance(iep, IepPage)
    assert iep.tabs.currentWidget() is iep.versions_view
    assert iep.versions_view.model.rowCount() == 1  # added, as "Add an IEP" does
    assert not iep.versions_view.empty_state.isVisibleTo(iep)
    assert iep.header.action is iep.main_button and "item" in iep.main_button.text()
    _page(qtbot, window, CalendarPage)
    calendar.tabs.setCurrentWidget(calendar.ledger)
    assert not calendar.ledger_empty.is_empty()
    assert calendar.reconcile_empty.is_empty()  # still no school log


def test_a_search_finding_nothing_says_so_and_leads_back_to_the_words(qtbot, controller, make_case) -> None:  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, make_case())
    window = controller.main_window
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(SearchDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.nothing.isVisible()  # nothing asked yet: no "nothing found"
    qtbot.keyClicks(dialog.query, "quuxblorp")
    dialog.run()
    assert dialog.nothing.isVisible() and not dialog.results.isVisible()
    activate(qtbot, dialog)
    dialog.nothing.button.setFocus()
    qtbot.waitUntil(dialog.nothing.button.hasFocus, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.nothing.button, Qt.MouseButton.LeftButton)
    assert dialog.query.hasFocus() and dialog.query.selectedText() == "quuxblorp"
    dialog.query.setText("")
    dialog.run()
    assert not dialog.nothing.isVisible()
