"""The Documents area: files kept inside the encrypted case, with filters, preview, details, export."""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from iepdesk.drafts import Draft
from iepdesk.errors import UsageError
from iepdesk.vault import library, store
from iepdesk.vault.eml import Attachment
from ui import messages
from ui.shell.case_page import CasePage
from ui.shell.services import Services
from ui.vault import documents_ctl, link_dialog
from ui.vault.drop import FileDropFilter
from ui.vault.importer import Importer, ImportOutcome, release_thread_connection
from ui.vault.page_view import DocumentsView
from ui.vault.photo_flow import PhotoFlow, PhotoOutcome, add_photo_bytes, is_photo
from ui.widgets import unsaved
from ui.widgets.read_only import hold_read_only

log = logging.getLogger(__name__)


def title() -> str:
    return QCoreApplication.translate("MainWindow", "Documents")


def make_page(services: Services) -> CasePage:
    page = DocumentsPage(services)
    view, details = page.view, page.view.details
    hold_read_only(  # a shared copy (ui.widgets.read_only): reading and exporting documents stay on
        services.read_only,
        view.add_files_button,
        view.add_folder_button,
        view.delete_button,
        details.save_button,
        details.add_link_button,
        details.remove_link_button,
    )
    return page


class DocumentsPage(CasePage):
    draft_form = "documents"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = services.files
        self.importer = Importer(services.tasks, self)
        self.photos = PhotoFlow(services.tasks, self)  # a photo's date and links are asked (issue 18)
        self.view = DocumentsView(self)
        d = self.view.details  # what the details held when shown or saved: see has_unsaved_changes
        self._details = unsaved.Snapshot(
            {"title": d.title, "date": d.date, "kind": d.kind, "tags": d.tags, "notes": d.notes}
        )
        self._open = False
        self._folder = Path.home()
        self._window: QWidget | None = None
        self.drop = FileDropFilter(self)
        self.drop.watch(self)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)

        v = self.view
        v.add_files_button.clicked.connect(self.add_files)
        v.empty.action_clicked.connect(self.add_files)  # the empty list's first step
        v.add_folder_button.clicked.connect(self.add_folder)
        v.export_button.clicked.connect(self.export_selected)
        v.delete_button.clicked.connect(self.delete_selected)
        v.kind_filter.activated.connect(lambda _i: self.refresh())
        v.tag_filter.activated.connect(lambda _i: self.refresh())
        v.words.textChanged.connect(lambda _t: self._filter_timer.start())
        self._filter_timer.timeout.connect(self.refresh)
        v.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        v.info.linkActivated.connect(self._link_activated)
        v.details.save_requested.connect(self.save_details)
        v.details.add_link_requested.connect(self.add_links)
        v.details.remove_link_requested.connect(self.remove_link)
        v.preview.email.add_attachment_requested.connect(self.add_attachment)
        self.drop.dropped.connect(self._dropped)
        self.importer.imported.connect(self._imported)
        self.importer.cancelled.connect(
            lambda: self._say(self.tr("Adding was cancelled; nothing was added."))
        )
        self.importer.failed.connect(self._not_added)
        self.importer.indexing.connect(self._indexing)
        self.photos.finished.connect(self._photos_added)
        self._current_id: int | None = None

    # ---- CasePage ---------------------------------------------------------------------------------
    def load(self) -> None:
        self._open = True
        self.importer.resume()
        window = self.window()
        if window is not self and window is not self._window:
            self._window = window
            self.drop.watch(window)  # files dropped anywhere on the window come here
        self._fill_tags()
        self.refresh()

    def save_pending(self) -> None:
        self.photos.cancel()
        self.importer.stop_and_wait()

    # ---- unsaved changes (ui.widgets.unsaved): asked on leaving, kept as a draft on locking --------
    def has_unsaved_changes(self) -> bool:
        return self._open and self.view.details.document_id is not None and self._details.changed()

    def save_unsaved(self) -> bool:
        try:
            self._save_details(quiet=True)
        except Exception as exc:
            messages.show_error(self, self.tr("Not saved"), exc)
            return False
        return True

    def discard_unsaved(self) -> None:
        self._forget_draft()
        self._show_details(self.view.details.document_id)
        self.view.details.status.setText(self.tr("Changes discarded."))

    def draft_values(self) -> dict[str, Any] | None:
        if not self.has_unsaved_changes():
            return None
        return {"document_id": self.view.details.document_id, "fields": self._details.values()}

    def restore_draft(self, draft: Draft) -> bool:
        doc_id, values = draft.values.get("document_id"), draft.values.get("fields")
        if not self._open or not isinstance(doc_id, int) or not isinstance(values, dict):
            return False
        self.view.reset_filters()
        self.refresh(select_id=doc_id)
        if self._current_id != doc_id:
            return False  # the document was deleted since
        self._details.apply(values)
        if not self._details.changed():
            return False
        details = self.view.details
        details.dirty = True
        details.save_button.setEnabled(bool(details.title.text().strip()))
        details.status.setText(unsaved.restored_text(draft.saved_at))
        return True

    def _forget_draft(self) -> None:
        unsaved.forget_draft(self.draft_form)

    def _show_details(self, doc_id: int | None) -> None:
        row = documents_ctl.get_row(doc_id) if doc_id is not None else None
        self.view.details.set_document(
            row, documents_ctl.links_of(doc_id) if row and doc_id is not None else []
        )
        self._details.take()

    def clear(self) -> None:
        self._open = False
        self.photos.cancel()
        self.importer.cancel()
        self._current_id = None
        self.view.clear()

    def show_record(self, kind: str, record_id: int) -> bool:
        """Select a document (from search). True when it is shown."""
        if kind != "document" or not self._open:
            return False
        self.view.reset_filters()
        self.refresh(select_id=record_id)
        return self._current_id == record_id

    # ---- list -------------------------------------------------------------------------------------
    def _fill_tags(self) -> None:
        self.view.set_tags(documents_ctl.all_tags())

    def refresh(self, select_id: int | None = None) -> None:
        if not self._open:
            return
        keep = select_id if select_id is not None else self._current_id
        kind, tag, words = self.view.filters()
        rows = documents_ctl.list_rows(kind, tag, words)
        self.view.set_rows(rows, filtered=bool(kind or tag or words.strip()))
        self.view.select(keep)
        self._selection_changed()

    def _selection_changed(self) -> None:
        if not self._open:
            return
        selected = self.view.selected_ids()
        self.view.update_buttons(len(selected))
        new_id = selected[0] if len(selected) == 1 else None
        if new_id == self._current_id:
            return
        if self.has_unsaved_changes():
            if not unsaved.resolve(self, self, self.tr("The document's details")):
                self.view.select(self._current_id)  # Cancel: back to the details being edited
                return
            self._current_id = None
            self.refresh(select_id=new_id)  # the list shows the saved change, then the chosen document
            return
        self._current_id = new_id
        row = documents_ctl.get_row(new_id) if new_id is not None else None
        self.view.details.set_document(
            row, documents_ctl.links_of(new_id) if row and new_id is not None else []
        )
        self._details.take()
        if row is None:
            self.view.preview.clear()
            return
        self.view.preview.show_document(row, store.read_bytes)

    # ---- adding -----------------------------------------------------------------------------------
    def add_files(self) -> None:
        paths = self.files.files_to_add(self, self._folder)
        if paths:
            self._folder = paths[0].parent
            self.add_paths(paths)

    def add_folder(self) -> None:
        folder = self.files.folder_to_add(self, self._folder)
        if folder is not None:
            self._folder = folder
            self.add_paths([folder])

    def _dropped(self, paths: list[Path]) -> None:
        window = self.window()
        pages = getattr(window, "pages", [])
        if self in pages and hasattr(window, "show_page"):
            window.show_page(pages.index(self))
        self.add_paths(paths)

    def add_paths(self, paths: list[Path]) -> None:
        if not self._open:
            return
        # A photo picked or dropped on its own is asked about (its date, that day's sessions); the
        # photos inside a folder are added with the date they hold, without location, unasked.
        photos = [p for p in paths if is_photo(p.name) and p.is_file()]
        others = [p for p in paths if p not in photos]
        busy = bool(photos) and not self.photos.start(photos)
        busy = (bool(others) and not self.importer.start(self, others)) or busy
        if busy:
            self._say(self.tr("Files are already being added. Wait for that to finish, then try again."))

    def _photos_added(self, outcome: PhotoOutcome) -> None:
        if not self._open:
            return
        text = outcome.text()
        if text:
            self.view.show_info(text)
        self._fill_tags()
        self.refresh(select_id=outcome.added[0] if outcome.added else None)

    def _imported(self, outcome: ImportOutcome) -> None:
        if not self._open:
            return
        parts: list[str] = []
        if outcome.added:
            n = len(outcome.added)
            added = self.tr("Added 1 file.") if n == 1 else self.tr("Added {n} files.").format(n=n)
            parts.append(html.escape(added))
        for dup in outcome.duplicates:
            parts.append(
                self.tr("{name} is already in the case as {link}; it was not stored twice.").format(
                    name=html.escape(dup.name),
                    link=f'<a href="doc:{dup.existing_id}">{html.escape(dup.existing_title)}</a>',
                )
            )
        if outcome.errors:
            names = ", ".join(html.escape(n) for n in outcome.errors)
            parts.append(self.tr("Could not be read: {names}.").format(names=names))
        if not parts:
            parts.append(html.escape(self.tr("There were no files to add.")))
        self.view.show_info("<br>".join(parts))
        self._fill_tags()
        self.refresh(select_id=outcome.added[0] if outcome.added else None)

    def add_attachment(self, attachment: Attachment) -> None:
        email_id = self._current_id
        if not self._open or email_id is None:
            return
        if is_photo(attachment.filename or ""):
            self._add_photo_attachment(attachment, email_id)
            return
        try:
            result = store.import_bytes(attachment.data, attachment.filename or "attachment")
            if result.document is not None:
                new_id = int(result.document.id)
                library.link("document", new_id, "document", email_id)
                self.importer.index_later([new_id])  # its text, for search, in the background
        except Exception as exc:
            messages.show_error(self, self.tr("Attachment not added"), exc)
            return
        self._say_attachment_added(attachment, result, email_id)

    def _say_attachment_added(self, attachment: Attachment, result: Any, email_id: int) -> None:
        """Say where the attachment now is (a new document, or the one it already was), then show
        the email again."""
        target = result.document or result.duplicate_of
        if target is None:
            return
        name = html.escape(attachment.filename)
        link = f'<a href="doc:{int(target.id)}">{html.escape(str(target.title))}</a>'
        text = (
            self.tr("{name} was added as its own document: {link}.")
            if result.document is not None
            else self.tr("{name} is already in the case as {link}; it was not stored twice.")
        )
        self.view.show_info(text.format(name=name, link=link))
        self.refresh(select_id=email_id)

    def _add_photo_attachment(self, attachment: Attachment, email_id: int) -> None:
        """A photo in an email is read in its bounded child process (off this thread) and kept
        without its location data, as a photo from a folder is."""

        def work(_report: object) -> library.AddResult:
            try:
                return add_photo_bytes(attachment.data, attachment.filename, linked_to=email_id)
            finally:
                release_thread_connection()

        def done(result: library.AddResult) -> None:
            if not self._open:
                return
            if result.error:
                self.view.show_info(html.escape(result.error))
                return
            self._say_attachment_added(attachment, result, email_id)

        self.importer.runner.run(
            work,
            on_done=done,
            on_error=lambda exc: messages.show_error(self, self.tr("Attachment not added"), exc),
        )

    def _link_activated(self, href: str) -> None:
        if href.startswith("doc:"):
            self.show_record("document", int(href[4:]))

    def _indexing(self, waiting: int) -> None:
        if self._open:
            text = (
                self.tr("Making 1 large document searchable…")
                if waiting == 1
                else self.tr("Making {n} large documents searchable…").format(n=waiting)
            )
            self.view.set_status(text if waiting else "")
            if not waiting:
                self.refresh()

    # ---- details and links ------------------------------------------------------------------------
    def save_details(self) -> None:
        try:
            self._save_details(quiet=False)
        except Exception as exc:
            messages.show_error(self, self.tr("Not saved"), exc)

    def _save_details(self, quiet: bool) -> None:
        details = self.view.details
        if details.document_id is None or not (details.dirty or self._details.changed()):
            return
        details.check_dates()  # a date that cannot be read stops the save, named
        title_text, doc_date, kind, tags, notes = details.values()
        if not title_text.strip():
            raise UsageError(self.tr("A document needs a title."))
        documents_ctl.save_details(details.document_id, title_text, doc_date, kind, tags, notes)
        details.mark_saved(self.tr("Saved."))
        self._details.take()
        self._forget_draft()
        if not quiet:
            self._fill_tags()
            self.refresh()

    def add_links(self) -> None:
        doc_id = self._current_id
        if doc_id is None:
            return
        kinds = ("iep_version", "incident", "communication", "log_entry", "provision")
        existing = [(k, i) for k, i, _ in documents_ctl.links_of(doc_id)]
        chosen = link_dialog.pick(self, kinds, self.tr("Link the document to…"), exclude=existing)
        if chosen and self._open:
            documents_ctl.add_links(doc_id, chosen)
            self.view.details.set_links(documents_ctl.links_of(doc_id))

    def remove_link(self, kind: str, record_id: int) -> None:
        if self._current_id is not None:
            documents_ctl.remove_link(self._current_id, kind, record_id)
            self.view.details.set_links(documents_ctl.links_of(self._current_id))

    # ---- export and delete ------------------------------------------------------------------------
    def export_selected(self) -> None:
        ids = self.view.selected_ids()
        if not ids or not messages.confirm(
            self,
            self.tr("Export"),
            self.tr("The exported copies are not encrypted: anyone who can open that folder can read them."),
            yes=self.tr("Choose a folder…"),
        ):
            return
        folder = self.files.export_folder(self, self._folder)
        if folder is None:
            return
        self._folder = folder

        def work(_report: object) -> documents_ctl.ExportResult:
            try:
                return documents_ctl.export(ids, folder)
            finally:
                release_thread_connection()

        self.importer.runner.run_with_dialog(
            self, self.tr("Saving copies…"), work, on_done=self._exported,
            on_error=lambda exc: messages.show_error(self, self.tr("Not exported"), exc),
            lock_waits=True,
        )  # fmt: skip

    def _exported(self, result: documents_ctl.ExportResult) -> None:
        if not self._open:
            return
        n = len(result.written)
        folder = str(result.written[0].parent) if result.written else ""
        text = (
            self.tr("Saved 1 copy in {folder}. It is not encrypted.").format(folder=folder)
            if n == 1
            else self.tr("Saved {n} copies in {folder}. They are not encrypted.").format(n=n, folder=folder)
        )
        if n == 0:
            text = ""
        if result.failed:
            text += " " + self.tr("Not saved (damaged inside the case): {names}.").format(
                names=", ".join(result.failed)
            )
        self.view.show_info(html.escape(text))

    def delete_selected(self) -> None:
        ids = self.view.selected_ids()
        if not ids:
            return
        one = documents_ctl.get_row(ids[0]) if len(ids) == 1 else None
        question = (
            self.tr("Delete “{title}” from the case? Its links go too. This cannot be undone.").format(
                title=one.title
            )
            if one
            else self.tr(
                "Delete {n} documents from the case? Their links go too. This cannot be undone."
            ).format(n=len(ids))
        )
        if messages.confirm(self, self.tr("Delete documents"), question, yes=self.tr("Delete")):
            documents_ctl.delete(ids)
            self._current_id = None
            self._fill_tags()
            self.refresh()
            self._say(self.tr("Deleted."))

    def _not_added(self, exc: BaseException) -> None:
        if self._open:
            messages.show_error(self, self.tr("Files not added"), exc)

    def _say(self, text: str) -> None:
        if self._open:
            self.view.show_info(html.escape(text))
