"""The provisions of one version, grouped by kind, each with its clarity badge; and the list's buttons."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from iepdesk.iep.store import ProvisionRow
from ui.icons import icon
from ui.iep import words
from ui.iep.findings_view import finding_title
from ui.theme import current

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2


def details_text(row: ProvisionRow) -> str:
    v = row.values
    if row.kind == "service":
        return words.amount_text(v.get("minutes_per_session"), v.get("sessions_per_period"), v.get("period"))
    if row.kind == "goal":
        return str(v.get("area") or "")
    return str(v.get("applies_when") or "")


def name_text(row: ProvisionRow) -> str:
    title = str(row.values.get("title") or "").strip()
    if title:
        return title
    wording = " ".join(str(row.values.get("iep_wording") or "").split())
    return (wording[:60] + "…") if len(wording) > 60 else wording or words.unnamed()


class ProvisionTree(QWidget):
    selection_changed = Signal()
    new_requested = Signal(str)  # kind
    duplicate_requested = Signal()
    delete_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down
    open_requested = Signal()  # Enter on a row: go to its form

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(0, 2)
        self.model.setHorizontalHeaderLabels([self.tr("Provision"), self.tr("Clarity")])
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Provisions of this IEP, grouped by kind"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setIcon(icon("plus"))
        self.new_button.setAccessibleName(self.tr("New provision (choose its kind)"))
        self.new_button.setToolTip(self.tr("Ctrl+N adds one of the kind you are on"))
        menu = QMenu(self.new_button)
        for kind in words.KINDS:
            action = QAction(words.kind_name(kind), menu)
            action.triggered.connect(lambda _c=False, k=kind: self.new_requested.emit(k))
            menu.addAction(action)
        self.new_button.setMenu(menu)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.duplicate_button.setIcon(icon("copy-plus"))
        self.duplicate_button.setAccessibleName(self.tr("Duplicate the selected provision"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setIcon(icon("trash-2"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected provision (Ctrl+Z brings it back)"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setIcon(icon("arrow-up"))
        self.up_button.setAccessibleName(self.tr("Move the selected provision up (Alt+Up)"))
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setIcon(icon("arrow-down"))
        self.down_button.setAccessibleName(self.tr("Move the selected provision down (Alt+Down)"))
        self.down_button.setToolTip(self.tr("Alt+Down"))
        buttons = QGridLayout()
        buttons.setSpacing(6)
        # Two columns, so the list can be narrow enough at 1024 px for the form and the clarity
        # check beside it; Delete on a row of its own, away from the others.
        buttons.addWidget(self.new_button, 0, 0)
        buttons.addWidget(self.duplicate_button, 0, 1)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        buttons.addWidget(self.delete_button, 2, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.duplicate_button.clicked.connect(self.duplicate_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._changed())
        for keys, slot, what in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_requested.emit, ""),
            (
                QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up),
                lambda: self.move_requested.emit(-1),
                self.tr("Move the provision up"),
            ),
            (
                QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down),
                lambda: self.move_requested.emit(1),
                self.tr("Move the provision down"),
            ),
            (QKeySequence(Qt.Key.Key_Return), self.open_requested.emit, ""),
            (QKeySequence(Qt.Key.Key_Enter), self.open_requested.emit, ""),
        ):
            shortcut = QShortcut(keys, self.view)
            shortcut.setWhatsThis(what)  # listed by Help → Keyboard shortcuts
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self._update_buttons()

    # ---- content ------------------------------------------------------------------------------------
    def set_rows(self, rows: list[ProvisionRow]) -> None:
        blocked = self.view.selectionModel().blockSignals(True)
        self.model.removeRows(0, self.model.rowCount())
        bold = QFont(self.view.font())
        bold.setBold(True)
        for kind in words.KINDS:
            mine = [r for r in rows if r.kind == kind]
            group = QStandardItem(f"{words.kind_plural(kind)} ({len(mine)})")
            group.setData(kind, KIND_ROLE)
            group.setFont(bold)
            group.setToolTip(group.text())  # whole when a narrow tree elides it, as each provision's row
            group.setEditable(False)
            fillers = [QStandardItem("")]
            for item in fillers:
                item.setData(kind, KIND_ROLE)
            self.model.appendRow([group, *fillers])
            for row in mine:
                group.appendRow(self._items(row))
        for r in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(r, QModelIndex(), True)
        self.view.expandAll()
        self.view.selectionModel().blockSignals(blocked)
        self._update_buttons()

    def _items(self, row: ProvisionRow) -> list[QStandardItem]:
        count = len(row.findings)
        details = details_text(row)
        name = QStandardItem(f"{name_text(row)} · {details}" if details else name_text(row))
        name.setToolTip(name.text())
        badge = QStandardItem(words.findings_badge(count))
        badge.setData(words.findings_spoken(count), Qt.ItemDataRole.AccessibleTextRole)
        if count:
            badge.setForeground(QBrush(QColor(current().colours.warning)))
            badge.setToolTip("\n".join(finding_title(f) for f in row.findings))
        for item in (name, badge):
            item.setData(row.id, ID_ROLE)
            item.setData(row.kind, KIND_ROLE)
            item.setEditable(False)
        return [name, badge]

    def clear(self) -> None:
        self.set_rows([])
        self.model.removeRows(0, self.model.rowCount())

    # ---- selection ----------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        value = self.view.currentIndex().data(ID_ROLE)
        return int(value) if value is not None else None

    def current_kind(self) -> str | None:
        value = self.view.currentIndex().data(KIND_ROLE)
        return str(value) if value is not None else None

    def select_provision(self, provision_id: int) -> bool:
        for group_row in range(self.model.rowCount()):
            group = self.model.item(group_row)
            for r in range(group.rowCount()):
                if group.child(r).data(ID_ROLE) == provision_id:
                    self._set_current(group.child(r).index())
                    return True
        return False

    def select_group(self, kind: str) -> None:
        for group_row in range(self.model.rowCount()):
            if self.model.item(group_row).data(KIND_ROLE) == kind:
                self._set_current(self.model.index(group_row, 0))

    def _set_current(self, index: QModelIndex) -> None:
        blocked = self.view.selectionModel().blockSignals(True)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.selectionModel().blockSignals(blocked)
        self._update_buttons()

    def siblings(self) -> tuple[int, int]:
        """The selected provision's place among those of its kind, and how many there are."""
        index = self.view.currentIndex()
        if self.current_id() is None or not index.parent().isValid():
            return -1, 0
        return index.row(), self.model.rowCount(index.parent())

    def id_at(self, kind: str, place: int) -> int | None:
        for group_row in range(self.model.rowCount()):
            group = self.model.item(group_row)
            if group.data(KIND_ROLE) == kind and 0 <= place < group.rowCount():
                return int(group.child(place).data(ID_ROLE))
        return None

    def _changed(self) -> None:
        self._update_buttons()
        self.selection_changed.emit()

    def _update_buttons(self) -> None:
        place, count = self.siblings()
        selected = place >= 0
        self.duplicate_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.up_button.setEnabled(selected and place > 0)
        self.down_button.setEnabled(selected and place < count - 1)
