"""Undo commands wrapping the core's reversible IEP edits (iepdesk.iep.edits).

Each edit is made first, outside the stack, so a failure never leaves a command behind; the command is
then pushed already done. Undo and redo report what to show next (a ``Focus``) or a failure through
one ``Notifier``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from iepdesk.iep import edits
from iepdesk.iep.edits import Snapshot
from ui.i18n import translate
from ui.iep import words


@dataclass(frozen=True)
class Focus:
    """What the editor should show after an edit, an undo or a redo."""

    version_id: int | None
    provision_id: int | None = None
    #: For a provision that is gone: the kind whose "new" form to show instead.
    kind: str | None = None


class Notifier(QObject):
    changed = Signal(object)  # Focus
    failed = Signal(object)  # the exception


class _Command(QUndoCommand):
    def __init__(self, notifier: Notifier, text: str) -> None:
        super().__init__(text)
        self._notifier = notifier
        self._first = True

    def redo(self) -> None:
        if self._first:  # the edit was already made before the push
            self._first = False
            self._notifier.changed.emit(self.focus_after_redo())
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], Focus]) -> None:
        try:
            focus = step()
        except Exception as exc:  # the page says so and empties the stack
            self._notifier.failed.emit(exc)
            return
        self._notifier.changed.emit(focus)

    def focus_after_redo(self) -> Focus:
        raise NotImplementedError

    def _redo(self) -> Focus:
        raise NotImplementedError

    def _undo(self) -> Focus:
        raise NotImplementedError


class AddProvision(_Command):
    """A provision that was added (or duplicated): undo deletes it, redo puts it back with its id."""

    def __init__(
        self, notifier: Notifier, version_id: int, kind: str, provision_id: int, text: str = ""
    ) -> None:
        super().__init__(
            notifier,
            text or translate("IepCommands", "add {kind}").format(kind=words.kind_name(kind).lower()),
        )
        self.version_id, self.kind, self.provision_id = version_id, kind, provision_id
        self._snapshot: Snapshot | None = None

    def focus_after_redo(self) -> Focus:
        return Focus(self.version_id, self.provision_id)

    def _undo(self) -> Focus:
        self._snapshot = edits.delete_provision(self.provision_id)
        return Focus(self.version_id, None, self.kind)

    def _redo(self) -> Focus:
        if self._snapshot is not None:
            edits.restore(self._snapshot)
        return self.focus_after_redo()


class UpdateProvision(_Command):
    def __init__(
        self,
        notifier: Notifier,
        version_id: int,
        provision_id: int,
        changes: dict[str, Any],
        before: dict[str, Any],
        kind: str,
    ) -> None:
        super().__init__(
            notifier, translate("IepCommands", "edit {kind}").format(kind=words.kind_name(kind).lower())
        )
        self.version_id, self.provision_id = version_id, provision_id
        self.changes, self.before = dict(changes), dict(before)

    def focus_after_redo(self) -> Focus:
        return Focus(self.version_id, self.provision_id)

    def _undo(self) -> Focus:
        edits.update_provision(self.provision_id, self.before)
        return self.focus_after_redo()

    def _redo(self) -> Focus:
        edits.update_provision(self.provision_id, self.changes)
        return self.focus_after_redo()


class DeleteProvision(_Command):
    def __init__(self, notifier: Notifier, snapshot: Snapshot) -> None:
        kind = str(snapshot.values["kind"])
        super().__init__(
            notifier, translate("IepCommands", "delete {kind}").format(kind=words.kind_name(kind).lower())
        )
        self._snapshot = snapshot
        self.version_id = int(snapshot.values["version"])
        self.provision_id = int(snapshot.values["id"])
        self.kind = kind

    def focus_after_redo(self) -> Focus:
        return Focus(self.version_id, None, self.kind)

    def _undo(self) -> Focus:
        edits.restore(self._snapshot)
        return Focus(self.version_id, self.provision_id)

    def _redo(self) -> Focus:
        self._snapshot = edits.delete_provision(self.provision_id)
        return self.focus_after_redo()


class MoveProvision(_Command):
    def __init__(
        self, notifier: Notifier, version_id: int, provision_id: int, old_index: int, new_index: int
    ) -> None:
        super().__init__(notifier, translate("IepCommands", "move"))
        self.version_id, self.provision_id = version_id, provision_id
        self.old_index, self.new_index = old_index, new_index

    def focus_after_redo(self) -> Focus:
        return Focus(self.version_id, self.provision_id)

    def _undo(self) -> Focus:
        edits.move_provision(self.provision_id, self.old_index)
        return self.focus_after_redo()

    def _redo(self) -> Focus:
        edits.move_provision(self.provision_id, self.new_index)
        return self.focus_after_redo()


class AddVersion(_Command):
    """A version that was created (blank, or started from another): undo deletes it and its copies."""

    def __init__(self, notifier: Notifier, version_id: int, text: str) -> None:
        super().__init__(notifier, text)
        self.version_id = version_id
        self._snapshot: Snapshot | None = None

    def focus_after_redo(self) -> Focus:
        return Focus(self.version_id)

    def _undo(self) -> Focus:
        self._snapshot = edits.delete_version(self.version_id)
        return Focus(None)

    def _redo(self) -> Focus:
        if self._snapshot is not None:
            edits.restore(self._snapshot)
        return self.focus_after_redo()


class UpdateVersion(_Command):
    def __init__(
        self, notifier: Notifier, version_id: int, changes: dict[str, Any], before: dict[str, Any]
    ) -> None:
        super().__init__(notifier, translate("IepCommands", "edit IEP details"))
        self.version_id, self.changes, self.before = version_id, dict(changes), dict(before)

    def focus_after_redo(self) -> Focus:
        return Focus(self.version_id)

    def _undo(self) -> Focus:
        edits.update_version(self.version_id, self.before)
        return self.focus_after_redo()

    def _redo(self) -> Focus:
        edits.update_version(self.version_id, self.changes)
        return self.focus_after_redo()


class DeleteVersion(_Command):
    def __init__(self, notifier: Notifier, snapshot: Snapshot) -> None:
        super().__init__(notifier, translate("IepCommands", "delete IEP version"))
        self._snapshot = snapshot
        self.version_id = int(snapshot.values["id"])

    def focus_after_redo(self) -> Focus:
        return Focus(None)

    def _undo(self) -> Focus:
        edits.restore(self._snapshot)
        return Focus(self.version_id)

    def _redo(self) -> Focus:
        self._snapshot = edits.delete_version(self.version_id)
        return self.focus_after_redo()


# ---- making an edit: each function edits through the core, then returns the command to push --------
def add_provision(notifier: Notifier, version_id: int, kind: str, values: dict[str, Any]) -> AddProvision:
    values = {k: v for k, v in values.items() if k != "kind"}
    created = edits.add_provision(version_id, kind, **values)
    return AddProvision(notifier, version_id, kind, int(created.id))


def update_provision(
    notifier: Notifier, version_id: int, provision_id: int, changes: dict[str, Any], kind: str
) -> UpdateProvision:
    before = edits.update_provision(provision_id, changes)
    return UpdateProvision(notifier, version_id, provision_id, changes, before, kind)


def delete_provision(notifier: Notifier, provision_id: int) -> DeleteProvision:
    return DeleteProvision(notifier, edits.delete_provision(provision_id))


def duplicate_provision(notifier: Notifier, version_id: int, provision_id: int, kind: str) -> AddProvision:
    copy = edits.duplicate_provision(provision_id)
    text = translate("IepCommands", "duplicate {kind}").format(kind=words.kind_name(kind).lower())
    return AddProvision(notifier, version_id, kind, int(copy.id), text)


def move_provision(notifier: Notifier, version_id: int, provision_id: int, new_index: int) -> MoveProvision:
    old_index = edits.move_provision(provision_id, new_index)
    return MoveProvision(notifier, version_id, provision_id, old_index, new_index)


def added_version(notifier: Notifier, version_id: int, started_from_another: bool) -> AddVersion:
    """The command for a version just created (blank, or started from another one)."""
    text = (
        translate("IepCommands", "start the next IEP")
        if started_from_another
        else translate("IepCommands", "add an IEP")
    )
    return AddVersion(notifier, version_id, text)


def update_version(notifier: Notifier, version_id: int, changes: dict[str, Any]) -> UpdateVersion:
    before = edits.update_version(version_id, changes)
    return UpdateVersion(notifier, version_id, changes, before)


def delete_version(notifier: Notifier, version_id: int) -> DeleteVersion:
    return DeleteVersion(notifier, edits.delete_version(version_id))
