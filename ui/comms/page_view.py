"""The Communications page's layout: buttons, the list, follow-ups due, and the entry form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.comms.entries_ctl import CommRow
from ui.comms.form import EntryForm
from ui.comms.model import CommsModel
from ui.icons import icon
from ui.widgets.empty_state import EmptyOr, EmptyState
from ui.widgets.labels import heading, scaled
from ui.widgets.page_header import PageHeader
from ui.widgets.page_layout import READABLE_WIDTH, button_row, flush, named_button, page_margins, spacing
from ui.widgets.rows_model import record_table, select_record

#: From this width (at the usual text size) the entry form stands beside the list, not under it.
WIDE = 1500


class CommsView(QWidget):
    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.new_button = named_button(self.tr("&New entry"), self.tr("Start a new communication entry"))
        self.new_button.setIcon(icon("plus"))
        self.paste_button = named_button(
            self.tr("Paste an &email…"), self.tr("Fill a new entry from an email you copied")
        )
        self.paste_button.setIcon(icon("clipboard-paste"))
        self.eml_button = named_button(
            self.tr("&Import .eml…"), self.tr("Fill a new entry from a saved email file")
        )
        self.eml_button.setIcon(icon("import"))
        self.delete_button = named_button(self.tr("&Delete…"), self.tr("Delete the selected communication"))
        self.delete_button.setIcon(icon("trash-2"))
        buttons = button_row((self.paste_button, self.eml_button), (self.delete_button,))

        self.model = CommsModel()
        self.table = record_table(self.model, self.tr("Communications with the school"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(3, 170)
        header.setMinimumSectionSize(40)
        self.empty = EmptyState(
            self.tr(
                "Nothing logged yet. Every email, call and meeting with the school belongs here. Most "
                "parents start with the last email they had from the school."
            ),
            self.tr("&Paste that email…"),
        )
        self.empty.setObjectName("commsEmpty")

        self.follow_ups = QListWidget()
        self.follow_ups.setAccessibleName(self.tr("Follow-ups due"))
        self.follow_ups.setMinimumWidth(220)
        self.follow_ups.setWordWrap(True)
        self.follow_ups.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.no_follow_ups = QLabel(self.tr("Nothing overdue or due in the next 7 days."))
        self.no_follow_ups.setWordWrap(True)
        self.no_follow_ups.setEnabled(False)
        self.done_button = QPushButton(self.tr("&Mark done"))
        self.done_button.setIcon(icon("check"))
        self.done_button.setAccessibleName(self.tr("Mark the selected follow-up done"))
        follow_box = QGroupBox(self.tr("Follow-ups due"))
        follow_box.setToolTip(self.tr("Overdue, and due in the next 7 days"))
        follow_layout = QVBoxLayout(follow_box)
        follow_layout.addWidget(self.follow_ups)
        follow_layout.addWidget(self.no_follow_ups)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.done_button)
        follow_layout.addLayout(done_row)

        top = QWidget()
        top_layout = QHBoxLayout(top)
        flush(top_layout)
        self.listed = EmptyOr(self.table, self.empty)
        top_layout.addWidget(self.listed, 3)
        top_layout.addWidget(follow_box, 1)

        self.form = EntryForm()
        self.form.setMaximumWidth(scaled(self.form, READABLE_WIDTH))  # no field across a wide window
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_title = heading("", 1.15)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, spacing(2), 0, 0)
        bottom_layout.addWidget(self.form_title)
        bottom_layout.addWidget(scroll, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.form.save_button)
        save_row.addWidget(self.form.status, 1)
        bottom_layout.addLayout(save_row)

        #: The list above the entry; in a wide window, beside it (see resizeEvent).
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([170, 520])

        self.header = PageHeader(
            self.tr("Communications"),
            self.tr("Emails, calls, meetings and letters with the school: who, when, what was said."),
            self.new_button,
        )
        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.addWidget(self.header)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        outer = QVBoxLayout(page)
        flush(outer)
        outer.addWidget(self)
        self.follow_ups.itemSelectionChanged.connect(self._update)
        self.set_rows([])
        self.set_follow_ups([])
        self.set_form_title(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= scaled(self, WIDE)
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            if wide:  # the form at its readable width (or half), the list and follow-ups the rest
                width = self.splitter.width()
                form = min(self.form.maximumWidth() + spacing(8), width // 2)
                self.splitter.setSizes([width - form, form])
            else:
                self.splitter.setSizes([170, 520])

    def set_rows(self, rows: list[CommRow]) -> None:
        self.model.set_rows(rows)
        self.listed.show_empty(not rows)
        # People as wide as its names need, up to 170 px at the usual text size: an empty column
        # no longer takes the room the subject needs.
        people = max(self.table.sizeHintForColumn(3), self.table.horizontalHeader().sectionSizeHint(3))
        self.table.horizontalHeader().resizeSection(3, min(people, scaled(self.table, 170)))

    def select(self, entry_id: int | None) -> None:
        select_record(self.table, self.model, entry_id)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        data = self.model.row_data(rows[0].row()) if rows else None
        return data.id if data else None

    def set_follow_ups(self, rows: list[CommRow]) -> None:
        self.follow_ups.clear()
        for row in rows:
            late = row.follow_up is not None and row.follow_up < dt.date.today()
            text = self.tr("{date} · {subject}").format(
                date=row.follow_up.isoformat() if row.follow_up else "",
                subject=row.subject or self.tr("(no subject)"),
            )
            item = QListWidgetItem(self.tr("{text} (overdue)").format(text=text) if late else text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.follow_ups.addItem(item)
        self.follow_ups.setVisible(bool(rows))
        self.no_follow_ups.setVisible(not rows)
        self._update()

    def selected_follow_up(self) -> int | None:
        item = self.follow_ups.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None and item.isSelected() else None

    def set_form_title(self, text: str | None) -> None:
        self.form_title.setText(text or self.tr("New entry"))

    def _update(self) -> None:
        self.done_button.setEnabled(self.selected_follow_up() is not None)

    def clear(self) -> None:
        self.set_rows([])
        self.set_follow_ups([])
        self.form.clear()
        self.set_form_title(None)
