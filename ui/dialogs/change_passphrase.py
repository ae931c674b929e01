"""Change the passphrase: the current one, then the new one twice. Runs off the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from iepdesk.casefile import Case
from iepdesk.errors import WrongPassphraseError
from ui import messages
from ui.shell.jobs import KdfChooser, change_passphrase
from ui.shell.tasks import TaskRunner
from ui.widgets.labels import problem_label
from ui.widgets.passphrase import NewPassphraseFields, password_field


class ChangePassphraseDialog(QDialog):
    def __init__(self, case: Case, tasks: TaskRunner, kdf: KdfChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case = case
        self._tasks = tasks
        self._kdf = kdf
        self._working = False
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(520)
        self.current = password_field(self.tr("Current passphrase"))
        current_label = QLabel(self.tr("C&urrent passphrase:"))
        current_label.setBuddy(self.current)
        self.fields = NewPassphraseFields(
            self, label=self.tr("&New passphrase:"), leading_rows=[(current_label, self.current)]
        )
        self.error = problem_label(self.tr("Problem"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Changing the passphrase"))
        self.busy.hide()
        self.buttons = QDialogButtonBox()
        self.change_button = self.buttons.addButton(
            self.tr("&Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.setAccessibleName(self.tr("Change the passphrase"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.change_button.setDefault(True)
        self.change_button.clicked.connect(self._change)
        self.cancel_button.clicked.connect(self.reject)
        self.current.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)
        self.setTabOrder(self.current, self.fields.first)
        self.fields.set_hints([*case.child_name.split(), case.paths.db.stem])
        self._update()
        self.current.setFocus()

    def _update(self) -> None:
        self.change_button.setEnabled(
            not self._working and bool(self.current.text()) and self.fields.is_acceptable()
        )

    def _set_working(self, on: bool) -> None:
        self._working = on
        self.current.setEnabled(not on)
        self.fields.setEnabled(not on)
        self.cancel_button.setEnabled(not on)
        self.busy.setVisible(on)
        self._update()

    def _change(self) -> None:
        if self._working or not self.fields.is_acceptable():
            return
        strength = self.fields.strength()
        if strength.weak and not messages.confirm(
            self,
            self.tr("A weak passphrase"),
            self.tr("This passphrase would be easy to guess ({advice}). Use it anyway?").format(
                advice=strength.advice or strength.label
            ),
            yes=self.tr("Use it anyway"),
            no=self.tr("Choose another"),
        ):
            return
        case, current, new, kdf = self._case, self.current.text(), self.fields.passphrase(), self._kdf
        self.error.hide()
        self._set_working(True)
        self._tasks.run(
            lambda _r: change_passphrase(case, current, new, kdf), on_done=self._done, on_error=self._failed
        )

    def _done(self, _result: object) -> None:
        self._set_working(False)
        self.current.setText("")
        self.fields.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_working(False)
        if isinstance(exc, WrongPassphraseError):
            self.error.setText(self.tr("The current passphrase is not right. Nothing was changed."))
            self.error.show()
            self.current.setFocus()
            self.current.selectAll()
            return
        messages.show_error(self, self.tr("The passphrase was not changed"), exc)

    def reject(self) -> None:
        if self._working:
            return
        self.current.setText("")
        self.fields.clear()
        super().reject()
