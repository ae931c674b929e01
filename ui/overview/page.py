"""Overview: the IEP in effect, the minutes owed and the dates that matter, then the child and the team.

The child is saved through ui.settings.profile_ctl (with the rest of the record, iepdesk.profile); the IEP
summary, the minutes owed this school year and the deadlines come from ui.overview.overview_data and are
read again each time the page shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iepdesk import drafts, profile
from iepdesk.drafts import Draft
from ui import messages
from ui.dialogs.contact import ContactDialog
from ui.overview import overview_data
from ui.overview.owed_view import OwedView
from ui.overview.summary_view import DeadlinesView, IepSummaryView
from ui.settings import profile_ctl
from ui.settings.child_form import ChildForm
from ui.settings.team_view import TeamView
from ui.shell.case_page import CasePage
from ui.widgets import unsaved
from ui.widgets.labels import heading, scaled

log = logging.getLogger(__name__)


class OverviewPage(CasePage):
    child_renamed = Signal(str)
    draft_form = "overview"
    dialog_draft_forms = ("contact",)  # a team member being added or changed when the case locked

    def __init__(self, copy_text: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._copy_text = copy_text
        self._dirty = False
        self._loaded = False

        self.iep_summary = IepSummaryView()
        iep_box = QGroupBox(self.tr("The IEP"))
        iep_layout = QVBoxLayout(iep_box)
        iep_layout.setContentsMargins(16, 16, 16, 16)
        iep_layout.addWidget(self.iep_summary)
        self.owed = OwedView()
        iep_layout.addSpacing(10)
        iep_layout.addWidget(self.owed)
        self.deadlines = DeadlinesView()
        dates_box = QGroupBox(self.tr("Coming up"))
        dates_layout = QVBoxLayout(dates_box)
        dates_layout.setContentsMargins(16, 16, 16, 16)
        dates_layout.addWidget(self.deadlines)

        self.form = ChildForm()
        self.save_button = QPushButton(self.tr("Sa&ve changes"))
        self.save_button.setAccessibleName(self.tr("Save the child's details"))
        self.save_button.setDefault(True)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.status, 1)
        child_box = QGroupBox(self.tr("The child"))
        child_layout = QVBoxLayout(child_box)
        child_layout.setContentsMargins(16, 16, 16, 16)
        child_layout.setSpacing(14)
        child_layout.addWidget(self.form)
        child_layout.addLayout(save_row)

        self.team = TeamView()
        team_box = QGroupBox(self.tr("The team"))
        team_layout = QVBoxLayout(team_box)
        team_layout.setContentsMargins(16, 16, 16, 16)
        team_layout.addWidget(self.team)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(20)
        column.addWidget(heading(self.tr("Overview")))
        column.addWidget(iep_box)
        column.addWidget(dates_box)
        column.addWidget(child_box)
        column.addWidget(team_box)
        column.addStretch(1)
        content.setMaximumWidth(scaled(content, 860))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.form.edited.connect(self._on_edited)
        self._snapshot = unsaved.Snapshot.of(self.form)  # the child's details as last loaded or saved
        self.save_button.clicked.connect(self.save)
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
        self.team.set_contacts(profile_ctl.list_contacts())
        self._set_dirty(False)
        self._snapshot.take()
        self.status.setText("")
        self._loaded = True
        self.refresh_dates()

    def refresh_dates(self) -> None:
        """Read the IEP summary and the deadlines again (they change as the other pages are used)."""
        data = overview_data.load()
        self.iep_summary.show_data(data)
        self.owed.show_summary(data.owed)
        self.deadlines.show_deadlines(data.deadlines, data.today)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded:
            try:
                self.refresh_dates()
            except Exception as exc:  # the rest of the page still works
                log.warning("could not read the IEP summary: %s", type(exc).__name__)

    # ---- unsaved changes (ui.widgets.unsaved) ------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self._loaded and self._snapshot.changed()

    def save_unsaved(self) -> bool:
        return self.save()

    def discard_unsaved(self) -> None:
        self._forget_draft()
        self.form.set_value(profile_ctl.load_profile())
        self.form.set_details(profile.load_details())
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

    def clear(self) -> None:
        self._loaded = False
        self.form.set_value(None)
        self.form.set_details(None)
        self.iep_summary.show_data(None)
        self.owed.show_summary(None, loaded=False)
        self.deadlines.clear()
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
            saved, details = profile.save_all(value, self.form.details())  # the core checks the name
        except Exception as exc:
            messages.show_error(self, self.tr("Not saved"), exc)
            if not value.name.strip():
                self.form.name.setFocus()
            return False
        self.form.set_value(saved)
        self.form.set_details(details)
        self._set_dirty(False)
        self._snapshot.take()
        self._forget_draft()
        self.refresh_dates()  # the reevaluation counts from the last evaluation
        self.status.setText(self.tr("Saved."))
        self.child_renamed.emit(saved.name)
        return True

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
