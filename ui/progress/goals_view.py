"""The Progress page's content: the goals on the left (trend word, flag mark), and for the chosen goal its
chart, the sentence that flags a disagreement, its data points and the IEP's expected progress reports."""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iepdesk import incidents
from iepdesk.progress import points, reports, summary, trend
from iepdesk.progress.points import DeletedPoint, PointRow
from iepdesk.progress.reports import ReportState
from iepdesk.progress.summary import GoalProgress, GoalReport
from iepdesk.vault.library import document_rows
from ui import messages
from ui.calendar.scrub import close_dialogs
from ui.i18n import translate
from ui.icons import icon
from ui.progress.chart import GoalChart, short_date
from ui.progress.point_dialog import PointDialog
from ui.progress.report_dialog import GoalChoice, ReportDialog
from ui.shell.services import Services
from ui.widgets.empty_state import EmptyOr, EmptyState
from ui.widgets.labels import note
from ui.widgets.page_header import PageHeader
from ui.widgets.page_layout import flush, page_margins
from ui.widgets.rows_model import RowsModel, record_table

Index = QModelIndex | QPersistentModelIndex

#: The plain mark beside a goal whose school report and data disagree (text, readable in greyscale).
FLAG = "⚑"


def import_available() -> bool:
    return importlib.util.find_spec("ui.progress.import_dialog") is not None


