"""Unsaved changes are never saved behind the parent's back (issue 10): leaving a form asks Save /
Discard / Cancel; a lock keeps the text as a draft inside the case and gives it back, marked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from profile_support import child_page, child_page_index
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from ui_support import CHILD, PASSPHRASE, WAIT_MS, activate, open_case, unlock_with

from iepdesk import drafts
from iepdesk.casefile import Argon2Params, Case
from ui.comms import entries_ctl
from ui.comms.page import CommunicationsPage
from ui.widgets import unsaved
from ui.widgets.unsaved import Choice

HALF = "Dear Ms. Rivera, about the speech session that was missed on"
CALL = "She said the bus will come at 7:40 from Monday and that the"


@pytest.fixture
def case_path(sandbox) -> Path:
    path = sandbox.documents / "unsaved.iepcase"
    case, _ = Case.create(path, CHILD, PASSPHRASE, Argon2Params())
    case.lock()
    return path


class Answers:
    """Answers the Save / Discard / Cancel question and remembers each time it was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.queue: list[Choice] = []
        self.asked: list[str] = []
        monkeypatch.setattr(unsaved, "answer_for_tests", self._answer)

    def _answer(self, question: str) -> Choice:
        self.asked.append(question)
        assert self.queue, f"not expected to ask: {question}"
        return self.queue.pop(0)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


def comms_page(qtbot, controller, path: Path) -> CommunicationsPage:
    open_case(qtbot, controller, path)
    window = controller.main_window
    page = next(p for p in window.pages if isinstance(p, CommunicationsPage))
    window.show_page(window.pages.index(page))
    return page


def start_typing(qtbot, page: CommunicationsPage, text: str = HALF) -> None:
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.form.body, text)


def test_new_entry_says_nothing_about_an_email(qtbot, controller, case_path, answers) -> None:
    page = comms_page(qtbot, controller, case_path)
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    assert "email" not in page.form.status.text().lower()
    assert not page.has_unsaved_changes()
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)  # nothing typed: nothing asked
    assert answers.asked == []


def test_new_entry_with_a_half_typed_message_asks_and_discard_saves_nothing(
    qtbot, controller, case_path, answers
) -> None:
    page = comms_page(qtbot, controller, case_path)
    start_typing(qtbot, page)
    answers.queue = [Choice.DISCARD]
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 1
    assert entries_ctl.list_rows() == []
    assert page.form.body.toPlainText() == ""
    assert not page.has_unsaved_changes()


def test_cancel_keeps_the_text_and_saves_nothing(qtbot, controller, case_path, answers) -> None:
    page = comms_page(qtbot, controller, case_path)
    start_typing(qtbot, page)
    page.form.channel.setCurrentIndex(page.form.channel.findData("phone"))
    answers.queue = [Choice.CANCEL]
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 1
    assert entries_ctl.list_rows() == []
    assert page.form.body.toPlainText() == HALF
    assert page.form.channel.currentData() == "phone"
    assert page.has_unsaved_changes()


def test_save_keeps_what_was_typed(qtbot, controller, case_path, answers) -> None:
    page = comms_page(qtbot, controller, case_path)
    start_typing(qtbot, page)
    page.form.channel.setCurrentIndex(page.form.channel.findData("phone"))
    page.form.direction.setCurrentIndex(page.form.direction.findData("to_school"))
    answers.queue = [Choice.SAVE]
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    rows = entries_ctl.list_rows()
    assert len(rows) == 1
    saved = entries_ctl.load_entry(rows[0].id)
    assert (saved.body, saved.channel, saved.direction) == (HALF, "phone", "to_school")
    assert page.form.body.toPlainText() == ""  # and the new entry is started


def test_selecting_another_row_asks_and_cancel_stays(qtbot, controller, case_path, answers) -> None:
    page = comms_page(qtbot, controller, case_path)
    start_typing(qtbot, page, "First entry")
    page.save()
    first = entries_ctl.list_rows()[0].id
    start_typing(qtbot, page)
    answers.queue = [Choice.CANCEL]
    page.view.select(first)
    assert len(answers.asked) == 1
    assert page.form.body.toPlainText() == HALF
    assert page.view.selected_id() is None
    answers.queue = [Choice.DISCARD]
    page.view.select(first)
    assert page.form.body.toPlainText() == "First entry"
    assert len(entries_ctl.list_rows()) == 1


