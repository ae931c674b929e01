"""The list of IEP versions with their status and dates, the timeline warnings, and the version's details."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iepdesk.iep import DisplayStatus, TimelineIssue, VersionKind
from iepdesk.iep.store import VersionList
from ui.i18n import translate
from ui.icons import icon
from ui.iep import words
from ui.iep.version_form import VersionForm
from ui.theme import current
from ui.widgets.empty_state import EmptyState
from ui.widgets.labels import note, scaled
from ui.widgets.page_layout import READABLE_WIDTH, flush, section, spacing

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def issue_text(issue: TimelineIssue, versions: VersionList) -> str:
    """A timeline warning in plain words (the core's own message is English only)."""
    labels = []
    for version_id in issue.version_ids:
        row = versions.row(version_id)
        labels.append(words.version_label(row.kind, row.effective_from, row.meeting_date) if row else "")
    start, end = words.short_date(issue.start), words.short_date(issue.end)
    if issue.kind == "gap" and not issue.version_ids:
        return translate("Versions", "No signed IEP is recorded as in effect since {start}.").format(
            start=start
        )
    if issue.kind == "gap":
        return translate("Versions", "No signed IEP is recorded as in effect from {start} to {end}.").format(
            start=start, end=end
        )
    if issue.kind == "overlap" and len(labels) == 2:
        return translate(
            "Versions",
            "{a} and {b} both cover {start} to {end}; the one that started later is taken as in effect.",
        ).format(a=labels[0], b=labels[1], start=start, end=end)
    if issue.kind == "bad_range" and labels:
        return translate("Versions", "{label} ends before it starts.").format(label=labels[0])
    if issue.kind == "no_start" and labels:
        return translate("Versions", "{label} is marked signed but has no “in effect from” date.").format(
            label=labels[0]
        )
    return issue.message


class VersionsView(QWidget):
    selection_changed = Signal()
    add_requested = Signal()
    next_requested = Signal(str)  # VersionKind value
    compare_requested = Signal()
    delete_requested = Signal()
    open_requested = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warnings = note()
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setAccessibleName(self.tr("Warnings about the IEP dates"))
        self.warnings.setObjectName("timelineWarnings")
        self.warnings.setStyleSheet(
            "QLabel#timelineWarnings { border: 1px solid palette(mid);"
            f" border-left: 4px solid {current().colours.warning};"
            " border-radius: 4px; padding: 8px 10px; background: palette(base); }"
        )
        self.model = QStandardItemModel(0, 5)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("IEP"),
                self.tr("Status"),
                self.tr("In effect"),
                self.tr("Meeting"),
                self.tr("Provisions"),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("IEP versions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumHeight(140)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.empty_state = EmptyState(
            self.tr(
                "No IEP yet. Everything else counts from it: add the IEP your child has now, set its dates, "
                "then type in each service, accommodation and goal it promises."
            ),
            self.tr("Add the &IEP you have now"),
        )
        self.empty_state.setObjectName("iepEmpty")

        self.add_button = QPushButton(self.tr("&Add an IEP"))
        self.add_button.setIcon(icon("plus"))
        self.add_button.setAccessibleName(self.tr("Add an IEP version"))
        self.next_button = QPushButton(self.tr("Start the &next IEP from this one"))
        self.next_button.setIcon(icon("copy-plus"))
        self.next_button.setAccessibleName(
            self.tr("Start the next IEP from the selected one, copying what it promises")
        )
        menu = QMenu(self.next_button)
        for kind, text in (
            (VersionKind.ANNUAL.value, self.tr("The next annual IEP")),
            (VersionKind.AMENDMENT.value, self.tr("An amendment")),
        ):
            action = QAction(text, menu)
            action.triggered.connect(lambda _c=False, k=kind: self.next_requested.emit(k))
            menu.addAction(action)
        self.next_button.setMenu(menu)
        self.compare_button = QPushButton(self.tr("&Compare two versions…"))
        self.compare_button.setIcon(icon("git-compare-arrows"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setIcon(icon("trash-2"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected IEP version"))
        self.buttons_row = QWidget()
        buttons = QHBoxLayout(self.buttons_row)
        flush(buttons)
        buttons.setSpacing(spacing(2))
        for button in (self.add_button, self.next_button, self.compare_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        self.form = VersionForm()
        self.save_button = QPushButton(self.tr("Save &details"))
        self.save_button.setIcon(icon("save"))
        self.save_button.setAccessibleName(self.tr("Save the details of this IEP"))
        self.open_button = QPushButton(self.tr("&Edit what it promises"))
        self.open_button.setIcon(icon("pencil"))
        self.open_button.setAccessibleName(self.tr("Go to the provisions of this IEP"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.open_button)
        self.details, box = section(self.tr("Details of the selected IEP"))
        box.setSpacing(spacing(3))
        box.addWidget(self.form)
        box.addLayout(save_row)
        self.details.setMaximumWidth(scaled(self.details, READABLE_WIDTH + 120))  # no field across 1900 px

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, spacing(3), 0, 0)
        layout.setSpacing(spacing(3))
        layout.addWidget(self.warnings)
        layout.addWidget(self.table, 4)
        layout.addWidget(self.empty_state, 1)
        layout.addWidget(self.buttons_row)
        layout.addWidget(self.details)
        layout.addStretch(1)

        self.add_button.clicked.connect(self.add_requested)
        self.empty_state.action_clicked.connect(self.add_requested)
        self.compare_button.clicked.connect(self.compare_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.table.doubleClicked.connect(lambda _i: self.open_requested.emit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.selection_changed.emit())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_requested)
        self.set_versions(VersionList())

    def set_versions(self, versions: VersionList, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.current_id()
        blocked = self.table.selectionModel().blockSignals(True)
        self.model.removeRows(0, self.model.rowCount())
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row in versions.rows:
            status = words.display_status_name(row.display)
            cells = [
                words.version_label(row.kind, row.effective_from, row.meeting_date),
                status,
                words.span_text(row.effective_from, row.effective_to),
                words.short_date(row.meeting_date, "—"),
                str(row.provisions),
            ]
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setData(row.id, ID_ROLE)
                if row.display == DisplayStatus.IN_EFFECT:
                    item.setFont(bold)
            self.model.appendRow(items)
        target = (
            keep
            if versions.row(keep)
            else (versions.in_effect_id or (versions.rows[0].id if versions.rows else None))
        )
        for r in range(self.model.rowCount()):
            if self.model.item(r).data(ID_ROLE) == target:
                self.table.selectRow(r)
                self.table.setCurrentIndex(self.model.index(r, 0))
        self.table.selectionModel().blockSignals(blocked)
        texts = [issue_text(issue, versions) for issue in versions.issues]
        self.warnings.setText(
            "\n".join([translate("Versions", "Check the dates:")] + [f"⚠ {text}" for text in texts])
            if texts
            else ""
        )
        self.warnings.setVisible(bool(texts))
        has_rows = bool(versions.rows)
        self.table.setVisible(has_rows)
        self.empty_state.setVisible(not has_rows)
        self.buttons_row.setVisible(has_rows)
        for button in (self.next_button, self.delete_button, self.open_button):
            button.setEnabled(has_rows)
        self.details.setVisible(has_rows)
        self.compare_button.setEnabled(len(versions.rows) >= 2)

    def current_id(self) -> int | None:
        value = self.table.currentIndex().data(ID_ROLE)
        return int(value) if value is not None else None

    def clear(self) -> None:
        self.set_versions(VersionList())
        self.form.load(None)
        self.status.setText("")
