"""Letters: what leaves the app (a PDF, a printed copy, copied text), marking a letter sent, and
leaving out what is outside a filing window. Mixed into LettersView, which holds the widgets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QWidget

from ui import messages
from ui.letters import letters_ctl as ctl
from ui.letters import output
from ui.letters.sent_dialog import SentDialog
from ui.letters.services import Services, documents_folder, safe_file_name

if TYPE_CHECKING:
    from ui.letters.letters_ctl import LetterRecord as Letter


class LetterOutputs:
    """The view's ways out. LettersView (a QWidget, first in its bases) provides what is declared here."""

    letter: Letter | None
    editor: QPlainTextEdit
    services: Services
    status: QLabel

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    if TYPE_CHECKING:

        def tr(self, text: str) -> str: ...
        def save(self) -> bool: ...
        def load(self, select_id: int | None = None) -> None: ...
        def _track(self, dialog: QDialog) -> int: ...

    # ---- out of the app ---------------------------------------------------------------------------
    def _ready(self) -> Letter | None:
        """The letter, saved first (what leaves the app is always in the history); on a shared copy,
        where nothing can be saved, the letter as it stands in the editor."""
        if self.services.read_only:
            return self.letter
        return self.letter if self.letter is not None and self.save() else None

    def leave_out_old(self) -> None:
        """Remove the lines marked as outside the filing window (one step the parent can undo)."""
        if self.letter is None:
            return
        text = self.editor.toPlainText()
        kept = ctl.leave_out_old(self.letter, text)
        if kept == text:
            return
        cursor = self.editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(kept)  # through the cursor, so Undo brings the lines back
        self.status.setText(self.tr("Left out what is outside the filing window. Undo brings it back."))

    def _missing_note(self) -> str:
        check = (
            ctl.check(self.letter, self.editor.toPlainText(), self.services.today()) if self.letter else None
        )
        if check is None:
            return ""
        note = ""
        if check.missing:
            note += " " + self.tr("Required elements missing: {n}; they show as marked placeholders.").format(
                n=len(check.missing)
            )
        if check.placeholders:
            note += " " + self.tr("Placeholders [like this] still in the text: {n}.").format(
                n=len(check.placeholders)
            )
        return note

    def export_pdf(self) -> None:
        letter = self._ready()
        if letter is None:
            return
        suggested = documents_folder() / f"{safe_file_name(str(letter.title))}.pdf"
        out = self.services.files.letter_pdf_path(self._widget(), suggested)
        if out is None or self.letter is None:
            return
        try:
            output.save_pdf(ctl.pdf(letter, self.editor.toPlainText(), self.services.today()), out)
        except Exception as exc:
            messages.show_error(self._widget(), self.tr("The PDF was not saved"), exc)
            return
        self.status.setText(
            self.tr("Saved as {name}. This copy is not encrypted.").format(name=out.name)
            + self._missing_note()
        )

    def copy_text(self) -> None:
        letter = self._ready()
        if letter is None:
            return
        self.services.copy_text(ctl.plain_text(letter, self.editor.toPlainText()))
        self.status.setText(
            self.tr("Copied as plain text, ready to paste into an email.") + self._missing_note()
        )

    def print_letter(self) -> None:
        letter = self._ready()
        if letter is None:
            return
        try:
            pdf = ctl.pdf(letter, self.editor.toPlainText(), self.services.today())
            printed = output.print_pdf(self._widget(), pdf, str(letter.title))
        except Exception as exc:
            messages.show_error(self._widget(), self.tr("Not printed"), exc)
            return
        if printed:
            self.status.setText(self.tr("Sent to the printer."))

    def mark_sent(self) -> None:
        letter = self._ready()
        if letter is None:
            return
        today = self.services.today()
        dialog = SentDialog(str(letter.kind), letter.sent_on or today, today, self._widget())
        if self._track(dialog) != QDialog.DialogCode.Accepted or self.letter is None:
            return
        try:
            ctl.mark_sent(int(letter.id), dialog.value())
        except Exception as exc:
            messages.show_error(self._widget(), self.tr("Not saved"), exc)
            return
        self.load(select_id=int(letter.id))
        self.status.setText(self.tr("Marked as sent on {day}.").format(day=ctl.day_text(dialog.value())))