class PointsModel(RowsModel[PointRow]):
    def __init__(self) -> None:
        super().__init__(
            [
                translate("Progress", "Date"),
                translate("Progress", "Value"),
                translate("Progress", "Unit"),
                translate("Progress", "How we know"),
                translate("Progress", "Who measured"),
                translate("Progress", "Note"),
            ]
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        r = self._rows[index.row()]
        return (
            short_date(r.day),
            r.value,
            r.unit,
            points.source_words(r.source),
            r.measured_by,
            r.note,
        )[index.column()]


class ReportsModel(RowsModel[Any]):
    def __init__(self) -> None:
        super().__init__(
            [
                translate("Progress", "Expected"),
                translate("Progress", "State"),
                translate("Progress", "What the school said of this goal"),
            ]
        )
        self.reports: list[GoalReport] = []

    def set_reports(self, rows: list[GoalReport]) -> None:
        self.reports = rows
        self.set_rows([_ReportRow(r.expected.report_id) for r in rows])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        r = self.reports[index.row()]
        state = reports.state_words(r.expected.state)
        if r.expected.state is ReportState.RECEIVED and r.expected.received_on is not None:
            state = translate("Progress", "received {day}").format(day=short_date(r.expected.received_on))
        said = ""
        if r.stated is not None:
            said = reports.status_words(r.stated.status)
            if r.stated.words:
                said = translate("Progress", "{status}: “{words}”").format(status=said, words=r.stated.words)
        return (short_date(r.expected.due), state, said)[index.column()]


class _ReportRow:
    def __init__(self, report_id: int | None) -> None:
        self.id = report_id


class ProgressView(QWidget):
    go_to_iep = Signal()

    def __init__(self, services: Services | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._live = False
        self._progress: list[GoalProgress] = []
        self._deleted: DeletedPoint | None = None
        self.header = PageHeader(
            translate("Progress", "Progress"),
            translate(
                "Progress",
                "Each goal measured: the data points, the aim line from the IEP, and what the school's "
                "progress reports say.",
            ),
        )
        self.goals = QListWidget()
        self.goals.setAccessibleName(translate("Progress", "Goals of the IEP"))
        self.goals.setWordWrap(True)
        self.goals.setMinimumWidth(200)
        self.goal_title = QLabel()
        self.goal_title.setWordWrap(True)
        self.goal_title.setAccessibleName(translate("Progress", "The chosen goal"))
        font = self.goal_title.font()
        font.setBold(True)
        self.goal_title.setFont(font)
        self.chart = GoalChart()
        self.flag = QLabel()
        self.flag.setWordWrap(True)
        self.flag.setAccessibleName(translate("Progress", "What the data says against the report"))
        self.flag.setObjectName("progressFlag")
        self.flag.setStyleSheet(
            "QLabel#progressFlag { border-left: 3px solid palette(text); padding-left: 8px; }"
        )

        self.points_model = PointsModel()
        self.points_table = record_table(self.points_model, translate("Progress", "Data points"))
        header = self.points_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(translate("Progress", "&Add a data point…"))
        self.add_button.setIcon(icon("plus"))
        self.add_button.setAccessibleName(translate("Progress", "Add a data point to the goal"))
        self.add_button.setToolTip(translate("Progress", "Add a data point (Ctrl+N)"))
        self.edit_button = QPushButton(translate("Progress", "&Change…"))
        self.edit_button.setIcon(icon("pencil"))
        self.edit_button.setAccessibleName(translate("Progress", "Change the selected data point"))
        self.delete_button = QPushButton(translate("Progress", "&Delete"))
        self.delete_button.setIcon(icon("trash-2"))
        self.delete_button.setAccessibleName(translate("Progress", "Delete the selected data point"))
        self.import_button = QPushButton(translate("Progress", "&Import from a file…"))
        self.import_button.setAccessibleName(translate("Progress", "Import data points from a file"))
        self.import_button.setVisible(import_available())
        self.undo_note = note()
        self.undo_button = QPushButton(translate("Progress", "&Undo"))
        self.undo_button.setIcon(icon("undo-2"))
        self.undo_button.setAccessibleName(translate("Progress", "Undo the delete"))
        self.undo_button.hide()
        self.no_points = note(
            translate("Progress", "No data points yet. Add one each time you learn a measured value.")
        )
        point_buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.import_button):
            point_buttons.addWidget(button)
        point_buttons.addStretch(1)
        point_buttons.addWidget(self.undo_note)
        point_buttons.addWidget(self.undo_button)
        points_tab = QWidget()
        points_layout = QVBoxLayout(points_tab)
        points_layout.addLayout(point_buttons)
        points_layout.addWidget(self.no_points)
        points_layout.addWidget(self.points_table, 1)

        self.reports_model = ReportsModel()
        self.reports_table = record_table(
            self.reports_model, translate("Progress", "Expected progress reports")
        )
        rheader = self.reports_table.horizontalHeader()
        rheader.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rheader.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.record_report_button = QPushButton(translate("Progress", "&Record a report received…"))
        self.record_report_button.setIcon(icon("plus"))
        self.record_report_button.setAccessibleName(
            translate("Progress", "Record a progress report received")
        )
        self.edit_report_button = QPushButton(translate("Progress", "C&hange the report…"))
        self.edit_report_button.setIcon(icon("pencil"))
        self.edit_report_button.setAccessibleName(
            translate("Progress", "Change the selected progress report")
        )
        self.delete_report_button = QPushButton(translate("Progress", "Delete the re&port…"))
        self.delete_report_button.setIcon(icon("trash-2"))
        self.delete_report_button.setAccessibleName(
            translate("Progress", "Delete the selected progress report")
        )
        self.report_rule = note(
            translate(
                "Progress",
                "The IEP says when the school reports progress; a report is “not received” once its date "
                "and the days you wait (Settings) have passed.",
            )
        )
        self.report_rule.setWordWrap(True)
        report_buttons = QHBoxLayout()
        for button in (self.record_report_button, self.edit_report_button, self.delete_report_button):
            report_buttons.addWidget(button)
        report_buttons.addStretch(1)
        reports_tab = QWidget()
        reports_layout = QVBoxLayout(reports_tab)
        reports_layout.addLayout(report_buttons)
        reports_layout.addWidget(self.reports_table, 1)
        reports_layout.addWidget(self.report_rule)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("Progress", "Data and reports of the goal"))
        self.tabs.addTab(points_tab, translate("Progress", "Data points"))
        self.tabs.addTab(reports_tab, translate("Progress", "Progress reports"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        flush(right_layout)
        right_layout.addWidget(self.goal_title)
        right_layout.addWidget(self.chart, 3)
        right_layout.addWidget(self.flag)
        right_layout.addWidget(self.tabs, 2)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.goals)
        self.split.addWidget(right)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([240, 700])

        self.empty = EmptyState(
            translate(
                "Progress",
                "Add goals to the IEP first. Once a final IEP has goals, each one shows here with its "
                "data points and the school's progress reports.",
            ),
            translate("Progress", "Go to the &IEP"),
        )
        self.empty.setObjectName("progressEmpty")
        self.body = EmptyOr(self.split, self.empty)
        layout = QVBoxLayout(self)
        page_margins(layout)
        layout.addWidget(self.header)
        layout.addWidget(self.body, 1)

        self.goals.currentRowChanged.connect(lambda _r: self._show_goal())
        self.add_button.clicked.connect(self.add_point)
        self.edit_button.clicked.connect(self.edit_point)
        self.delete_button.clicked.connect(self.delete_point)
        self.undo_button.clicked.connect(self.undo_delete)
        self.import_button.clicked.connect(self._import)
        self.record_report_button.clicked.connect(lambda: self.record_report())
        self.edit_report_button.clicked.connect(self.edit_report)
        self.delete_report_button.clicked.connect(self.delete_report)
        self.points_table.doubleClicked.connect(lambda _i: self.edit_point())
        self.points_table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.reports_table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.empty.action_clicked.connect(self.go_to_iep)
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.setWhatsThis(translate("Progress", "Add a data point to the goal"))
        new.activated.connect(self.add_point)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.setWhatsThis(translate("Progress", "Undo the delete"))
        undo.activated.connect(self.undo_delete)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.points_table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.setWhatsThis(translate("Progress", "Delete the selected data point"))
        delete.activated.connect(self.delete_point)
        self._enable()

    # ---- life -------------------------------------------------------------------------------------
    def load(self) -> None:
        self._live = True
        self.refresh()

    def clear(self) -> None:
        self._live = False
        self._deleted = None
        close_dialogs(self)
        self._progress = []
        self.goals.clear()
        self.points_model.set_rows([])
        self.reports_model.set_reports([])
        self.chart.set_progress(None)
        self.goal_title.clear()
        self.flag.clear()
        self.undo_note.clear()
        self.undo_button.hide()

    def refresh(self, select_point: int | None = None) -> None:
        if not self._live:
            return
        current = self.current()
        keep = current.line.line_id if current else None
        self._progress = summary.all_progress(dt.date.today())
        blocked = self.goals.blockSignals(True)
        self.goals.clear()
        chosen = 0
        for n, progress in enumerate(self._progress):
            words = trend.trend_words(progress.trend)
            text = translate("Progress", "{title}\nTrend: {trend}").format(
                title=progress.line.title, trend=words
            )
            item = QListWidgetItem(f"{FLAG} {text}" if progress.disagreement else text)
            if progress.disagreement:
                item.setToolTip(progress.disagreement.text)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                item.text().replace(FLAG, translate("Progress", "Flagged:")),
            )
            self.goals.addItem(item)
            if progress.line.line_id == keep:
                chosen = n
        self.goals.blockSignals(blocked)
        self.body.show_empty(not self._progress)
        if self._progress:
            self.goals.setCurrentRow(chosen)
        self._show_goal(select_point)

    def current(self) -> GoalProgress | None:
        row = self.goals.currentRow()
        return self._progress[row] if 0 <= row < len(self._progress) else None

    def _show_goal(self, select_point: int | None = None) -> None:
        progress = self.current()
        self.chart.set_progress(progress)
        if progress is None:
            self.goal_title.clear()
            self.flag.hide()
            self.points_model.set_rows([])
            self.reports_model.set_reports([])
            self._enable()
            return
        line = progress.line
        title = line.title
        if line.target:
            title = (
                translate("Progress", "{title} — aim: {target} {unit}")
                .format(title=title, target=line.target, unit=line.unit)
                .strip()
            )
        self.goal_title.setText(title)
        sentences = []
        if progress.disagreement is not None:
            sentences.append(f"{FLAG} " + progress.disagreement.text)
        behind = summary.behind_aim_words(progress)
        if behind:
            sentences.append(behind)
        for missing in progress.missing:
            sentences.append(
                translate("Progress", "The progress report expected on {day} was not received.").format(
                    day=short_date(missing.due)
                )
            )
        self.flag.setText("\n".join(sentences))
        self.flag.setVisible(bool(sentences))
        self.points_model.set_rows(list(progress.points))
        self.no_points.setVisible(not progress.points)
        self.points_table.setVisible(bool(progress.points))
        if select_point is not None:
            row = self.points_model.row_of(select_point)
            if row >= 0:
                self.points_table.selectRow(row)
        self.reports_model.set_reports(list(progress.reports))
        self._enable()

    def _enable(self) -> None:
        has_goal = self.current() is not None
        self.add_button.setEnabled(has_goal)
        self.import_button.setEnabled(has_goal)
        self.record_report_button.setEnabled(has_goal)
        point = self.selected_point()
        self.edit_button.setEnabled(point is not None and point.report_id is None)
        self.delete_button.setEnabled(point is not None and point.report_id is None)
        report = self.selected_report()
        self.edit_report_button.setEnabled(report is not None and report.expected.report_id is not None)
        self.delete_report_button.setEnabled(report is not None and report.expected.report_id is not None)

    def selected_point(self) -> PointRow | None:
        rows = self.points_table.selectionModel().selectedRows()
        return self.points_model.row_data(rows[0].row()) if rows else None

    def selected_report(self) -> GoalReport | None:
        rows = self.reports_table.selectionModel().selectedRows()
        r = rows[0].row() if rows else -1
        return self.reports_model.reports[r] if 0 <= r < len(self.reports_model.reports) else None

    # ---- data points ------------------------------------------------------------------------------
    def _point_dialog(self, row: PointRow | None) -> PointDialog | None:
        progress = self.current()
        if progress is None:
            return None
        return PointDialog(
            row.goal_id if row else progress.line.goal_id,
            progress.line.title,
            progress.line.unit,
            incidents.reporter_suggestions(),
            document_rows(),
            row.data() if row else None,
            self,
            point_id=row.id if row else None,
        )

    def _run_point(self, row: PointRow | None) -> None:
        dialog = self._point_dialog(row)
        if dialog is None:
            return
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not self._live:
                return
            data = dialog.point()
        finally:
            dialog.deleteLater()
        try:
            point_id = points.save(data, row.id if row else None)
        except Exception as exc:
            messages.show_error(self, translate("Progress", "Not saved"), exc)
            return
        self.refresh(select_point=point_id)

    def add_point(self) -> None:
        if self.current() is not None:
            self._run_point(None)

    def edit_point(self) -> None:
        row = self.selected_point()
        if row is not None and row.report_id is None:
            self._run_point(row)

    def delete_point(self) -> None:
        row = self.selected_point()
        if row is None or row.report_id is not None or not self._live:
            return
        self._deleted = points.delete(row.id)
        self.undo_note.setText(
            translate("Progress", "Data point of {day} deleted.").format(day=short_date(row.day))
        )
        self.undo_button.show()
        self.refresh()

    def undo_delete(self) -> None:
        if self._deleted is None or not self._live:
            return
        point_id = points.restore(self._deleted)
        self._deleted = None
        self.undo_note.clear()
        self.undo_button.hide()
        self.refresh(select_point=point_id)

    def _import(self) -> None:
        progress = self.current()
        if progress is None or self.services is None or not import_available():
            return
        # ui.progress.import_dialog is written by the import's own helper: looked up when used.
        open_import = importlib.import_module("ui.progress.import_dialog").open_import
        open_import(self, self.services, progress.line.goal_id, lambda: self.refresh())

    # ---- progress reports -------------------------------------------------------------------------
    def _goals_of(self, version_id: int) -> list[GoalChoice]:
        found: list[GoalChoice] = []
        for progress in self._progress:
            line = progress.line
            for goal_id, version in zip(line.goal_ids, line.version_ids, strict=False):
                if version == version_id:
                    found.append(GoalChoice(goal_id, line.title, line.unit))
        return found

    def _version_of(self, progress: GoalProgress) -> int:
        chosen = self.selected_report()
        if chosen is not None:
            return chosen.expected.version_id
        return progress.line.version_ids[-1]

    def record_report(self, report_id: int | None = None) -> None:
        progress = self.current()
        if progress is None:
            return
        row = reports.get_report(report_id) if report_id is not None else None
        version_id = row.version_id if row else self._version_of(progress)
        expected = reports.expected_reports(dt.date.today(), [version_id])
        chosen = self.selected_report()
        dialog = ReportDialog(
            version_id,
            expected,
            self._goals_of(version_id),
            document_rows(),
            _report_data(row),
            report_id,
            chosen.expected.due if chosen is not None and row is None else None,
            self,
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not self._live:
                return
            data = dialog.report()
        finally:
            dialog.deleteLater()
        try:
            reports.save_report(data, report_id)
        except Exception as exc:
            messages.show_error(self, translate("Progress", "Not saved"), exc)
            return
        self.refresh()

    def edit_report(self) -> None:
        chosen = self.selected_report()
        if chosen is not None and chosen.expected.report_id is not None:
            self.record_report(chosen.expected.report_id)

    def delete_report(self) -> None:
        chosen = self.selected_report()
        if (
            chosen is None
            or chosen.expected.report_id is None
            or not messages.confirm(
                self,
                translate("Progress", "Delete the progress report"),
                translate(
                    "Progress",
                    "Delete the progress report received {day}, with what it says of every goal and the "
                    "values it gave?",
                ).format(day=short_date(chosen.expected.received_on or chosen.expected.due)),
                yes=translate("Progress", "Delete"),
            )
        ):
            return
        if self._live:
            reports.delete_report(chosen.expected.report_id)
            self.refresh()


def _report_data(row: reports.ReportRow | None) -> reports.ReportData | None:
    if row is None:
        return None
    return reports.ReportData(
        row.version_id, row.expected_on, row.received_on, row.document_id, row.note, row.goals
    )
