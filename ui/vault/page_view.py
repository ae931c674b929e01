"""The Documents page's layout: buttons, filters, the list, and the preview and details tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from ui.vault.details import DocumentDetails
from ui.vault.doc_model import DocumentsModel
from ui.vault.documents_ctl import DocRow, kind_labels
from ui.vault.preview import PreviewPanel
from ui.widgets.empty_state import EmptyOr, EmptyState
from ui.widgets.labels import scaled
from ui.widgets.page_header import PageHeader
from ui.widgets.page_layout import button_row, flush, named_button, page_margins
from ui.widgets.rows_model import record_table, select_record


class DocumentsView(QWidget):
    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.add_files_button = named_button(self.tr("&Add files…"), self.tr("Add files to the case"))
        self.add_files_button.setIcon(icon("plus"))
        self.add_folder_button = named_button(
            self.tr("Add a &folder…"), self.tr("Add every file in a folder")
        )
        self.add_folder_button.setIcon(icon("folder-plus"))
        self.export_button = named_button(
            self.tr("E&xport…"), self.tr("Save unencrypted copies of the selected documents")
        )
        self.export_button.setIcon(icon("share"))
        self.delete_button = named_button(
            self.tr("&Delete…"), self.tr("Delete the selected documents from the case")
        )
        self.delete_button.setIcon(icon("trash-2"))
        buttons = button_row((self.add_folder_button,), (self.export_button, self.delete_button))

        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show only this kind of document"))
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for value, label in kind_labels().items():
            self.kind_filter.addItem(label, value)
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Show only documents with this tag"))
        self.tag_filter.setMinimumContentsLength(12)
        self.words = QLineEdit()
        self.words.setAccessibleName(self.tr("Show only documents with these words"))
        self.words.setPlaceholderText(self.tr("Words in the title, tags, notes or the text inside"))
        self.words.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        show = QLabel(self.tr("Show:"))
        show.setBuddy(self.kind_filter)  # on Linux a combo box is named by its label, not its accessible name
        filters.addWidget(show)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.words, 1)

        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.info.setAccessibleName(self.tr("What happened"))
        self.info.hide()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Work in progress"))
        self.status.setEnabled(False)

        self.model = DocumentsModel()
        self.table = record_table(self.model, self.tr("Documents in the case"), several=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        #: No documents at all: what they are for and the first step, in place of the list and preview.
        self.empty = EmptyState(
            self.tr(
                "No documents yet. Keep the IEP, evaluations, report cards and the school's letters here, "
                "locked with the case. Most parents start with the IEP itself."
            ),
            self.tr("Add the IEP &file…"),
        )
        self.empty.setObjectName("documentsEmpty")
        #: Documents, but none matches the filters: only that, where the list was.
        self.no_match = EmptyState(self.tr("No document matches what is chosen above."))
        self.left = left = EmptyOr(self.table, self.no_match)

        self.preview = PreviewPanel()
        self.details = DocumentDetails()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("The chosen document"))
        self.tabs.addTab(self.preview, self.tr("&Preview"))
        self.tabs.addTab(self.details, self.tr("De&tails and links"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 460])
        # The list keeps room for its date, title and kind at 1024 px (the preview takes the rest).
        left.setMinimumWidth(scaled(left, 380))

        self.header = PageHeader(
            self.tr("Documents"),
            self.tr(
                "Papers and files kept inside the locked case. Drop files on this window, or add them "
                "with the buttons."
            ),
            self.add_files_button,
        )
        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.addWidget(self.header)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addWidget(self.info)
        self.body = EmptyOr(splitter, self.empty)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.status)
        outer = QVBoxLayout(page)
        flush(outer)
        outer.addWidget(self)
        page.setTabOrder(self.words, self.table)
        page.setTabOrder(self.table, self.tabs)
        self.set_tags([])
        self.set_rows([], filtered=False)
        self.update_buttons(0)

    # ---- filters ----------------------------------------------------------------------------------
    def filters(self) -> tuple[str, str, str]:
        return (
            str(self.kind_filter.currentData() or ""),
            str(self.tag_filter.currentData() or ""),
            self.words.text(),
        )

    def set_tags(self, tags: list[str]) -> None:
        current = str(self.tag_filter.currentData() or "")
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), "")
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        index = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(index, 0))

    def reset_filters(self) -> None:
        self.kind_filter.setCurrentIndex(0)
        self.tag_filter.setCurrentIndex(0)
        blocked = self.words.blockSignals(True)
        self.words.clear()
        self.words.blockSignals(blocked)

    # ---- list -------------------------------------------------------------------------------------
    def set_rows(self, rows: list[DocRow], filtered: bool) -> None:
        self.model.set_rows(rows)
        has = bool(rows)
        self.body.show_empty(not has and not filtered)
        self.left.show_empty(not has)

    def select(self, document_id: int | None) -> None:
        select_record(self.table, self.model, document_id)

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [d.id for d in (self.model.row_data(r) for r in rows) if d is not None]

    def update_buttons(self, selected: int) -> None:
        self.export_button.setEnabled(selected > 0)
        self.delete_button.setEnabled(selected > 0)

    # ---- messages ---------------------------------------------------------------------------------
    def show_info(self, rich_text: str) -> None:
        """Rich text whose case words the caller has already escaped (it may hold "doc:" links)."""
        self.info.setText(rich_text)
        self.info.setVisible(bool(rich_text))

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def clear(self) -> None:
        self.preview.clear()
        self.details.set_document(None)
        self.set_rows([], filtered=False)
        self.reset_filters()
        self.set_tags([])
        self.show_info("")
        self.set_status("")
