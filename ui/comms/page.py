"""The Communications area: the log of emails, calls, meetings and letters with the school."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from iepdesk.drafts import Draft
from iepdesk.errors import UsageError
from iepdesk.vault.eml import parse_email, parse_pasted
from ui import messages
from ui.comms import draft as entry_draft
from ui.comms import entries_ctl, paste_dialog
from ui.comms.entries_ctl import EntryData
from ui.comms.model import when_text
from ui.comms.page_view import CommsView
from ui.comms.record_list import Key
from ui.shell.case_page import CasePage
from ui.shell.services import Services
from ui.vault import link_dialog, records_ctl
from ui.widgets import unsaved
from ui.widgets.read_only import hold_read_only

log = logging.getLogger(__name__)

#: Saved emails larger than this are not opened (a normal email with attachments is far smaller).
MAX_EML_BYTES = 64 * 1024 * 1024


def title() -> str:
    return QCoreApplication.translate("MainWindow", "Communications")


def make_page(services: Services) -> CasePage:
    page = CommunicationsPage(services)
    view = page.view
    hold_read_only(
        services.read_only,
        view.new_button,
        view.paste_button,
        view.eml_button,
        view.delete_button,
        view.done_button,
        view.form.save_button,
        view.empty.button,
    )
    return page


class CommunicationsPage(CasePage):
    draft_form = "communications"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = services.files
        self.view = CommsView(self)
        self.form = self.view.form
        self._open = False
        self._current_id: int | None = None
        self._selecting = False  # the list is being reloaded or reselected from code, not by the parent
        self._folder = Path.home()
        v = self.view
        v.new_button.clicked.connect(lambda: self.new_entry())  # not new_entry(checked): that is no email
        v.paste_button.clicked.connect(self.paste_email)
        v.empty.action_clicked.connect(self.paste_email)  # the empty list's first step
        v.eml_button.clicked.connect(self.import_eml)
        v.delete_button.clicked.connect(self.delete_selected)
        v.done_button.clicked.connect(self.mark_follow_up_done)
        v.follow_ups.itemActivated.connect(
            lambda item: self.show_record("communication", int(item.data(Qt.ItemDataRole.UserRole)))
        )
        v.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.form.save_requested.connect(self.save)
        self.form.attach_requested.connect(self.attach_documents)
        self.form.link_requested.connect(self.link_records)
        self.form.tone.outline_requested.connect(self.insert_outline)
        self.form.tone.facts = lambda: entries_ctl.rewrite_facts(self.form.value().links)
        self._update_buttons()

    # ---- CasePage ---------------------------------------------------------------------------------
    def load(self) -> None:
        self._open = True
        self.form.set_contacts(entries_ctl.contacts())
        self.refresh()
        self.form.set_entry(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._open:  # the team may have changed on the Overview page
            self.form.set_contacts(entries_ctl.contacts())
            self._refresh_follow_ups()

    # ---- unsaved changes (ui.widgets.unsaved): asked on leaving, kept as a draft on locking --------
    def has_unsaved_changes(self) -> bool:
        return self._open and self.form.has_changes()

    def save_unsaved(self) -> bool:
        try:
            self._save(quiet=True)
        except Exception as exc:
            messages.show_error(self, self.tr("Not saved"), exc)
            return False
        with self._selecting_from_code():
            self.view.set_rows(entries_ctl.list_rows())
            self.view.select(self._current_id)
        self._refresh_follow_ups()
        return True

    def discard_unsaved(self) -> None:
        self._forget_draft()
        saved = self._current_id
        self._show_entry(entries_ctl.load_entry(saved) if saved is not None else EntryData())
        self.form.status.setText(self.tr("Changes discarded."))

    def draft_values(self) -> dict[str, Any] | None:
        if not self.has_unsaved_changes():
            return None
        return {"entry": entry_draft.to_values(self.form.value())}

    def restore_draft(self, draft: Draft) -> bool:
        values = draft.values.get("entry")
        if not self._open or not isinstance(values, dict):
            return False
        data = entry_draft.from_values(values)
        try:
            saved = entries_ctl.load_entry(data.id) if data.id is not None else None
        except Exception:  # the entry was deleted since: the draft becomes a new entry
            saved, data.id = None, None
        self._current_id = None
        with self._selecting_from_code():
            self.view.select(data.id)
        self._show_entry(saved or EntryData())
        baseline = self.form.baseline()
        self._show_entry(data)
        self.form.set_baseline(baseline)  # unsaved until the parent saves or discards it
        self.form.dirty = True
        mark = unsaved.restored_text(draft.saved_at)
        self.form.status.setText(mark)
        self.view.set_form_title(mark)
        return True

    def _forget_draft(self) -> None:
        unsaved.forget_draft(self.draft_form)

    def clear(self) -> None:
        self._open = False
        self._current_id = None
        self.view.clear()

    def show_record(self, kind: str, record_id: int) -> bool:
        if kind != "communication" or not self._open:
            return False
        self.refresh(select_id=int(record_id))
        return self._current_id == record_id

    # ---- list -------------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        if not self._open:
            return
        self._reload(select_id if select_id is not None else self._current_id)
        self._selection_changed()

    def _reload(self, select_id: int | None) -> None:
        """The list again, with ``select_id`` chosen (without acting on the choice: the caller does)."""
        with self._selecting_from_code():
            self.view.set_rows(entries_ctl.list_rows())
            self.view.select(select_id)
        self._refresh_follow_ups()

    @contextmanager
    def _selecting_from_code(self) -> Iterator[None]:
        """Selections made inside are not the parent choosing a row: _selection_changed ignores them, so
        reloading or reselecting never re-enters it (that recursion froze and aborted the window)."""
        outer, self._selecting = self._selecting, True
        try:
            yield
        finally:
            self._selecting = outer

    def _refresh_follow_ups(self) -> None:
        self.view.set_follow_ups(entries_ctl.follow_ups())

    def _selection_changed(self) -> None:
        if not self._open or self._selecting:
            return
        self._update_buttons()
        new_id = self.view.selected_id()
        if new_id is None or new_id == self._current_id:
            return
        if self.has_unsaved_changes():
            if not unsaved.resolve(self, self, self.tr("The entry you are writing")):
                with self._selecting_from_code():
                    self.view.select(self._current_id)  # Cancel: back to the entry being written
                self._update_buttons()
                return
            self._reload(new_id)  # shows the saved change in the list, the chosen row still chosen
        self._show_entry(entries_ctl.load_entry(new_id))

    def _show_entry(self, data: EntryData) -> None:
        self._current_id = data.id
        attachments: list[tuple[Key, str]] = [
            (("document", d), records_ctl.describe("document", d)) for d in data.attachments
        ]
        attachments += [(("file", str(p)), self.tr("{name} (kept when you save)").format(name=p.name))
                        for p in data.pending_files]  # fmt: skip
        links: list[tuple[Key, str]] = [((k, i), records_ctl.describe(k, i)) for k, i in data.links]
        self.form.set_entry(data, attachments, links)
        self.view.set_form_title(
            self.tr("Entry of {when}").format(when=when_text(data.when)) if data.id else None
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.view.delete_button.setEnabled(self.view.selected_id() is not None)

    # ---- new entries ------------------------------------------------------------------------------
    def new_entry(self, data: EntryData | None = None) -> None:
        if not unsaved.resolve(self, self, self.tr("The entry you are writing")):
            return  # Cancel: the entry being written stays as it was
        self._current_id = None
        self.view.table.clearSelection()
        self._show_entry(data or EntryData())
        if isinstance(data, EntryData):  # filled from a pasted or imported email
            self.form.dirty = True
            self.form.set_baseline(EntryData())  # not saved yet: leaving it asks
            self.form.status.setText(self.tr("Filled from the email. Check it, then save."))
        self.form.subject.setFocus()

    def paste_email(self) -> None:
        text = paste_dialog.ask_pasted_email(self)
        if text.strip() and self._open:
            self.new_entry(entries_ctl.from_email(parse_pasted(text)))

    def import_eml(self) -> None:
        path = self.files.email_file(self, self._folder)
        if path is None or not self._open:
            return
        self._folder = path.parent
        try:
            if path.stat().st_size > MAX_EML_BYTES:
                raise UsageError(self.tr("{name} is too large to be an email.").format(name=path.name))
            mail = parse_email(path.read_bytes())
        except Exception as exc:
            messages.show_error(self, self.tr("Email not read"), exc)
            return
        data = entries_ctl.from_email(mail)
        data.pending_files = [path]
        self.new_entry(data)

    # ---- attachments, links, outline --------------------------------------------------------------
    def attach_documents(self) -> None:
        existing = [
            ("document", int(str(k[1]))) for k in self.form.attachments.record_keys() if k[0] == "document"
        ]
        for kind, record_id in link_dialog.pick(self, ["document"], self.tr("Attach documents"), existing):
            self.form.attachments.add_item((kind, record_id), records_ctl.describe(kind, record_id))

    def link_records(self) -> None:
        existing = [(str(k[0]), int(k[1])) for k in self.form.links.record_keys()]  # type: ignore[call-overload]
        chosen = link_dialog.pick(self, ["provision", "incident"], self.tr("What is it about?"), existing)
        for kind, record_id in chosen:
            self.form.links.add_item((kind, record_id), records_ctl.describe(kind, record_id))

    def insert_outline(self) -> None:
        value = self.form.value()
        try:
            text = entries_ctl.outline(value.contact_ids, value.links)
        except Exception as exc:
            messages.show_error(self, self.tr("No outline"), exc)
            return
        self.form.tone.insert_outline(text)  # on lines of its own, its first [prompt] selected

    # ---- saving -----------------------------------------------------------------------------------
    def save(self) -> None:
        try:
            self._save(quiet=False)
        except Exception as exc:
            messages.show_error(self, self.tr("Not saved"), exc)

    def _save(self, quiet: bool) -> None:
        """Save the form (quiet: without showing it again; the caller moves on)."""
        self.form.check_dates()  # a date that cannot be read stops the save, named
        entry_id = entries_ctl.save_entry(self.form.value())
        self.form.mark_saved(entry_id, self.tr("Saved."))
        self._current_id = entry_id
        self._forget_draft()
        if not quiet:
            self.refresh(select_id=entry_id)
            self._show_entry(entries_ctl.load_entry(entry_id))
            self.form.status.setText(self.tr("Saved."))

    def delete_selected(self) -> None:
        entry_id = self.view.selected_id()
        if entry_id is None:
            return
        if not messages.confirm(
            self,
            self.tr("Delete the entry"),
            self.tr("Delete this communication from the log? Attached documents stay in the case."),
            yes=self.tr("Delete"),
        ):
            return
        entries_ctl.delete_entry(entry_id)
        self._current_id = None
        self.form.set_entry(None)
        self.refresh()
        self.view.set_form_title(None)

    def mark_follow_up_done(self) -> None:
        entry_id = self.view.selected_follow_up()
        if entry_id is not None:
            entries_ctl.mark_done(entry_id)
            self.refresh()
