"""The meeting binder: choose what goes in, build it off the GUI thread (Cancel works), save or print it."""

from __future__ import annotations

import datetime as dt
import logging
import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iepdesk.dates import DateTextError
from ui import messages
from ui.icons import icon
from ui.letters import binder_ctl as ctl
from ui.letters import output
from ui.letters.services import Services, documents_folder
from ui.letters.widgets import ChoiceList, hint
from ui.widgets.columns import Columns
from ui.widgets.date_field import DateField, require_readable
from ui.widgets.labels import note
from ui.widgets.optional_date import OptionalDateEdit
from ui.widgets.page_layout import readable_scroll, spacing

log = logging.getLogger(__name__)


def _date_edit(name: str) -> DateField:
    return DateField(name, dt.date.today())


class BinderView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._loaded = False
        self._pdf: bytes | None = None
        self._build_id = 0
        self._cancel = threading.Event()
        self.progress: QProgressDialog | None = None

        self.start = _date_edit(self.tr("Period from"))
        self.end = _date_edit(self.tr("Period to"))
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end)
        period.addStretch(1)
        self.sections: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for index, (section_id, _title) in enumerate(ctl.SECTIONS):
            box = QCheckBox(ctl.section_title(section_id))
            self.sections[section_id] = box
            grid.addWidget(box, index // 2, index % 2)
        self.documents = ChoiceList(
            self.tr("Documents to add at the back"), self.tr("No documents in the case yet.")
        )
        self.documents.setMaximumHeight(170)
        contents = QGroupBox(self.tr("What goes in"))
        contents_form = QFormLayout(contents)
        period_label = QLabel(self.tr("Pe&riod:"))
        period_label.setBuddy(self.start)
        contents_form.addRow(period_label, period)
        contents_form.addRow(QLabel(self.tr("Sections:")), grid)
        documents_label = QLabel(self.tr("D&ocuments:"))
        documents_label.setBuddy(self.documents)
        contents_form.addRow(documents_label, self.documents)

        self.meeting_date = OptionalDateEdit(self.tr("Meeting date"))
        self.prepared_by = QLineEdit()
        self.prepared_by.setAccessibleName(self.tr("Prepared by"))
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("Letter (US)"), "letter")
        self.page_size.addItem(self.tr("A4"), "a4")
        self.page_size.setAccessibleName(self.tr("Paper size"))
        # The binder's own language: a Spanish binder from an English window, or the other way round.
        self.language = QComboBox()
        for code, name in ctl.languages():
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language of the binder"))
        self.language.setToolTip(
            self.tr("The language the binder's headings, tables and dates are written in.")
        )
        self.duplex = QCheckBox(self.tr("&Double-sided printing"))
        self.duplex.setToolTip(self.tr("Each section starts on a right-hand page."))
        cover = QGroupBox(self.tr("Cover and printing"))
        cover_form = QFormLayout(cover)
        cover_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.prepared_by.setMinimumWidth(320)
        for text, field in (
            (self.tr("&Meeting date:"), self.meeting_date),
            (self.tr("Prepared b&y:"), self.prepared_by),
            (self.tr("Pap&er:"), self.page_size),
            (self.tr("Lan&guage:"), self.language),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            cover_form.addRow(label, field)
        cover_form.addRow(self.duplex)
        paper_note = hint(
            self.tr(
                "Double-sided: each section starts on a right-hand page. Letters you export use the "
                "same paper size."
            )
        )
        cover_form.addRow(paper_note)

        self.concerns = QPlainTextEdit()
        self.concerns.setAccessibleName(self.tr("Your concerns, for the binder"))
        self.concerns.setTabChangesFocus(True)
        self.concerns.setMinimumHeight(90)
        self.concerns.setMaximumHeight(180)
        self.from_letter = QPushButton(self.tr("Start from my &concerns letter"))
        self.from_letter.setAccessibleName(self.tr("Copy the text of your concerns letter here"))
        concerns = QGroupBox(self.tr("Your concerns"))
        concerns_layout = QVBoxLayout(concerns)
        concerns_layout.addWidget(
            note(self.tr("In your own words: what is not happening, and what you would like the team to do."))
        )
        concerns_layout.addWidget(self.concerns)
        concerns_layout.addWidget(self.from_letter, 0, Qt.AlignmentFlag.AlignLeft)

        self.build_button = QPushButton(self.tr("B&uild the binder"))
        self.build_button.setIcon(icon("book-open"))
        self.build_button.setAccessibleName(self.tr("Build the meeting binder as a PDF"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setIcon(icon("file-down"))
        self.save_button.setAccessibleName(self.tr("Save the binder as a PDF file"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setIcon(icon("printer"))
        self.print_button.setAccessibleName(self.tr("Print the binder"))
        self.print_button.setVisible(output.printing_available())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Binder status"))
        actions = QHBoxLayout()
        for button in (self.build_button, self.save_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        unencrypted = hint(
            self.tr("The saved or printed binder is not encrypted: keep it somewhere private.")
        )

        scroll, column = readable_scroll(1800, spacing(3))
        column.addWidget(
            note(
                self.tr(
                    "A printed record for the IEP meeting that the team can read in a few minutes. IEPDesk "
                    "remembers your choices for this case."
                )
            )
        )
        # What goes in beside the cover and the concerns in a wide window; one above the other when not.
        columns = Columns(1300)
        columns.left.addWidget(contents)
        columns.right.addWidget(cover)
        columns.right.addWidget(concerns)
        column.addWidget(columns)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(spacing(2), spacing(2), spacing(2), spacing(2))  # inside the tab's frame
        layout.addWidget(scroll, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(unencrypted)

        self.from_letter.clicked.connect(self._start_from_letter)
        self.build_button.clicked.connect(self.build)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_binder)
        self._set_pdf(None)

    # ---- the choices ------------------------------------------------------------------------------
    def load(self) -> None:
        today = self.services.today()
        chosen = ctl.options(today)
        self.start.setDate(chosen.start)
        self.end.setDate(chosen.end)
        for section_id, box in self.sections.items():
            box.setChecked(section_id in chosen.sections)
        self.documents.set_choices(ctl.document_choices(), chosen.document_ids)
        self.meeting_date.set_value(chosen.meeting_date)
        self.prepared_by.setText(chosen.prepared_by)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(chosen.page_size)))
        self.duplex.setChecked(chosen.duplex)
        self.set_language(ctl.window_language())
        self._set_concerns(chosen.concerns)
        self.status.setText("")
        self._loaded = True
        self.refresh_letter_button()

    def set_language(self, code: str) -> None:
        """Choose the binder's language ("en", "es"); an unknown code leaves the choice as it is."""
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def chosen_language(self) -> str:
        return str(self.language.currentData() or ctl.window_language())

    def refresh_letter_button(self) -> None:
        """A concerns letter may have been written on the Letters tab since the case opened."""
        self.from_letter.setEnabled(self._loaded and bool(ctl.concerns_letter_text()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_letter_button()

    def refresh_documents(self) -> None:
        """Documents may have been added elsewhere; keep the ticks already made."""
        if self._loaded:
            self.documents.set_choices(ctl.document_choices(), self.documents.checked_ids())

    def chosen(self) -> ctl.BinderOptions:
        require_readable(self.start, self.end, self.meeting_date)  # DateTextError: never other dates
        start, end = self.start.checked_value(), self.end.checked_value()
        return ctl.BinderOptions(
            start=min(start, end),
            end=max(start, end),
            sections=[s for s, box in self.sections.items() if box.isChecked()],
            document_ids=self.documents.checked_ids(),
            page_size=str(self.page_size.currentData() or "letter"),
            duplex=self.duplex.isChecked(),
            meeting_date=self.meeting_date.value(),
            prepared_by=self.prepared_by.text().strip(),
            concerns=self.concerns.toPlainText().strip(),
        )

    def _set_concerns(self, text: str) -> None:
        self.concerns.setPlainText(text)
        self.concerns.document().clearUndoRedoStacks()

    def _start_from_letter(self) -> None:
        text = ctl.concerns_letter_text()
        if not text:
            return
        current = self.concerns.toPlainText().strip()
        # Kept undoable (Ctrl+Z) so a click never loses what was typed.
        self.concerns.selectAll()
        self.concerns.insertPlainText(f"{current}\n\n{text}" if current else text)
        self.concerns.setFocus()

    def save_pending(self) -> None:
        if not self._loaded:
            return
        try:
            ctl.remember(self.chosen())
        except Exception as exc:  # locking must go on
            log.warning("binder choices not remembered: %s", type(exc).__name__)

    def clear(self) -> None:
        self._build_id += 1  # a build still running is not ours any more
        self._cancel.set()
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        self.services.tasks.wait()  # the case is about to lock: let the worker stop first
        self._loaded = False
        self.refresh_letter_button()
        self._set_pdf(None)
        self.documents.clear()
        self.prepared_by.clear()
        self.prepared_by.setModified(False)
        self._set_concerns("")
        self.meeting_date.set_value(None)
        self.status.setText("")
        self.build_button.setEnabled(True)

    # ---- building ---------------------------------------------------------------------------------
    def build(self) -> None:
        try:
            chosen = self.chosen()
        except DateTextError as exc:
            messages.show_error(self, self.tr("Not built"), exc)
            return
        if not chosen.sections and not chosen.document_ids:
            messages.show_error(self, self.tr("Nothing to build"), self.tr("Tick at least one section."))
            return
        try:
            ctl.remember(chosen)
        except Exception as exc:
            log.warning("binder choices not remembered: %s", type(exc).__name__)
        self._set_pdf(None)
        self._build_id += 1
        build_id = self._build_id
        self._cancel = cancel = threading.Event()
        language = self.chosen_language()
        self.build_button.setEnabled(False)
        self.status.setText(self.tr("Building the binder…"))
        dialog = QProgressDialog(
            self.tr("Gathering the case…"), self.tr("Cancel"), 0, ctl.PROGRESS_TOTAL, self
        )
        dialog.setWindowTitle(self.tr("Building the binder"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(380)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(self.tr("Building the binder"))
        dialog.canceled.connect(lambda: self._cancel_build(build_id))
        self.progress = dialog
        self.services.tasks.run(
            lambda report: ctl.build(chosen, cancel, report, language),
            on_done=lambda result: self._built(build_id, result),
            on_error=lambda exc: self._failed(build_id, exc),
            on_progress=lambda step, total: self._progressed(build_id, step, total),
            cancel=cancel.set,
            lock_waits=True,
        )
        dialog.show()

    def _progressed(self, build_id: int, step: int, total: int) -> None:
        dialog = self.progress
        if build_id != self._build_id or dialog is None or self._cancel.is_set():
            return
        # The core reports 0..100: gathering, then laying out (often), then the documents.
        if step < ctl.LAYOUT_FROM:
            label = self.tr("Gathering the case…")
        elif step < ctl.DOCUMENTS_FROM:
            label = self.tr("Laying out the pages…")
        elif step < total:
            label = self.tr("Adding the documents…")
        else:
            label = self.tr("Finishing…")
        dialog.setMaximum(max(1, total))
        dialog.setValue(step)
        dialog.setLabelText(label)

    def _cancel_build(self, build_id: int) -> None:
        if build_id != self._build_id:
            return
        self._cancel.set()
        self.status.setText(self.tr("Stopping…"))

    def _end_progress(self) -> None:
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        self.build_button.setEnabled(True)

    def _built(self, build_id: int, result: ctl.BinderResult) -> None:
        if build_id != self._build_id:
            return
        self._end_progress()
        self._set_pdf(result.pdf)
        text = self.tr("The binder is ready: {pages} pages.").format(pages=result.pages)
        if result.skipped:
            text += " " + self.tr("Not added (could not be read): {names}.").format(
                names=", ".join(result.skipped)
            )
        self.status.setText(text)
        self.save()

    def _failed(self, build_id: int, exc: BaseException) -> None:
        if build_id != self._build_id:
            return
        self._end_progress()
        if isinstance(exc, ctl.BinderCancelled):
            self.status.setText(self.tr("Cancelled. No binder was made and nothing was saved."))
            return
        self.status.setText(self.tr("The binder was not made."))
        messages.show_error(self, self.tr("The binder was not made"), exc)

    # ---- out of the app ---------------------------------------------------------------------------
    def _set_pdf(self, pdf: bytes | None) -> None:
        self._pdf = pdf
        self.save_button.setEnabled(pdf is not None)
        self.print_button.setEnabled(pdf is not None)

    def _suggested_name(self) -> str:
        day = self.meeting_date.value() or self.services.today()
        return self.tr("IEP meeting binder {day}.pdf").format(day=day.isoformat())

    def save(self) -> None:
        if self._pdf is None:
            return
        out = self.services.files.binder_pdf_path(self, documents_folder() / self._suggested_name())
        if out is None or self._pdf is None:
            return
        try:
            output.save_pdf(self._pdf, out)
        except Exception as exc:
            messages.show_error(self, self.tr("The binder was not saved"), exc)
            return
        self.status.setText(self.tr("Saved as {path}.").format(path=out))

    def print_binder(self) -> None:
        if self._pdf is None:
            return
        try:
            output.print_pdf(self, self._pdf, self.tr("Meeting binder"))
        except Exception as exc:
            messages.show_error(self, self.tr("Not printed"), exc)
