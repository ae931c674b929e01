"""The figures of the "Minutes owed" tab: the table of minutes per service, and a service's count in
words (the chart is LedgerChart, the table's model LedgerModel)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from iepdesk.schedule.ledger import LedgerRow
from ui.calendar.ledger_model import LedgerModel
from ui.calendar.texts import Calendar
from ui.i18n import translate


def figures_table(model: LedgerModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(
        translate("Calendar", "Minutes per service; Enter on a figure shows the entries behind it")
    )
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)  # a long service name is elided ("…"), its tooltip whole
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def sentence(row: LedgerRow) -> str:
    f = row.figures
    given = len(set(f.delivered_entries))
    text = translate(
        "Calendar", "{service}: {given} of {required} sessions given, {owed} minutes owed"
    ).format(service=row.service, given=given, required=f.sessions_required, owed=f.owed)
    if f.still_to_come:
        text += Calendar.tr("; %n minutes still to come", "", f.still_to_come)
    if f.minutes_unknown:
        text += Calendar.tr("; %n minutes not known (ask the school)", "", f.minutes_unknown)
    return text + translate("Calendar", ".")
