"""The "School's record vs yours" tab: per session, what the school's record (or the provider's log) says
beside what the parent logged, whether they agree, and what to check (a group session where the IEP
says individual, minutes that changed in the school's record, a new provider). Enter or double-click a
session shows the entries behind it. The core does the comparison (iepdesk.schedule.reconcile) off the
GUI thread; the ledger's figures are not changed by it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iepdesk.schedule import entries as service_log
from iepdesk.schedule.periods import PRESETS
from iepdesk.schedule.reconcile import Agreement, Flag, Reconciliation, SessionRow, SideRecord, reconcile
from ui.calendar.counted import CountedView
from ui.calendar.entries_dialog import EntriesDialog
from ui.calendar.ledger_period import LedgerPeriod, _combo, _dated, _preset_label
from ui.calendar.texts import reason_label, short_day, source_phrase, status_label
from ui.shell.tasks import TaskRunner, Work
from ui.widgets.labels import note

Index = QModelIndex | QPersistentModelIndex
DATE, SERVICE, SCHOOL, PARENT, AGREEMENT, FLAGS = range(6)
FILTERS = ("all", "disagree", "one_side", "flags")


def _shown(row: SessionRow, which: str) -> bool:
    if which == "disagree":
        return row.agreement == Agreement.DISAGREE
    if which == "one_side":
        return row.agreement in (Agreement.SCHOOL_ONLY, Agreement.PARENT_ONLY)
    if which == "flags":
        return bool(row.flags)
    return True


class ReconcileModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionRow] = []
        self._headers = [
            self.tr("Date"),
            self.tr("Service"),
            self.tr("The school says"),
            self.tr("You logged"),
            self.tr("Agreement"),
            self.tr("Also check"),
        ]

    def set_rows(self, rows: list[SessionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_data(self, row: int) -> SessionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.sentence(row)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == DATE:
            return short_day(row.date)
        if column == SERVICE:
            return row.service
        if column == SCHOOL:
            return self.side(row.school, school=True) if row.school else self.tr("— no entry")
        if column == PARENT:
            return self.side(row.parent, school=False) if row.parent else self.tr("— no entry")
        if column == AGREEMENT:
            return self.agreement(row)
        return "; ".join(self.flag(row, f) for f in row.flags)

    # ---- words ------------------------------------------------------------------------------------
    def side(self, record: SideRecord, school: bool, sentence: bool = False) -> str:
        """ "delivered (30 min)", "missed (Student absent, what your child said)"."""
        bits = []
        if record.status != "missed" and record.minutes is not None:
            bits.append(self.tr("{n} min").format(n=record.minutes))
        if record.reason and record.reason != "unknown":
            bits.append(reason_label(record.reason))
        if record.source and (not school or (record.source == "provider_log" and not sentence)):
            bits.append(source_phrase(record.source))
        what = status_label(record.status)
        return self.tr("{what} ({details})").format(what=what, details=", ".join(bits)) if bits else what

    def sentence(self, row: SessionRow) -> str:
        """ "The school's record says delivered (30 min); you logged missed (what your child said)." """
        if row.school is None:
            school = self.tr("The school's record has no entry")
        elif row.school.source == "provider_log":
            school = self.tr("The provider's log says {what}").format(
                what=self.side(row.school, True, sentence=True)
            )
        else:
            school = self.tr("The school's record says {what}").format(
                what=self.side(row.school, True, sentence=True)
            )
        if row.parent is None:
            parent = self.tr("you logged nothing")
        else:
            parent = self.tr("you logged {what}").format(what=self.side(row.parent, False))
        return self.tr("{school}; {parent}.").format(school=school, parent=parent)

    def agreement(self, row: SessionRow) -> str:
        if row.agreement == Agreement.AGREE:
            return self.tr("✓ They agree")
        if row.agreement == Agreement.SCHOOL_ONLY:
            return self.tr("◧ Only the school's record")
        if row.agreement == Agreement.PARENT_ONLY:
            return self.tr("◨ Only yours")
        what = {
            "status": self.tr("what happened"),
            "minutes": self.tr("minutes"),
            "reason": self.tr("why"),
        }
        return self.tr("≠ Disagree: {what}").format(what=", ".join(what[d] for d in row.differences))

    def flag(self, row: SessionRow, flag: Flag) -> str:
        if flag == Flag.GROUP:
            return self.tr("Group (the IEP: individual)")
        if flag == Flag.MINUTES_CHANGED:
            return self.tr("Minutes changed")
        return self.tr("New provider: {name}").format(name=row.provider)


def _compare(start: dt.date, end: dt.date, as_of: dt.date | None) -> Reconciliation:
    return reconcile(start, end, as_of=as_of)


class ReconcileView(LedgerPeriod, CountedView):
    show_day = Signal(object)  # dt.date

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.result: Reconciliation | None = None

        controls = self._build_period()
        self.busy = note(self.tr("Comparing…"))
        self.busy.hide()
        self.counts = note()
        self.counts.setAccessibleName(self.tr("How many sessions agree and disagree"))
        self.checks = note()
        self.checks.setAccessibleName(self.tr("What to check"))
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Which sessions to show"))
        for value, label in zip(
            FILTERS,
            (
                self.tr("All sessions"),
                self.tr("Where they disagree"),
                self.tr("Where only one side has it"),
                self.tr("Flagged: group, minutes, provider"),
            ),
            strict=True,
        ):
            self.filter.addItem(label, value)
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model = ReconcileModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sessions: the school's record beside yours"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Date and agreement as wide as they read; the words share the rest and wrap (no sideways scroll).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (DATE, AGREEMENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.hint = note(
            self.tr(
                "The school's side is the school's record and the provider's log; yours is what you saw, "
                "what your child said and entries with no source. Minutes owed still counts each session "
                "once. Enter or double-click a session to see the entries behind it."
            )
        )
        self.sentence = note()
        self.sentence.setAccessibleName(self.tr("The selected session in words"))

        filter_row = QHBoxLayout()
        filter_label = QLabel(self.tr("&Which sessions:"))
        filter_label.setBuddy(self.filter)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter)
        filter_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)  # the page's margins hold (ui.widgets.page_layout)
        layout.setSpacing(10)
        layout.addLayout(controls)
        layout.addWidget(self.busy)
        layout.addWidget(self.counts)
        layout.addWidget(self.checks)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sentence)
        layout.addWidget(self.hint)

        self._connect_period()
        self.filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.table.activated.connect(self.open_session)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _p: self._say(current.row()))

    # ---- the period (the ledger's, without its grouping) ------------------------------------------
    def _build_period(self) -> QGridLayout:
        self.preset = _combo(self.tr("Period"), [(p, _preset_label(p)) for p in PRESETS])
        self.start = _dated(self.tr("From"))
        self.end = _dated(self.tr("To"))
        self.as_of = _dated(self.tr("As of"))
        self.count_button = QPushButton(self.tr("&Compare"))
        self.count_button.setAccessibleName(self.tr("Compare the school's record with yours for these dates"))
        controls = QGridLayout()
        controls.setHorizontalSpacing(8)
        controls.setVerticalSpacing(8)
        for row, column, text, widget in (
            (0, 0, self.tr("&Period:"), self.preset),
            (0, 2, self.tr("&From:"), self.start),
            (0, 4, self.tr("&To:"), self.end),
            (1, 0, self.tr("&As of:"), self.as_of),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            controls.addWidget(label, row, column)
            controls.addWidget(widget, row, column + 1)
        controls.addWidget(self.count_button, 1, 2, 1, 2, Qt.AlignmentFlag.AlignLeft)
        controls.setColumnStretch(6, 1)
        return controls

    def _connect_period(self) -> None:
        self.preset.currentIndexChanged.connect(lambda _i: self._preset_changed())
        self.count_button.clicked.connect(self.count)

    # ---- comparing (the rest is CountedView's) ---------------------------------------------------
    def _not_done_title(self) -> str:
        return self.tr("Not compared")

    def _work(self, start: dt.date, end: dt.date, as_of: dt.date | None) -> Work:
        return lambda _report: _compare(start, end, as_of)

    def _forget(self) -> None:
        self.result = None
        self.model.set_rows([])
        for label in (self.counts, self.checks, self.sentence):
            label.clear()

    def _show(self, result: Reconciliation) -> None:
        self.result = result
        counts, flags = result.counts, result.flag_counts
        if not result.has_school_records:
            self.counts.setText(
                self.tr(
                    "No entries from the school's record or the provider's log in these dates. Import the "
                    "school's log, or paste it (Calendar: From a provider's log), to set it beside yours."
                )
            )
        else:
            self.counts.setText(
                self.tr(
                    "%n session(s): {agree} agree, {disagree} disagree, {school} only in the school's "
                    "record, {parent} only in yours.",
                    "",
                    len(result.sessions),
                ).format(
                    agree=counts["agree"],
                    disagree=counts["disagree"],
                    school=counts["school_only"],
                    parent=counts["parent_only"],
                )
            )
        checks = []
        if any(flags.values()):
            checks.append(
                self.tr(
                    "To check: {group} in a group where the IEP says individual, {minutes} with minutes "
                    "changed in the school's record, {provider} with a new provider."
                ).format(
                    group=flags["group"], minutes=flags["minutes_changed"], provider=flags["provider_changed"]
                )
            )
        for change in result.minutes_changes:
            checks.append(
                self.tr(
                    "{service}: from {day}, the school's record gives {minutes} min a session where the IEP "
                    "says {iep} ({n} sessions), and no IEP change is entered: a possible change without "
                    "prior written notice. Prior written notice is required a reasonable time before the "
                    "district proposes or refuses to change the provision of FAPE (34 CFR 300.503(a)); ask "
                    "whether a change was proposed."
                ).format(
                    service=change.service,
                    day=short_day(change.first),
                    minutes=change.minutes,
                    iep=change.iep_minutes,
                    n=change.sessions,
                )
            )
        for moved in result.provider_changes:
            checks.append(
                self.tr("{service}: from {day}, the records name {after} where they named {before}.").format(
                    service=moved.service, day=short_day(moved.date), after=moved.after, before=moved.before
                )
            )
        self.checks.setText("\n".join(checks))
        self.checks.setVisible(bool(checks))
        self._fill()

    def _fill(self) -> None:
        which = str(self.filter.currentData())
        rows = [r for r in (self.result.sessions if self.result else []) if _shown(r, which)]
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        else:
            self.sentence.clear()

    def _say(self, row: int) -> None:
        found = self.model.row_data(row)
        self.sentence.setText(self.model.sentence(found) if found else "")

    # ---- the entries behind a session -------------------------------------------------------------
    def open_session(self, index: QModelIndex) -> None:
        row = self.model.row_data(index.row())
        if row is None:
            return
        title = self.tr("{service} · {day}").format(service=row.service, day=short_day(row.date))
        dialog = EntriesDialog(
            title, self.model.sentence(row), service_log.entries_by_id(list(row.entry_ids)), [], "day", self
        )
        dialog.show_day.connect(self.show_day)
        dialog.exec()
        dialog.deleteLater()
        if self._live:
            self.table.setFocus()
