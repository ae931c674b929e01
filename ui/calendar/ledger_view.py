"""The "Minutes owed" tab: choose a period, see per service what was required, delivered, missed and owed,
as numbers and as a chart; Enter or double-click on any figure shows the entries behind it.

The count is as of a date (today unless the parent types another, such as the meeting date); what is
still to come and what is not known are shown apart from the owed figures, sessions two records disagree
on are listed under the table, and a service an amendment typed in anew can be linked to the earlier one
(undoably). The ledger is counted off the GUI thread (years of entries take a moment)."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iepdesk.dates import DateTextError
from iepdesk.iep.versions import link_to_earlier, unlink_from_earlier
from iepdesk.schedule.ledger import Conflict, Ledger, LedgerRow, ProposedLink, build_ledger
from ui import messages
from ui.calendar import ledger_ops, log_ops
from ui.calendar.entries_dialog import EntriesDialog
from ui.calendar.ledger_chart import LedgerChart
from ui.calendar.ledger_model import LedgerModel, figure_help, figure_label, period_label
from ui.calendar.scrub import close_dialogs
from ui.calendar.texts import (
    core_message,
    minutes_text,
    qdate,
    reason_label,
    short_day,
    source_phrase,
    status_label,
    t,
)
from ui.tasks import TaskRunner
from ui.widgets.date_field import DateField, require_readable
from ui.widgets.labels import note

log = logging.getLogger(__name__)


def _preset_label(preset: str) -> str:
    return {
        "school_year": t("This school year, so far"),
        "iep_year": t("This IEP year, so far"),
        "month": t("This month"),
        "week": t("This week"),
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


def _sessions(n: int) -> str:
    return t("1 session") if n == 1 else t("{n} sessions").format(n=n)


def _count(
    start: dt.date, end: dt.date, grouping: str, as_of: dt.date | None
) -> tuple[Ledger, dict[int, log_ops.EntryRow]]:
    """Off the GUI thread: the ledger, and the entries of its conflicts (to say them in words)."""
    ledger = build_ledger(start, end, grouping, as_of=as_of)
    ids = [i for c in ledger.conflicts for i in (c.kept_entry, *c.other_entries)]
    return ledger, {row.id: row for row in log_ops.entries_by_id(ids)}


class LedgerView(QWidget):
    show_day = Signal(object)  # dt.date
    links_changed = Signal()  # a service was linked to (or unlinked from) an earlier one

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
        self.as_of = _dated(t("As of"))
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
            (1, 2, t("&As of:"), self.as_of),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            controls.addWidget(label, row, column)
            controls.addWidget(widget, row, column + 1)
            if widget is self.as_of:
                label.setToolTip(
                    t(
                        "Count as of this day: sessions after it are still to come, not owed. Type the "
                        "meeting date to count as of the meeting. Today's own sessions are still to come "
                        "until the day is over."
                    )
                )
        controls.addWidget(self.count_button, 1, 4, 1, 2, Qt.AlignmentFlag.AlignLeft)
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
        self.table.setWordWrap(False)  # a long service name is elided ("…"), its tooltip whole
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Apart from the owed figures: what can still happen, and what only the school can say.
        self.still_line = note()
        self.still_line.setAccessibleName(t("Still to come"))
        self.still_line.setToolTip(figure_help("still_to_come"))
        self.unknown_line = note()
        self.unknown_line.setAccessibleName(t("Minutes not known"))
        self.unknown_line.setToolTip(figure_help("minutes_unknown"))
        self.unknown_button = QPushButton(t("See the sessions with minutes not &known…"))
        self.unknown_button.setAccessibleName(t("Show the sessions cut short with minutes not known"))
        unknown_row = QHBoxLayout()
        unknown_row.addWidget(self.unknown_line, 1)
        unknown_row.addWidget(self.unknown_button, 0, Qt.AlignmentFlag.AlignTop)
        self.apart = QWidget()
        apart_layout = QVBoxLayout(self.apart)
        apart_layout.setContentsMargins(0, 0, 0, 0)
        apart_layout.addWidget(self.still_line)
        apart_layout.addLayout(unknown_row)
        self.apart.hide()
        # Sessions two records disagree on: each counted once; Enter opens the records.
        self.conflicts_label = QLabel()
        self.conflicts = QListWidget()
        self.conflicts.setAccessibleName(t("Sessions logged differently; Enter shows their entries"))
        self.conflicts.setWordWrap(True)  # a sentence each, read whole at any width
        self.conflicts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflicts.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.conflicts.setToolTip(
            t(
                "Two records of one session that disagree (for example your note and the provider's log). "
                "The session is counted once. Enter or double-click shows both entries; to count the other "
                "record, open the day and choose it under “Logged twice”."
            )
        )
        self.conflicts_label.setBuddy(self.conflicts)
        self.conflicts_label.hide()
        self.conflicts.hide()
        # A service an amendment typed in anew, that looks like a change of an earlier one.
        self.links_box = QFrame()
        self.links_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.links_box.setAccessibleName(t("Services that may need linking"))
        self.links_layout = QVBoxLayout(self.links_box)
        self.links_layout.setContentsMargins(10, 8, 10, 8)
        self.links_box.hide()
        self._link_widgets: list[QWidget] = []
        self._undo_link: ProposedLink | None = None
        self.undo_link_line = note()
        self.undo_link_button = QPushButton(t("&Undo the link"))
        self.undo_link_button.setAccessibleName(t("Undo the link just made"))
        self.undo_row = QWidget()
        undo_layout = QHBoxLayout(self.undo_row)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.undo_link_line, 1)
        undo_layout.addWidget(self.undo_link_button)
        self.undo_row.hide()
        self._conflict_rows: dict[int, log_ops.EntryRow] = {}
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
        layout.addWidget(self.links_box)
        layout.addWidget(self.undo_row)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.apart)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.unmatched_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.preset.currentIndexChanged.connect(lambda _i: self._preset_changed())
        self.grouping.currentIndexChanged.connect(lambda _i: self.count())
        self.count_button.clicked.connect(self.count)
        self.table.activated.connect(self.open_figure)
        self.unmatched_button.clicked.connect(self._open_unmatched)
        self.unknown_button.clicked.connect(self._open_unknown)
        self.conflicts.itemActivated.connect(self._open_conflict)
        self.undo_link_button.clicked.connect(self._unlink)

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
        for label in (self.still_line, self.unknown_line, self.conflicts_label, self.undo_link_line):
            label.clear()
        self.apart.hide()
        self.conflicts.clear()
        self.conflicts.hide()
        self.conflicts_label.hide()
        self._conflict_rows = {}
        self._set_links([])
        self._undo_link = None
        self.undo_row.hide()

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
            require_readable(self.start, self.end, self.as_of)
        except DateTextError as exc:  # never counted for other dates than the ones typed
            messages.show_error(self, t("Not counted"), exc)
            return
        start, end = self.start.checked_value(), self.end.checked_value()
        chosen = self.as_of.checked_value()
        # Today: the core's own default, today's sessions still to come until the day is over.
        as_of = None if chosen == dt.date.today() else chosen
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
            lambda _report: _count(start, end, grouping, as_of),
            on_done=lambda found: self._counted(generation, *found),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _counted(self, generation: int, ledger: Ledger, records: dict[int, log_ops.EntryRow]) -> None:
        if generation != self._generation or not self._live:
            return
        self.busy.hide()
        self.count_button.setEnabled(True)
        self.ledger = ledger
        self.model.set_ledger(ledger)
        self.chart.set_rows(ledger.totals, ledger.threshold_pct)
        said_below = ("check their dates and services.", "(see conflicts).", "counts it as one service.")
        notes = [core_message(w) for w in ledger.warnings if not w.endswith(said_below)]
        asks = len(ledger.ask_the_school)
        notes = [n for n in notes if not n.endswith("(see ask_the_school).")]
        if asks:
            notes.insert(
                0,
                t(
                    "{sessions} missed for a reason not known or cut short with minutes not known: "
                    "ask the school."
                ).format(sessions=_sessions(asks)),
            )
        notes.append(
            t(
                "Services are flagged ▼ when less than {pct} % of the recorded minutes were given "
                "(change it in Counting rules). Enter or double-click a figure to see the entries behind it."
            ).format(pct=ledger.threshold_pct)
        )
        self.notes.setText(" ".join(notes))
        as_of = ledger.as_of or dt.date.today()
        self.summary.setText(
            " ".join(
                [
                    t("Counted as of {day}.").format(day=short_day(as_of)),
                    *(self._sentence(row) for row in ledger.totals),
                ]
            )
        )
        self._show_apart(ledger)
        self._show_conflicts(ledger, records)
        self._set_links(ledger.proposed_links)
        count = len(ledger.unmatched_entries)
        self.unmatched_button.setVisible(count > 0)
        self.unmatched_button.setText(
            t("1 entry falls on a day with no expected session and is not counted: see it…")
            if count == 1
            else t("{n} entries fall on days with no expected session and are not counted: see them…").format(
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
        text = t("{service}: {given} of {required} sessions given, {owed} minutes owed").format(
            service=row.service, given=given, required=f.sessions_required, owed=f.owed
        )
        if f.still_to_come:
            text += t("; {n} minutes still to come").format(n=f.still_to_come)
        if f.minutes_unknown:
            text += t("; {n} minutes not known (ask the school)").format(n=f.minutes_unknown)
        return text + t(".")

    # ---- apart from the owed figures: still to come, minutes not known ---------------------------
    def _show_apart(self, ledger: Ledger) -> None:
        as_of = ledger.as_of or dt.date.today()
        still = [
            t("{service} {n} min ({sessions})").format(
                service=r.service,
                n=r.figures.still_to_come,
                sessions=_sessions(r.figures.sessions_still_to_come),
            )
            for r in ledger.totals
            if r.figures.still_to_come
        ]
        unknown = [
            t("{service} {n} min ({sessions})").format(
                service=r.service,
                n=r.figures.minutes_unknown,
                sessions=_sessions(r.figures.sessions_minutes_unknown),
            )
            for r in ledger.totals
            if r.figures.minutes_unknown
        ]
        self.still_line.setText(
            t("Still to come after {day} (can still happen, not owed yet): {list}.").format(
                day=short_day(as_of), list="; ".join(still)
            )
            if still
            else ""
        )
        self.unknown_line.setText(
            t("Minutes not known (cut short, minutes not given: ask the school): {list}.").format(
                list="; ".join(unknown)
            )
            if unknown
            else ""
        )
        self.still_line.setVisible(bool(still))
        self.unknown_line.setVisible(bool(unknown))
        self.unknown_button.setVisible(bool(unknown))
        self.apart.setVisible(bool(still or unknown))

    def _open_unknown(self) -> None:
        if self.ledger is None:
            return
        ids = [i for r in self.ledger.totals for i in r.figures.minutes_unknown_entries]
        self._open_entries(
            t("Minutes not known"),
            figure_help("minutes_unknown"),
            log_ops.entries_by_id(ids),
            [],
            None,
        )

    # ---- two records of one session that disagree -----------------------------------------------
    def _record_text(self, entry_id: int) -> tuple[str, str]:
        """(who, what): ("the provider's log", "missed (Provider absent)")."""
        row = self._conflict_rows.get(entry_id)
        if row is None:
            return t("another entry"), t("something else")
        what = status_label(row.status)
        if row.minutes is not None and row.status != "missed":
            what = t("{status}, {minutes}").format(status=what, minutes=minutes_text(row.minutes))
        if row.reason:
            what = t("{status} ({reason})").format(status=what, reason=reason_label(row.reason))
        return source_phrase(row.source), what

    def conflict_text(self, conflict: Conflict) -> str:
        names = {r.service_id: r.service for r in self.ledger.totals} if self.ledger else {}
        kept_who, kept_what = self._record_text(conflict.kept_entry)
        said = [t("{who} says {what}").format(who=kept_who, what=kept_what)]
        for other in conflict.other_entries:
            who, what = self._record_text(other)
            said.insert(0, t("{who} says {what}").format(who=who, what=what))
        return t("{day}, {service}: {said} — counted as {who}.").format(
            day=short_day(conflict.date),
            service=names.get(conflict.service_id, t("a service")),
            said=", ".join(said),
            who=kept_who,
        )

    def _show_conflicts(self, ledger: Ledger, records: dict[int, log_ops.EntryRow]) -> None:
        self._conflict_rows = records
        self.conflicts.clear()
        for conflict in ledger.conflicts:
            item = QListWidgetItem(self.conflict_text(conflict))
            item.setData(Qt.ItemDataRole.UserRole, [conflict.kept_entry, *conflict.other_entries])
            item.setToolTip(item.text() + "\n\n" + self.conflicts.toolTip())
            self.conflicts.addItem(item)
        n = len(ledger.conflicts)
        self.conflicts_label.setText(
            t("Logged &differently by two sources ({n}): each session is counted once").format(n=n)
        )
        self.conflicts_label.setVisible(n > 0)
        self.conflicts.setVisible(n > 0)
        if n:  # room for three sentences of up to two lines; more scroll
            line = self.conflicts.fontMetrics().lineSpacing()
            self.conflicts.setFixedHeight(min(n, 3) * (2 * line + 8) + 2 * self.conflicts.frameWidth() + 4)

    def _open_conflict(self, item: QListWidgetItem) -> None:
        ids = [int(i) for i in item.data(Qt.ItemDataRole.UserRole)]
        self._open_entries(
            t("Logged differently"),
            item.text()
            + " "
            + t(
                "To count the other record, or to count both as separate sessions, show the day on the "
                "calendar, edit the entry and choose under “Logged twice”."
            ),
            log_ops.entries_by_id(ids),
            [],
            None,
        )

    # ---- an amendment's service typed in anew -----------------------------------------------------
    def _set_links(self, links: list[ProposedLink]) -> None:
        for widget in self._link_widgets:
            self.links_layout.removeWidget(widget)
            widget.deleteLater()
        self._link_widgets = []
        for link in links:
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            text = note(
                t(
                    "“{service}” in a later IEP was typed in anew, so it is counted as a second service "
                    "beside the earlier “{service}” (the week it changed owes both). If it is the same "
                    "service with new minutes, link them."
                ).format(service=link.service)
            )
            text.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton(t("&Link them…"))
            button.setAccessibleName(t("Link {service} to the earlier one").format(service=link.service))
            button.clicked.connect(lambda _c=False, found=link: self.link(found))
            row_layout.addWidget(text, 1)
            row_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.links_layout.addWidget(row)
            # Reached by Tab right after Count, as it is seen: above the chart and the table.
            QWidget.setTabOrder(self.link_buttons()[-1] if self._link_widgets else self.count_button, button)
            self._link_widgets.append(row)
        self.links_box.setVisible(bool(links))

    def link_buttons(self) -> list[QPushButton]:
        return [w.findChild(QPushButton) for w in self._link_widgets]

    def link(self, found: ProposedLink) -> None:
        if not messages.confirm(
            self,
            t("Link them?"),
            t(
                "Count “{service}” of the later IEP as the same service as the earlier “{service}”, whose "
                "minutes changed? The IEP's own words are not changed, and you can undo the link here."
            ).format(service=found.service),
            t("Link them"),
        ):
            return
        self.tasks.wait()  # a count still reading the case finishes first
        try:
            link_to_earlier(found.provision, found.looks_like)
        except Exception as exc:
            messages.show_error(self, t("Not linked"), exc)
            return
        self._undo_link = found
        self.undo_link_line.setText(
            t("Linked: “{service}” is now counted as one service.").format(service=found.service)
        )
        self.undo_row.show()
        self.undo_link_button.setFocus()
        self.links_changed.emit()
        self.count()

    def _unlink(self) -> None:
        found = self._undo_link
        if found is None:
            return
        self.tasks.wait()
        try:
            unlink_from_earlier(found.provision, found.looks_like)
        except Exception as exc:
            messages.show_error(self, t("Not undone"), exc)
            return
        self._undo_link = None
        self.undo_row.hide()
        self.links_changed.emit()
        self.count()

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
