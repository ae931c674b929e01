"""The Calendar tab: month or week grid, its key, and the ways to log (day, D, M, week, provider log)."""

from __future__ import annotations

import datetime as dt
import logging

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from iepdesk import drafts as form_drafts
from iepdesk import incidents
from iepdesk.deadlines import MEETING_KINDS, all_deadlines
from iepdesk.drafts import Draft
from iepdesk.schedule import entries as service_log
from iepdesk.schedule.entries import ServiceChoice
from iepdesk.schedule.month import MonthView, month_view, week_view
from ui import messages
from ui.calendar.bulk_dialog import BulkDialog
from ui.calendar.day_dialog import DayDialog
from ui.calendar.day_items import DueMark, day_summary, due_marks
from ui.calendar.import_ctl import ImportController
from ui.calendar.legend import Legend
from ui.calendar.month_grid import MonthGrid
from ui.calendar.quick_dialog import QuickLogDialog
from ui.calendar.scrub import close_dialogs
from ui.calendar.texts import SYMBOLS, Calendar, month_title, short_day, status_label
from ui.calendar.undo import LogController
from ui.calendar.week_dialog import WeekDialog
from ui.i18n import translate
from ui.icons import icon
from ui.incidents.incident_dialog import IncidentDialog
from ui.shell.services import Services
from ui.widgets import unsaved
from ui.widgets.labels import heading, note

log = logging.getLogger(__name__)


