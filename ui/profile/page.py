"""Child & team: the child's details (with the parent's, for letters) and the school team.

The child is saved through ui.settings.profile_ctl with the rest of the record (iepdesk.profile); the
team's changes are saved as each is made. Unsaved changes to the child's details ask before the page is
left, and are kept as a draft when the case locks; a team member being added or changed when the case
locked is asked about again (its dialog opens again) once the case is unlocked.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from iepdesk import drafts, profile
from iepdesk.drafts import Draft
from iepdesk.states import clock_dates
from ui import messages
from ui.dialogs.contact import ContactDialog
from ui.i18n import translate
from ui.icons import icon
from ui.settings import profile_ctl
from ui.settings.child_form import ChildForm
from ui.settings.team_view import TeamView
from ui.shell.case_page import CasePage
from ui.shell.clipboard import ClipboardGuard
from ui.shell.services import Services
from ui.widgets import unsaved
from ui.widgets.columns import Columns
from ui.widgets.labels import note
from ui.widgets.page_header import PageHeader
from ui.widgets.page_layout import WIDE_PAGE, readable_column, section
from ui.widgets.read_only import hold_read_only

log = logging.getLogger(__name__)

#: The draft key of the child's details; "overview" is the key they had while the Overview held them.
DRAFT_FORM = "child"
OLD_DRAFT_FORM = "overview"


def title() -> str:
    return translate("MainWindow", "Child & team")


def _copy_through_guard(text: str) -> None:
    """Copy through the application's clipboard guard (so locking clears it), if there is one."""
    app = QCoreApplication.instance()
    guard = app.findChild(ClipboardGuard) if app is not None else None
    if isinstance(guard, ClipboardGuard):
        guard.copy(text)
    else:  # copied from our own active window: the guard, when there is one, still sees it
        QGuiApplication.clipboard().setText(text)


def make_page(services: Services) -> CasePage:
    """The page runs no background work and asks for no file; copying goes through the clipboard guard."""
    page = ChildTeamPage(_copy_through_guard)
    team = page.team
    hold_read_only(
        services.read_only,
        page.save_button,
        team.add_button,
        team.edit_button,
        team.delete_button,
        team.up_button,
        team.down_button,
    )
    return page


