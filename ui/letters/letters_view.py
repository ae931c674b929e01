"""Letters: the saved drafts, the editor with its placeholders marked, and the check beside it."""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from iepdesk import drafts as form_drafts
from iepdesk.letters.drafts import SavedLetter as Letter
from ui import messages
from ui.icons import icon
from ui.letters import kinds
from ui.letters import letters_ctl as ctl
from ui.letters.check_panel import CheckPanel
from ui.letters.copy_pane import CopyPane
from ui.letters.history import HistoryDialog
from ui.letters.letters_out import LetterOutputs
from ui.letters.new_letter import NewLetterWizard
from ui.letters.placeholders import PlaceholderHighlighter, placeholders_in
from ui.letters.services import Services
from ui.letters.widgets import hint
from ui.widgets import unsaved
from ui.widgets.empty_state import EmptyOr, EmptyState
from ui.widgets.labels import heading, note
from ui.widgets.page_layout import flush, spacing

log = logging.getLogger(__name__)


class _Forgetful(Protocol):
    def forget(self) -> None: ...


class LettersView(QWidget, LetterOutputs):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.letter: Letter | None = None
        # On a shared copy, the parent's copy of a letter made but not saved (its letter's id is 0).
        self._made_copy: Letter | None = None
        self._dirty = False
        self._dialogs: list[_Forgetful] = []

        self.new_button = QPushButton(self.tr("&New letter…"))
        self.new_button.setIcon(icon("plus"))
        self.new_button.setAccessibleName(self.tr("Write a new letter or complaint draft"))
        self.drafts = QListWidget()
        self.drafts.setAccessibleName(self.tr("Saved drafts"))
        self.drafts.setWordWrap(True)
        self.drafts.setSpacing(4)
        drafts_label = QLabel(self.tr("Saved &drafts:"))
        drafts_label.setBuddy(self.drafts)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        flush(left_layout)  # the new-letter button is the page's main action, in its header
        left_layout.addWidget(drafts_label)
        left_layout.addWidget(self.drafts, 1)

        self.title = heading("", 1.2)
        self.title.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setAccessibleName(self.tr("Kind of letter and whether it was sent"))
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Letter text"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumWidth(300)
        self.editor.document().setDocumentMargin(10)
        self.highlighter = PlaceholderHighlighter(self.editor.document())
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setIcon(icon("save"))
        self.save_button.setAccessibleName(self.tr("Save the letter text"))
        self.save_button.setToolTip(self.tr("Save the letter text (Ctrl+S). Every save is kept."))
        self.history_button = QPushButton(self.tr("Earlier &versions…"))
        self.history_button.setIcon(icon("history"))
        self.history_button.setAccessibleName(self.tr("See and restore earlier versions of this letter"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Letter status"))
        #: Save and Earlier versions: in a row, one above the other when the copy shares the width.
        self.buttons_row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.addWidget(self.save_button)
        row.addWidget(self.history_button)
        row.addWidget(self.status, 1)
        self.empty = note(
            self.tr(
                "Choose a saved draft, or write a new letter. IEPDesk fills it in from the case in plain, "
                "calm words; you can change every word before you send it."
            )
        )
        self.legend = hint(self.tr("Words in [brackets] are placeholders, marked in colour: replace them."))
        #: Over the letter when the parent's copy is beside it: "To send (English)".
        self.send_heading = heading("", 1.1)
        self.send_heading.setWordWrap(True)
        self.copy_pane = CopyPane(services)
        letter_column = QWidget()
        letter_layout = QVBoxLayout(letter_column)
        flush(letter_layout)
        letter_layout.addWidget(self.send_heading)
        letter_layout.addWidget(self.editor, 1)
        letter_layout.addWidget(self.legend)
        letter_layout.addLayout(row)
        #: The letter, and beside it the parent's copy in the other language when there is one.
        self.panes = QSplitter(Qt.Orientation.Horizontal)
        self.panes.addWidget(letter_column)
        self.panes.addWidget(self.copy_pane)
        self.panes.setChildrenCollapsible(False)
        center = QWidget()
        center_layout = QVBoxLayout(center)
        flush(center_layout)
        center_layout.addWidget(self.empty)
        center_layout.addWidget(self.title)
        center_layout.addWidget(self.info)
        center_layout.addWidget(self.panes, 1)
        center_layout.addStretch(0)  # keeps the note at the top when no letter is open

        self.check_panel = CheckPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left, center, self.check_panel):
            splitter.addWidget(widget)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 420, 250])
        left.setMinimumWidth(160)
        self.check_panel.setMinimumWidth(220)
        #: No letter yet: what letters are for, and the one most parents start with.
        self.empty_state = EmptyState(
            self.tr(
                "No letters yet. IEPDesk drafts them from the case in plain, calm words, and you change "
                "any word before you send. Most parents start by asking for a meeting."
            ),
            self.tr("Write a &concerns letter"),
        )
        self.empty_state.setObjectName("lettersEmpty")
        self.body = EmptyOr(splitter, self.empty_state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(spacing(2), spacing(2), spacing(2), spacing(2))  # inside the tab's frame
        layout.addWidget(self.body)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(300)
        self._check_timer.timeout.connect(self._refresh_check)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save_both)

        self.new_button.clicked.connect(lambda: self.new_letter())
        self.empty_state.action_clicked.connect(lambda: self.new_letter("concerns-letter"))
        self.drafts.currentItemChanged.connect(self._draft_chosen)
        self.editor.textChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.history_button.clicked.connect(self.show_history)
        self.check_panel.export_requested.connect(self.export_pdf)
        self.check_panel.copy_requested.connect(self.copy_text)
        self.check_panel.print_requested.connect(self.print_letter)
        self.check_panel.sent_requested.connect(self.mark_sent)
        self.check_panel.leave_out_requested.connect(self.leave_out_old)
        self._show_letter(None)

    # ---- loading and clearing ---------------------------------------------------------------------
    def load(self, select_id: int | None = None) -> None:
        shown = int(self.letter.id) if self.letter is not None else None
        wanted = select_id if select_id is not None else shown
        blocked = self.drafts.blockSignals(True)
        self.drafts.clear()
        for letter in ctl.letters():
            sent = (
                self.tr("sent {day}").format(day=ctl.day_text(letter.sent_on))
                if letter.sent_on
                else self.tr("not sent yet")
            )
            item = QListWidgetItem(f"{letter.title}\n{kinds.kind_label(str(letter.kind))} · {sent}")
            item.setData(Qt.ItemDataRole.UserRole, int(letter.id))
            self.drafts.addItem(item)
            if wanted is not None and int(letter.id) == wanted:
                self.drafts.setCurrentItem(item)
        if self.drafts.currentItem() is None and self.drafts.count():
            self.drafts.setCurrentRow(0)  # the most recently changed draft
        self.drafts.blockSignals(blocked)
        self.body.show_empty(self.drafts.count() == 0)
        item = self.drafts.currentItem()
        letter_id = int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        unsaved_edit = self._dirty or self.copy_pane.has_unsaved_changes()
        keep = unsaved_edit and letter_id is not None and letter_id == shown  # an unsaved edit stays
        self._show_letter(ctl.get(letter_id) if letter_id is not None else None, keep_text=keep)

    def clear(self) -> None:
        for dialog in list(self._dialogs):
            dialog.forget()
        self._check_timer.stop()
        self.drafts.clear()
        self.body.show_empty(False)  # nothing of the case, not even that it has no letters
        self._show_letter(None)

    # ---- unsaved changes (ui.widgets.unsaved): asked on leaving, kept as a draft on locking --------
    def _letter_unsaved(self) -> bool:
        return self.letter is not None and self.editor.toPlainText() != str(self.letter.body)

    def has_unsaved_changes(self) -> bool:
        """The letter's text or its copy's differs from what is saved."""
        return self._letter_unsaved() or self.copy_pane.has_unsaved_changes()

    def save_unsaved(self) -> bool:
        if self._letter_unsaved():
            self._set_dirty(True)  # compared, not signalled: save what differs
            if not self.save():
                return False
        return self.copy_pane.save() if self.copy_pane.letter is not None else True

    def save_both(self) -> None:
        """Ctrl+S: the letter and its copy, each saved as its own new version."""
        if self.save() and self.copy_pane.letter is not None:
            self.copy_pane.save()

    def discard_unsaved(self) -> None:
        self._show_letter(self.letter)
        self.status.setText(self.tr("Changes discarded."))

    def draft_values(self) -> dict[str, Any] | None:
        if not self.has_unsaved_changes() or self.letter is None:
            return None
        values: dict[str, Any] = {"letter_id": int(self.letter.id), "body": self.editor.toPlainText()}
        if self.copy_pane.has_unsaved_changes():
            values["copy_body"] = self.copy_pane.text()
        return values

    def restore_draft(self, values: dict[str, Any], saved_at: str) -> bool:
        letter_id, body = values.get("letter_id"), values.get("body")
        if not isinstance(letter_id, int) or not isinstance(body, str):
            return False
        self.load(select_id=letter_id)
        if self.letter is None or int(self.letter.id) != letter_id:
            return False  # the letter was deleted since
        if body != str(self.letter.body):
            self.editor.setPlainText(body)  # signalled: the letter reads as not saved yet
        copy_body = values.get("copy_body")
        if isinstance(copy_body, str) and self.copy_pane.letter is not None:
            self.copy_pane.restore_text(copy_body)
        self.status.setText(unsaved.restored_text(saved_at))
        return self.has_unsaved_changes()

    def _settled(self) -> bool:
        return unsaved.resolve(self, self, self.tr("The letter you are editing"))

    def _show_letter(self, letter: Letter | None, keep_text: bool = False) -> None:
        self.letter = letter
        has = letter is not None
        for widget in (self.title, self.info, self.editor, self.save_button, self.history_button):
            widget.setVisible(has)
        self.legend.setVisible(False)
        self.empty.setVisible(not has)
        self.check_panel.setVisible(has)
        self.status.setText("")
        if letter is None or int(letter.id) != 0:
            self._made_copy = None
        copy = self._made_copy if letter is not None and int(letter.id) == 0 else None
        if letter is not None and int(letter.id) != 0:
            copy = ctl.copy_for(int(letter.id))
        keep_copy = keep_text and copy is not None and self.copy_pane.has_unsaved_changes()
        self.copy_pane.show_copy(copy, keep_text=keep_copy)
        self.send_heading.setVisible(copy is not None)
        self.editor.setMinimumWidth(180 if copy is not None else 300)  # two panes share the room
        self.buttons_row.setDirection(
            QBoxLayout.Direction.TopToBottom if copy is not None else QBoxLayout.Direction.LeftToRight
        )
        if letter is None:
            self.title.setText("")
            self.info.setText("")
            self._set_text("")
            self.check_panel.show_check(None)
            return
        self.send_heading.setText(
            self.tr("To send ({language})").format(language=ctl.language_name(letter.language))
        )
        self.editor.setAccessibleName(
            self.tr("Letter text, to send, in {language}").format(language=ctl.language_name(letter.language))
            if copy is not None
            else self.tr("Letter text")
        )
        self.title.setText(str(letter.title))
        self._show_info()
        if not keep_text:
            self._set_text(str(letter.body))
        self._refresh_check()

    def _set_text(self, text: str) -> None:
        blocked = self.editor.blockSignals(True)
        self.editor.setPlainText(text)  # also empties the undo history
        self.editor.document().clearUndoRedoStacks()
        self.editor.blockSignals(blocked)
        self._set_dirty(False)

    def _show_info(self) -> None:
        letter = self.letter
        if letter is None:
            return
        sent = (
            self.tr("Sent on {day}.").format(day=ctl.day_text(letter.sent_on))
            if letter.sent_on
            else self.tr("Not sent yet.")
        )
        text = f"{kinds.kind_label(str(letter.kind))}. {sent}"
        if self.copy_pane.letter is not None:
            text += " " + self.tr("Your copy in {language} is beside it.").format(
                language=ctl.language_name(self.copy_pane.letter.language)
            )
        self.info.setText(text)

    # ---- editing ----------------------------------------------------------------------------------
    def _draft_chosen(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if not self._settled():  # Cancel: back to the letter being edited
            if previous is not None:  # with none shown before, nothing was unsaved
                blocked = self.drafts.blockSignals(True)
                self.drafts.setCurrentItem(previous)
                self.drafts.blockSignals(blocked)
            return
        letter = ctl.get(int(item.data(Qt.ItemDataRole.UserRole))) if item is not None else None
        self._show_letter(letter)

    def _edited(self) -> None:
        if self.letter is None:
            return
        self._set_dirty(True)
        self.status.setText(self.made_not_saved() if self.services.read_only else self.tr("Not saved yet."))
        self._check_timer.start()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)

    def _refresh_check(self) -> None:
        if self.letter is None:
            return
        text = self.editor.toPlainText()
        placeholders = len(placeholders_in(text))
        self.legend.setVisible(placeholders > 0)
        try:
            check = ctl.check(self.letter, text, self.services.today())
        except Exception as exc:
            log.warning("letter check failed: %s", type(exc).__name__)
            return
        self.check_panel.show_check(check, placeholders)

    def save(self) -> bool:
        if self.letter is None:
            return False
        if not self._dirty:
            return True
        if self.services.read_only:  # nothing can be saved in a shared copy: say so, do not try
            self.status.setText(self.made_not_saved())
            return False
        try:
            ctl.save(int(self.letter.id), self.editor.toPlainText())
        except Exception as exc:
            messages.show_error(self, self.tr("Not saved"), exc)
            return False
        self._set_dirty(False)
        self.letter = ctl.get(int(self.letter.id))
        self.status.setText(self.tr("Saved. Earlier versions are kept."))
        try:
            form_drafts.clear("letters")  # a draft kept at the last lock is this letter's, now saved
        except Exception as exc:
            log.warning("draft not cleared: %s", type(exc).__name__)
        return True

    def _track(self, dialog: QDialog) -> int:
        """Run a dialog; while it is open, locking can tell it to forget what it shows."""
        self._dialogs.append(dialog)  # type: ignore[arg-type]
        try:
            return dialog.exec()
        finally:
            self._dialogs.remove(dialog)  # type: ignore[arg-type]
            dialog.deleteLater()

    def new_letter(self, kind: str = "") -> None:
        if not self._settled():
            return
        wizard = NewLetterWizard(self.services.today(), kind, self)
        value = wizard.value() if self._track(wizard) == QDialog.DialogCode.Accepted else None
        if value is None:
            return
        if self.services.read_only:
            self._make_unsaved(
                value.kind, value.selection, value.details, value.language, value.copy_language
            )
            return
        try:
            letter = ctl.create(
                value.kind,
                value.selection,
                value.details,
                self.services.today(),
                value.language,
                value.copy_language,
            )
        except Exception as exc:
            messages.show_error(self, self.tr("The draft was not written"), exc)
            return
        self.load(select_id=int(letter.id))
        self.editor.setFocus()

    def _make_unsaved(
        self,
        kind: str,
        selection: ctl.Selection,
        details: dict[str, str],
        language: str,
        copy_language: str | None,
    ) -> None:
        """A shared copy: the letter is made from its facts and shown to export, print or copy; nothing
        is saved in the copy."""
        try:
            letter, copy = ctl.make(kind, selection, details, self.services.today(), language, copy_language)
        except Exception as exc:
            messages.show_error(self, self.tr("The letter was not made"), exc)
            return
        blocked = self.drafts.blockSignals(True)
        self.drafts.setCurrentRow(-1)  # the letters saved in the copy: none of them is shown now
        self.drafts.blockSignals(blocked)
        self.body.show_empty(False)
        self._made_copy = copy
        self._show_letter(letter)
        self.status.setText(self.made_not_saved())
        self.editor.setFocus()

    def made_not_saved(self) -> str:
        return self.tr("This is a shared copy: the letter is made, not saved in it.")

    def show_history(self) -> None:
        if self.letter is None or not self.save():
            return
        letter_id = int(self.letter.id)
        dialog = HistoryDialog(ctl.history(letter_id), self)
        accepted = self._track(dialog) == QDialog.DialogCode.Accepted
        if accepted and dialog.chosen_text is not None and self.letter is not None:
            cursor = self.editor.textCursor()  # one undoable edit, then saved as a new version
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(dialog.chosen_text)
            cursor.endEditBlock()
            self._set_dirty(True)
            self.save()
            self.status.setText(self.tr("The earlier version is back, saved as the newest one."))
