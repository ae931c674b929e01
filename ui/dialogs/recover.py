"""Open a case with the recovery kit and choose a new passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from iepdesk.casefile import Case
from iepdesk.errors import WrongPassphraseError
from ui import messages
from ui.shell.jobs import KdfChooser, recover_case
from ui.shell.tasks import TaskRunner
from ui.widgets.labels import heading, problem_label
from ui.widgets.passphrase import NewPassphraseFields


class RecoverDialog(QDialog):
    """Emits ``recovered(case)`` when the kit opened the case and the new passphrase is set."""

    recovered = Signal(object)

    def __init__(self, path: Path, tasks: TaskRunner, kdf: KdfChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._tasks = tasks
        self._kdf = kdf
        self._working = False
        self.setWindowTitle(self.tr("Open with the recovery kit"))
        self.setMinimumWidth(560)

        title = heading(self.tr("Open {name} with the recovery kit").format(name=path.name), 1.3)
        intro = QLabel(
            self.tr(
                "Type the groups of letters and digits from your recovery kit. Spaces and dashes do not "
                "matter. Then choose a new passphrase; the old one will stop working."
            )
        )
        intro.setWordWrap(True)
        self.secret = QLineEdit()
        self.secret.setAccessibleName(self.tr("Recovery secret"))
        self.secret.setPlaceholderText("ABCD-EFGH-…")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.secret.setFont(mono)
        self.secret.setMinimumWidth(360)
        secret_label = QLabel(self.tr("Recovery &secret:"))
        secret_label.setBuddy(self.secret)
        self.fields = NewPassphraseFields(
            self, label=self.tr("&New passphrase:"), leading_rows=[(secret_label, self.secret)]
        )
        self.error = problem_label(self.tr("Problem"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Opening the case"))
        self.busy.hide()
        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton(
            self.tr("&Open and set passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setAccessibleName(self.tr("Open the case and set the new passphrase"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.open_button.setDefault(True)

        self.open_button.clicked.connect(self._recover)
        self.cancel_button.clicked.connect(self.reject)
        self.fields.changed.connect(self._update)
        self.secret.textChanged.connect(self._update)
        self.setTabOrder(self.secret, self.fields.first)
        self._update()

    def _update(self) -> None:
        self.open_button.setEnabled(
            not self._working and bool(self.secret.text().strip()) and self.fields.is_acceptable()
        )

    def _set_working(self, on: bool) -> None:
        self._working = on
        self.secret.setEnabled(not on)
        self.fields.setEnabled(not on)
        self.cancel_button.setEnabled(not on)
        self.busy.setVisible(on)
        self._update()

    def _recover(self) -> None:
        if self._working or not self.fields.is_acceptable():
            return
        path, secret, new, kdf = self._path, self.secret.text(), self.fields.passphrase(), self._kdf
        self.error.hide()
        self._set_working(True)
        self._tasks.run(
            lambda _r: recover_case(path, secret, new, kdf), on_done=self._done, on_error=self._failed
        )

    def _done(self, case: Case) -> None:
        self._set_working(False)
        self.secret.setText("")
        self.fields.clear()
        self.recovered.emit(case)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_working(False)
        if isinstance(exc, WrongPassphraseError):
            self.error.setText(messages.describe(exc))
            self.error.show()
            self.secret.setFocus()
            self.secret.selectAll()
            return
        messages.show_error(self, self.tr("The case was not opened"), exc)

    def reject(self) -> None:
        if self._working:
            return
        self.secret.setText("")
        self.fields.clear()
        super().reject()
