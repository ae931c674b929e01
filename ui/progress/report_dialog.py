"""Record (or change) a progress report received from the school: which expected report it answers, the
day it came, the document in the vault, and what it says of each goal of that IEP version."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iepdesk.dates import DateTextError
from iepdesk.progress import reports, values
from iepdesk.progress.reports import ExpectedReport, GoalReportData, ReportData
from iepdesk.vault.library import DocumentRow
from ui.i18n import translate
from ui.progress.chart import short_date
from ui.widgets.date_field import DateField, require_readable
from ui.widgets.dialog_keys import main_action
from ui.widgets.form_rows import labelled_rows, save_cancel
from ui.widgets.labels import problem_label
from ui.widgets.unsaved import AsksBeforeClosing


@dataclass(frozen=True)
class GoalChoice:
    goal_id: int
    title: str
    unit: str


class _GoalRow:
    def __init__(self, goal: GoalChoice, given: GoalReportData | None) -> None:
        self.goal = goal
        self.status = QComboBox()
        self.status.setAccessibleName(
            translate("Progress", "What the report says of: {title}").format(title=goal.title)
        )
        self.status.addItem(translate("Progress", "(not in this report)"), "")
        for code in reports.STATUS_WORDS:
            self.status.addItem(reports.status_words(code), code)
        self.words = QLineEdit(given.words if given else "")
        self.words.setAccessibleName(
            translate("Progress", "The school's words about: {title}").format(title=goal.title)
        )
        self.words.setPlaceholderText(translate("Progress", "The school's words, as written"))
        self.value = QLineEdit(given.value if given else "")
        self.value.setAccessibleName(
            translate("Progress", "Value the report gives for: {title}").format(title=goal.title)
        )
        self.value.setPlaceholderText(translate("Progress", "Value"))
        self.unit = QLineEdit(given.unit if given and given.unit else goal.unit)
        self.unit.setAccessibleName(translate("Progress", "Unit of that value"))
        self.unit.setPlaceholderText(translate("Progress", "Unit"))
        if given is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(given.status)))

    def data(self) -> GoalReportData | None:
        status = str(self.status.currentData() or "")
        if not status:
            return None
        return GoalReportData(
            self.goal.goal_id, status, self.words.text(), self.value.text().strip(), self.unit.text().strip()
        )


class ReportDialog(AsksBeforeClosing, QDialog):
    def __init__(
        self,
        version_id: int,
        expected: Sequence[ExpectedReport],
        goals: Sequence[GoalChoice],
        documents: Sequence[DocumentRow] = (),
        data: ReportData | None = None,
        report_id: int | None = None,
        chosen_due: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._version_id = version_id
        self._report_id = report_id
        self.setWindowTitle(
            translate("Progress", "Change the progress report")
            if data
            else translate("Progress", "Record a progress report received")
        )
        # Its width comes from the goals' rows below (an explicit minimum would let them be cut off).
        self.expected = QComboBox()
        self.expected.setAccessibleName(translate("Progress", "Which expected report this is"))
        for report in expected:
            self.expected.addItem(
                translate("Progress", "Expected {day}").format(day=short_date(report.due)),
                report.due.isoformat(),
            )
        self.expected.addItem(translate("Progress", "A report not on the schedule"), "")
        due = data.expected_on if data else chosen_due
        if due is None and data is not None:
            self.expected.setCurrentIndex(self.expected.count() - 1)
        elif due is not None:
            self.expected.setCurrentIndex(max(0, self.expected.findData(due.isoformat())))
        else:  # the first one not recorded yet
            open_ = next((n for n, r in enumerate(expected) if r.report_id is None), len(expected))
            self.expected.setCurrentIndex(open_)
        self.received = DateField(
            translate("Progress", "Date received"), data.received_on if data else dt.date.today()
        )
        self.document = QComboBox()
        self.document.setAccessibleName(translate("Progress", "The report in the vault"))
        self.document.addItem(translate("Progress", "(none)"), 0)
        for doc in documents:
            self.document.addItem(doc.title or doc.filename, doc.id)
        if data and data.document_id:
            self.document.setCurrentIndex(max(0, self.document.findData(data.document_id)))
        given = {g.goal_id: g for g in data.goals} if data else {}
        self.rows = [_GoalRow(goal, given.get(goal.goal_id)) for goal in goals]
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        for column, text in enumerate(
            (
                translate("Progress", "Goal"),
                translate("Progress", "Status"),
                translate("Progress", "The school's words"),
                translate("Progress", "Value"),
                translate("Progress", "Unit"),
            )
        ):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, 0, column)
        for n, row in enumerate(self.rows, start=1):
            title = QLabel(row.goal.title)
            title.setWordWrap(True)
            title.setMinimumWidth(150)
            grid.addWidget(title, n, 0)
            grid.addWidget(row.status, n, 1)
            grid.addWidget(row.words, n, 2)
            grid.addWidget(row.value, n, 3)
            grid.addWidget(row.unit, n, 4)
            # Room for a value like 1234.5 and a unit like "percent correct" (the words take the rest).
            metrics = row.value.fontMetrics()
            row.value.setMinimumWidth(metrics.horizontalAdvance("0000.00") + 24)
            row.value.setMaximumWidth(metrics.horizontalAdvance("0000.0000") + 24)
            row.unit.setMinimumWidth(metrics.horizontalAdvance("percent correct") + 24)
            row.words.setMinimumWidth(metrics.horizontalAdvance("The school's words") + 24)
        grid.setColumnStretch(2, 1)
        goals_box = QGroupBox(translate("Progress", "What the report says of each goal"))
        holder = QWidget()
        holder.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # As wide as the goals' rows (the dialog grows to fit them, never a sideways scroll), and tall
        # enough for four goals before the list scrolls.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        hint = holder.sizeHint()
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(hint.width() + bar)
        per_row = hint.height() / max(1, len(self.rows) + 1)
        scroll.setMinimumHeight(int(min(hint.height(), per_row * 5)) + 4)
        box_layout = QVBoxLayout(goals_box)
        box_layout.addWidget(scroll)
        self.problem = problem_label(translate("Progress", "Why it cannot be saved"))
        form = QFormLayout()
        labelled_rows(
            form,
            (
                (translate("Progress", "&Which report:"), self.expected),
                (translate("Progress", "Date &received:"), self.received),
                (translate("Progress", "D&ocument:"), self.document),
            ),
        )
        buttons, self.save_button = save_cancel(
            self, translate("Progress", "Save the progress report"), self._accept
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(goals_box, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        main_action(self, self.save_button)
        self.expected.setFocus()
        self.keep_snapshot()

    def report(self) -> ReportData:
        due = str(self.expected.currentData() or "")
        document = int(self.document.currentData() or 0)
        return ReportData(
            version_id=self._version_id,
            expected_on=dt.date.fromisoformat(due) if due else None,
            received_on=self.received.checked_value(),
            document_id=document or None,
            goals=tuple(g for g in (r.data() for r in self.rows) if g is not None),
        )

    def _accept(self) -> None:
        try:
            require_readable(self.received)
        except DateTextError as exc:
            self._say(str(exc))
            return
        for row in self.rows:
            if row.value.text().strip():
                found = values.problem(row.value.text())
                if found:
                    self._say(found)
                    row.value.setFocus()
                    return
        found = reports.problem(self.report(), self._report_id)
        if found:
            self._say(found)
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