def _button(text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    return button


class CalendarView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._live = False
        self._view: MonthView | None = None
        self._anchor = dt.date.today()
        self._week_mode = False
        self.log = LogController(self)

        self.previous_button = _button("◀", translate("Calendar", "Previous month (Page Up)"))
        self.next_button = _button("▶", translate("Calendar", "Next month (Page Down)"))
        self.today_button = _button(
            translate("Calendar", "&Today"), translate("Calendar", "Go to today (Home)")
        )
        self.title = heading("", 1.3)
        self.title.setMinimumWidth(260)
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(44)
        self.month_button = _button(
            translate("Calendar", "M&onth"), translate("Calendar", "Show the whole month")
        )
        self.week_button = _button(
            translate("Calendar", "W&eek"), translate("Calendar", "Show one week, with more detail")
        )
        # Two toggles, each a Tab stop (an exclusive QButtonGroup would take the unchecked one out of
        # the Tab order); set_week_mode keeps one of them checked.
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
        self.month_button.setChecked(True)
        top = QHBoxLayout()
        for widget in (self.previous_button, self.title, self.next_button):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.today_button)
        top.addStretch(1)
        top.addWidget(self.month_button)
        top.addWidget(self.week_button)

        self.day_button = _button(
            translate("Calendar", "&Log this day…"),
            translate("Calendar", "Open the log of the selected day (Enter)"),
        )
        self.delivered_button = _button(
            translate("Calendar", "{sym} Delivered (D)").format(sym=SYMBOLS["delivered"]),
            translate("Calendar", "Log the selected day's session as delivered as planned (D)"),
        )
        self.missed_button = _button(
            translate("Calendar", "{sym} Missed… (M)").format(sym=SYMBOLS["missed"]),
            translate("Calendar", "Log the selected day's session as missed (M)"),
        )
        self.week_log_button = _button(
            translate("Calendar", "Mark the &week delivered except…"),
            translate("Calendar", "Log the whole week as delivered, except some sessions (W)"),
        )
        self.bulk_button = _button(
            translate("Calendar", "From a &provider's log…"),
            translate("Calendar", "Type or paste a provider's service log"),
        )
        self.import_button = _button(
            self.tr("&Import the school's log…"),
            self.tr("Import the school's service log from a file (CSV, Excel or PDF)"),
        )
        self.import_button.setIcon(icon("import"))
        self.importer = ImportController(services, self)
        # In the top row (the actions row is full at 1024 px): beside the provider's log, one line up.
        top.insertWidget(top.indexOf(self.month_button), self.import_button)
        top.insertSpacing(top.indexOf(self.month_button), 12)
        self.undo_button = _button(
            translate("Calendar", "&Undo"), translate("Calendar", "Undo the last change to the log (Ctrl+Z)")
        )
        actions = QHBoxLayout()
        for button in (self.day_button, self.delivered_button, self.missed_button, self.week_log_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.bulk_button)
        actions.addWidget(self.undo_button)

        self.assumed_note = note(
            translate(
                "Calendar",
                "No school year is entered, so every Monday to Friday counts as a school day. Enter the "
                "school year (or import the district calendar) in the School calendar tab for numbers "
                "that hold up.",
            )
        )
        self.assumed_note.hide()
        self.grid = MonthGrid()
        self.summary = note()
        self.summary.setAccessibleName(translate("Calendar", "The selected day"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = note()
        self.status.setAccessibleName(translate("Calendar", "What was just logged"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)  # the page's margins hold (ui.widgets.page_layout)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(actions)
        self.legend = Legend()
        layout.addWidget(self.legend)
        layout.addWidget(self.assumed_note)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)

        self.previous_button.clicked.connect(lambda: self._page(-1))
        self.next_button.clicked.connect(lambda: self._page(1))
        self.today_button.clicked.connect(lambda: self.go_to(dt.date.today()))
        self.month_button.clicked.connect(lambda: self.set_week_mode(False))
        self.week_button.clicked.connect(lambda: self.set_week_mode(True))
        self.day_button.clicked.connect(lambda: self._selected_then(self.open_day))
        self.delivered_button.clicked.connect(
            lambda: self._selected_then(lambda d: self.quick(d, "delivered"))
        )
        self.missed_button.clicked.connect(lambda: self._selected_then(lambda d: self.quick(d, "missed")))
        self.week_log_button.clicked.connect(lambda: self._selected_then(self.mark_week))
        self.bulk_button.clicked.connect(self.bulk_entry)
        self.import_button.clicked.connect(self.import_school_log)
        self.importer.imported.connect(self._school_log_imported)
        self.undo_button.clicked.connect(self.log.stack.undo)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.log.stack.undo)
        redo = QShortcut(QKeySequence(QKeySequence.StandardKey.Redo), self)
        redo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        redo.activated.connect(self.log.stack.redo)
        self.log.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.log.stack.undoTextChanged.connect(
            lambda text: self.undo_button.setToolTip(
                translate("Calendar", "Undo: {what}").format(what=text) if text else ""
            )
        )
        self.log.changed.connect(self.reload)
        self.grid.selected_changed.connect(lambda _d: self._show_summary())
        self.grid.activated.connect(self.open_day)
        self.grid.quick_requested.connect(self.quick)
        self.grid.week_requested.connect(self.mark_week)
        self.grid.moved_outside.connect(self.go_to)
        self.grid.page_requested.connect(self._page)
        self.grid.undo_requested.connect(
            lambda undo: self.log.stack.undo() if undo else self.log.stack.redo()
        )
        self.undo_button.setEnabled(False)
        self._set_enabled(False)

    # ---- life -------------------------------------------------------------------------------------
    def load(self) -> None:
        self._live = True
        self.importer.load()
        self._set_enabled(True)
        self.reload()

    def clear(self) -> None:
        self._live = False
        close_dialogs(self)
        self.importer.clear()  # an import still running finishes (all or nothing) before the lock
        self.log.clear()
        self._view = None
        self.grid.clear()
        self.summary.clear()
        self.status.clear()
        self._set_enabled(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._live:
            self.reload()  # incidents recorded on their own page show at once

    def _set_enabled(self, on: bool) -> None:
        for widget in self.findChildren(QPushButton):
            if widget is not self.undo_button:
                widget.setEnabled(on)

    # ---- navigation -------------------------------------------------------------------------------
    def reload(self) -> None:
        if not self._live:
            return
        day = self.grid.selected or self._anchor
        view = (
            week_view(self._anchor) if self._week_mode else month_view(self._anchor.year, self._anchor.month)
        )
        self._view = view
        self.grid.today = dt.date.today()  # the app may stay open past midnight
        monday = view.weeks[0][0].day
        self.title.setText(
            translate("Calendar", "Week of {day}").format(day=short_day(monday))
            if self._week_mode
            else month_title(view.year, view.month)
        )
        self.assumed_note.setVisible(view.assumed_calendar)
        self.grid.set_view(view, day, self._week_mode)
        marks = self._due_marks(view)
        self.grid.set_due(marks)
        self.legend.show_due(bool(marks))
        self._show_summary()

    def _due_marks(self, view: MonthView) -> dict[dt.date, list[DueMark]]:
        """What is due before an IEP meeting on the days shown: the Overview's deadlines
        (iepdesk.deadlines.all_deadlines), only those counted from the IEP meetings."""
        first, last = view.weeks[0][0].day, view.weeks[-1][-1].day
        today = dt.date.today()
        try:
            found = all_deadlines(today, include_past_days=max(0, (today - first).days), kinds=MEETING_KINDS)
        except Exception as exc:  # the grid still shows the sessions
            log.warning("meeting deadlines not read: %s", type(exc).__name__)
            return {}
        return due_marks(d for d in found if first <= d.due <= last)

    def go_to(self, day: dt.date) -> None:
        self._anchor = day
        self.grid.clear()
        self.reload()
        self.grid.select(day)

    def show_month(self, year: int, month: int, day: int = 1) -> None:
        self.go_to(dt.date(year, month, day))

    def set_week_mode(self, on: bool) -> None:
        self._anchor = self.grid.selected or self._anchor
        self._week_mode = on
        self.week_button.setChecked(on)
        self.month_button.setChecked(not on)
        label = translate("Calendar", "week") if on else translate("Calendar", "month")
        self.previous_button.setAccessibleName(
            translate("Calendar", "Previous {what} (Page Up)").format(what=label)
        )
        self.next_button.setAccessibleName(
            translate("Calendar", "Next {what} (Page Down)").format(what=label)
        )
        self.go_to(self._anchor)
        self.grid.setFocus()

    def _page(self, step: int) -> None:
        day = self.grid.selected or self._anchor
        target = day + dt.timedelta(weeks=step) if self._week_mode else day + relativedelta(months=step)
        self.go_to(target)

    def _selected_then(self, action: object) -> None:
        day = self.grid.selected
        if day is not None and callable(action):
            action(day)

    def _show_summary(self) -> None:
        day = self.grid.selected
        cell = self.grid.cell(day) if day else None
        self.summary.setText(
            day_summary(cell, self.grid.week_lines(cell.day), self.grid.due_on(cell.day)) if cell else ""
        )

    # ---- logging ----------------------------------------------------------------------------------
    def _choices(self, day: dt.date) -> list[ServiceChoice]:
        cell = self.grid.cell(day)
        return (
            service_log.choices_for_day(cell, self.grid.week_lines(day))
            if cell
            else service_log.services_on(day)
        )

    def quick(self, day: dt.date, status: str) -> None:
        """D or M: log the day's open session in one press, or ask which (and why) in one more."""
        choices = self._choices(day)
        if not choices:
            messages.show_info(
                self,
                translate("Calendar", "Nothing to log"),
                translate("Calendar", "No IEP with services is in effect on {day}.").format(
                    day=short_day(day)
                ),
            )
            return
        likely = service_log.likely(choices)
        reason = None
        if status == "delivered" and len(likely) == 1:
            chosen = likely
        else:
            dialog = QuickLogDialog(day, status, choices, self)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            chosen, reason = dialog.chosen, dialog.reason
            dialog.deleteLater()
            if not accepted or not self._live or not chosen:
                return
        try:
            self.log.log(chosen, day, status, reason=reason)
        except Exception as exc:
            messages.show_error(self, translate("Calendar", "Not logged"), exc)
            return
        self.status.setText(
            translate("Calendar", "Logged: {services} {status} on {day}. Ctrl+Z undoes it.").format(
                services=", ".join(c.name for c in chosen), status=status_label(status), day=short_day(day)
            )
        )
        self.grid.setFocus()

    def open_day(self, day: dt.date, draft: Draft | None = None) -> None:
        """The day's dialog; ``draft``: what was typed in it before the case locked, filled in again."""
        cell = self.grid.cell(day)
        dialog = DayDialog(
            day,
            self._choices(day),
            cell.no_school_reason if cell else "",
            len(cell.incidents) if cell else 0,
            self.log,
            self,
            due=[mark.description() for mark in self.grid.due_on(day)],
        )
        dialog.incident_requested.connect(lambda d: self.record_incident(d, dialog))
        if draft is not None:
            dialog.restore_draft(draft.values, unsaved.restored_text(draft.saved_at))
        dialog.exec()
        dialog.deleteLater()
        if draft is not None and self._live:  # saved or discarded now (a new lock kept it anew)
            try:
                form_drafts.clear(DayDialog.draft_form)
            except Exception as exc:
                log.warning("draft not cleared: %s", type(exc).__name__)
        if self._live:
            self.reload()
            self.grid.setFocus()

    def record_incident(self, day: dt.date, parent: QWidget | None = None) -> None:
        dialog = IncidentDialog(
            incidents.provisions_on, incidents.reporter_suggestions(), day=day, parent=parent or self
        )
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and self._live:
                incidents.save(dialog.value())
                self.status.setText(
                    translate("Calendar", "Incident recorded on {day}.").format(day=short_day(day))
                )
                self.reload()
        except Exception as exc:
            messages.show_error(self, translate("Calendar", "Not saved"), exc)
        finally:
            dialog.deleteLater()

    def mark_week(self, day: dt.date) -> None:
        dialog = WeekDialog(day, service_log.week_sessions(day), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not self._live:
                return
            count = self.log.mark_week(day, dialog.except_days(), dialog.source())
            self.status.setText(
                Calendar.tr("%n session(s) logged for the week. Ctrl+Z undoes it.", "", count)
            )
        except Exception as exc:
            messages.show_error(self, translate("Calendar", "Not logged"), exc)
        finally:
            dialog.deleteLater()
            self.grid.setFocus()

    def bulk_entry(self) -> None:
        day = self.grid.selected or self._anchor
        choices = service_log.services_on(day)
        dialog = BulkDialog(
            service_log.all_services(), choices[0].provision_id if choices else None, day.year, self
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not self._live:
                return
            provision_id = dialog.provision_id()
            if provision_id is None:
                return
            count = self.log.save_provider_log(provision_id, dialog.good_lines(), dialog.service_name())
            self.status.setText(
                Calendar.tr("%n entries saved from the provider's log. Ctrl+Z undoes it.", "", count)
            )
        except Exception as exc:
            messages.show_error(self, translate("Calendar", "Not saved"), exc)
        finally:
            dialog.deleteLater()

    def import_school_log(self) -> None:
        day = self.grid.selected or self._anchor
        choices = service_log.services_on(day)
        self.importer.start(choices[0].provision_id if len(choices) == 1 else None)

    def _school_log_imported(self, first_day: dt.date | None) -> None:
        """The entries were written by the import, not through the undo stack: count and show again."""
        self.log.changed.emit()  # the month view reloads and the ledger counts again
        if first_day is not None:
            self.go_to(first_day)
        result = self.importer.last_result
        if result is not None:
            self.status.setText(self.importer.result_text(result))
