"""The "Minutes owed" tab: choose a period, see per service what was required, delivered, missed and owed,
as numbers and as a chart; Enter or double-click on any figure shows the entries behind it.

The ledger is counted off the GUI thread (years of entries take a moment)."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iepdesk.dates import DateTextError
from iepdesk.schedule.ledger import Ledger, LedgerRow, build_ledger
from ui import messages
from ui.calendar import ledger_ops, log_ops
from ui.calendar.entries_dialog import EntriesDialog
from ui.calendar.ledger_chart import LedgerChart
from ui.calendar.ledger_model import LedgerModel, figure_help, figure_label, period_label
from ui.calendar.scrub import close_dialogs
from ui.calendar.texts import core_message, qdate, t
from ui.tasks import TaskRunner
from ui.widgets.date_field import DateField, require_readable
from ui.widgets.labels import note

log = logging.getLogger(__name__)


def _preset_label(preset: str) -> str:
    return {
        "school_year": t("This school year, so far"),
        "iep_year": t("This IEP year, so far"),
        "month": t("This month, so far"),
        "week": t("This week, so far"),
        "whole": t("Everything recorded"),
        "custom": t("Dates I choose"),
    }[preset]


GROUPINGS = (
    ("whole", "The whole period"),
    ("week", "Week by week"),
    ("month", "Month by month"),
    ("grading_period", "By grading period"),
    ("iep_year", "By IEP year"),
)


def _combo(accessible: str, items: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible)
    for value, label in items:
        box.addItem(label, value)
    # As wide as its longest choice, never squeezed: "This school year, so far" must read whole.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return box


def _dated(accessible: str) -> DateField:
    return DateField(accessible, dt.date.today(), compact=True)  # in one row: what it read is its tooltip


class LedgerView(QWidget):
    show_day = Signal(object)  # dt.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = TaskRunner(self)
        self._live = False
        self._stale = True
        self._generation = 0
        self.ledger: Ledger | None = None

        self.preset = _combo(t("Period"), [(p, _preset_label(p)) for p in ledger_ops.PRESETS])
        self.start = _dated(t("From"))
        self.end = _dated(t("To"))
        self.grouping = _combo(t("Show"), [(g, t(label)) for g, label in GROUPINGS])
        self.count_button = QPushButton(t("&Count"))
        self.count_button.setAccessibleName(t("Count the minutes for these dates"))
        # Two rows (in one, a 1024-pixel window squeezed the drop-downs to "This school year,"),
        # the drop-downs lined up in one column.
        controls = QGridLayout()
        controls.setHorizontalSpacing(8)
        controls.setVerticalSpacing(8)
        for row, column, text, widget in (
            (0, 0, t("&Period:"), self.preset),
            (0, 2, t("&From:"), self.start),
            (0, 4, t("&To:"), self.end),
            (1, 0, t("&Show:"), self.grouping),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            controls.addWidget(label, row, column)
            controls.addWidget(widget, row, column + 1)
        controls.addWidget(self.count_button, 1, 2, 1, 2, Qt.AlignmentFlag.AlignLeft)
        controls.setColumnStretch(6, 1)

        self.busy = note(t("Counting…"))
        self.busy.hide()
        self.notes = note()
        self.notes.setAccessibleName(t("Notes on the count"))
        self.summary = note()
        self.summary.setAccessibleName(t("The count in words"))
        self.chart = LedgerChart()
        self.model = LedgerModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(t("Minutes per service; Enter on a figure shows the entries behind it"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.unmatched_button = QPushButton()
        self.unmatched_button.setAccessibleName(t("Show the entries that match no expected session"))
        self.unmatched_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(controls)
        layout.addWidget(self.busy)
        layout.addWidget(self.notes)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unmatched_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.preset.currentIndexChanged.connect(lambda _i: self._preset_changed())
        self.grouping.currentIndexChanged.connect(lambda _i: self.count())
        self.count_button.clicked.connect(self.count)
        self.table.activated.connect(self.open_figure)
        self.unmatched_button.clicked.connect(self._open_unmatched)

    # ---- life -------------------------------------------------------------------------------------
    def load(self) -> None:
        self._live = True
        self._stale = True
        self._preset_changed(count=False)
        if self.isVisible():
            self.count()

    def mark_stale(self) -> None:
        self._stale = True

    def clear(self) -> None:
        self._live = False
        self._generation += 1  # a count still running is thrown away when it arrives
        self.tasks.wait()  # it reads the case: let it finish before the key is dropped
        close_dialogs(self)
        self.ledger = None
        self.model.set_ledger(None)
        self.chart.set_rows([])
        for label in (self.notes, self.summary):
            label.clear()
        self.unmatched_button.hide()
        self.unmatched_button.setText("")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._live and self._stale:
            self.count()

    # ---- counting ---------------------------------------------------------------------------------
    def _preset_changed(self, count: bool = True) -> None:
        preset = str(self.preset.currentData())
        custom = preset == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom and self._live:
            start, end = ledger_ops.preset_range(preset, dt.date.today())
            self.start.setDate(qdate(start))
            self.end.setDate(qdate(end))
        if count:
            self.count()

    def count(self) -> None:
        if not self._live:
            return
        try:
            require_readable(self.start, self.end)
        except DateTextError as exc:  # never counted for other dates than the ones typed
            messages.show_error(self, t("Not counted"), exc)
            return
        start, end = self.start.checked_value(), self.end.checked_value()
        if end < start:
            messages.show_error(self, t("Not counted"), t("The end date is before the start date."))
            return
        grouping = str(self.grouping.currentData())
        self._stale = False
        self._generation += 1
        generation = self._generation
        self.busy.show()
        self.count_button.setEnabled(False)
        self.tasks.run(
            lambda _report: build_ledger(start, end, grouping),
            on_done=lambda ledger: self._counted(generation, ledger),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _counted(self, generation: int, ledger: Ledger) -> None:
        if generation != self._generation or not self._live:
            return
        self.busy.hide()
        self.count_button.setEnabled(True)
        self.ledger = ledger
        self.model.set_ledger(ledger)
        self.chart.set_rows(ledger.totals, ledger.threshold_pct)
        notes = [
            core_message(w) for w in ledger.warnings if not w.endswith("check their dates and services.")
        ]
        notes.append(
            t(
                "Services are flagged ▼ when less than {pct} % of the recorded minutes were given "
                "(change it in Counting rules). Enter or double-click a figure to see the entries behind it."
            ).format(pct=ledger.threshold_pct)
        )
        self.notes.setText(" ".join(notes))
        self.summary.setText(" ".join(self._sentence(row) for row in ledger.totals))
        count = len(ledger.unmatched_entries)
        self.unmatched_button.setVisible(count > 0)
        self.unmatched_button.setText(
            t("{n} entries fall on days with no expected session and are not counted: see them…").format(
                n=count
            )
        )

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or not self._live:
            return
        self.busy.hide()
        self.count_button.setEnabled(True)
        messages.show_error(self, t("Not counted"), exc)

    @staticmethod
    def _sentence(row: LedgerRow) -> str:
        f = row.figures
        given = len(set(f.delivered_entries))
        return t("{service}: {given} of {required} sessions given, {owed} minutes owed.").format(
            service=row.service, given=given, required=f.sessions_required, owed=f.owed
        )

    # ---- what is behind a figure ------------------------------------------------------------------
    def open_figure(self, index: QModelIndex) -> None:
        found = self.model.row_at(index.row())
        if found is None or self.ledger is None:
            return
        row, total = found
        figure = LedgerModel.COLUMNS[index.column()]
        behind = ledger_ops.behind(row.figures, figure)
        label = figure_label(figure) if figure in ledger_ops.FIGURES else t("All entries")
        period = period_label(row, self.ledger.grouping, total)
        title = t("{service} · {figure} · {period}").format(service=row.service, figure=label, period=period)
        value = ledger_ops.value_of(row, figure) if figure in ledger_ops.FIGURES else None
        explanation = figure_help(figure)
        if isinstance(value, int):
            explanation = t("{figure}: {n} minutes. {help}").format(figure=label, n=value, help=explanation)
        self._open_entries(
            title, explanation, log_ops.entries_by_id(behind.entry_ids), behind.empty_periods, row.service_id
        )

    def _open_unmatched(self) -> None:
        if self.ledger is None:
            return
        self._open_entries(
            t("Entries not counted"),
            t(
                "These entries fall on a day when the service is not expected (a weekend, a holiday, "
                "outside its dates), or are missed sessions in a week that was already complete. Check "
                "their dates and services."
            ),
            log_ops.entries_by_id(self.ledger.unmatched_entries),
            [],
            None,
        )

    def _open_entries(
        self,
        title: str,
        explanation: str,
        entries: list[log_ops.EntryRow],
        periods: list[dt.date],
        service: int | None,
    ) -> None:
        period = log_ops.service_period(service) if service is not None else ""
        dialog = EntriesDialog(title, explanation, entries, periods, period, self)
        dialog.show_day.connect(self.show_day)
        dialog.exec()
        dialog.deleteLater()
        if self._live:
            self.table.setFocus()