class ChildTeamPage(CasePage):
    child_renamed = Signal(str)
    draft_form = DRAFT_FORM
    # A team member being added or changed when the case locked; the child's details under their old key.
    dialog_draft_forms = ("contact", OLD_DRAFT_FORM)

    def __init__(self, copy_text: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._copy_text = copy_text
        self._dirty = False
        self._loaded = False

        self.form = ChildForm()
        self.save_button = QPushButton(self.tr("Sa&ve changes"))
        self.save_button.setIcon(icon("save"))
        self.save_button.setAccessibleName(self.tr("Save the child's details"))
        self.save_button.setDefault(True)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.status, 1)
        child_box, child_layout = section(self.tr("The child"))
        child_layout.addWidget(self.form)
        child_layout.addSpacing(8)
        child_layout.addLayout(save_row)

        self.team = TeamView()
        team_box, team_layout = section(self.tr("The team"))
        team_layout.addWidget(
            note(
                self.tr(
                    "The people at school who work with your child. Letters and the binder name them; "
                    "double-click one to change it."
                )
            )
        )
        team_layout.addWidget(self.team)

        self.header = PageHeader(
            self.tr("Child & team"),
            self.tr(
                "Your child's details and the people at school. Letters, the binder and the dates use them."
            ),
        )
        self.columns = Columns(1300, stretch=(2, 3))  # the team's table needs the room more than the form
        self.columns.left.addWidget(child_box)
        self.columns.right.addWidget(team_box)

        column = readable_column(self, WIDE_PAGE, margins=True)
        column.addWidget(self.header)
        column.addWidget(self.columns)
        column.addStretch(1)

        self.form.edited.connect(self._on_edited)
        self._snapshot = unsaved.Snapshot.of(self.form)  # the child's details as last loaded or saved
        self.save_button.clicked.connect(self.save)
        self.form.submitted.connect(lambda: self.save() if self.has_unsaved_changes() else None)
        self.form.own_figures_requested.connect(self._own_figures)
        self.team.add_requested.connect(self._add_contact)
        self.team.edit_requested.connect(self._edit_contact)
        self.team.delete_requested.connect(self._delete_contact)
        self.team.move_requested.connect(self._move_contact)
        self.team.copy_requested.connect(self._copy_text)
        self.setTabOrder(self.form.parent_address, self.save_button)
        self._set_dirty(False)

    # ---- CasePage ---------------------------------------------------------------------------------
    def load(self) -> None:
        self.form.set_value(profile_ctl.load_profile())
        self.form.set_details(profile.load_details())
        self.form.set_state(profile.load_state())
        self.form.set_clock_dates(clock_dates.clock_dates())
        self.team.set_contacts(profile_ctl.list_contacts())
        self._set_dirty(False)
        self._snapshot.take()
        self.status.setText("")
        self._loaded = True

    # ---- unsaved changes (ui.widgets.unsaved) ------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self._loaded and self._snapshot.changed()

    def save_unsaved(self) -> bool:
        return self.save()

    def discard_unsaved(self) -> None:
        self._forget_draft()
        self.form.set_value(profile_ctl.load_profile())
        self.form.set_details(profile.load_details())
        self.form.set_state(profile.load_state())
        self.form.set_clock_dates(clock_dates.clock_dates())
        self._set_dirty(False)
        self._snapshot.take()
        self.status.setText(self.tr("Changes discarded."))

    def draft_values(self) -> dict[str, Any] | None:
        return {"fields": self._snapshot.values()} if self.has_unsaved_changes() else None

    def restore_draft(self, draft: Draft) -> bool:
        values = draft.values.get("fields")
        if not self._loaded or not isinstance(values, dict):
            return False
        if draft.form == "contact":  # its dialog opens again once the window shows
            QTimer.singleShot(0, lambda: self._resume_contact(draft) if self._loaded else None)
            return True
        self._snapshot.apply(values)
        if not self._snapshot.changed():
            return False
        self._set_dirty(True)
        self.status.setText(unsaved.restored_text(draft.saved_at))
        return True

    def _forget_draft(self) -> None:
        unsaved.forget_draft(self.draft_form)
        unsaved.forget_draft(OLD_DRAFT_FORM)

    def clear(self) -> None:
        self._loaded = False
        self.form.set_value(None)
        self.form.set_details(None)
        self.form.set_state("")
        self.form.set_clock_dates({})
        self.team.set_contacts([])
        self.status.setText("")
        self._set_dirty(False)
        self._snapshot.take()

    # ---- child ------------------------------------------------------------------------------------
    def _on_edited(self) -> None:
        self._set_dirty(True)
        self.status.setText(self.tr("Unsaved changes"))

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)

    def save(self) -> bool:
        value = self.form.value()
        try:
            self.form.check_dates()  # a date that cannot be read stops the save, named
            today = dt.date.today()
            clock_dates.check_clock_dates(self.form.clock_dates(), today)  # before anything is saved
            saved, details = profile.save_all(value, self.form.details())  # the core checks the name
            state = profile.save_state(self.form.state.code())
            recorded = clock_dates.save_clock_dates(self.form.clock_dates(), today)
        except Exception as exc:
            messages.show_error(self, self.tr("Not saved"), exc)
            if not value.name.strip():
                self.form.name.setFocus()
            return False
        self.form.set_value(saved)
        self.form.set_details(details)
        self.form.set_state(state)
        self.form.set_clock_dates(recorded)
        self._set_dirty(False)
        self._snapshot.take()
        self._forget_draft()
        self.status.setText(self.tr("Saved."))
        self.child_renamed.emit(saved.name)
        rename = getattr(self.window(), "set_child_name", None)  # the main window's title
        if callable(rename):
            rename(saved.name)
        return True

    def _own_figures(self) -> None:
        """The state's own figures, for the state shown (saved by the dialog, as the team is)."""
        from ui.settings.own_figures import OwnFiguresDialog

        dialog = OwnFiguresDialog(self.form.state.code(), self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.status.setText(self.tr("Your state's figures are saved."))
        finally:
            dialog.deleteLater()

    # ---- team -------------------------------------------------------------------------------------
    def _ask_contact(
        self, contact: profile_ctl.ContactData | None, draft: Draft | None = None
    ) -> profile_ctl.ContactData | None:
        dialog = ContactDialog(contact, self)
        fields = draft.values.get("fields") if draft is not None else None
        if draft is not None and isinstance(fields, dict):
            dialog.restore_draft(fields, unsaved.restored_text(draft.saved_at))
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.value() if accepted else None
        finally:
            dialog.deleteLater()

    def _resume_contact(self, draft: Draft) -> None:
        contact_id = draft.values.get("contact_id")
        contacts = profile_ctl.list_contacts() if isinstance(contact_id, int) else []
        contact = next((c for c in contacts if c.id == contact_id), None)
        value = self._ask_contact(contact, draft)
        if not self._loaded:
            return  # locked again: the lock kept the draft anew
        try:
            drafts.clear("contact")  # saved or discarded now
        except Exception as exc:
            log.warning("draft not cleared: %s", type(exc).__name__)
        if value is None:
            return
        try:
            saved = (
                profile_ctl.update_contact(value) if contact is not None else profile_ctl.add_contact(value)
            )
        except Exception as exc:
            messages.show_error(self, self.tr("Not saved"), exc)
            return
        self.team.set_contacts(profile_ctl.list_contacts(), select_id=saved.id)

    def _add_contact(self) -> None:
        value = self._ask_contact(None)
        if value is None:
            return
        try:
            added = profile_ctl.add_contact(value)
        except Exception as exc:
            messages.show_error(self, self.tr("Not added"), exc)
            return
        self.team.set_contacts(profile_ctl.list_contacts(), select_id=added.id)

    def _edit_contact(self, contact: profile_ctl.ContactData) -> None:
        value = self._ask_contact(contact)
        if value is None:
            return
        try:
            profile_ctl.update_contact(value)
        except Exception as exc:
            messages.show_error(self, self.tr("Not saved"), exc)
            return
        self.team.set_contacts(profile_ctl.list_contacts(), select_id=contact.id)

    def _delete_contact(self, contact: profile_ctl.ContactData) -> None:
        if contact.id is None or not messages.confirm(
            self,
            self.tr("Remove team member"),
            self.tr("Remove {name} from the team? This cannot be undone.").format(name=contact.name),
            yes=self.tr("Remove"),
        ):
            return
        profile_ctl.delete_contact(contact.id)
        self.team.set_contacts(profile_ctl.list_contacts())

    def _move_contact(self, contact: profile_ctl.ContactData, offset: int) -> None:
        if contact.id is None:
            return
        profile_ctl.move_contact(contact.id, offset)
        self.team.set_contacts(profile_ctl.list_contacts(), select_id=contact.id)
