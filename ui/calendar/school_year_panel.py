"""The School calendar tab: school years, days off, grading periods, and the district's .ics file
(import it; export the expected schedule and deadlines for a phone's calendar)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iepdesk.schedule import school_days
from iepdesk.schedule.ics import IcsEvent
from iepdesk.schedule.school_days import Span
from ui import messages
from ui.calendar.ics_dialogs import ExportDialog, IcsImportDialog
from ui.calendar.scrub import close_dialogs
from ui.calendar.span_dialog import DAY_OFF, GRADING_PERIOD, SCHOOL_YEAR, SpanDialog
from ui.calendar.texts import Calendar, kind_label, short_day
from ui.i18n import translate
from ui.icons import icon
from ui.shell.services import Services
from ui.widgets.columns import Columns
from ui.widgets.labels import heading, note
from ui.widgets.page_layout import readable_column


def _weekdays(days: frozenset[int]) -> str:
    if days == frozenset({1, 2, 3, 4, 5}):
        return translate("Calendar", "Monday to Friday")
    return ", ".join(QLocale().dayName(d, QLocale.FormatType.ShortFormat) for d in sorted(days))


class SpanTable(QGroupBox):
    """A titled table of spans with Add / Change / Remove buttons."""

    add_requested = Signal()
    edit_requested = Signal(object)  # Span
    remove_requested = Signal(object)  # Span

    def __init__(
        self, title: str, explanation: str, headers: list[str], editable: bool = True, rows: int = 4
    ) -> None:
        super().__init__(title)
        self.spans: list[Span] = []
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(title)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        row_h = self.fontMetrics().height() + 8
        self.table.verticalHeader().setDefaultSectionSize(row_h)
        self.table.setFixedHeight(row_h * (rows + 1) + 6)
        self.add_button = QPushButton(translate("Calendar", "Add…"))
        self.add_button.setIcon(icon("plus"))
        self.add_button.setAccessibleName(translate("Calendar", "Add to {what}").format(what=title))
        self.edit_button = QPushButton(translate("Calendar", "Change…"))
        self.edit_button.setIcon(icon("pencil"))
        self.edit_button.setAccessibleName(
            translate("Calendar", "Change the selected line of {what}").format(what=title)
        )
        self.edit_button.setVisible(editable)
        self.remove_button = QPushButton(translate("Calendar", "Remove"))
        self.remove_button.setIcon(icon("trash-2"))
        self.remove_button.setAccessibleName(
            translate("Calendar", "Remove the selected line of {what}").format(what=title)
        )
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(note(explanation))
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        if editable:
            self.table.doubleClicked.connect(lambda _i: self._emit(self.edit_requested))
        self.table.itemSelectionChanged.connect(self._update)
        self._update()

    def set_rows(self, spans: list[Span], cells: Callable[[Span], list[str]]) -> None:
        self.spans = list(spans)
        self.table.setRowCount(len(spans))
        for r, span in enumerate(spans):
            for c, text in enumerate(cells(span)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._update()

    def selected(self) -> Span | None:
        rows = self.table.selectionModel().selectedRows()
        return self.spans[rows[0].row()] if rows else None

    def _emit(self, signal: SignalInstance) -> None:
        span = self.selected()
        if span is not None:
            signal.emit(span)

    def _update(self) -> None:
        selected = self.selected() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)


class SchoolYearPanel(QWidget):
    changed = Signal()  # the school calendar changed: the calendar and ledger count again

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = services.files
        self.tasks = services.tasks  # the window's runner: .ics files are read beside the case work
        self._live = False
        self.years = SpanTable(
            translate("Calendar", "School years"),
            translate(
                "Calendar",
                "Sessions are expected only on school days: the weekdays of a school year, between its first "
                "and last day, that are not days off.",
            ),
            [
                translate("Calendar", "Name"),
                translate("Calendar", "First day"),
                translate("Calendar", "Last day"),
                translate("Calendar", "School weekdays"),
            ],
        )
        self.days_off = SpanTable(
            translate("Calendar", "Days off"),
            translate("Calendar", "Holidays, breaks, closures and staff days: no session is owed on them."),
            [
                translate("Calendar", "From"),
                translate("Calendar", "To"),
                translate("Calendar", "Kind"),
                translate("Calendar", "What it is"),
                translate("Calendar", "Entered"),
            ],
            editable=False,
            rows=9,
        )
        self.grading = SpanTable(
            translate("Calendar", "Grading periods"),
            translate(
                "Calendar",
                "Optional. Used for services counted per grading period, and to show the ledger by "
                "grading period.",
            ),
            [
                translate("Calendar", "Name"),
                translate("Calendar", "First day"),
                translate("Calendar", "Last day"),
            ],
            editable=False,
        )
        self.import_button = QPushButton(translate("Calendar", "&Import the district calendar (.ics)…"))
        self.import_button.setIcon(icon("import"))
        self.import_button.setAccessibleName(translate("Calendar", "Import the district's calendar file"))
        self.export_button = QPushButton(translate("Calendar", "E&xport the schedule and deadlines (.ics)…"))
        self.export_button.setIcon(icon("share"))
        self.export_button.setAccessibleName(
            translate("Calendar", "Export the expected sessions and deadlines as a calendar file")
        )
        self.result = note()
        self.result.setAccessibleName(translate("Calendar", "What the last import or export did"))
        ics_box = QGroupBox(translate("Calendar", "Calendar files"))
        ics_layout = QVBoxLayout(ics_box)
        ics_layout.setContentsMargins(16, 16, 16, 16)
        ics_layout.addWidget(
            note(
                translate(
                    "Calendar",
                    "Most districts publish their calendar as an .ics file (look for 'subscribe' or "
                    "'download' on the district calendar page). Importing it fills in the days off and "
                    "the school year.",
                )
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        ics_layout.addLayout(buttons)
        ics_layout.addWidget(self.result)
        self.result.hide()

        column = readable_column(self, 1800)
        column.addWidget(heading(translate("Calendar", "School calendar"), 1.3))
        # Two columns in a wide window (the files and years beside the days off), one in a narrow one.
        columns = Columns(1300)
        for box in (ics_box, self.years):
            columns.left.addWidget(box)
        for box in (self.days_off, self.grading):
            columns.right.addWidget(box)
        column.addWidget(columns)
        column.addStretch(1)

        self.years.add_requested.connect(lambda: self._edit(SCHOOL_YEAR, None))
        self.years.edit_requested.connect(lambda span: self._edit(SCHOOL_YEAR, span))
        self.years.remove_requested.connect(lambda span: self._remove(school_days.delete_school_year, span))
        self.days_off.add_requested.connect(lambda: self._edit(DAY_OFF, None))
        self.days_off.remove_requested.connect(lambda span: self._remove(school_days.delete_day_off, span))
        self.grading.add_requested.connect(lambda: self._edit(GRADING_PERIOD, None))
        self.grading.remove_requested.connect(
            lambda span: self._remove(school_days.delete_grading_period, span)
        )
        self.import_button.clicked.connect(self.import_ics)
        self.export_button.clicked.connect(self.export_ics)

    # ---- life -------------------------------------------------------------------------------------
    def load(self) -> None:
        self._live = True
        self.years.set_rows(
            school_days.school_years(),
            lambda s: [s.name, short_day(s.first_day), short_day(s.last_day), _weekdays(s.weekdays)],
        )
        self.days_off.set_rows(
            school_days.days_off(),
            lambda s: [
                short_day(s.first_day),
                short_day(s.last_day),
                kind_label(s.kind),
                s.name,
                translate("Calendar", "from a calendar file")
                if s.source == "ics"
                else translate("Calendar", "by hand"),
            ],
        )
        self.grading.set_rows(
            school_days.grading_periods(), lambda s: [s.name, short_day(s.first_day), short_day(s.last_day)]
        )

    def clear(self) -> None:
        self._live = False
        close_dialogs(self)
        for table in (self.years, self.days_off, self.grading):
            table.set_rows([], lambda s: [])
        self._say("")

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))

    def _changed(self) -> None:
        self.load()
        self.changed.emit()

    # ---- by hand ----------------------------------------------------------------------------------
    def _edit(self, what: str, span: Span | None) -> None:
        dialog = SpanDialog(what, span, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not self._live:
                return
            value = dialog.value()
            {SCHOOL_YEAR: school_days.save_school_year, DAY_OFF: school_days.add_day_off}.get(
                what, school_days.add_grading_period
            )(value)
        except Exception as exc:
            messages.show_error(self, translate("Calendar", "Not saved"), exc)
            return
        finally:
            dialog.deleteLater()
        self._changed()

    def _remove(self, delete: Callable[[int], None], span: Span) -> None:
        if span.id is None or not messages.confirm(
            self,
            translate("Calendar", "Remove"),
            translate("Calendar", "Remove {what} ({first} to {last})?").format(
                what=span.name or kind_label(span.kind),
                first=short_day(span.first_day),
                last=short_day(span.last_day),
            ),
            yes=translate("Calendar", "Remove"),
        ):
            return
        if not self._live:
            return
        delete(span.id)
        self._changed()

    # ---- calendar files ---------------------------------------------------------------------------
    def import_ics(self) -> None:
        path = self.files.ics_to_import(self)
        if path is None or not self._live:
            return
        # Read off the GUI thread (a hostile file may take the core's whole bound); the window runs on.
        self.import_button.setEnabled(False)
        self.tasks.run_with_dialog(
            self,
            translate("Calendar", "Reading the calendar file…"),
            lambda _report: school_days.read_ics(path),
            on_done=self._ics_read,
            on_error=self._ics_not_read,
            beside=True,
        )

    def _ics_not_read(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        if self._live:  # IcsError is an IEPDeskError: show_error gives its plain message
            messages.show_error(self, translate("Calendar", "The calendar was not read"), exc)

    def _ics_read(self, events: list[IcsEvent]) -> None:
        self.import_button.setEnabled(True)
        if not self._live:  # locked while the file was read: nothing of it is kept
            return
        if not events:
            messages.show_info(
                self,
                translate("Calendar", "Nothing to import"),
                translate("Calendar", "The file has no events."),
            )
            return
        dialog = IcsImportDialog(events, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not self._live:
                return
            result = school_days.import_events(events, dialog.decisions())
        except Exception as exc:
            messages.show_error(self, translate("Calendar", "Not imported"), exc)
            return
        finally:
            dialog.deleteLater()
        text = Calendar.tr("%n day(s) off added, {skipped} already there.", "", result.days_off_added).format(
            skipped=result.days_off_skipped
        )
        if result.school_year:
            text += " " + translate("Calendar", "School year {name} set from the first and last day.").format(
                name=result.school_year
            )
        self._say(text)
        self._changed()

    def export_ics(self) -> None:
        start, end = school_days.default_export_range(dt.date.today())
        dialog = ExportDialog(start, end, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not self._live:
                return
            start, end = dialog.dates()
        finally:
            dialog.deleteLater()
        path = self.files.ics_export_path(self, Path.home() / translate("Calendar", "IEPDesk schedule.ics"))
        if path is None or not self._live:
            return
        try:
            count = school_days.export_schedule(start, end, path)
        except Exception as exc:
            messages.show_error(self, translate("Calendar", "Not exported"), exc)
            return
        self._say(
            Calendar.tr("%n events saved to {name}. The file is not encrypted.", "", count).format(
                name=path.name
            )
        )
