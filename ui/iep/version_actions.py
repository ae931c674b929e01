"""What the IEP page does with versions: save details, add, start the next one, delete, compare.

A mixin of IepPage (ui.iep.page), which holds the views, the undo stack and ``_edit``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from iepdesk.iep import edits, store
from ui import messages
from ui.iep import commands
from ui.iep.compare_dialog import CompareDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget, QWidget

    from iepdesk.iep.store import VersionList
    from ui.iep.commands import Notifier
    from ui.iep.versions_view import VersionsView

    _Page = QWidget
else:
    _Page = object


class VersionActions(_Page):
    """Uses the page's views, its notifier and its ``_edit``, ``_save_before_moving`` and ``tr``."""

    if TYPE_CHECKING:  # what IepPage provides
        compare_dialog: CompareDialog | None
        version_id: int | None
        versions_view: VersionsView
        tabs: QTabWidget
        notifier: Notifier
        _versions: VersionList

        def _edit(self, title: str, make: object) -> bool: ...
        def _edit_dates(self, check: Callable[[], None]) -> bool: ...
        def _save_before_moving(self) -> bool: ...

    def _version_changes(self) -> dict[str, Any]:
        """The details typed into the version form and not saved yet."""
        row = self._versions.row(self.version_id)
        if row is None:
            return {}
        now = self.versions_view.form.values()
        return {k: v for k, v in now.items() if row.values().get(k) != v}

    def _save_version_form(self) -> bool:
        row = self._versions.row(self.version_id)
        changes = self._version_changes()
        if row is None or not changes:
            return True
        if not self._edit_dates(self.versions_view.form.check_dates):
            return False
        return self._edit(
            self.tr("Not saved"), lambda: commands.update_version(self.notifier, row.id, changes)
        )

    def save_version(self) -> None:
        if self._save_version_form():
            self.versions_view.status.setText(self.tr("Saved."))

    def add_version(self) -> None:
        if not self._save_before_moving():
            return
        n = self.notifier
        if self._edit(
            self.tr("Not added"),
            lambda: commands.added_version(n, store.create_version(store.first_version_kind()), False),
        ):
            self.tabs.setCurrentWidget(self.versions_view)
            self.versions_view.form.kind.setFocus()

    def start_next_version(self, kind: str) -> None:
        source = self.version_id
        if source is None:
            return
        if not self._save_before_moving():
            return
        n = self.notifier
        if self._edit(
            self.tr("Not started"), lambda: commands.added_version(n, store.start_next(source, kind), True)
        ):
            self.tabs.setCurrentWidget(self.versions_view)
            self.versions_view.status.setText(
                self.tr("A draft with a copy of every provision. Set its dates, then edit what changed.")
            )
            self.versions_view.form.effective_from.setFocus()

    def delete_version(self) -> None:
        row = self._versions.row(self.version_id)
        if row is None:
            return
        try:
            edits.check_delete_version(row.id)  # the core's rule and its message
        except edits.InUseError as exc:
            messages.show_error(self, self.tr("Kept"), exc)
            return
        if row.provisions and not messages.confirm(
            self,
            self.tr("Delete this IEP version"),
            self.tr(
                "Delete this version and the %n provisions typed into it? Ctrl+Z brings them back.",
                "",
                row.provisions,
            ),
            yes=self.tr("Delete"),
        ):
            return
        self._edit(self.tr("Not deleted"), lambda: commands.delete_version(self.notifier, row.id))

    def open_compare(self) -> None:
        rows = self._versions.rows
        if len(rows) < 2:
            return
        if not self._save_before_moving():
            return
        new_id = self.version_id if self.version_id is not None else rows[0].id
        place = next((i for i, r in enumerate(rows) if r.id == new_id), 0)
        old_id = rows[place + 1].id if place + 1 < len(rows) else rows[place - 1].id
        if self.compare_dialog is not None:
            self.compare_dialog.reject()
        dialog = CompareDialog(self._versions, old_id, new_id, store.compare_versions, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: setattr(self, "compare_dialog", None))
        self.compare_dialog = dialog
        # Not modal: the parent can keep the comparison beside the editor, and Ctrl+L still locks.
        dialog.show()
