"""Share a copy…: the parts, private notes, the copy's own passphrase and where to save it; the copy is
written off the GUI thread behind a progress dialog, then its recovery kit is shown (ui.share.kit)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iepdesk.casefile import SUGGESTED_SUFFIX, CasePaths
from iepdesk.share.choices import document_choices, service_choices
from ui import messages
from ui.share.parts_box import PartsBox
from ui.widgets.dialog_keys import main_action, never_default
from ui.widgets.labels import note, problem_label
from ui.widgets.passphrase import NewPassphraseFields

if TYPE_CHECKING:
    from iepdesk.casefile import Argon2Params, Case
    from iepdesk.share.make import ShareResult
    from ui.shell.services import Services


class ShareDialog(QDialog):
    """Emits ``shared`` with the ShareResult once the copy is written (then it closes)."""

    shared = Signal(object)

    def __init__(
        self,
        case: Case,
        services: Services,
        kdf: Callable[[], Argon2Params],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._case, self._services, self._kdf = case, services, kdf
        self.setWindowTitle(self.tr("Share a copy"))
        self.setAccessibleName(self.tr("Share a copy of the case"))
        intro = note(
            self.tr(
                "A sealed copy to hand to an advocate, an attorney or the other parent. It opens only "
                "read-only, with its own passphrase and recovery kit. Nothing is sent anywhere: you hand "
                "the file over yourself."
            )
        )
        self.parts = PartsBox(service_choices(), document_choices())
        self.private = QCheckBox(self.tr("&Leave out my private notes"))
        self.private.setAccessibleName(self.tr("Leave out my private notes"))
        self.private.setChecked(True)
        private_note = note(
            self.tr(
                "Private notes: your notes on team members, IEP versions and documents, what you plan to "
                "propose, and letters you have not sent. The log, incidents and communications go in."
            )
        )
        self.passphrase = NewPassphraseFields(label=self.tr("&Passphrase for the copy:"))
        self.passphrase.set_hints([case.child_name, case.paths.db.stem])
        self.where = QLineEdit()
        self.where.setReadOnly(True)
        self.where.setAccessibleName(self.tr("Where the copy will be saved"))
        self.where.setPlaceholderText(self.tr("Not chosen yet"))
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.choose.setAccessibleName(self.tr("Choose where to save the copy"))
        never_default(self.choose)
        where_row = QHBoxLayout()
        where_label = QLabel(self.tr("Sa&ve as:"))
        where_label.setBuddy(self.choose)
        where_row.addWidget(where_label)
        where_row.addWidget(self.where, 1)
        where_row.addWidget(self.choose)
        self.problem = problem_label(self.tr("Why the copy cannot be made yet"))

        self.buttons = QDialogButtonBox()
        self.make_button = self.buttons.addButton(
            self.tr("&Make the copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.make_button.setAccessibleName(self.tr("Make the shared copy"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        never_default(cancel)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setSpacing(12)
        body_layout.addWidget(intro)
        body_layout.addWidget(self.parts)
        body_layout.addWidget(self.private)
        body_layout.addWidget(private_note)
        body_layout.addWidget(self.passphrase)
        body_layout.addLayout(where_row)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        main_action(self, self.make_button)
        self.form_scroll = scroll
        self.resize(720, 640)  # fits a 1024x700 screen; the form scrolls down (never sideways: showEvent)

        self.choose.clicked.connect(self._choose)
        self.make_button.clicked.connect(self._make)
        cancel.clicked.connect(self.reject)
        self._out: Path | None = None
        self.parts.whole.setFocus()

    def out_path(self) -> Path | None:
        return self._out

    def showEvent(self, event: QShowEvent) -> None:
        """Wide enough for the form's widest row beside the scroll bar (Spanish's dates row is about
        700 px): the form scrolls down on a small screen, never sideways."""
        super().showEvent(event)
        scroll = self.form_scroll
        body = scroll.widget()
        if body is None:
            return
        frame = 2 * scroll.frameWidth()
        needed = body.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + frame
        scroll.setMinimumWidth(needed)  # the dialog's layout widens the dialog to it

    def _choose(self) -> None:
        db = self._case.paths.db
        suggested = db.with_name(f"{db.stem} shared copy{SUGGESTED_SUFFIX}")
        out = self._services.files.share_path(self, suggested)
        if out is None:
            return
        self._out = out
        self.where.setText(str(out))
        self._show_problem("")

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _problem(self) -> str:
        if self._out is None:
            return self.tr("Choose where to save the copy.")
        if CasePaths.of(self._out).any_exists():
            return self.tr("A file named {name} is already there. Choose another name.").format(
                name=self._out.name
            )
        return self.parts.problem() or self.passphrase.problem()

    def _make(self) -> None:
        problem = self._problem()
        self._show_problem(problem)
        if problem or self._out is None:
            return
        if self.passphrase.strength().weak and not messages.confirm(
            self,
            self.tr("Use a weak passphrase?"),
            self.tr("This passphrase is easy to guess. Whoever gets the file could open it. Use it anyway?"),
            yes=self.tr("Use it anyway"),
            no=self.tr("Choose a stronger one"),
        ):
            return
        from iepdesk.share.parts import ShareParts
        from ui.shell.jobs import share_copy

        start, end, services, documents = self.parts.chosen()
        parts = ShareParts(start, end, services, documents, exclude_private=self.private.isChecked())
        case, out, passphrase, kdf = self._case, self._out, self.passphrase.passphrase(), self._kdf
        self._services.tasks.run_with_dialog(
            self,
            self.tr("Making the shared copy…"),
            lambda report: share_copy(case, out, passphrase, parts, kdf, report),
            on_done=self._made,
            on_error=lambda exc: messages.show_error(self, self.tr("The copy was not made"), exc),
            determinate=True,
        )

    def _made(self, result: ShareResult) -> None:
        self.passphrase.clear()
        self.shared.emit(result)
        self.accept()
