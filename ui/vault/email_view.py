"""A saved email shown from memory: headers, body, and its attachments (each can be added)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iepdesk.vault.eml import Attachment, ParsedEmail
from ui.vault.documents_ctl import human_size


def _value_label(name: str) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(name)
    return label


class EmailPreview(QWidget):
    add_attachment_requested = Signal(object)  # Attachment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attachments: list[Attachment] = []
        self.from_label = _value_label(self.tr("From"))
        self.to = _value_label(self.tr("To"))
        self.cc = _value_label(self.tr("Copy to"))
        self.sent = _value_label(self.tr("Sent"))
        self.subject = _value_label(self.tr("Subject"))
        headers = self._headers = QFormLayout()
        headers.addRow(self.tr("From:"), self.from_label)
        headers.addRow(self.tr("To:"), self.to)
        headers.addRow(self.tr("Cc:"), self.cc)
        headers.addRow(self.tr("Sent:"), self.sent)
        headers.addRow(self.tr("Subject:"), self.subject)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("Email text"))
        self.attachments = QListWidget()
        self.attachments.setAccessibleName(self.tr("Attachments of the email"))
        self.attachments.setMaximumHeight(110)
        self.add_button = QPushButton(self.tr("Add the attachment to &documents"))
        self.add_button.setAccessibleName(self.tr("Add the selected attachment as its own document"))
        self.attachments_label = QLabel(self.tr("Attachments:"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(headers)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.attachments_label)
        layout.addWidget(self.attachments)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._add_selected)
        self.attachments.itemSelectionChanged.connect(self._update)
        self.attachments.itemActivated.connect(lambda _i: self._add_selected())
        self._update()

    def show_email(self, mail: ParsedEmail) -> None:
        self.from_label.setText(mail.sender)
        self.to.setText(mail.to)
        self.cc.setText(mail.cc)
        self.sent.setText(mail.sent.strftime("%Y-%m-%d %H:%M") if mail.sent else "")
        self._headers.setRowVisible(self.cc, bool(mail.cc))
        self.subject.setText(mail.subject)
        self.body.setPlainText(mail.body or self.tr("(This email has no readable text.)"))
        self._attachments = list(mail.attachments)
        self.attachments.clear()
        for attachment in self._attachments:
            item = QListWidgetItem(f"{attachment.filename} ({human_size(attachment.size)})")
            self.attachments.addItem(item)
        if self._attachments:
            self.attachments.setCurrentRow(0)
        self._update()

    def selected_attachment(self) -> Attachment | None:
        row = self.attachments.currentRow()
        return self._attachments[row] if 0 <= row < len(self._attachments) else None

    def _add_selected(self) -> None:
        attachment = self.selected_attachment()
        if attachment is not None:
            self.add_attachment_requested.emit(attachment)

    def _update(self) -> None:
        has = bool(self._attachments)
        self.attachments.setVisible(has)
        self.add_button.setVisible(has)
        self.attachments_label.setText(
            self.tr("Attachments:") if has else self.tr("This email has no attachments.")
        )
        self.add_button.setEnabled(self.selected_attachment() is not None)

    def clear(self) -> None:
        for label in (self.from_label, self.to, self.cc, self.sent, self.subject):
            label.clear()
        self.body.clear()
        self.attachments.clear()
        self._attachments = []
        self._update()
