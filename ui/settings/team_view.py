"""The team table with its buttons. It emits what the parent asked for; the page acts on it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.icons import icon
from ui.settings.profile_ctl import ContactData
from ui.settings.team_model import TeamModel
from ui.widgets.empty_state import EmptyState
from ui.widgets.rows_model import record_table


class TeamView(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)  # ContactData
    delete_requested = Signal(object)  # ContactData
    move_requested = Signal(object, int)  # ContactData, offset
    copy_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TeamModel()
        self.table = record_table(self.model, self.tr("Team members"))
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(160)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty_note = EmptyState(
            self.tr(
                "No one on the team yet. Add the case manager, teachers and providers, so letters and the "
                "binder can name them."
            )
        )
        layout_of_empty = self.empty_note.layout()
        if layout_of_empty is not None:  # inside a section: little room above and below
            layout_of_empty.setContentsMargins(0, 8, 0, 8)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setIcon(icon("plus"))
        self.add_button.setAccessibleName(self.tr("Add a team member"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setIcon(icon("pencil"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected team member"))
        self.delete_button = QPushButton(self.tr("Re&move…"))
        self.delete_button.setIcon(icon("trash-2"))
        self.delete_button.setAccessibleName(self.tr("Remove the selected team member"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setIcon(icon("arrow-up"))
        self.up_button.setAccessibleName(self.tr("Move the selected team member up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setIcon(icon("arrow-down"))
        self.down_button.setAccessibleName(self.tr("Move the selected team member down"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_note)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.table.doubleClicked.connect(lambda _i: self._edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.table)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self._copy_cell)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete_selected)
        self._update_buttons()

    def set_contacts(self, contacts: list[ContactData], select_id: int | None = None) -> None:
        self.model.set_rows(contacts)
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> ContactData | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def _edit_selected(self) -> None:
        contact = self.selected()
        if contact is not None:
            self.edit_requested.emit(contact)

    def _delete_selected(self) -> None:
        contact = self.selected()
        if contact is not None:
            self.delete_requested.emit(contact)

    def _move(self, offset: int) -> None:
        contact = self.selected()
        if contact is not None:
            self.move_requested.emit(contact, offset)

    def _copy_cell(self) -> None:
        index = self.table.currentIndex()
        text = self.model.data(index) if index.isValid() else None
        if text:
            self.copy_requested.emit(str(text))

    def _update_buttons(self) -> None:
        count = self.model.rowCount()
        contact = self.selected()
        row = self.model.row_of(contact.id) if contact else -1
        self.edit_button.setEnabled(contact is not None)
        self.delete_button.setEnabled(contact is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.table.setVisible(count > 0)
        self.empty_note.setVisible(count == 0)
