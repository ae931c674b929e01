"""After the copy is written: a clear message, then the copy's recovery kit, shown once (as the create
wizard shows a new case's kit): save it as PDF or print it, kept in memory until then."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import kit_output, messages
from ui.create.kit_page import kit_folder
from ui.shell.jobs import recovery_kit
from ui.widgets.dialog_keys import main_action
from ui.widgets.labels import heading, note

if TYPE_CHECKING:
    from iepdesk.share.make import ShareResult
    from ui.shell.services import Services


class ShareKitDialog(QDialog):
    def __init__(self, result: ShareResult, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result, self._services = result, services
        self._pdf: bytes | None = None
        self.setWindowTitle(self.tr("The shared copy is made"))
        self.setAccessibleName(self.tr("The shared copy and its recovery kit"))
        done = QLabel(
            self.tr(
                "The copy is saved as {name}, with its key file {keys} beside it. Hand over both files. "
                "It opens read-only, with the passphrase you chose for it."
            ).format(name=result.path.name, keys=result.keys.name)
        )
        done.setWordWrap(True)
        done.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLineEdit(str(result.path.parent))  # a long folder scrolls here, never cut off
        self.where.setReadOnly(True)
        self.where.setAccessibleName(self.tr("The folder the copy is in"))
        where_label = QLabel(self.tr("In the folder:"))
        where_row = QHBoxLayout()
        where_row.addWidget(where_label)
        where_row.addWidget(self.where, 1)
        grid_frame = QFrame()
        grid_frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid_frame.setAccessibleName(self.tr("Recovery secret of the copy"))
        grid = QGridLayout(grid_frame)
        grid.setContentsMargins(18, 14, 18, 14)
        grid.setHorizontalSpacing(22)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.35)
        mono.setWeight(QFont.Weight.DemiBold)
        for index, group in enumerate(result.secret.groups):
            label = QLabel(group)
            label.setFont(mono)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, index // 4, index % 4)
        grid_frame.setAccessibleDescription(" ".join(result.secret.groups))
        self.save_button = QPushButton(self.tr("&Save kit as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the copy's recovery kit as a PDF file"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the copy's recovery kit"))
        self.print_button.setVisible(kit_output.printing_available())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.confirmed = QCheckBox(self.tr("I have saved or printed the &kit"))
        self.confirmed.setAccessibleName(self.tr("I have saved or printed the kit of the copy"))
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.confirmed)
        bottom.addStretch(1)
        bottom.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(done)
        layout.addLayout(where_row)
        layout.addWidget(heading(self.tr("The copy's recovery kit")))
        layout.addWidget(grid_frame)
        layout.addWidget(
            note(
                self.tr(
                    "If the passphrase of the copy is forgotten, this kit opens it. It is shown only now. "
                    "Give it with the copy, or keep it yourself."
                )
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(bottom)
        main_action(self, self.done_button)
        self.save_button.clicked.connect(self._save)
        self.print_button.clicked.connect(self._print)
        self.confirmed.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        self.resize(620, 440)
        self.save_button.setFocus()

    def reject(self) -> None:
        if self.confirmed.isChecked() or messages.confirm(
            self,
            self.tr("Close without the kit?"),
            self.tr("The kit is shown only now. The copy still opens with its passphrase. Close anyway?"),
            yes=self.tr("Close"),
            no=self.tr("Go back"),
        ):
            super().reject()

    def _with_pdf(self, then: object) -> None:
        assert callable(then)
        if self._pdf is not None:
            then(self._pdf)
            return
        result = self._result

        def keep(pdf: bytes) -> None:
            self._pdf = pdf
            then(pdf)

        self._services.tasks.run_with_dialog(
            self,
            self.tr("Preparing the recovery kit…"),
            lambda _r: recovery_kit(result.secret, result.case_id, result.info.child_name, result.path.name),
            on_done=keep,
            on_error=lambda exc: messages.show_error(self, self.tr("The kit was not made"), exc),
        )

    def _save(self) -> None:
        db = self._result.path
        out = self._services.files.kit_pdf_path(self, kit_folder(db.parent) / f"{db.stem} recovery kit.pdf")
        if out is None:
            return

        def write(pdf: bytes) -> None:
            try:
                kit_output.save_pdf(pdf, Path(out))
            except OSError as exc:
                messages.show_error(self, self.tr("The kit was not saved"), exc)
                return
            self.status.setText(self.tr("Saved to {path}.").format(path=out))

        self._with_pdf(write)

    def _print(self) -> None:
        def send(pdf: bytes) -> None:
            if kit_output.print_pdf(self, pdf, self.tr("IEPDesk recovery kit")):
                self.status.setText(self.tr("Sent to the printer."))

        self._with_pdf(send)
