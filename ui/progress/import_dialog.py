"""Importing a goal's data points from a file (CSV or .xlsx): choose the file, read it off the GUI
thread (a busy bar, Cancel), see what each row becomes, then "Add N data points" (Enter).

The same pattern as the school log's import (ui/calendar/import_ctl.py): the file is read by
``read_table_bounded`` (a child process with a time and memory bound) beside the case work of the
window's runner; planning and adding, which read and write the case, are case work the lock waits for.
A result that arrives after the window closed is thrown away. Nothing is written before the parent
presses Add, and ``apply_plan`` writes all of it in one transaction or nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iepdesk.dates import format_date
from iepdesk.logimport.table import Table, TableError, read_table_bounded
from iepdesk.progress import lines, points
from iepdesk.progress.import_data import ImportPlan, PlannedPoint, apply_plan, missing_words, plan_points
from ui import messages
from ui.shell.services import Services
from ui.widgets.date_field import date_order
from ui.widgets.dialog_keys import main_action, never_default
from ui.widgets.labels import heading, note

#: The source of imported points unless the parent says otherwise (DataSource.PROVIDER_DATA).
PROVIDER_DATA = "provider_data"


def open_import(parent: QWidget, services: Services, goal_id: int, on_done: Callable[[], None]) -> None:
    """Ask for the file, read and plan it, and add the points the parent accepts; ``on_done()`` runs
    once points were added."""
    path = services.files.goal_data_to_import(parent)
    if path is None:
        return
    dialog = GoalImportDialog(services, goal_id, path, parent)
    try:
        added = dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.closed = True  # a result still on its way is for a closed window
        dialog.deleteLater()
    if added:
        on_done()


def _plan(table: Table, goal_id: int, order: str | None, source: str) -> tuple[ImportPlan, str]:
    """Off the GUI thread: the plan, and the goal's title for the heading."""
    line = lines.line_of(goal_id)
    return plan_points(table, goal_id, date_order=order, source=source), line.title if line else ""


