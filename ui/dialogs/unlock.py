"""Unlock a case with its passphrase (or go to recovery). Errors are said in plain words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iepdesk.casefile import Case
from iepdesk.casefile.remember import KeyringStatus
from iepdesk.errors import KeySlotFileError, NotACaseError, WrongPassphraseError
from ui import messages
from ui.shell.jobs import open_case
from ui.shell.tasks import TaskRunner
from ui.widgets.labels import heading, problem_label
from ui.widgets.passphrase import ShowPassphrase, password_field


class UnlockDialog(QDialog):
    """Emits ``unlocked(case)``, ``recovery_requested()`` or ``gave_up()`` (cancel or a bad file)."""

    unlocked = Signal(object)
    recovery_requested = Signal()
    gave_up = Signal()

    def __init__(
        self,
        path: Path,
        tasks: TaskRunner,
        keyring: KeyringStatus,
        notice: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._tasks = tasks
        self._working = False
        self._done = False
        self.setWindowTitle(self.tr("Unlock case"))
        self.setMinimumWidth(480)

        title = heading(self.tr("Unlock {name}").format(name=path.name), 1.3)
        title.setToolTip(str(path))
        self.notice = QLabel(notice)
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        self.passphrase = password_field(self.tr("Passphrase"))
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase)
        self.show_text = ShowPassphrase(self.passphrase)
        self.error = problem_label(self.tr("Problem"))
        self.remember = QCheckBox(self.tr("&Remember on this computer"))
        self.remember.setAccessibleName(self.tr("Remember the case on this computer"))
        self.remember_note = QLabel()
        self.remember_note.setWordWrap(True)
        if keyring.usable:
            self.remember_note.setText(
                self.tr(
                    "Anyone who can log in to this computer account could then open the case "
                    "without the passphrase."
                )
            )
        else:
            self.remember.hide()
            self.remember_note.setText(keyring.reason)
        self.forgot = QPushButton(self.tr("&Forgot your passphrase?"))
        self.forgot.setFlat(True)
        self.forgot.setAccessibleName(self.tr("Forgot your passphrase? Open with the recovery kit"))
        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot.setAutoDefault(False)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.hide()

        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setAccessibleName(self.tr("Unlock the case"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel and go back"))

        form = QFormLayout()
        form.addRow(label, self.passphrase)
        form.addRow("", self.show_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

        self.unlock_button.clicked.connect(self._unlock)
        self.cancel_button.clicked.connect(self.reject)
        self.forgot.clicked.connect(self._forgot)
        self.setTabOrder(self.passphrase, self.show_text)
        self.setTabOrder(self.show_text, self.remember)
        self.setTabOrder(self.remember, self.forgot)
        self.setTabOrder(self.forgot, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.cancel_button)
        self.unlock_button.setDefault(True)  # after the layout: Enter unlocks
        self.passphrase.setFocus()

    @property
    def path(self) -> Path:
        return self._path

    @property
    def working(self) -> bool:
        return self._working

    def _set_working(self, on: bool) -> None:
        self._working = on
        for widget in (
            self.passphrase,
            self.show_text,
            self.remember,
            self.forgot,
            self.unlock_button,
            self.cancel_button,
        ):
            widget.setEnabled(not on)
        self.busy.setVisible(on)

    def _unlock(self) -> None:
        if self._working:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_error(self.tr("Type the passphrase first."))
            return
        remember_here = self.remember.isVisible() and self.remember.isChecked()
        path = self._path
        self.error.hide()
        self._set_working(True)
        self._tasks.run(
            lambda _r: open_case(path, passphrase, remember_here),
            on_done=self._opened,
            on_error=self._failed,
        )

    def _opened(self, case: Case) -> None:
        self._set_working(False)
        self.passphrase.setText("")
        self._done = True
        self.unlocked.emit(case)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_working(False)
        if isinstance(exc, WrongPassphraseError):
            self._show_error(
                self.tr("That passphrase does not open this case. Check Caps Lock and try again.")
            )
            return
        title = self.tr("This case cannot be opened")
        if isinstance(exc, (KeySlotFileError, NotACaseError)) and messages.confirm(
            self, title, messages.describe(exc), yes=self.tr("Use my recovery kit…"), no=self.tr("Close")
        ):
            self._forgot()
            return
        if not isinstance(exc, (KeySlotFileError, NotACaseError)):
            messages.show_error(self, title, exc)
        self.reject()  # a damaged or missing file: back to the start, nothing was written

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def _forgot(self) -> None:
        self._done = True
        self.passphrase.setText("")
        self.recovery_requested.emit()
        self.accept()

    def reject(self) -> None:
        if self._working:
            return
        self.passphrase.setText("")
        super().reject()
        if not self._done:
            self._done = True
            self.gave_up.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._working:
            event.ignore()
            return
        super().closeEvent(event)
