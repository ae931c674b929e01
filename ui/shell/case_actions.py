"""What the Settings page asks for: auto-lock, remembering, the passphrase and backups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from iepdesk.casefile import BackupResult, CasePaths, remember
from ui import messages
from ui.dialogs.change_passphrase import ChangePassphraseDialog
from ui.shell.jobs import back_up

if TYPE_CHECKING:
    from ui.settings.page import SettingsPage
    from ui.shell.controller import AppController


class CaseActions(QObject):
    def __init__(self, app: AppController) -> None:
        super().__init__(app)
        self._app = app
        self._page: SettingsPage | None = None

    def attach(self, page: SettingsPage) -> None:
        self._page = page
        page.set_auto_lock(self._app.settings.auto_lock_minutes)
        page.auto_lock_changed.connect(self.set_auto_lock)
        page.set_theme(self._app.settings.theme)
        page.theme_changed.connect(self.set_theme)
        page.set_language(self._app.settings.language)
        page.language_changed.connect(self.set_language)
        page.remember_requested.connect(self.set_remembered)
        page.change_passphrase_requested.connect(self.change_passphrase)
        page.backup_requested.connect(self.back_up)
        page.restore_requested.connect(lambda: self._app.restore_flow.start(page))
        page.destroyed.connect(self._detach)
        self._show_remember_state()

    def _detach(self) -> None:
        self._page = None

    def _show_remember_state(self) -> None:
        case, page = self._app.case, self._page
        if case is None or page is None:
            return
        status = self._app.keyring
        remembered = status.usable and remember.is_remembered(case.case_id)
        page.set_remember_state(status.usable, remembered, status.reason)

    def set_auto_lock(self, minutes: int) -> None:
        self._app.settings.auto_lock_minutes = minutes
        self._app.save_settings()
        self._app.idle.set_minutes(minutes)

    def set_theme(self, choice: str) -> None:
        """The page has put it into effect; keep it for the next start."""
        self._app.settings.theme = choice
        self._app.save_settings()

    def set_language(self, choice: str) -> None:
        """Kept for the next start: the open pages stay in the language they were made in."""
        self._app.settings.language = choice
        self._app.save_settings()

    def set_remembered(self, on: bool) -> None:
        case = self._app.case
        if case is None:
            return
        if on:
            if not messages.confirm(
                self._page,
                self.tr("Remember on this computer"),
                self.tr(
                    "Anyone who can log in to this computer account will be able to open the case "
                    "without the passphrase. Remember it here?"
                ),
                yes=self.tr("Remember"),
            ):
                return
            if not remember.remember(case.case_id, case.data_key):
                messages.show_error(
                    self._page,
                    self.tr("Not remembered"),
                    self.tr(
                        "The computer's password store did not accept the key. The passphrase still works."
                    ),
                )
        else:
            remember.forget(case.case_id)
        self._show_remember_state()

    def change_passphrase(self) -> None:
        case = self._app.case
        if case is None:
            return
        dialog = ChangePassphraseDialog(case, self._app.tasks, self._app.kdf, self._page)
        dialog.accepted.connect(
            lambda: messages.show_info(
                self._page,
                self.tr("Passphrase changed"),
                self.tr(
                    "From now on, the case opens with the new passphrase. Your recovery kit still works."
                ),
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def back_up(self) -> None:
        case = self._app.case
        if case is None:
            return
        out = self._app.files.backup_path(self._page, case.paths.db)
        if out is None or self._app.case is not case:
            return
        if CasePaths.of(out).any_exists():
            messages.show_error(
                self._page,
                self.tr("Choose another name"),
                self.tr(
                    "A file named {name} is already there. A backup never replaces a file; choose "
                    "another name."
                ).format(name=out.name),
            )
            return
        self._app.tasks.run_with_dialog(
            self._page,
            self.tr("Backing up the case…"),
            lambda report: back_up(case, out, report),
            on_done=self._backed_up,
            on_error=lambda exc: messages.show_error(self._page, self.tr("The backup was not made"), exc),
            determinate=True,
        )

    def _backed_up(self, result: BackupResult) -> None:
        messages.show_info(
            self._page,
            self.tr("Backup made"),
            self.tr(
                "The backup is saved as {path}. It opens with the same passphrase or recovery kit. "
                "Keep a copy away from this computer."
            ).format(path=result.path),
        )