class GoalImportDialog(QDialog):
    """After exec(): ``added`` (how many points were added, or None)."""

    def __init__(self, services: Services, goal_id: int, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = services.tasks
        self.goal_id = goal_id
        self.path = path
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.added: int | None = None
        self.closed = False
        self._generation = 0
        self._busy = True
        self._failed = False
        self._adding = False
        self.setWindowTitle(self.tr("Import the goal's data"))
        self.setAccessibleName(self.tr("Import the goal's data"))
        self.resize(820, 560)
        self.setMinimumSize(560, 420)

        self.title = heading(self.tr("Data for the goal from {name}").format(name=path.name), 1.2)
        self.title.setAccessibleName(self.tr("The file being imported"))
        self.busy_text = note(self.tr("Reading {name}…").format(name=path.name))
        self.busy_text.setAccessibleName(self.tr("What IEPDesk is doing"))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working, please wait"))
        self.summary = note()
        self.summary.setAccessibleName(self.tr("What the file would add"))
        self.summary.hide()

        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("How you know these values"))
        for code in points.SOURCE_WORDS:
            self.source.addItem(points.source_words(code), code)
        self.source.setCurrentIndex(self.source.findData(PROVIDER_DATA))
        self.order = QComboBox()
        self.order.setAccessibleName(self.tr("How the file writes dates"))
        self.order.addItem(self.tr("Choose…"), None)
        self.order.addItem(self.tr("Month first (3/4 is March 4)"), "mdy")
        self.order.addItem(self.tr("Day first (3/4 is April 3)"), "dmy")
        self.choices = QWidget()
        form = QFormLayout(self.choices)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("How you know them:"), self.source)
        form.addRow(self.tr("Dates in the file:"), self.order)
        self._order_row = form.rowCount() - 1
        self.choices.hide()

        self.rows = QTableWidget(0, 5)
        self.rows.setAccessibleName(self.tr("The rows of the file"))
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Date"), self.tr("Value"), self.tr("Unit"), self.tr("What happens")]
        )
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rows.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.rows.setWordWrap(True)
        header = self.rows.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.rows.hide()

        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add the data points to the goal (Enter)"))
        self.add_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Close without adding anything (Esc)"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.busy_text)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.choices)
        layout.addWidget(self.rows, 1)
        layout.addStretch(0)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(self.start_adding)
        self.cancel_button.clicked.connect(self.reject)
        self.source.currentIndexChanged.connect(self._replan)
        self.order.currentIndexChanged.connect(self._replan)
        never_default(self.cancel_button)
        main_action(self, self.add_button)
        self._read()

    # ---- the work, off the GUI thread ---------------------------------------------------------------
    def _deliver(self, generation: int, slot: Callable[[Any], None]) -> Callable[[Any], None]:
        def deliver(value: Any) -> None:
            if not self.closed and generation == self._generation:
                slot(value)

        return deliver

    def _read(self) -> None:
        generation = self._generation
        self.tasks.run_beside(
            lambda _report: read_table_bounded(self.path),
            on_done=self._deliver(generation, self._file_read),
            on_error=self._deliver(generation, self._failed_with),
        )

    def _file_read(self, table: Table) -> None:
        self.table = table
        self._replan()

    def _replan(self) -> None:
        table = self.table
        if table is None or self.closed:
            return
        self._generation += 1
        generation = self._generation
        order, source = self.order.currentData(), self.source.currentData()
        self._set_busy(self.tr("Working out the rows…"))
        self.tasks.run(
            lambda _report: _plan(table, self.goal_id, order, source),
            on_done=self._deliver(generation, self._planned),
            on_error=self._deliver(generation, self._failed_with),
            lock_waits=True,
        )

    def _planned(self, value: tuple[ImportPlan, str]) -> None:
        plan, title = value
        self.plan = plan
        self._busy = False
        self.busy_bar.hide()
        self.busy_text.hide()
        if title:
            self.title.setText(
                self.tr("Data for “{title}” from {name}").format(title=title, name=self.path.name)
            )
        if plan.missing_fields:
            self._failed_with(ValueError(missing_words(plan.missing_fields[0])))
            return
        self._show_plan(plan)

    def start_adding(self) -> None:
        plan = self.plan
        if plan is None or self._busy or not plan.ready_count:
            return
        self._generation += 1
        self._adding = True
        self._set_busy(self.tr("Adding… all of it is written, or nothing."))
        self.tasks.run(
            lambda _report: apply_plan(plan),
            on_done=self._deliver(self._generation, self._done),
            on_error=self._deliver(self._generation, self._failed_with),
            lock_waits=True,
        )

    def _done(self, added: int) -> None:
        self._busy = self._adding = False
        self.added = added
        self.accept()

    def _failed_with(self, exc: BaseException) -> None:
        self._busy = self._adding = False
        self._failed = True
        why = str(exc) if isinstance(exc, (TableError, ValueError)) else messages.describe(exc)
        self.title.setText(self.tr("The file could not be imported"))
        self.busy_bar.hide()
        self.busy_text.setText(self.tr("{why}\n\nNothing was added to the goal.").format(why=why))
        self.busy_text.show()
        for widget in (self.summary, self.choices, self.rows):
            widget.hide()
        self.add_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()

    # ---- showing ----------------------------------------------------------------------------------
    def _set_busy(self, text: str) -> None:
        self._busy = True
        self.busy_text.setText(text)
        self.busy_text.show()
        self.busy_bar.show()
        self.add_button.setEnabled(False)

    def _show_plan(self, plan: ImportPlan) -> None:
        self.summary.setText(
            self.tr("{ready} ready to add, {refused} cannot be read, {duplicates} already recorded.").format(
                ready=plan.ready_count, refused=plan.refused_count, duplicates=plan.duplicates_count
            )
            + (" " + self.tr("Rows that cannot be read are left out.") if plan.refused_count else "")
        )
        self.summary.show()
        form = self.choices.layout()
        assert isinstance(form, QFormLayout)
        form.setRowVisible(self._order_row, plan.needs_date_order or self.order.currentData() is not None)
        self.choices.show()
        self.rows.setRowCount(len(plan.rows))
        for at, row in enumerate(plan.rows):
            if isinstance(row, PlannedPoint):
                day = format_date(row.data.day, date_order())
                cells = [str(row.row_number), day, row.data.value, row.data.unit]
                said = self.tr("Already recorded") if row.already_recorded else self.tr("Ready")
                if row.remark:
                    said += " (" + row.remark + ")"
            else:
                cells = [str(row.row_number), row.date_text, row.value_text, ""]
                said = self.tr("Left out: {why}").format(why=row.reason)
            for column, text in enumerate([*cells, said]):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.rows.setItem(at, column, item)
        self.rows.resizeRowsToContents()
        self.rows.show()
        n = plan.ready_count
        self.add_button.setText(self.tr("&Add %n data point(s)", "", n) if n else self.tr("&Add"))
        self.add_button.setEnabled(n > 0)
        self.add_button.setDefault(True)
        self.add_button.setFocus()

    def reject(self) -> None:
        if self._adding:
            return  # the points are written in one transaction: it finishes (or fails) first
        self.closed = True
        super().reject()
