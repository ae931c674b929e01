"""The parent's copy of a letter in the other language, beside the letter in the editor.

The copy is a letter of its own (its text, its history, its save state and its check, in its own
language); it is for the parent to read, so it is exported, copied or printed but never marked sent.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ui import messages
from ui.icons import icon
from ui.letters import letters_ctl as ctl
from ui.letters import output
from ui.letters.letters_ctl import LetterRecord as Letter
from ui.letters.placeholders import PlaceholderHighlighter, placeholders_in
from ui.letters.services import Services, documents_folder, safe_file_name
from ui.letters.widgets import hint
from ui.widgets.labels import heading
from ui.widgets.page_layout import flush

log = logging.getLogger(__name__)


class CopyPane(QWidget):
    """The copy's text with its own Save, its own check and its own ways out."""

    #: The copy's text changed (saved or not): the view asks before leaving unsaved work.
    edited = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.letter: Letter | None = None
        self._dirty = False
        self.heading = heading("", 1.1)
        self.heading.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumWidth(180)
        self.editor.document().setDocumentMargin(10)
        self.highlighter = PlaceholderHighlighter(self.editor.document())
        self.check = QLabel()
        self.check.setWordWrap(True)
        self.check.setAccessibleName(self.tr("Check of your copy"))
        self.save_button = QPushButton(self.tr("S&ave"))
        self.save_button.setIcon(icon("save"))
        self.save_button.setAccessibleName(self.tr("Save your copy's text"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setIcon(icon("file-down"))
        self.export_button.setAccessibleName(self.tr("Export your copy as a PDF file"))
        self.copy_button = QPushButton(self.tr("C&opy as text"))
        self.copy_button.setIcon(icon("copy"))
        self.copy_button.setAccessibleName(self.tr("Copy your copy as plain text"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setIcon(icon("printer"))
        self.print_button.setAccessibleName(self.tr("Print your copy"))
        self.print_button.setVisible(output.printing_available())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Your copy's status"))
        #: Two by two, or one under the other when the pane is narrow (resizeEvent).
        self.buttons = buttons = QGridLayout()
        self._columns = 0
        self._lay_out_buttons(2)
        layout = QVBoxLayout(self)
        flush(layout)
        layout.addWidget(self.heading)
        layout.addWidget(hint(self.tr("For you to read; the school gets the other one.")))
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.check)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        self.editor.textChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.export_button.clicked.connect(self.export_pdf)
        self.copy_button.clicked.connect(self.copy_text)
        self.print_button.clicked.connect(self.print_copy)
        self.show_copy(None)

    def _lay_out_buttons(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for index, button in enumerate(
            (self.save_button, self.export_button, self.copy_button, self.print_button)
        ):
            self.buttons.removeWidget(button)
            self.buttons.addWidget(button, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= 2 * max(
            b.sizeHint().width() for b in (self.copy_button, self.export_button)
        )
        self._lay_out_buttons(2 if wide else 1)

    # ---- what it shows ----------------------------------------------------------------------------
    def show_copy(self, letter: Letter | None, keep_text: bool = False) -> None:
        self.letter = letter
        self.setVisible(letter is not None)
        self.status.setText("")
        if letter is None:
            self._set_text("")
            self.check.setText("")
            return
        name = ctl.language_name(letter.language)
        self.heading.setText(self.tr("Your copy ({language})").format(language=name))
        self.editor.setAccessibleName(self.tr("Your copy of the letter, in {language}").format(language=name))
        if not keep_text:
            self._set_text(str(letter.body))
        self.refresh_check()

    def _set_text(self, text: str) -> None:
        blocked = self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.document().clearUndoRedoStacks()
        self.editor.blockSignals(blocked)
        self._set_dirty(False)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)

    def _edited(self) -> None:
        if self.letter is None:
            return
        self._set_dirty(True)
        self.status.setText(self.tr("Your copy is not saved yet."))
        self.edited.emit()

    def refresh_check(self) -> None:
        """The copy's own check, in its language: what is missing and the placeholders left."""
        if self.letter is None:
            return
        text = self.editor.toPlainText()
        try:
            check = ctl.check(self.letter, text, self.services.today())
        except Exception as exc:
            log.warning("check of the copy failed: %s", type(exc).__name__)
            return
        missing = [e.label for e in check.missing]
        parts = [
            self.tr("Missing: {what}.").format(what="; ".join(missing))
            if missing
            else self.tr("Every required part is there.")
        ]
        left = len(placeholders_in(text))
        if left:
            parts.append(self.tr("Placeholders [like this] still in the text: {n}.").format(n=left))
        self.check.setText(" ".join(parts))

    # ---- unsaved changes --------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.letter is not None and self.editor.toPlainText() != str(self.letter.body)

    def text(self) -> str:
        return self.editor.toPlainText()

    def restore_text(self, text: str) -> None:
        self.editor.setPlainText(text)  # signalled: the copy reads as not saved yet

    def discard(self) -> None:
        self.show_copy(self.letter)

    def save(self) -> bool:
        if self.letter is None:
            return False
        if not self._dirty and not self.has_unsaved_changes():
            return True
        try:
            ctl.save(int(self.letter.id), self.editor.toPlainText())
        except Exception as exc:
            messages.show_error(self, self.tr("Your copy was not saved"), exc)
            return False
        self._set_dirty(False)
        self.letter = ctl.get(int(self.letter.id))
        self.status.setText(self.tr("Your copy is saved. Earlier versions are kept."))
        return True

    # ---- out of the app ---------------------------------------------------------------------------
    def _ready(self) -> Letter | None:
        if self.services.read_only:  # a shared copy: the copy as it stands, nothing can be saved
            return self.letter
        return self.letter if self.letter is not None and self.save() else None

    def export_pdf(self) -> None:
        letter = self._ready()
        if letter is None:
            return
        suggested = documents_folder() / f"{safe_file_name(str(letter.title))}.pdf"
        out = self.services.files.letter_pdf_path(self, suggested)
        if out is None:
            return
        try:
            output.save_pdf(ctl.pdf(letter, self.editor.toPlainText(), self.services.today()), out)
        except Exception as exc:
            messages.show_error(self, self.tr("The PDF was not saved"), exc)
            return
        self.status.setText(self.tr("Saved as {name}. This copy is not encrypted.").format(name=out.name))

    def copy_text(self) -> None:
        letter = self._ready()
        if letter is None:
            return
        self.services.copy_text(ctl.plain_text(letter, self.editor.toPlainText()))
        self.status.setText(self.tr("Your copy is copied as plain text."))

    def print_copy(self) -> None:
        letter = self._ready()
        if letter is None:
            return
        try:
            pdf = ctl.pdf(letter, self.editor.toPlainText(), self.services.today())
            printed = output.print_pdf(self, pdf, str(letter.title))
        except Exception as exc:
            messages.show_error(self, self.tr("Not printed"), exc)
            return
        if printed:
            self.status.setText(self.tr("Sent to the printer."))
