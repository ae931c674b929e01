"""A document's details: title, date, kind, tags, notes, and the records it is linked to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from ui.vault.documents_ctl import DocRow, human_size, kind_labels
from ui.widgets.date_field import require_readable
from ui.widgets.optional_date import OptionalDateEdit


class DocumentDetails(QWidget):
    edited = Signal()
    save_requested = Signal()
    add_link_requested = Signal()
    remove_link_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document_id: int | None = None
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setMaxLength(300)
        self.date = OptionalDateEdit(self.tr("Date of the document"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of document"))
        for value, label in kind_labels().items():
            self.kind.addItem(label, value)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.tags.setPlaceholderText(self.tr("for example: speech, 2025-26"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes about the document"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.file_info = QLabel()
        self.file_info.setTextFormat(Qt.TextFormat.PlainText)
        self.file_info.setWordWrap(True)
        self.file_info.setEnabled(False)
        self.file_info.setAccessibleName(self.tr("File name and size"))

        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Records this document is linked to"))
        self.links.setMaximumHeight(110)
        self.add_link_button = QPushButton(self.tr("&Link to…"))
        self.add_link_button.setIcon(icon("link"))
        self.add_link_button.setAccessibleName(
            self.tr("Link this document to an IEP version, incident, communication or log entry")
        )
        self.remove_link_button = QPushButton(self.tr("&Remove link"))
        self.remove_link_button.setIcon(icon("unlink"))
        self.remove_link_button.setAccessibleName(self.tr("Remove the selected link"))
        self.save_button = QPushButton(self.tr("&Save details"))
        self.save_button.setIcon(icon("save"))
        self.save_button.setAccessibleName(self.tr("Save the document's details"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Ta&gs:"), self.tags)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow("", self.file_info)
        link_buttons = QHBoxLayout()
        link_buttons.addWidget(self.add_link_button)
        link_buttons.addWidget(self.remove_link_button)
        link_buttons.addStretch(1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Linked to:")))
        layout.addWidget(self.links)
        layout.addLayout(link_buttons)
        layout.addLayout(save_row)
        layout.addStretch(1)

        for signal in (self.title.textEdited, self.tags.textEdited, self.notes.textChanged):
            signal.connect(self._on_edited)
        self.kind.activated.connect(lambda _i: self._on_edited())
        self.date.changed.connect(self._on_edited)
        self.save_button.clicked.connect(self.save_requested)
        self.add_link_button.clicked.connect(self.add_link_requested)
        self.remove_link_button.clicked.connect(self._remove_selected)
        self.links.itemSelectionChanged.connect(self._update)
        self._loading = False
        self.dirty = False
        self.set_document(None)

    def set_document(self, row: DocRow | None, links: list[tuple[str, int, str]] | None = None) -> None:
        self._loading = True
        self.document_id = row.id if row else None
        self.title.setText(row.title if row else "")
        self.date.set_value(row.doc_date if row else None)
        index = self.kind.findData(row.kind) if row else -1
        self.kind.setCurrentIndex(max(index, 0) if row else 0)
        self.tags.setText(row.tags if row else "")
        self.notes.setPlainText(row.notes if row else "")
        self.file_info.setText(
            self.tr("File: {name} · {size}").format(name=row.filename, size=human_size(row.size))
            if row
            else ""
        )
        self.set_links(links or [])
        self.status.clear()
        self._loading = False
        self.dirty = False
        self.setEnabled(row is not None)
        self._update()

    def set_links(self, links: list[tuple[str, int, str]]) -> None:
        self.links.clear()
        for kind, record_id, text in links:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (kind, record_id))
            self.links.addItem(item)
        if not links:
            item = QListWidgetItem(self.tr("Nothing yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.links.addItem(item)
        self._update()

    def check_dates(self) -> None:
        """Before saving: DateTextError names a date that cannot be read (``values`` has None there)."""
        require_readable(self.date)

    def values(self) -> tuple[str, dt.date | None, str, str, str]:
        return (
            self.title.text(),
            self.date.value(),
            str(self.kind.currentData()),
            self.tags.text(),
            self.notes.toPlainText(),
        )

    def mark_saved(self, text: str) -> None:
        self.dirty = False
        self.status.setText(text)
        self._update()

    def _on_edited(self) -> None:
        if self._loading or self.document_id is None:
            return
        self.dirty = True
        self.status.setText(self.tr("Unsaved changes"))
        self._update()
        self.edited.emit()

    def _remove_selected(self) -> None:
        item = self.links.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if data:
            self.remove_link_requested.emit(str(data[0]), int(data[1]))

    def _update(self) -> None:
        item = self.links.currentItem()
        self.remove_link_button.setEnabled(
            item is not None and item.isSelected() and bool(item.data(Qt.ItemDataRole.UserRole))
        )
        self.save_button.setEnabled(self.dirty and bool(self.title.text().strip()))
