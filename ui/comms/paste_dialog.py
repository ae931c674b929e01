"""Paste an email copied from a mail program; the form is filled from it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui.widgets.dialog_keys import main_action


class PasteEmailDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste an email"))
        self.setMinimumSize(560, 420)
        intro = QLabel(
            self.tr(
                "In your mail program, open the email, select all of it (with the From, Sent, To and "
                "Subject lines) and copy it. Then paste it here."
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("The email, pasted"))
        self.text.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.text.setPlaceholderText(
            self.tr("From: Ms. Rivera <rivera@school.example>\nSent: Tuesday, March 10, 2026 4:42 PM\n")
            + self.tr("To: …\nSubject: …\n\n…")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Fill the form"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.text.toPlainText().strip()))
        )
        self.ok_button.setEnabled(False)
        main_action(self, self.ok_button)  # in the pasted email Enter is a new line; Ctrl+Enter fills

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.text.clear()  # cancelled: keep nothing of what was pasted


def ask_pasted_email(parent: QWidget | None) -> str:
    """The pasted text, or "" when cancelled."""
    dialog = PasteEmailDialog(parent)
    try:
        return dialog.text.toPlainText() if dialog.exec() == QDialog.DialogCode.Accepted else ""
    finally:
        dialog.text.clear()
        dialog.deleteLater()
