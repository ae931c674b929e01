"""Restore from a backup: choose it, give its passphrase, choose a NEW place, then open the copy.

The open case (if any) is locked first: restoring opens the restored case in its place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from iepdesk.casefile import SUGGESTED_SUFFIX, Case, CasePaths
from iepdesk.errors import WrongPassphraseError
from ui import messages
from ui.dialogs.ask_passphrase import AskPassphraseDialog
from ui.shell.jobs import restore_backup

if TYPE_CHECKING:
    from ui.shell.controller import AppController


def restored_name(backup: Path) -> Path:
    """``<name> restored.iepcase`` beside the backup, numbered if taken."""
    stem = backup.stem
    candidate = backup.with_name(f"{stem} restored{SUGGESTED_SUFFIX}")
    number = 2
    while CasePaths.of(candidate).any_exists():
        candidate = backup.with_name(f"{stem} restored {number}{SUGGESTED_SUFFIX}")
        number += 1
    return candidate


class RestoreFlow(QObject):
    def __init__(self, app: AppController) -> None:
        super().__init__(app)
        self._app = app

    def start(self, parent: QWidget | None) -> None:
        app = self._app
        if app.case is not None and not messages.confirm(
            parent,
            self.tr("Restore from a backup"),
            self.tr(
                "Restoring makes a new case from a backup and opens it. The case that is open now "
                "will be locked first; nothing in it changes."
            ),
            yes=self.tr("Continue"),
        ):
            return
        backup = app.files.backup_to_restore(parent, app.start_folder())
        if backup is None:
            return
        passphrase = self._ask_passphrase(parent, backup)
        if passphrase is None:
            return
        destination = app.files.restore_destination(parent, restored_name(backup))
        if destination is None:
            return
        if CasePaths.of(destination).any_exists():
            messages.show_error(
                parent,
                self.tr("Choose another name"),
                self.tr(
                    "A file named {name} is already there. Restoring never replaces a file; choose a "
                    "new name."
                ).format(name=destination.name),
            )
            return
        self._run(backup, destination, passphrase)

    def _ask_passphrase(self, parent: QWidget | None, backup: Path, error: str = "") -> str | None:
        dialog = AskPassphraseDialog(
            self.tr("Passphrase of the backup"),
            self.tr("Type the passphrase that opened the case when {name} was made.").format(
                name=backup.name
            ),
            error,
            parent,
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.value()
        finally:
            dialog.passphrase.setText("")
            dialog.deleteLater()

    def _run(self, backup: Path, destination: Path, passphrase: str) -> None:
        app = self._app
        if app.case is not None:
            app.close_case()  # the restored case takes its place
        if app.case is not None:  # still busy with other work
            return
        app.tasks.run_with_dialog(
            app.welcome,
            self.tr("Restoring the backup…"),
            lambda report: restore_backup(backup, destination, passphrase, report),
            on_done=self._restored,
            on_error=lambda exc: self._failed(exc, backup, destination),
            determinate=True,
        )

    def _restored(self, case: Case) -> None:
        self._app.case_opened(case)
        messages.show_info(
            self._app.main_window,
            self.tr("Backup restored"),
            self.tr("The backup was restored as {path} and is now open.").format(path=case.paths.db),
        )

    def _failed(self, exc: BaseException, backup: Path, destination: Path) -> None:
        if isinstance(exc, WrongPassphraseError):
            passphrase = self._ask_passphrase(
                self._app.welcome, backup, self.tr("That passphrase does not open this backup.")
            )
            if passphrase is not None:
                self._run(backup, destination, passphrase)
            return
        messages.show_error(self._app.welcome, self.tr("The backup was not restored"), exc)
