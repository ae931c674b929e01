"""The last page of the create-case wizard: the recovery kit, shown once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui import kit_output, messages
from ui.create.context import CreateContext
from ui.shell.jobs import recovery_kit
from ui.widgets.labels import note


def kit_folder(case_folder: Path) -> Path:
    """Where to suggest saving the kit: the documents folder, or the desktop or home folder when
    the case itself is in the documents folder; never the case's own folder if another exists."""
    for name in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.DesktopLocation,
    ):
        folder = QStandardPaths.writableLocation(name)
        if folder and Path(folder).is_dir() and not _same_folder(Path(folder), case_folder):
            return Path(folder)
    return Path.home() if not _same_folder(Path.home(), case_folder) else case_folder


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a.absolute() == b.absolute()


class KitPage(QWizardPage):
    def __init__(self, context: CreateContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._pdf: bytes | None = None
        self.setTitle(self.tr("Your recovery kit"))
        self.setSubTitle(
            self.tr(
                "If the passphrase is ever forgotten, this kit is the only way back into the case. "
                "It is shown only now."
            )
        )
        self.grid_frame = QFrame()
        self.grid_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid_frame.setAccessibleName(self.tr("Recovery secret"))
        self.grid = QGridLayout(self.grid_frame)
        self.grid.setContentsMargins(18, 14, 18, 14)
        self.grid.setHorizontalSpacing(22)
        self.grid.setVerticalSpacing(8)

        self.save_button = QPushButton(self.tr("&Save kit as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the recovery kit as a PDF file"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery kit"))
        self.print_button.setVisible(kit_output.printing_available())
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.confirmed = QCheckBox(self.tr("I have saved or printed my recovery &kit"))
        self.confirmed.setAccessibleName(self.tr("I have saved or printed my recovery kit"))

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.grid_frame)
        layout.addWidget(
            note(
                self.tr(
                    "Print it, or save the PDF and keep a copy away from this computer (a USB stick in a "
                    "drawer, a folder with your important papers). Whoever has the kit and the case file "
                    "can open the case, so keep it private."
                )
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.confirmed)

        self.save_button.clicked.connect(self._save)
        self.print_button.clicked.connect(self._print)
        self.confirmed.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:
        created = self._context.created
        if created is None:
            return
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.35)
        mono.setWeight(QFont.Weight.DemiBold)
        groups = created.secret.groups
        for index, group in enumerate(groups):
            label = QLabel(group)
            label.setFont(mono)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(label, index // 4, index % 4)
        self.grid_frame.setAccessibleDescription(" ".join(groups))
        self.save_button.setFocus()

    def isComplete(self) -> bool:
        return self.confirmed.isChecked()

    def forget(self) -> None:
        """Drop the kit from memory (the wizard is done with it)."""
        self._pdf = None
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _with_pdf(self, then: Callable[[bytes], None]) -> None:
        created = self._context.created
        if created is None:
            return
        if self._pdf is not None:
            then(self._pdf)
            return
        case = created.case
        child, case_id, file_name = case.child_name, case.case_id, case.paths.db.name

        def keep(pdf: bytes) -> None:
            self._pdf = pdf
            then(pdf)

        self._context.tasks.run_with_dialog(
            self,
            self.tr("Preparing the recovery kit…"),
            lambda _r: recovery_kit(created.secret, case_id, child, file_name),
            on_done=keep,
            on_error=lambda exc: messages.show_error(self, self.tr("The kit was not made"), exc),
        )

    def _save(self) -> None:
        created = self._context.created
        if created is None:
            return
        db = created.case.paths.db
        # The kit says to keep it away from the case: suggest another folder, and ask when the
        # parent picks the case's own folder anyway (whoever copies the folder would get both).
        suggested = kit_folder(db.parent) / f"{db.stem} recovery kit.pdf"
        while True:
            out = self._context.files.kit_pdf_path(self, suggested)
            if out is None:
                return
            if not _same_folder(Path(out).parent, db.parent) or messages.confirm(
                self,
                self.tr("Save the kit beside the case?"),
                self.tr(
                    "This is the folder the case is in. Whoever gets a copy of this folder would then "
                    "have both the case and the key to it. Keep the kit somewhere else: a USB stick, "
                    "another folder, or on paper."
                ),
                yes=self.tr("Save it here anyway"),
                no=self.tr("Choose another place"),
            ):
                break
            suggested = Path(out)

        def write(pdf: bytes) -> None:
            try:
                kit_output.save_pdf(pdf, Path(out))
            except OSError as exc:
                messages.show_error(self, self.tr("The kit was not saved"), exc)
                return
            self.status.setText(
                self.tr("Saved to {path}. Print it too, or copy it somewhere safe.").format(path=out)
            )

        self._with_pdf(write)

    def _print(self) -> None:
        def send(pdf: bytes) -> None:
            if kit_output.print_pdf(self, pdf, self.tr("IEPDesk recovery kit")):
                self.status.setText(self.tr("Sent to the printer."))

        self._with_pdf(send)
