"""The bilingual letter in the window (issue 16): the wizard makes the English letter to send and the
parent's Spanish copy; both open side by side, each with its own save state and its own export."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QWizard
from test_ui_binder import letters_page
from test_ui_letters_case import make_letters_case
from ui_support import activate, open_case

from iepdesk.letters import drafts
from ui.letters.new_letter import NewLetterWizard
from ui.widgets import unsaved

GRABS = Path(os.environ.get("IEPDESK_GRABS", "/work/notes/grabs/letters-es"))
NOTE = "Nota para mi: preguntar por la terapia del martes."


def write_bilingual_concerns_letter(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """The wizard, by keys and clicks: concerns letter, in English, with a copy in Spanish."""
    seen: dict[str, object] = {}

    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, NewLetterWizard)
        kind = wizard.kind_page
        seen["default"] = kind.language.currentText()
        seen["box"] = kind.with_copy.text()
        kind.language.setFocus()
        qtbot.keyClick(kind.language, Qt.Key.Key_Home)  # English is first
        seen["box_after"] = kind.with_copy.text()
        seen["tab"] = kind.language.nextInFocusChain() is kind.with_copy  # Tab goes on to the box
        kind.with_copy.setFocus()
        qtbot.keyClick(kind.with_copy, Qt.Key.Key_Space)  # Space ticks it
        seen["checked"] = kind.with_copy.isChecked()
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)  # what it cites: the defaults
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)  # the details: none
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    page.tabs.setCurrentWidget(page.letters)
    page.letters.new_letter("concerns-letter")
    assert seen == {
        "default": "English",  # the window's language
        "box": "Also make a &copy in Spanish for me to read",
        "box_after": "Also make a &copy in Spanish for me to read",
        "checked": True,
        "tab": True,
    }


def _grab(view, window, name: str, width: int, height: int) -> Path:  # type: ignore[no-untyped-def]
    window.resize(width, height)
    QApplication.processEvents()
    GRABS.mkdir(parents=True, exist_ok=True)
    path = GRABS / f"{name}-{width}x{height}.png"
    assert window.grab().save(str(path))
    return path


def test_a_bilingual_letter_opens_side_by_side_and_each_saves_and_exports(
    qtbot, controller, files, sandbox, monkeypatch
) -> None:
    path = make_letters_case(sandbox.documents)
    open_case(qtbot, controller, path)
    page = letters_page(controller)
    view = page.letters
    write_bilingual_concerns_letter(qtbot, page)
    activate(qtbot, controller.main_window)

    # Two letters, linked: the list shows the one to send; its copy opens beside it.
    assert view.letter is not None and view.letter.language == "en"
    copy = drafts.copy_for(int(view.letter.id))
    assert copy is not None and copy.language == "es"
    assert view.drafts.count() == 1
    pane = view.copy_pane
    assert pane.isVisible() and view.send_heading.isVisible()
    assert view.send_heading.text() == "To send (English)"
    assert pane.heading.text() == "Your copy (Spanish)"  # named as the window speaks ("(español)" in Spanish)
    assert pane.editor.accessibleName() == "Your copy of the letter, in Spanish"
    assert view.editor.accessibleName() == "Letter text, to send, in English"
    assert "I am asking for an IEP meeting" in view.editor.toPlainText()
    assert "Solicito una reunión del IEP" in pane.editor.toPlainText()
    assert "Your copy in Spanish is beside it." in view.info.text()
    for width, height in ((1024, 700), (1920, 1080)):
        _grab(view, controller.main_window, "bilingual-letter", width, height)

    # Edit the copy: only the copy reads as not saved; its own Save keeps the letter as it is.
    pane.editor.setFocus()
    pane.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(pane.editor, NOTE)
    assert pane.save_button.isEnabled() and not view.save_button.isEnabled()
    assert view.has_unsaved_changes() and page.has_unsaved_changes()
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    assert not pane.save_button.isEnabled() and not view.has_unsaved_changes()
    assert [len(drafts.history(i)) for i in (int(view.letter.id), int(copy.id))] == [1, 2]
    assert drafts.get(int(copy.id)).body.endswith(NOTE)  # type: ignore[union-attr]

    # Export the copy: a PDF in Spanish, accents intact, its disclaimer and footer in Spanish.
    out = sandbox.documents / "copia.pdf"
    files.answers = [out]
    qtbot.mouseClick(pane.export_button, Qt.MouseButton.LeftButton)
    assert files.asked == ["letter"]
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(text.split())  # the Spanish disclaimer takes two lines of the footer
    assert "terapia del martes" in text and "reunión del IEP" in text and "Educación" in text
    assert "Esto no es asesoramiento legal." in text and "Página 1 de" in text
    assert "not legal advice" not in text
    assert "not encrypted" in pane.status.text()
    # The letter to send exports from the check panel, in English.
    english = sandbox.documents / "letter.pdf"
    files.answers = [english]
    qtbot.mouseClick(view.check_panel.export_button, Qt.MouseButton.LeftButton)
    sent = subprocess.run(["pdftotext", str(english), "-"], capture_output=True, text=True, check=True).stdout
    assert "This is not legal advice." in sent and "Esto no es" not in sent

    # Leaving with unsaved work in the copy asks, as for the letter (answered Save here).
    asked: list[str] = []

    def answer(question: str) -> unsaved.Choice:
        asked.append(question)
        return unsaved.Choice.SAVE

    monkeypatch.setattr(unsaved, "answer_for_tests", answer)
    qtbot.keyClicks(pane.editor, " Otra nota.")
    assert view.has_unsaved_changes()

    def cancel_wizard() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, NewLetterWizard)  # asked first, then the wizard opened
        wizard.reject()

    QTimer.singleShot(0, cancel_wizard)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert asked and len(drafts.history(int(copy.id))) == 3
    assert drafts.get(int(copy.id)).body.endswith("Otra nota.")  # type: ignore[union-attr]


def test_a_letter_without_a_copy_shows_one_pane(qtbot, controller, sandbox) -> None:
    path = make_letters_case(sandbox.documents)
    open_case(qtbot, controller, path)
    page = letters_page(controller)
    view = page.letters

    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, NewLetterWizard)
        assert not wizard.kind_page.with_copy.isChecked()
        wizard.accept()

    QTimer.singleShot(0, drive)
    view.new_letter("pwn-request")
    assert view.letter is not None and view.letter.copy_of is None
    assert view.copy_pane.isHidden() and view.send_heading.isHidden()
    assert view.editor.accessibleName() == "Letter text"