def test_ctrl_l_keeps_a_draft_not_a_record_and_unlock_gives_it_back(
    qtbot, controller, case_path, answers
) -> None:
    page = comms_page(qtbot, controller, case_path)
    window = controller.main_window
    start_typing(qtbot, page, CALL)
    page.form.channel.setCurrentIndex(page.form.channel.findData("phone"))
    page.form.direction.setCurrentIndex(page.form.direction.findData("to_school"))
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.case is None
    assert answers.asked == []  # a lock never asks

    unlock_with(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.isVisible(), timeout=WAIT_MS
    )
    assert entries_ctl.list_rows() == []  # the draft is no record
    window = controller.main_window
    page = next(p for p in window.pages if isinstance(p, CommunicationsPage))
    assert window.stack.currentWidget() is page  # the draft is shown
    form = page.form
    assert form.body.toPlainText() == CALL
    assert (form.channel.currentData(), form.direction.currentData()) == ("phone", "to_school")
    assert form.status.text().startswith("Restored unsaved draft from ")
    assert form.status.text().endswith("Save or Discard")
    assert page.has_unsaved_changes()

    answers.queue = [Choice.DISCARD]  # Discard throws it away, draft and all
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    assert entries_ctl.list_rows() == []
    assert drafts.load_all() == []


