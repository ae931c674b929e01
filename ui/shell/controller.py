"""The application controller: owns the open case and switches between the windows.

Welcome → (create | unlock | recover) → main window → lock (by hand or when idle) → unlock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from iepdesk import settings as settings_store
from iepdesk.paths import default_case_dir
from ui import messages
from ui.shell.clipboard import ClipboardGuard
from ui.shell.files import FileChooser
from ui.shell.idle import IdleWatcher
from ui.shell.jobs import Created, KdfChooser, Remembered, default_kdf, open_remembered
from ui.shell.services import Services
from ui.shell.tasks import TaskRunner
from ui.shell.welcome import WelcomeWindow
from ui.widgets import unsaved

if TYPE_CHECKING:  # the rest is imported where first used: the welcome window starts light (issue 14)
    from iepdesk.casefile import Case
    from iepdesk.casefile.remember import KeyringStatus
    from ui.create.context import CreateContext
    from ui.create.wizard import CreateCaseWizard
    from ui.dialogs.recover import RecoverDialog
    from ui.dialogs.unlock import UnlockDialog
    from ui.shell.case_actions import CaseActions
    from ui.shell.main_window import MainWindow
    from ui.shell.restore_flow import RestoreFlow

log = logging.getLogger(__name__)


class AppController(QObject):
    def __init__(
        self,
        kdf: KdfChooser = default_kdf,
        files: FileChooser | None = None,
        keyring: KeyringStatus | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.kdf = kdf
        self.files = files or FileChooser(self)
        self._keyring = keyring
        self.settings = settings_store.load()
        #: The window's one background helper and file chooser, handed to every page.
        self.tasks = TaskRunner(self)
        self.services = Services(self.tasks, self.files)
        self.clipboard = ClipboardGuard(self)
        self.idle = IdleWatcher(self)
        self.idle.set_minutes(self.settings.auto_lock_minutes)
        self.idle.timed_out.connect(self.lock)
        self.tasks.idle.connect(self._tasks_idle)
        self.case: Case | None = None
        self.welcome = self._make_welcome()
        self.main_window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.recover_dialog: RecoverDialog | None = None
        self.wizard: CreateCaseWizard | None = None
        self._lock_when_idle = False
        #: Ends the event loop (tests replace it).
        self.exit_app: Callable[[], None] = QApplication.quit
        self._actions: CaseActions | None = None
        self._restore_flow: RestoreFlow | None = None

    def _make_welcome(self) -> WelcomeWindow:
        welcome = WelcomeWindow()
        welcome.create_requested.connect(lambda: self.create_case())
        welcome.open_requested.connect(self.choose_case)
        welcome.restore_requested.connect(lambda: self.restore_flow.start(self.welcome))
        welcome.recent_chosen.connect(lambda p: self.open_case(Path(p)))
        welcome.recent_removed.connect(self._remove_recent)
        welcome.recent_restored.connect(self._restore_recent)
        welcome.closed.connect(self.quit)
        return welcome

    # ---- shared -------------------------------------------------------------------------------------
    @property
    def keyring(self) -> KeyringStatus:
        if self._keyring is None:
            from iepdesk.casefile import remember

            self._keyring = remember.status()
        return self._keyring

    @property
    def actions(self) -> CaseActions:
        """What the Settings page asks for (made when first needed, as the restore flow is)."""
        if self._actions is None:
            from ui.shell.case_actions import CaseActions

            self._actions = CaseActions(self)
        return self._actions

    @property
    def restore_flow(self) -> RestoreFlow:
        if self._restore_flow is None:
            from ui.shell.restore_flow import RestoreFlow

            self._restore_flow = RestoreFlow(self)
        return self._restore_flow

    def save_settings(self) -> None:
        try:
            settings_store.save(self.settings)
        except OSError as exc:
            log.warning("settings not saved: %s", type(exc).__name__)

    def start_folder(self) -> Path:
        folder = Path(self.settings.last_folder) if self.settings.last_folder else default_case_dir()
        return folder if folder.is_dir() else Path.home()

    def active_window(self) -> QWidget:
        return self.main_window or self.welcome

    # ---- welcome ------------------------------------------------------------------------------------
    def show_welcome(self) -> None:
        self.welcome.set_recent(self.settings.recent_cases)
        self.welcome.show()
        self.welcome.raise_()
        self.welcome.activateWindow()

    def _remove_recent(self, path: str) -> None:
        self.settings.remove_recent(path)
        self.save_settings()
        self.welcome.set_recent(self.settings.recent_cases)

    def _restore_recent(self, path: str, row: int) -> None:
        """Undo of a removal from the recent list: the path goes back where it was."""
        recent = [p for p in self.settings.recent_cases if p != path]
        recent.insert(row, path)
        self.settings.recent_cases = recent[: settings_store.MAX_RECENT]
        self.save_settings()
        self.welcome.set_recent(self.settings.recent_cases)

    def create_case(self, context: CreateContext | None = None, child_name: str = "") -> None:
        from ui.create.context import CreateContext
        from ui.create.wizard import CreateCaseWizard

        context = context or CreateContext(self.tasks, self.files, self.kdf, self.keyring)
        self.wizard = CreateCaseWizard(context, self.welcome, child_name=child_name)
        self.wizard.case_created.connect(lambda created: self._created(created))
        self.wizard.finished.connect(self._wizard_closed)
        self.wizard.language_chosen.connect(self.change_language)
        self.wizard.open()

    def change_language(self, language: str, child_name: str) -> None:
        """The create wizard's choice of language, kept for this computer and in effect at once: the
        welcome window and the wizard are made again in it (nothing is typed yet but the child's name,
        which is carried over; the key calibration already under way goes on)."""
        from ui.i18n import install_language

        self.settings.language = language
        self.save_settings()
        app = QApplication.instance()
        if app is not None:
            install_language(app, language)
        wizard, welcome = self.wizard, self.welcome
        context = wizard.context if wizard is not None else None
        self.wizard = None
        if wizard is not None:
            wizard.finished.disconnect(self._wizard_closed)
            wizard.hide()
        welcome.closed.disconnect(self.quit)
        self.welcome = self._make_welcome()
        self.welcome.setGeometry(welcome.geometry())
        self.show_welcome()
        welcome.hide()
        welcome.deleteLater()  # and the old wizard with it, its child
        self.create_case(context, child_name)

    def _created(self, created: Created) -> None:
        self.case_opened(created.case)

    def _wizard_closed(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None

    def choose_case(self) -> None:
        path = self.files.existing_case_path(self.welcome, self.start_folder())
        if path is not None:
            self.open_case(path)

    # ---- unlocking ----------------------------------------------------------------------------------
    def open_case(self, path: Path) -> None:
        from iepdesk.casefile import CasePaths

        if not CasePaths.of(path).db.exists():
            messages.show_error(
                self.welcome,
                self.tr("Case not found"),
                self.tr("{name} is not there any more. It may have been moved, renamed or deleted.").format(
                    name=path.name
                ),
            )
            self.welcome.set_recent(self.settings.recent_cases)
            return
        if not self.keyring.usable:
            self.show_unlock(path)
            return
        self.tasks.run_with_dialog(
            self.active_window(),
            self.tr("Opening the case…"),
            lambda _r: open_remembered(path),
            on_done=lambda result: self._remembered_result(path, result),
            on_error=lambda exc: messages.show_error(self.welcome, self.tr("The case was not opened"), exc),
        )

    def _remembered_result(self, path: Path, result: Remembered) -> None:
        if result.case is not None:
            self.case_opened(result.case)
            return
        notice = (
            self.tr("The key remembered on this computer no longer worked. Enter your passphrase.")
            if result.stale
            else ""
        )
        self.show_unlock(path, notice)

    def show_unlock(self, path: Path, notice: str = "") -> None:
        from ui.dialogs.unlock import UnlockDialog

        self._drop_unlock_dialog()
        dialog = UnlockDialog(path, self.tasks, self.keyring, notice)
        self.unlock_dialog = dialog
        dialog.unlocked.connect(self.case_opened)
        dialog.recovery_requested.connect(lambda: self.show_recovery(path))
        dialog.gave_up.connect(self._unlock_given_up)
        self.welcome.hide()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _unlock_given_up(self) -> None:
        self._drop_unlock_dialog()
        self.show_welcome()

    def _drop_unlock_dialog(self) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None

    def show_recovery(self, path: Path) -> None:
        from ui.dialogs.recover import RecoverDialog

        self._drop_unlock_dialog()
        dialog = RecoverDialog(path, self.tasks, self.kdf)
        self.recover_dialog = dialog
        dialog.recovered.connect(self.case_opened)
        dialog.rejected.connect(lambda: self.show_unlock(path))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _code: setattr(self, "recover_dialog", None))
        dialog.show()

    # ---- the open case ------------------------------------------------------------------------------
    def case_opened(self, case: Case) -> None:
        from iepdesk import drafts
        from ui.shell.main_window import MainWindow

        if self.case is not None and self.case is not case:
            self.case.lock()
        self.case = case
        self.settings.add_recent(case.paths.db)
        self.settings.last_folder = str(case.paths.db.parent)
        self.save_settings()
        self._drop_unlock_dialog()
        from iepdesk.share.marker import is_shared_copy

        # A shared copy: every page is told once, and turns its edit controls off (ui.widgets.read_only).
        window = MainWindow(replace(self.services, read_only=is_shared_copy()), self.clipboard.copy)
        self.main_window = window
        window.lock_requested.connect(self.lock)
        window.close_case_requested.connect(self.close_case)
        window.quit_requested.connect(self.quit)
        window.about_requested.connect(self._about)
        window.share_requested.connect(self.share_copy)
        self.actions.attach(window.settings_page)
        self._show_if_shared(window)
        try:
            window.load_pages(case.child_name)
        except Exception as exc:
            messages.show_error(None, self.tr("The case could not be shown"), exc)
            self._lock_case(then="welcome")
            return
        try:  # unsaved text kept at the last lock goes back into its form, marked, never as a record
            window.restore_drafts(drafts.load_all())
        except Exception as exc:
            log.warning("drafts not restored: %s", type(exc).__name__)
        self.welcome.hide()
        window.show()
        window.raise_()
        window.activateWindow()
        self.idle.start()

    def lock(self) -> None:
        """Lock now (Ctrl+L or idle): clear every window, drop the key, ask for the passphrase."""
        self._lock_case(then="unlock")

    def _unsaved_settled(self) -> bool:
        """Before the case closes: Save / Discard / Cancel for unsaved changes. False: Cancel."""
        window = self.main_window
        if window is None or self.case is None or self.case.is_locked:
            return True  # nothing is shown from an open case: nothing to ask about
        return window.settle_all()

    def close_case(self) -> None:
        if not self._unsaved_settled():
            return  # Cancel: the parent goes back to the unsaved changes
        self._lock_case(then="welcome")

    def quit(self) -> None:
        if self.tasks.must_finish:
            messages.show_info(
                self.active_window(),
                self.tr("Please wait"),
                self.tr("IEPDesk is still working on the case. It can close when that is finished."),
            )
            return
        if not self._unsaved_settled():
            return  # Cancel: nothing closes
        self._lock_case(then="quit")
        self.welcome.hide()
        self._drop_unlock_dialog()
        self.tasks.wait()
        self.exit_app()

    def shutdown(self) -> None:
        """The application is ending (Quit, or the computer logging out): save, lock, tidy up."""
        self.tasks.wait()
        self._lock_case(then="quit")

    def _lock_case(self, then: str) -> None:
        if self.case is None:
            return
        self.tasks.cancel()  # case work that can stop early (an import, the binder) is asked to, now
        if self.tasks.must_finish:  # a backup or passphrase change still needs the key: lock right after
            self._lock_when_idle = True
            return
        path = self.case.paths.db
        dialog_drafts = unsaved.open_dialog_drafts()  # read before the dialogs close
        with unsaved.silenced():  # a dialog closes as Cancel would, without asking
            self._close_dialogs()
        window = self.main_window
        if window is not None:
            window.save_pending()  # background work ends; no form is saved behind the parent's back
        self.tasks.wait()  # all other case work (a count, a plan) has run before the key is dropped
        if window is not None:
            self._keep_drafts(window, dialog_drafts)
            with unsaved.silenced():  # emptying the pages must not ask (or save, or discard)
                window.clear_case_content()
        self.case.lock()
        self.case = None
        self.idle.stop()
        self.clipboard.clear_if_ours()
        if window is not None:
            window.setProperty("closing_for_real", True)
            window.hide()
            window.deleteLater()
            self.main_window = None
        if then == "unlock":
            self.show_unlock(path)
        elif then == "welcome":
            self.show_welcome()

    def _keep_drafts(self, window: MainWindow, dialog_drafts: dict[str, dict[str, Any]]) -> None:
        """A lock cannot ask Save / Discard: what is unsaved is kept in the case as drafts, written now,
        just before the database closes (a close or quit already asked, so it clears old drafts)."""
        if self.case is None or self.case.is_locked:
            return
        from iepdesk import drafts

        try:
            drafts.replace_all({**window.keep_drafts(), **dialog_drafts})
        except Exception as exc:  # locking goes on whatever happens
            log.warning("drafts not kept: %s", type(exc).__name__)

    def _close_dialogs(self) -> None:
        """Close every dialog still open over the case (an edit, a question), as Cancel would."""
        for _ in range(5):  # a dialog may have opened another one
            open_dialogs = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible() and w is not self.unlock_dialog
            ]
            if not open_dialogs:
                return
            for dialog in open_dialogs:
                dialog.reject()
                dialog.hide()

    def _tasks_idle(self, long_work: bool) -> None:
        if self._lock_when_idle:
            self._lock_when_idle = False
            self.lock()
        elif long_work:  # the parent waited for it (a backup): not idle; a count in a page does not count
            self.idle.poke()

    def _show_if_shared(self, window: MainWindow) -> None:
        """A shared copy (iepdesk.share): its banner above the pages; it cannot be shared again."""
        from iepdesk.share.marker import shared_copy
        from ui.share.banner import install_banner

        info = shared_copy()
        window.share_action.setEnabled(info is None)
        if info is not None:
            install_banner(window, info)

    def share_copy(self) -> None:
        from ui.share.dialog import ShareDialog
        from ui.share.kit import ShareKitDialog

        if self.case is None or self.main_window is None:
            return
        window = self.main_window
        dialog = ShareDialog(self.case, self.services, self.kdf, window)

        def show_kit(result: object) -> None:
            kit = ShareKitDialog(result, self.services, window)  # type: ignore[arg-type]
            kit.finished.connect(kit.deleteLater)
            kit.open()

        dialog.shared.connect(show_kit)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _about(self) -> None:
        from ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self.main_window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
