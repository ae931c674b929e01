"""Letters: written from the case, edited with history, checked, exported, copied, cleared on lock."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication
from test_ui_binder import letters_page
from test_ui_letters_case import INCIDENT_WORDS, SECRETS, make_letters_case
from ui_support import PASSPHRASE, WAIT_MS, activate, find_case_text, open_case

from iepdesk import drafts as form_drafts
from iepdesk.casefile import Case
from iepdesk.letters import drafts
from iepdesk.model import Letter
from ui.letters.history import HistoryDialog
from ui.letters.new_letter import NewLetterWizard
from ui.letters.sent_dialog import SentDialog

EDIT = "I also asked about this at pickup on Friday (zorbleflap)."


def write_state_complaint(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """Go through the new-letter wizard: state complaint, the newest incident, a resolution."""

    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, NewLetterWizard)
        assert wizard.kind_page.kind() == "state-complaint"
        wizard.next()
        incidents = wizard.cites_page.incidents
        assert INCIDENT_WORDS in incidents.item(0).text()
        incidents.item(0).setCheckState(Qt.CheckState.Checked)
        wizard.next()
        wizard.details_page.fields["resolution"].setPlainText("Make-up time on the tests")
        wizard.accept()

    QTimer.singleShot(0, drive)
    page.tabs.setCurrentWidget(page.letters)
    page.letters.new_letter("state-complaint")


def element_rows(page) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """label -> "✓" or "✗", as the checklist shows them."""
    rows = {}
    for row in range(page.letters.check_panel.elements.count()):
        text = page.letters.check_panel.elements.item(row).text()
        rows[text[3:]] = text[0]
    return rows


def test_edit_export_copy_and_restore_a_letter(qtbot, controller, files, sandbox) -> None:
    path = make_letters_case(sandbox.documents)  # no home address in the case
    open_case(qtbot, controller, path)
    controller.setParent(QApplication.instance())  # as in the app, so the page finds the clipboard guard
    page = letters_page(controller)
    view = page.letters
    write_state_complaint(qtbot, page)

    assert view.letter is not None and view.letter.kind == "state-complaint"
    assert INCIDENT_WORDS in view.editor.toPlainText()
    assert "Make-up time on the tests" in view.editor.toPlainText()
    rows = element_rows(page)
    assert rows["The child's address of residence (b)(4)(i)"] == "✗"
    assert rows["The name of the school (b)(4)(ii), (iii)"] == "✓"
    assert rows["A proposed resolution, to the extent known (b)(4)(v)"] == "✓"
    assert "34 CFR 300.153(b)" in view.check_panel.source.text()
    warnings = [view.check_panel.warnings.item(i).text() for i in range(view.check_panel.warnings.count())]
    assert any("copy of the complaint to the school district" in w for w in warnings)
    assert not view.legend.isHidden()  # placeholders are in the text, and marked

    # Edit in the app and save with Ctrl+S: the earlier text stays in the history.
    activate(qtbot, controller.main_window)  # the wizard has closed (a window manager does this)
    view.editor.setFocus()
    view.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(view.editor, EDIT)
    assert view.save_button.isEnabled()
    qtbot.keyClick(view.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not view.save_button.isEnabled()
    letter_id = int(view.letter.id)
    versions = drafts.history(letter_id)
    assert len(versions) == 2
    assert EDIT not in versions[0].body and EDIT in versions[1].body

    # Type in the address placeholder's place: the element turns present once the check reruns.
    text = view.editor.toPlainText().replace("[child's home address]", "12 Elm Street, Springfield")
    view.editor.setPlainText(text)
    qtbot.waitUntil(lambda: element_rows(page)["The child's address of residence (b)(4)(i)"] == "✓")
    view.editor.setPlainText(text.replace("12 Elm Street, Springfield", "[child's home address]"))
    qtbot.waitUntil(lambda: element_rows(page)["The child's address of residence (b)(4)(i)"] == "✗")

    # Export: the edit is in the PDF, the missing address shows as its placeholder.
    out = sandbox.documents / "complaint.pdf"
    files.answers = [out]
    qtbot.mouseClick(view.check_panel.export_button, Qt.MouseButton.LeftButton)
    assert files.asked == ["letter"]
    pdf_text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "zorbleflap" in pdf_text
    assert "[child's home address]" in pdf_text
    assert "not legal advice" in pdf_text
    assert "not encrypted" in view.status.text()
    assert "missing" in view.status.text()
    assert len(drafts.history(letter_id)) == 3  # what left the app was saved first

    # Copy as plain text for an email: through the clipboard guard, so locking clears it.
    clipboard = QGuiApplication.clipboard()
    qtbot.mouseClick(view.check_panel.copy_button, Qt.MouseButton.LeftButton)
    assert EDIT in clipboard.text()
    assert clipboard.text().rstrip().endswith("This is not legal advice.")
    assert controller.clipboard.holds_ours()

    # Restore the first version from the history.
    def restore_first() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, HistoryDialog)
        dialog.list.setCurrentRow(dialog.list.count() - 1)  # the oldest
        assert EDIT not in dialog.preview.toPlainText()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, restore_first)
    qtbot.mouseClick(view.history_button, Qt.MouseButton.LeftButton)
    assert EDIT not in view.editor.toPlainText()
    versions = drafts.history(letter_id)
    assert len(versions) == 4 and EDIT not in versions[-1].body
    view.editor.undo()  # the restore itself can be undone
    assert EDIT in view.editor.toPlainText()

    # Mark as sent.
    def accept_sent() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SentDialog)
        dialog.accept()

    QTimer.singleShot(0, accept_sent)
    qtbot.mouseClick(view.check_panel.sent_button, Qt.MouseButton.LeftButton)
    assert Letter.get_by_id(letter_id).sent_on == dt.date.today()
    assert "sent" in view.drafts.currentItem().text()

    # Lock: no widget shows case text, the editor has no undo history, the copied text is gone.
    view.editor.setPlainText(view.editor.toPlainText() + "\nUnsaved zorbleflap line")
    controller.lock()
    assert find_case_text(SECRETS) == []
    assert view.editor.toPlainText() == ""
    assert not view.editor.document().isUndoAvailable()
    assert clipboard.text() == ""
    with Case.open(path, PASSPHRASE):  # the unsaved edit is kept as a draft, not saved into the letter
        assert "Unsaved zorbleflap line" not in Letter.get_by_id(letter_id).body
        draft = form_drafts.load("letters")
        assert draft is not None and draft.values["letter_id"] == letter_id
        assert "Unsaved zorbleflap line" in draft.values["body"]


def test_a_state_complaint_with_the_home_address_has_the_element(qtbot, controller, sandbox) -> None:
    path = make_letters_case(sandbox.documents, home_address="12 Elm Street, Springfield")
    open_case(qtbot, controller, path)
    page = letters_page(controller)
    write_state_complaint(qtbot, page)
    assert "12 Elm Street, Springfield" in page.letters.editor.toPlainText()
    assert element_rows(page)["The child's address of residence (b)(4)(i)"] == "✓"


def test_locking_with_the_history_open_leaves_no_case_text(qtbot, controller, sandbox) -> None:
    path = make_letters_case(sandbox.documents)
    open_case(qtbot, controller, path)
    page = letters_page(controller)
    write_state_complaint(qtbot, page)
    view = page.letters

    def lock_while_open() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, HistoryDialog)
        assert INCIDENT_WORDS in dialog.preview.toPlainText()
        controller.lock()

    QTimer.singleShot(0, lock_while_open)
    qtbot.mouseClick(view.history_button, Qt.MouseButton.LeftButton)  # returns once locked
    qtbot.waitUntil(lambda: controller.case is None, timeout=WAIT_MS)
    assert find_case_text(SECRETS) == []
