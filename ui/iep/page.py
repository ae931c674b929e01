"""The IEP page: versions and their provisions, edited through one undo stack.

Views hold the layout; this page reacts to them. Every change to the case is a command from
ui.iep.commands (made through the core's reversible edits), so Ctrl+Z / Ctrl+Shift+Z work everywhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from iepdesk.dates import DateTextError
from iepdesk.drafts import Draft
from iepdesk.iep import VersionStatus, edits, store
from iepdesk.iep.store import ProvisionRow, VersionList
from ui import messages
from ui.icons import icon
from ui.iep import commands
from ui.iep.commands import Focus, Notifier
from ui.iep.compare_dialog import CompareDialog
from ui.iep.provision_editor import ProvisionEditor
from ui.iep.provision_tree import ProvisionTree
from ui.iep.provisions_view import ProvisionsView
from ui.iep.version_actions import VersionActions
from ui.iep.versions_view import VersionsView
from ui.shell.case_page import CasePage
from ui.shell.services import Services
from ui.widgets import unsaved
from ui.widgets.page_header import PageHeader
from ui.widgets.page_layout import page_margins
from ui.widgets.read_only import hold_read_only

log = logging.getLogger(__name__)


def _action(parent: QWidget, text: str, keys: list[QKeySequence], slot: object) -> QAction:
    action = QAction(text, parent)
    action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    parent.addAction(action)
    return action


class IepPage(VersionActions, CasePage):
    draft_form = "iep"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.notifier = Notifier(self)
        self.editor = ProvisionEditor(self)
        self.versions_view = VersionsView()
        self.provisions = ProvisionsView(self.editor)
        self.tree: ProvisionTree = self.provisions.tree
        self.compare_dialog: CompareDialog | None = None
        self._versions = VersionList()
        self._rows: list[ProvisionRow] = []
        self.version_id: int | None = None
        self._quiet = False

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.provisions, self.tr("What it &promises"))
        self.tabs.addTab(self.versions_view, self.tr("IEP &versions"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setIcon(icon("undo-2"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setIcon(icon("redo-2"))
        #: The page's main action: a new item of the IEP shown (Ctrl+N), or, with no IEP yet, adding one.
        self.main_button = QPushButton(self.tr("New &item"))
        self.main_button.setIcon(icon("plus"))
        self.header = PageHeader(
            title(),
            self.tr("What the school promised, in the IEP's words: each service, accommodation and goal."),
            self.main_button,
        )
        self.header.add_widget(self.undo_button)
        self.header.add_widget(self.redo_button)
        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        self.undo_action = _action(self, self.tr("Undo"), [QKeySequence("Ctrl+Z")], self.undo)
        self.redo_action = _action(
            self, self.tr("Redo"), [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")], self.redo
        )
        self.new_action = _action(
            self, self.tr("New provision"), [QKeySequence("Ctrl+N")], self.new_provision
        )
        self.save_action = _action(self, self.tr("Save"), [QKeySequence("Ctrl+S")], self._save_shortcut)
        revert = QAction(self.tr("Cancel changes"), self.editor.form_side)
        revert.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        revert.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        revert.triggered.connect(lambda: self.editor.revert() if self.editor.dirty else None)
        self.editor.form_side.addAction(revert)
        self._connect()
        self._update_undo()

    def _connect(self) -> None:
        self.undo_button.clicked.connect(self.undo)
        self.main_button.clicked.connect(self.main_action)
        self.redo_button.clicked.connect(self.redo)
        self.stack.indexChanged.connect(lambda _i: self._update_undo())
        self.editor.dirty_changed.connect(lambda _d: self._update_undo())
        self.notifier.changed.connect(self._show_focus)
        self.notifier.failed.connect(self._command_failed)
        self.editor.save_requested.connect(self.save_provision)
        self.tree.selection_changed.connect(self._tree_moved)
        self.tree.new_requested.connect(self.new_provision)
        self.tree.duplicate_requested.connect(self.duplicate_provision)
        self.tree.delete_requested.connect(self.delete_provision)
        self.tree.move_requested.connect(self.move_provision)
        self.tree.open_requested.connect(self.editor.focus_first)
        self.provisions.version_chosen.connect(self.choose_version)
        v = self.versions_view
        v.selection_changed.connect(lambda: self.choose_version(v.current_id()))
        v.add_requested.connect(self.add_version)
        v.next_requested.connect(self.start_next_version)
        v.delete_requested.connect(self.delete_version)
        v.save_requested.connect(self.save_version)
        v.compare_requested.connect(self.open_compare)
        v.open_requested.connect(self._open_provisions)
        v.form.edited.connect(lambda: v.status.setText(self.tr("Not saved yet")))

    # ---- CasePage -----------------------------------------------------------------------------------
    def load(self) -> None:
        self.stack.clear()
        self.editor.child = store.child_name()
        self._versions = store.list_versions()
        first = self._versions.in_effect_id or (self._versions.rows[0].id if self._versions.rows else None)
        self.version_id = None
        self.choose_version(first)
        self.tabs.setCurrentWidget(self.provisions if first is not None else self.versions_view)

    # ---- unsaved changes (ui.widgets.unsaved): asked on leaving, kept as a draft on locking --------
    def _editor_unsaved(self) -> bool:
        ed = self.editor
        if ed.version_id is None:
            return False
        return bool(ed.changes()) if ed.provision_id is not None else not ed.is_blank()

    def has_unsaved_changes(self) -> bool:
        return self.version_id is not None and (self._editor_unsaved() or bool(self._version_changes()))

    def save_unsaved(self) -> bool:
        if not self._save_version_form():
            return False
        if self._editor_unsaved():
            return self.save_provision(False)
        self._forget_draft()
        return True

    def discard_unsaved(self) -> None:
        self._forget_draft()
        if self._editor_unsaved():
            self.editor.revert()
        if self._version_changes():
            self.versions_view.form.load(self._versions.row(self.version_id))
            self.versions_view.status.setText(self.tr("Changes cancelled."))

    def draft_values(self) -> dict[str, Any] | None:
        if not self.has_unsaved_changes():
            return None
        ed = self.editor
        version = unsaved.Snapshot.of(self.versions_view.form).values() if self._version_changes() else None
        provision = (
            {
                "id": ed.provision_id,
                "kind": ed.form.current_kind(),
                "fields": unsaved.Snapshot.of(ed.form).values(),
            }
            if self._editor_unsaved()
            else None
        )
        return {"version_id": self.version_id, "version": version, "provision": provision}

    def restore_draft(self, draft: Draft) -> bool:
        version_id, version, provision = (draft.values.get(k) for k in ("version_id", "version", "provision"))
        if not isinstance(version_id, int) or self._versions.row(version_id) is None:
            return False
        self.choose_version(version_id)
        mark = unsaved.restored_text(draft.saved_at)
        if isinstance(version, dict):
            unsaved.Snapshot.of(self.versions_view.form).apply(version)
            self.versions_view.status.setText(mark)
            self.tabs.setCurrentWidget(self.versions_view)
        if isinstance(provision, dict) and isinstance(provision.get("fields"), dict):
            pid = provision.get("id")
            if isinstance(pid, int) and self.tree.select_provision(pid):
                self._edit_current()
            else:
                self.new_provision(str(provision.get("kind") or "service"))
            unsaved.Snapshot.of(self.editor.form).apply(provision["fields"])
            self.editor.form.edited.emit()  # the editor compares with what is saved: unsaved again
            self.editor.status.setText(mark)
            self.tabs.setCurrentWidget(self.provisions)
        return self.has_unsaved_changes()

    def _forget_draft(self) -> None:
        unsaved.forget_draft(self.draft_form)

    def clear(self) -> None:
        if self.compare_dialog is not None:
            self.compare_dialog.wipe()
            self.compare_dialog.reject()
        self.stack.clear()
        self._versions, self._rows, self.version_id = VersionList(), [], None
        self.editor.clear()
        self.versions_view.clear()
        self.provisions.clear()
        self.tree.new_button.setEnabled(False)

    # ---- showing ------------------------------------------------------------------------------------
    def _refresh(self, focus: Focus) -> None:
        self._versions = store.list_versions()
        if focus.version_id is not None and self._versions.row(focus.version_id):
            self.version_id = focus.version_id
        elif not self._versions.row(self.version_id):
            self.version_id = self._versions.in_effect_id or (
                self._versions.rows[0].id if self._versions.rows else None
            )
        self.versions_view.set_versions(self._versions, self.version_id)
        self.provisions.set_versions(self._versions, self.version_id)
        row = self._versions.row(self.version_id)
        self.versions_view.form.load(row)
        self.versions_view.status.setText("")
        self.editor.signed = bool(row and row.status == VersionStatus.FINAL.value)
        self._rows = store.list_provisions(row.id, self.editor.child) if row else []
        self.tree.set_rows(self._rows)
        self.tree.new_button.setEnabled(row is not None)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.provisions), row is not None)
        self._show_main_action(row is not None)

    def _show_main_action(self, has_iep: bool) -> None:
        self.main_button.setText(self.tr("New &item") if has_iep else self.tr("&Add an IEP"))
        self.main_button.setAccessibleName(
            self.tr("New item of this IEP: a service, accommodation or goal (Ctrl+N)")
            if has_iep
            else self.tr("Add an IEP version")
        )

    def main_action(self) -> None:
        """New item of the IEP shown; with no IEP yet, add one (the Calendar's Minutes owed leads here)."""
        if self.version_id is None:
            self.tabs.setCurrentWidget(self.versions_view)
            self.add_version()
        else:
            self.new_provision()

    def _show_focus(self, focus: Focus) -> None:
        self._refresh(focus)
        if self.compare_dialog is not None:
            self.compare_dialog.refresh()
        if self.version_id is None:
            self.editor.show_nothing()
        elif focus.provision_id is not None and self.tree.select_provision(focus.provision_id):
            self._edit_current()
        else:
            kind = focus.kind or self.editor.form.current_kind()
            self.tree.select_group(kind)
            self.editor.start_new(self.version_id, kind)

    def choose_version(self, version_id: int | None) -> None:
        if version_id == self.version_id and version_id is not None:
            return
        if not self._save_before_moving():  # Cancel: the version shown stays, with what was typed
            self.versions_view.set_versions(self._versions, self.version_id)
            self.provisions.set_versions(self._versions, self.version_id)
            return
        self.version_id = version_id
        self._show_focus(Focus(version_id, kind="service"))

    def _open_provisions(self) -> None:
        self.tabs.setCurrentWidget(self.provisions)
        self.tree.view.setFocus()

    def show_clarity_check(self) -> None:
        """Show the clarity check of the IEP in effect: its provisions, with the first one that has
        findings open beside them (Next steps' "make the IEP's wording precise" comes here)."""
        in_effect = self._versions.in_effect_id
        if in_effect is not None:
            self.choose_version(in_effect)
        if self.version_id is None:  # no IEP entered yet: where to add one
            self.tabs.setCurrentWidget(self.versions_view)
            return
        self._open_provisions()
        first = next((row.id for row in self._rows if row.findings), None)
        if (
            first is not None
            and first != self.editor.provision_id
            and self._editor_settled()
            and self.tree.select_provision(first)
        ):
            self._edit_current()

    def _edit_current(self) -> None:
        provision_id = self.tree.current_id()
        row = next((r for r in self._rows if r.id == provision_id), None)
        if row is not None and self.version_id is not None:
            self.editor.edit(self.version_id, row.id, row.values)

    def _tree_moved(self) -> None:
        target_id, kind = self.tree.current_id(), self.tree.current_kind()
        if self._editor_unsaved() and target_id != self.editor.provision_id:
            if not self._editor_settled():  # Cancel: back to the item being edited
                blocked = self.tree.blockSignals(True)
                if self.editor.provision_id is not None:
                    self.tree.select_provision(self.editor.provision_id)
                else:
                    self.tree.select_group(self.editor.form.current_kind())
                self.tree.blockSignals(blocked)
                return
            # a save refreshed the list; go back to where the parent moved
            if target_id is not None:
                self.tree.select_provision(target_id)
            elif kind:
                self.tree.select_group(kind)
        if target_id is not None:
            self._edit_current()
        elif kind and self.version_id is not None and not self.editor.dirty:
            self.editor.start_new(self.version_id, kind)

    # ---- undo ---------------------------------------------------------------------------------------
    def _push(self, command: QUndoCommand) -> None:
        self.stack.push(command)

    def undo(self) -> None:
        """Undo the latest change: typing not saved yet first, then the saved edits one by one."""
        if self.editor.dirty:
            self.editor.revert()
        elif self._version_changes():
            self.versions_view.form.load(self._versions.row(self.version_id))
            self.versions_view.status.setText(self.tr("Changes cancelled."))
        elif self.stack.canUndo():
            self.stack.undo()

    def redo(self) -> None:
        if not self.editor.dirty and self.stack.canRedo():
            self.stack.redo()

    def _update_undo(self) -> None:
        # While the page is torn down (a lock, closing the case) Qt deletes the undo stack, a child
        # made first, before the editor, which can still say it changed: "QUndoStack already deleted".
        if not (shiboken6.isValid(self.stack) and shiboken6.isValid(self.undo_button)):
            return
        dirty = self.editor.dirty
        self.undo_button.setEnabled(dirty or self.stack.canUndo())
        self.redo_button.setEnabled(not dirty and self.stack.canRedo())
        undo = self.tr("Cancel the changes not saved yet") if dirty else self.stack.undoText()
        self.undo_button.setToolTip(self.tr("Undo: {what} (Ctrl+Z)").format(what=undo) if undo else "")
        redo = self.stack.redoText()
        self.redo_button.setToolTip(self.tr("Redo: {what} (Ctrl+Shift+Z)").format(what=redo) if redo else "")

    def _command_failed(self, exc: BaseException) -> None:
        messages.show_error(self, self.tr("Could not undo or redo"), exc)
        # With the page as context, neither runs once the page is gone (a lock in between).
        QTimer.singleShot(0, self, self.stack.clear)  # the stack no longer matches the case
        QTimer.singleShot(0, self, lambda: self._show_focus(Focus(self.version_id)))

    def _edit(self, title: str, make: object) -> bool:
        """Make one edit through the core and push its command; say so plainly if it fails."""
        try:
            command = make()  # type: ignore[operator]
        except Exception as exc:
            if self._quiet:
                raise
            messages.show_error(self, title, exc)
            return False
        self._push(command)
        return True

    # ---- provisions ---------------------------------------------------------------------------------
    def new_provision(self, kind: str | None = None) -> None:
        if self.version_id is None or not self._editor_settled():
            return
        kind = kind or self.tree.current_kind() or self.editor.form.current_kind()
        self.tabs.setCurrentWidget(self.provisions)
        self.tree.select_group(kind)
        self.editor.start_new(self.version_id, kind)
        self.editor.focus_first()

    def save_provision(self, and_next: bool) -> bool:
        ed, n = self.editor, self.notifier
        if ed.version_id is None:
            return False
        version_id, kind = ed.version_id, ed.form.current_kind()
        if not self._edit_dates(ed.form.check_dates):
            return False
        saved = True
        if ed.provision_id is None:
            if not ed.is_blank():
                values = ed.new_values()
                saved = self._edit(
                    self.tr("Not saved"), lambda: commands.add_provision(n, version_id, kind, values)
                )
        elif ed.changes():
            pid, changes = ed.provision_id, ed.changes()
            saved = self._edit(
                self.tr("Not saved"), lambda: commands.update_provision(n, version_id, pid, changes, kind)
            )
        if not saved:
            return False
        self._forget_draft()
        if and_next:
            self.new_provision(kind)
        self.editor.status.setText(self.tr("Saved."))
        return True

    def _edit_dates(self, check: Callable[[], None]) -> bool:
        """A date that cannot be read stops the save and is named; it is never saved as none or another."""
        try:
            check()
        except DateTextError as exc:
            if self._quiet:
                raise
            messages.show_error(self, self.tr("Not saved"), exc)
            return False
        return True

    def _editor_settled(self) -> bool:
        """Before moving to another item: Save / Discard / Cancel what the editor holds. False: stay."""
        form = unsaved.Form(self._editor_unsaved, lambda: self.save_provision(False), self.editor.revert)
        return unsaved.resolve(self, form, self.tr("The IEP item you are editing"))

    def _save_before_moving(self) -> bool:
        """Before moving to another item or version: settle the editor and the version's details (never
        saved without asking). False: the parent chose Cancel."""
        if not self._editor_settled():
            return False

        def discard_version() -> None:
            self.versions_view.form.load(self._versions.row(self.version_id))

        form = unsaved.Form(lambda: bool(self._version_changes()), self._save_version_form, discard_version)
        return unsaved.resolve(self, form, self.tr("The IEP version's details"))

    def duplicate_provision(self) -> None:
        pid, kind = self.tree.current_id(), self.tree.current_kind()
        if pid is None or self.version_id is None or kind is None:
            return
        if not self._editor_settled():
            return
        version_id = self.version_id
        if self._edit(
            self.tr("Not duplicated"),
            lambda: commands.duplicate_provision(self.notifier, version_id, pid, kind),
        ):
            self.editor.status.setText(self.tr("Duplicated. Change what differs in the copy."))
            self.editor.focus_first()

    def delete_provision(self) -> None:
        pid = self.tree.current_id()
        if pid is None:
            return
        try:
            edits.check_delete_provision(pid)  # the core's rule and its message
        except edits.InUseError as exc:
            messages.show_error(self, self.tr("Kept"), exc)
            return
        if self._edit(self.tr("Not deleted"), lambda: commands.delete_provision(self.notifier, pid)):
            self.editor.status.setText(self.tr("Deleted. Ctrl+Z brings it back."))
            self.tree.view.setFocus()

    def move_provision(self, offset: int) -> None:
        pid, kind = self.tree.current_id(), self.tree.current_kind()
        place, _count = self.tree.siblings()
        target = self.tree.id_at(kind or "", place + offset) if pid is not None else None
        if pid is None or target is None or self.version_id is None:
            return
        if not self._editor_settled():
            return
        new_index = next(i for i, r in enumerate(self._rows) if r.id == target)
        version_id = self.version_id
        self._edit(
            self.tr("Not moved"), lambda: commands.move_provision(self.notifier, version_id, pid, new_index)
        )
        self.tree.view.setFocus()

    def _save_shortcut(self) -> None:
        if self.tabs.currentWidget() is self.versions_view:
            self.save_version()
        else:
            self.save_provision(False)


def title() -> str:
    return QCoreApplication.translate("MainWindow", "IEP")


def make_page(services: Services) -> CasePage:
    """The IEP area runs no background work and asks for no file."""
    page = IepPage()
    tree, editor, versions = page.tree, page.editor, page.versions_view
    hold_read_only(
        services.read_only,
        page.main_button,
        page.undo_button,
        page.redo_button,
        tree.new_button,
        tree.duplicate_button,
        tree.delete_button,
        tree.up_button,
        tree.down_button,
        editor.save_button,
        editor.next_button,
        versions.add_button,
        versions.next_button,
        versions.delete_button,
        versions.save_button,
    )
    return page