def test_a_saved_draft_becomes_a_record_only_when_saved(qtbot, controller, case_path, answers) -> None:
    page = comms_page(qtbot, controller, case_path)
    start_typing(qtbot, page, CALL)
    controller.lock()  # idle lock: the same path
    unlock_with(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    page = next(p for p in controller.main_window.pages if isinstance(p, CommunicationsPage))
    assert drafts.load("communications") is not None
    page.save()
    assert [entries_ctl.load_entry(r.id).body for r in entries_ctl.list_rows()] == [CALL]
    assert drafts.load_all() == []
    assert not page.has_unsaved_changes()


def test_switching_page_asks(qtbot, controller, case_path, answers) -> None:
    page = comms_page(qtbot, controller, case_path)
    window = controller.main_window
    start_typing(qtbot, page)
    here = window.pages.index(page)
    answers.queue = [Choice.CANCEL]
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert len(answers.asked) == 1
    assert window.stack.currentWidget() is page and window.sidebar.currentRow() == here
    assert page.form.body.toPlainText() == HALF
    answers.queue = [Choice.DISCARD]
    window.sidebar.setCurrentRow(0)  # a click on the sidebar
    assert window.stack.currentIndex() == 0
    assert entries_ctl.list_rows() == []


def test_closing_the_window_asks(qtbot, controller, case_path, answers) -> None:
    page = comms_page(qtbot, controller, case_path)
    window = controller.main_window
    start_typing(qtbot, page)
    quits: list[bool] = []
    controller.exit_app = lambda: quits.append(True)
    answers.queue = [Choice.CANCEL]
    window.close()
    assert len(answers.asked) == 1
    assert controller.case is not None and window.isVisible() and quits == []
    assert page.form.body.toPlainText() == HALF
    answers.queue = [Choice.SAVE]
    window.close()
    assert controller.case is None and quits == [True]
    with Case.open(case_path, PASSPHRASE):
        assert [entries_ctl.load_entry(r.id).body for r in entries_ctl.list_rows()] == [HALF]
        assert drafts.load_all() == []


def test_close_case_asks(qtbot, controller, case_path, answers) -> None:
    page = comms_page(qtbot, controller, case_path)
    start_typing(qtbot, page)
    answers.queue = [Choice.CANCEL]
    controller.main_window.close_action.trigger()
    assert controller.case is not None and page.form.body.toPlainText() == HALF
    answers.queue = [Choice.DISCARD]
    controller.main_window.close_action.trigger()
    assert controller.case is None
    with Case.open(case_path, PASSPHRASE):
        assert entries_ctl.list_rows() == [] and drafts.load_all() == []


def test_the_question_is_save_discard_cancel_with_save_default_and_esc_cancel(
    qtbot, qapp, monkeypatch
) -> None:
    monkeypatch.setattr(unsaved, "answer_for_tests", None)  # the real box
    seen: dict[str, object] = {}

    def look_and_escape() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look_and_escape)
            return
        seen["buttons"] = box.standardButtons()
        seen["default"] = box.standardButton(box.defaultButton())
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, look_and_escape)
    assert unsaved.ask(None, "The entry") is Choice.CANCEL
    assert seen["buttons"] == (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    assert seen["default"] == QMessageBox.StandardButton.Save


# ---- the other forms: the same protocol --------------------------------------------------------------
def _case_with_a_document(path: Path) -> int:
    from iepdesk.vault import store

    with Case.open(path, PASSPHRASE):
        result = store.import_bytes(b"Notes from the meeting", "meeting-notes.txt")
        assert result.document is not None
        return int(result.document.id)


def test_document_details_ask_on_leaving_and_a_lock_keeps_them(qtbot, controller, case_path, answers) -> None:
    from ui.vault import documents_ctl as doc_rows
    from ui.vault.page import DocumentsPage

    doc_id = _case_with_a_document(case_path)
    open_case(qtbot, controller, case_path)
    window = controller.main_window
    page = next(p for p in window.pages if isinstance(p, DocumentsPage))
    window.show_page(window.pages.index(page))
    page.view.select(doc_id)
    details = page.view.details
    assert details.document_id == doc_id and not page.has_unsaved_changes()
    details.title.setText("Meeting notes, March 4")  # set from code: no signal needed to count
    answers.queue = [Choice.CANCEL]
    window.show_page(0)
    assert window.stack.currentWidget() is page and details.title.text() == "Meeting notes, March 4"

    controller.lock()
    assert answers.asked == ["Documents has changes that are not saved. Save them?"]
    unlock_with(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    page = next(p for p in controller.main_window.pages if isinstance(p, DocumentsPage))
    details = page.view.details
    assert doc_rows.get_row(doc_id).title == "meeting-notes"  # not saved by the lock
    assert details.title.text() == "Meeting notes, March 4"
    assert details.status.text().startswith("Restored unsaved draft from ")
    answers.queue = [Choice.SAVE]
    controller.main_window.show_page(0)
    assert doc_rows.get_row(doc_id).title == "Meeting notes, March 4"
    assert drafts.load_all() == []


def test_child_details_ask_and_discard_shows_what_is_saved(qtbot, controller, case_path, answers) -> None:
    open_case(qtbot, controller, case_path)
    window = controller.main_window
    page = child_page(window, show=True)
    qtbot.keyClicks(page.form.school, "Lincoln Elementary")
    answers.queue = [Choice.DISCARD]
    window.show_page(0)
    assert window.stack.currentIndex() == 0
    assert page.form.school.text() == "" and not page.has_unsaved_changes()

    child_page(window, show=True)
    qtbot.keyClicks(page.form.grade, "3rd grade")
    controller.lock()
    unlock_with(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    page = child_page(controller.main_window)
    assert controller.main_window.stack.currentWidget() is page  # the page that took the draft
    assert page.form.grade.text() == "3rd grade"
    assert page.status.text().startswith("Restored unsaved draft from ")
    from ui.settings import profile_ctl

    assert profile_ctl.load_profile().grade == ""  # the lock saved nothing


def test_iep_item_asks_before_moving_and_a_lock_keeps_it(qtbot, controller, sandbox, answers) -> None:
    from test_ui_iep_support import case_with, final_version, open_iep_page, speech

    from iepdesk.model import Provision

    ids: list[int] = []

    def build() -> None:
        version = final_version()
        ids.append(speech(version.id, title="Speech therapy", location="room 4"))
        ids.append(speech(version.id, title="Occupational therapy", location="the gym"))

    path = case_with(sandbox, build)
    page = open_iep_page(qtbot, controller, path)
    first, second = ids
    page.tree.select_provision(first)
    page._tree_moved()
    assert page.editor.provision_id == first and not page.has_unsaved_changes()
    page.editor.form.location.selectAll()
    qtbot.keyClicks(page.editor.form.location, "room 9")
    answers.queue = [Choice.CANCEL]
    page.tree.select_provision(second)
    page._tree_moved()
    assert len(answers.asked) == 1
    assert page.editor.provision_id == first and page.editor.form.location.text() == "room 9"
    assert page.tree.current_id() == first

    controller.lock()
    assert len(answers.asked) == 1  # the lock did not ask
    with Case.open(path, "maple river lantern cocoa"):
        assert Provision.get_by_id(first).location == "room 4"  # and saved nothing
    unlock_with(qtbot, controller, "maple river lantern cocoa")
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    from ui.iep.page import IepPage

    window = controller.main_window
    page = next(p for p in window.pages if isinstance(p, IepPage))
    assert window.stack.currentWidget() is page
    assert page.editor.provision_id == first and page.editor.form.location.text() == "room 9"
    assert page.editor.status.text().startswith("Restored unsaved draft from ")
    assert page.has_unsaved_changes()
    answers.queue = [Choice.SAVE]
    window.show_page(0)
    assert Provision.get_by_id(first).location == "room 9"
    assert drafts.load_all() == []


def test_letter_editor_asks_before_another_draft_and_a_lock_keeps_it(
    qtbot, controller, sandbox, answers
) -> None:
    from test_ui_binder import letters_page
    from test_ui_letters_case import make_letters_case

    from iepdesk.letters import drafts as letter_drafts
    from iepdesk.model import Letter

    path = make_letters_case(sandbox.documents)
    with Case.open(path, PASSPHRASE):
        today = dt.date.today()
        first = int(letter_drafts.create_draft("records-request", today=today).id)
        second = int(letter_drafts.create_draft("records-request", today=today).id)
    open_case(qtbot, controller, path)
    page = letters_page(controller)
    view = page.letters
    view.load(select_id=first)
    assert not page.has_unsaved_changes()
    view.editor.appendPlainText("A line not saved yet")
    answers.queue = [Choice.CANCEL]
    rows = [int(view.drafts.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(view.drafts.count())]
    view.drafts.setCurrentRow(rows.index(second))  # a click on the other draft
    assert len(answers.asked) == 1
    assert int(view.letter.id) == first and "A line not saved yet" in view.editor.toPlainText()

    controller.lock()
    with Case.open(path, PASSPHRASE):
        assert "A line not saved yet" not in Letter.get_by_id(first).body
    unlock_with(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    page = letters_page(controller)
    view = page.letters
    assert int(view.letter.id) == first and "A line not saved yet" in view.editor.toPlainText()
    assert view.status.text().startswith("Restored unsaved draft from ")
    answers.queue = [Choice.SAVE]
    controller.main_window.show_page(0)
    assert "A line not saved yet" in Letter.get_by_id(first).body
    assert drafts.load_all() == []


# ---- dialogs: Cancel / Esc with something typed asks --------------------------------------------------
def test_incident_dialog_asks_on_cancel(qtbot, answers) -> None:
    from PySide6.QtWidgets import QDialog

    from ui.incidents.incident_dialog import IncidentDialog

    dialog = IncidentDialog(lambda _day: [], ["Ms. Rivera"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not dialog.isVisible() and answers.asked == []

    dialog = IncidentDialog(lambda _day: [], ["Ms. Rivera"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.what, "No extended time on the math test")
    answers.queue = [Choice.CANCEL]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.what.toPlainText() == "No extended time on the math test"
    answers.queue = [Choice.DISCARD]
    dialog.reject()  # the Cancel button
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert len(answers.asked) == 2


def test_contact_dialog_save_from_the_question_accepts(qtbot, answers) -> None:
    from PySide6.QtWidgets import QDialog

    from ui.dialogs.contact import ContactDialog

    dialog = ContactDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Ms. Quennaby Rivera")
    answers.queue = [Choice.SAVE]
    dialog.close()  # the close box
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value().name == "Ms. Quennaby Rivera"


def test_day_dialog_note_asks_on_close_and_lock_asks_nothing(qtbot, controller, sandbox, answers) -> None:
    from test_ui_calendar_support import build_case, calendar_page, when_modal

    from iepdesk.model import ServiceLogEntry
    from ui.calendar.day_dialog import DayDialog

    ids = build_case(sandbox.documents)
    page = calendar_page(qtbot, controller, ids)
    view, grid = page.calendar, page.calendar.grid
    view.show_month(2026, 11, 10)
    grid.setFocus()

    def work(dialog: DayDialog) -> None:
        dialog.form.status.setCurrentIndex(dialog.form.status.findData("makeup"))
        dialog.form.note.setText("Make-up for the session missed on Tuesday")
        answers.queue = [Choice.CANCEL]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible() and ServiceLogEntry.select().count() == 0
        answers.queue = [Choice.SAVE]
        dialog.reject()

    done = when_modal(qtbot, work, DayDialog)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert done == ["done"] and len(answers.asked) == 2
    entries_saved = [(e.status, e.note) for e in ServiceLogEntry.select()]
    assert entries_saved == [("makeup", "Make-up for the session missed on Tuesday")]

    def lock_now(dialog: DayDialog) -> None:
        dialog.form.note.setText("typed, then the case locked")
        controller.lock()

    done = when_modal(qtbot, lock_now, DayDialog)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert done == ["done"] and controller.case is None
    assert len(answers.asked) == 2  # the lock closed the dialog without asking

    seen: dict[str, str] = {}

    def check_and_save(dialog: DayDialog) -> None:
        seen["note"], seen["mark"] = dialog.form.note.text(), dialog.form_box.title()
        seen["day"] = dialog.day.isoformat()
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        dialog.reject()  # nothing unsaved any more: closes without asking

    restored = when_modal(qtbot, check_and_save, DayDialog)
    unlock_with(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: restored == ["done"], timeout=WAIT_MS)
    assert seen["note"] == "typed, then the case locked" and seen["day"] == "2026-11-10"
    assert seen["mark"].startswith("Restored unsaved draft from ")
    assert len(answers.asked) == 2
    assert sorted(e.note for e in ServiceLogEntry.select()) == [
        "Make-up for the session missed on Tuesday",
        "typed, then the case locked",
    ]
    assert drafts.load_all() == []


def test_pasted_provider_log_asks_and_save_checks_the_lines_first(qtbot, answers) -> None:
    from ui.calendar.bulk_dialog import BulkDialog

    dialog = BulkDialog([(1, "Speech-language therapy")], 1, 2026)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText("3/2 seen 30\n3/4 absent")
    answers.queue = [Choice.SAVE]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.table.rowCount() == 2  # checked and shown, not saved unseen
    answers.queue = [Choice.DISCARD]
    dialog.reject()
    assert not dialog.isVisible()


def test_incident_dialog_open_at_lock_comes_back_after_unlock(qtbot, controller, case_path, answers) -> None:
    from test_ui_calendar_support import when_modal

    from iepdesk import incidents
    from ui.incidents.incident_dialog import IncidentDialog
    from ui.incidents.page import IncidentsPage

    open_case(qtbot, controller, case_path)
    window = controller.main_window
    page = next(p for p in window.pages if isinstance(p, IncidentsPage))
    window.show_page(window.pages.index(page))
    what = "No extended time on the math test; the aide was"

    def type_and_lock(dialog: IncidentDialog) -> None:
        qtbot.keyClicks(dialog.what, what)
        dialog.reported_by.setEditText("My child")
        controller.lock()  # idle: nobody there to answer a question

    done = when_modal(qtbot, type_and_lock, IncidentDialog)
    page.view.add_button.click()
    assert done == ["done"] and controller.case is None and answers.asked == []

    seen: dict[str, str] = {}

    def check_and_save(dialog: IncidentDialog) -> None:
        seen["what"] = dialog.what.toPlainText()
        seen["mark"] = dialog.problem.text()
        seen["by"] = dialog.reported_by.currentText()
        dialog.save_button.click()

    restored = when_modal(qtbot, check_and_save, IncidentDialog)
    unlock_with(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: restored == ["done"], timeout=WAIT_MS)
    assert seen["what"] == what and seen["by"] == "My child"
    assert seen["mark"].startswith("Restored unsaved draft from ")
    rows = incidents.find(None, None, None, "")
    assert [r.data().what_happened for r in rows] == [what]  # one record, made by Save, not by the lock
    assert drafts.load_all() == []


def test_team_member_dialog_open_at_lock_comes_back_after_unlock(
    qtbot, controller, case_path, answers
) -> None:
    from test_ui_calendar_support import when_modal

    from ui.dialogs.contact import ContactDialog
    from ui.settings import profile_ctl

    open_case(qtbot, controller, case_path)
    window = controller.main_window
    child_page(window, show=True)

    def type_and_lock(dialog: ContactDialog) -> None:
        qtbot.keyClicks(dialog.name, "Ms. Quennaby Rivera")
        dialog.email.setText("rivera@school.example")
        controller.lock()

    done = when_modal(qtbot, type_and_lock, ContactDialog)
    child_page(window).team.add_button.click()
    assert done == ["done"] and controller.case is None and answers.asked == []

    seen: dict[str, str] = {}

    def check_and_save(dialog: ContactDialog) -> None:
        seen["name"], seen["email"] = dialog.name.text(), dialog.email.text()
        seen["texts"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.save_button.click()

    restored = when_modal(qtbot, check_and_save, ContactDialog)
    unlock_with(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: restored == ["done"], timeout=WAIT_MS)
    assert (seen["name"], seen["email"]) == ("Ms. Quennaby Rivera", "rivera@school.example")
    assert "Restored unsaved draft from " in seen["texts"]
    assert [(c.name, c.email) for c in profile_ctl.list_contacts()] == [
        ("Ms. Quennaby Rivera", "rivera@school.example")
    ]
    assert drafts.load_all() == []


def test_idle_lock_while_the_question_is_open_keeps_the_draft(
    qtbot, controller, case_path, monkeypatch
) -> None:
    page = comms_page(qtbot, controller, case_path)
    start_typing(qtbot, page, CALL)

    def lock_while_asking(_question: str) -> Choice:
        controller.lock()  # the parent walked away from the question; the idle lock closes it
        return Choice.CANCEL

    monkeypatch.setattr(unsaved, "answer_for_tests", lock_while_asking)
    controller.main_window.show_page(0)
    assert controller.case is None
    monkeypatch.setattr(unsaved, "answer_for_tests", lambda _q: Choice.SAVE)
    unlock_with(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    page = next(p for p in controller.main_window.pages if isinstance(p, CommunicationsPage))
    assert entries_ctl.list_rows() == []
    assert page.form.body.toPlainText() == CALL and page.has_unsaved_changes()


def test_an_unreadable_typed_date_is_an_unsaved_change_and_its_draft_keeps_the_text(
    qtbot, controller, case_path, answers
) -> None:
    """A date the field cannot read has no value, but the parent typed it: leaving asks, and a lock
    keeps exactly what was typed (not an empty date)."""
    open_case(qtbot, controller, case_path)
    window = controller.main_window
    page = child_page(window, show=True)
    qtbot.keyClicks(page.form.date_of_birth.edit, "Febuary 30")
    assert page.form.date_of_birth.value() is None
    assert page.has_unsaved_changes()
    answers.queue = [Choice.CANCEL]
    window.show_page(0)
    assert window.stack.currentIndex() == child_page_index(window) and answers.asked

    controller.lock()
    unlock_with(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    page = child_page(controller.main_window)
    assert page.form.date_of_birth.edit.text() == "Febuary 30"
    assert page.status.text().startswith("Restored unsaved draft from ")
