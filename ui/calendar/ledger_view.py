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
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from iepdesk.schedule import entries as service_log
from iepdesk.schedule.behind import FIGURES, value_of
from iepdesk.schedule.behind import behind as entries_behind
from iepdesk.schedule.ledger import Ledger, build_ledger
from ui.calendar.counted import CountedView
from ui.calendar.entries_dialog import EntriesDialog
from ui.calendar.ledger_chart import LedgerChart
from ui.calendar.ledger_figures import figures_table, sentence
from ui.calendar.ledger_model import LedgerModel, figure_help, figure_label, period_label
from ui.calendar.ledger_notes import LedgerNotes, _sessions
from ui.calendar.ledger_period import LedgerPeriod
from ui.calendar.texts import Calendar, core_message, short_day
from ui.i18n import translate
from ui.shell.tasks import TaskRunner, Work
from ui.widgets.labels import note

log = logging.getLogger(__name__)


def _count(
    start: dt.date, end: dt.date, grouping: str, as_of: dt.date | None
) -> tuple[Ledger, dict[int, service_log.EntryRow]]:
    """Off the GUI thread: the ledger, and the entries of its conflicts (to say them in words)."""
    ledger = build_ledger(start, end, grouping, as_of=as_of)
    ids = [i for c in ledger.conflicts for i in (c.kept_entry, *c.other_entries)]
    return ledger, {row.id: row for row in service_log.entries_by_id(ids)}


class LedgerView(LedgerPeriod, LedgerNotes, CountedView):
    show_day = Signal(object)  # dt.date
    links_changed = Signal()  # a service was linked to (or unlinked from) an earlier one

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.ledger: Ledger | None = None

        controls = self._build_period()
        self.busy = note(translate("Calendar", "Counting…"))
        self.busy.hide()
        self.notes = note()
        self.notes.setAccessibleName(translate("Calendar", "Notes on the count"))
        self.summary = note()
        self.summary.setAccessibleName(translate("Calendar", "The count in words"))
        self.chart = LedgerChart()
        self.model = LedgerModel()
        self.table = figures_table(self.model)
        self._build_notes()
        self.unmatched_button = QPushButton()
        self.unmatched_button.setAccessibleName(
            translate("Calendar", "Show the entries that match no expected session")
        )
        self.unmatched_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)  # the page's margins hold (ui.widgets.page_layout)
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

        self._connect_period()
        self.table.activated.connect(self.open_figure)
        self.unmatched_button.clicked.connect(self._open_unmatched)
        self._connect_notes()

    # ---- counting (the rest is CountedView's) ----------------------------------------------------
    def _not_done_title(self) -> str:
        return translate("Calendar", "Not counted")

    def _work(self, start: dt.date, end: dt.date, as_of: dt.date | None) -> Work:
        grouping = str(self.grouping.currentData())
        return lambda _report: _count(start, end, grouping, as_of)

    def _forget(self) -> None:
        self.ledger = None
        self.model.set_ledger(None)
        self.chart.set_rows([])
        for label in (self.notes, self.summary):
            label.clear()
        self.unmatched_button.hide()
        self.unmatched_button.setText("")
        self._clear_notes()

    def _show(self, found: tuple[Ledger, dict[int, service_log.EntryRow]]) -> None:
        ledger, records = found
        self.ledger = ledger
        self.model.set_ledger(ledger)
        self.chart.set_rows(ledger.totals, ledger.threshold_pct)
        # The core's warnings this page says in its own words, or lists below the figures (by kind:
        # the core may write them in another language).
        said_here = {"unmatched", "conflicts", "proposed_link", "ask_the_school"}
        notes = [
            core_message(w)
            for w, kind in zip(ledger.warnings, ledger.warning_kinds, strict=True)
            if kind not in said_here
        ]
        asks = len(ledger.ask_the_school)
        if asks:
            notes.insert(
                0,
                translate(
                    "Calendar",
                    "{sessions} missed for a reason not known or cut short with minutes not known: "
                    "ask the school.",
                ).format(sessions=_sessions(asks)),
            )
        notes.append(
            translate(
                "Calendar",
                "Services are flagged ▼ when less than {pct} % of the recorded minutes were given "
                "(change it in Counting rules). Enter or double-click a figure to see the entries behind it.",
            ).format(pct=ledger.threshold_pct)
        )
        self.notes.setText(" ".join(notes))
        as_of = ledger.as_of or dt.date.today()
        self.summary.setText(
            " ".join(
                [
                    translate("Calendar", "Counted as of {day}.").format(day=short_day(as_of)),
                    *(sentence(row) for row in ledger.totals),
                ]
            )
        )
        self._show_apart(ledger)
        self._show_conflicts(ledger, records)
        self._set_links(ledger.proposed_links)
        count = len(ledger.unmatched_entries)
        self.unmatched_button.setVisible(count > 0)
        self.unmatched_button.setText(
            translate(
                "Calendar", "1 entry falls on a day with no expected session and is not counted: see it…"
            )
            if count == 1
            else translate(
                "Calendar", "{n} entries fall on days with no expected session and are not counted: see them…"
            ).format(n=count)
        )

    # ---- what is behind a figure ------------------------------------------------------------------
    def open_figure(self, index: QModelIndex) -> None:
        found = self.model.row_at(index.row())
        if found is None or self.ledger is None:
            return
        row, total = found
        figure = LedgerModel.COLUMNS[index.column()]
        behind = entries_behind(row.figures, figure)
        label = figure_label(figure) if figure in FIGURES else translate("Calendar", "All entries")
        period = period_label(row, self.ledger.grouping, total)
        title = translate("Calendar", "{service} · {figure} · {period}").format(
            service=row.service, figure=label, period=period
        )
        value = value_of(row, figure) if figure in FIGURES else None
        explanation = figure_help(figure)
        if isinstance(value, int):
            explanation = Calendar.tr("{figure}: %n minutes. {help}", "", value).format(
                figure=label, help=explanation
            )
        self._open_entries(
            title,
            explanation,
            service_log.entries_by_id(behind.entry_ids),
            behind.empty_periods,
            row.service_id,
        )

    def _open_unmatched(self) -> None:
        if self.ledger is None:
            return
        self._open_entries(
            translate("Calendar", "Entries not counted"),
            translate(
                "Calendar",
                "These entries fall on a day when the service is not expected (a weekend, a holiday, "
                "outside its dates), or are missed sessions in a week that was already complete. Check "
                "their dates and services.",
            ),
            service_log.entries_by_id(self.ledger.unmatched_entries),
            [],
            None,
        )

    def _open_entries(
        self,
        title: str,
        explanation: str,
        entries: list[service_log.EntryRow],
        periods: list[dt.date],
        service: int | None,
    ) -> None:
        period = service_log.service_period(service) if service is not None else ""
        dialog = EntriesDialog(title, explanation, entries, periods, period, self)
        dialog.show_day.connect(self.show_day)
        dialog.exec()
        dialog.deleteLater()
        if self._live:
            self.table.setFocus()
