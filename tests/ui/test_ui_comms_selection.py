"""Choosing a row in the Communications list (issue 10): New entry, type, New entry, click the saved row
froze the window for ~10 s in a selectionChanged -> refresh -> select -> selectionChanged recursion and
aborted. Reloading the list and reselecting a row from code must never re-enter the page's handler."""

from __future__ import annotations

import sys
from pathlib import Path

import factories
import pytest
from PySide6.QtCore import Qt
from ui_support import CHILD, PASSPHRASE, open_case

from iepdesk.model import Communication
from ui.comms import entries_ctl
from ui.comms.page import CommunicationsPage
from ui.widgets import unsaved
from ui.widgets.unsaved import Choice

MESSAGE = "Dear Ms. Rivera, the speech session on Tuesday did not happen."


@pytest.fixture
def case_path(sandbox) -> Path:
    path = sandbox.documents / "selection.iepcase"
    factories.new_case(path, CHILD, PASSPHRASE).lock()
    return path


@pytest.fixture
def low_recursion_limit():
    """A runaway recursion fails in milliseconds instead of freezing the run for seconds."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(400)
    yield
    sys.setrecursionlimit(old)


def comms_page(qtbot, controller, path: Path) -> CommunicationsPage:
    open_case(qtbot, controller, path)
    window = controller.main_window
    page = next(p for p in window.pages if isinstance(p, CommunicationsPage))
    window.show_page(window.pages.index(page))
    return page


class Depth:
    """How deeply nested in the page's selection handler the list was reloaded or an entry loaded
    (1: by the handler itself; 2 or more: by a re-entered handler, the start of the recursion)."""

    def __init__(self, page: CommunicationsPage, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = 0
        self.work: list[int] = []
        handler, load, set_rows = page._selection_changed, entries_ctl.load_entry, page.view.set_rows

        def counted() -> None:
            self.now += 1
            try:
                handler()
            finally:
                self.now -= 1

        def loading(entry_id):  # type: ignore[no-untyped-def]
            self.work.append(self.now)
            return load(entry_id)

        def listing(rows):  # type: ignore[no-untyped-def]
            self.work.append(self.now)
            set_rows(rows)

        monkeypatch.setattr(page, "_selection_changed", counted)
        monkeypatch.setattr(entries_ctl, "load_entry", loading)
        monkeypatch.setattr(page.view, "set_rows", listing)

    @property
    def most(self) -> int:
        return max(self.work, default=0)


def click_row(qtbot, page: CommunicationsPage, row: int) -> None:
    table = page.view.table
    rect = table.visualRect(page.view.model.index(row, 4))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_new_entry_type_new_entry_then_click_the_saved_row(
    qtbot, controller, case_path, low_recursion_limit, monkeypatch
) -> None:
    page = comms_page(qtbot, controller, case_path)
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.form.body, MESSAGE)
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)  # asked, answered Save
    assert Communication.select().count() == 1
    assert page.view.model.rowCount() == 1
    assert not page.has_unsaved_changes()

    depth = Depth(page, monkeypatch)
    click_row(qtbot, page, 0)
    assert page.form.body.toPlainText() == MESSAGE
    assert page.view.selected_id() == Communication.get().id
    assert not page.has_unsaved_changes()
    assert depth.most == 1


def test_clicking_another_row_with_unsaved_text_saves_it_and_shows_the_row(
    qtbot, controller, case_path, low_recursion_limit, monkeypatch
) -> None:
    page = comms_page(qtbot, controller, case_path)
    for subject in ("First call", "Second call"):
        qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.form.subject, subject)
        qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert page.view.model.rowCount() == 2
    qtbot.keyClicks(page.form.body, MESSAGE)  # unsaved, in the entry shown
    shown = page.form.subject.text()
    other = next(r for r in range(2) if page.view.model.row_data(r).subject != shown)

    depth = Depth(page, monkeypatch)
    click_row(qtbot, page, other)  # the question is answered Save
    assert page.form.subject.text() != shown
    assert page.view.model.row_data(page.view.table.currentIndex().row()).subject == page.form.subject.text()
    saved = Communication.get(Communication.subject == shown)
    assert saved.body == MESSAGE
    assert not page.has_unsaved_changes()
    assert Communication.select().count() == 2
    assert depth.most == 1  # reloading the list and reselecting from code did not re-enter the handler


def test_cancel_goes_back_to_the_entry_being_written(
    qtbot, controller, case_path, low_recursion_limit, monkeypatch
) -> None:
    page = comms_page(qtbot, controller, case_path)
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.form.subject, "Saved call")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.form.body, MESSAGE)
    asked: list[str] = []
    monkeypatch.setattr(unsaved, "answer_for_tests", lambda q: asked.append(q) or Choice.CANCEL)
    depth = Depth(page, monkeypatch)

    click_row(qtbot, page, 0)
    assert len(asked) == 1
    assert depth.most <= 1
    assert page.form.body.toPlainText() == MESSAGE
    assert page.view.selected_id() is None
    assert page.has_unsaved_changes()


def test_save_on_an_empty_entry_says_what_is_missing(qtbot, controller, case_path, monkeypatch) -> None:
    """Found by the monkey (tests/ui/test_ui_monkey.py): the message was 'Something unexpected went
    wrong (ValueError)' because the plain one was raised as a ValueError."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    page = comms_page(qtbot, controller, case_path)
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert shown == ["Say in a few words what it was about (a subject or a summary)."]
    assert Communication.select().count() == 0
