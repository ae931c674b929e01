"""Ask for the passphrase of a file other than the open case (a backup being restored)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.widgets.dialog_keys import main_action
from ui.widgets.passphrase import password_field


class AskPassphraseDialog(QDialog):
    def __init__(self, title: str, explanation: str, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        self.error = QLabel(error)
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))
        font = self.error.font()
        font.setBold(True)
        self.error.setFont(font)
        self.passphrase = password_field(self.tr("Passphrase of the backup"))
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(label, self.passphrase)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(buttons)
        main_action(self, buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.passphrase.setFocus()

    def value(self) -> str:
        return self.passphrase.text()
