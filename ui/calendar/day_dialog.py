"""One day's log: quick buttons for each service, the day's entries (edit, delete, undo), and a form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iepdesk.schedule import entries as service_log
from iepdesk.schedule.entries import EntryRow, ServiceChoice
from iepdesk.schedule.kinds import LogStatus
from ui import messages
from ui.calendar.entries_model import DATE, EntriesModel, entries_table
from ui.calendar.entry_form import EntryForm
from ui.calendar.texts import INCIDENT_SYMBOL, SYMBOLS, Calendar, long_day, no_school_label, reasons
from ui.calendar.undo import LogController
from ui.i18n import translate
from ui.widgets.dialog_keys import main_action, never_default
from ui.widgets.labels import heading, note
from ui.widgets.unsaved import AsksBeforeClosing


class DayDialog(AsksBeforeClosing, QDialog):
    #: Kept in the case's draft store when the case locks with this dialog open (see ui.widgets.unsaved).
    draft_form = "day"
    incident_requested = Signal(object)  # dt.date

    def __init__(
        self,
        day: dt.date,
        choices: list[ServiceChoice],
        no_school: str,
        incidents: int,
        log: LogController,
        parent: QWidget | None = None,
        due: Sequence[str] = (),
    ) -> None:
        """``due``: what is due this day before an IEP meeting, in words (DueMark.description)."""
        super().__init__(parent)
        self.day, self._log, self._choices = day, log, choices
        self._editing: int | None = None
        self._closed = False
        self.setWindowTitle(translate("Calendar", "Log for {day}").format(day=long_day(day)))
        self.setMinimumWidth(720)
        title = heading(long_day(day), 1.25)
        facts = list(due)
        if no_school:
            facts.append(
                translate("Calendar", "No school this day: {why}.").format(why=no_school_label(no_school))
            )
        if incidents:
            facts.append(
                Calendar.tr("{flag} %n incident(s) recorded this day.", "", incidents).format(
                    flag=INCIDENT_SYMBOL
                )
            )
        if not choices:
            facts.append(translate("Calendar", "No IEP with services is in effect on this day."))
        self.facts = note(" ".join(facts))
        self.facts.setVisible(bool(facts))

        quick = QGroupBox(translate("Calendar", "Quick log"))
        grid = QGridLayout(quick)
        grid.setColumnStretch(0, 1)
        self.quick_buttons: dict[int, tuple[QPushButton, QToolButton]] = {}
        for row, choice in enumerate(choices):
            name = QLabel(
                translate("Calendar", "{name} ({minutes} min)").format(
                    name=choice.name, minutes=choice.minutes_per_session
                )
            )
            delivered = QPushButton(translate("Calendar", "{sym} Delivered").format(sym=SYMBOLS["delivered"]))
            delivered.setAccessibleName(
                translate("Calendar", "{name} was delivered as planned").format(name=choice.name)
            )
            delivered.clicked.connect(
                lambda _c=False, ch=choice: self._quick(ch, LogStatus.DELIVERED.value, None)
            )
            missed = QToolButton()
            missed.setText(translate("Calendar", "{sym} Missed…").format(sym=SYMBOLS["missed"]))
            missed.setAccessibleName(
                translate("Calendar", "{name} was missed: choose why").format(name=choice.name)
            )
            missed.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(missed)
            for value, label in reasons():
                action = menu.addAction(label)
                action.triggered.connect(lambda _c=False, ch=choice, r=value: self._quick(ch, "missed", r))
            missed.setMenu(menu)
            grid.addWidget(name, row, 0)
            grid.addWidget(delivered, row, 1)
            grid.addWidget(missed, row, 2)
            self.quick_buttons[choice.provision_id] = (delivered, missed)
        quick.setVisible(bool(choices))

        self.model = EntriesModel(self)
        self.table = entries_table(self.model, translate("Calendar", "Entries of this day"))
        self.table.setColumnHidden(DATE, True)
        self.table.setMinimumHeight(120)
        self.empty = note(translate("Calendar", "Nothing logged on this day yet."))
        self.edit_button = QPushButton(translate("Calendar", "&Edit…"))
        self.edit_button.setAccessibleName(translate("Calendar", "Edit the selected entry"))
        self.delete_button = QPushButton(translate("Calendar", "&Delete"))
        self.delete_button.setAccessibleName(translate("Calendar", "Delete the selected entry"))
        self.undo_button = QPushButton(translate("Calendar", "&Undo"))
        self.undo_button.setAccessibleName(translate("Calendar", "Undo the last change to the log"))
        self.undo_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        rows = QHBoxLayout()
        for button in (self.edit_button, self.delete_button, self.undo_button):
            rows.addWidget(button)
        rows.addStretch(1)
        entries = QGroupBox(translate("Calendar", "Logged"))
        entries_layout = QVBoxLayout(entries)
        entries_layout.addWidget(self.table)
        entries_layout.addWidget(self.empty)
        entries_layout.addLayout(rows)

        self.form = EntryForm()
        self.form.set_services(choices)
        self.add_button = QPushButton(translate("Calendar", "&Add this entry"))
        self.add_button.setAccessibleName(translate("Calendar", "Add this entry to the log"))
        self.cancel_edit = QPushButton(translate("Calendar", "Cancel the change"))
        self.cancel_edit.hide()
        form_row = QHBoxLayout()
        form_row.addWidget(self.add_button)
        form_row.addWidget(self.cancel_edit)
        form_row.addStretch(1)
        self.form_box = QGroupBox(translate("Calendar", "Add an entry"))
        form_layout = QVBoxLayout(self.form_box)
        form_layout.addWidget(self.form)
        form_layout.addLayout(form_row)
        self.form_box.setEnabled(bool(choices))

        self.incident_button = QPushButton(translate("Calendar", "Record an &incident on this day…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.incident_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        for widget in (title, self.facts, quick, entries, self.form_box, buttons):
            layout.addWidget(widget)

        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.undo_button.clicked.connect(self._log.stack.undo)
        self.add_button.clicked.connect(self._save_form)
        self.cancel_edit.clicked.connect(self._stop_editing)
        self.incident_button.clicked.connect(lambda: self.incident_requested.emit(self.day))
        self.table.doubleClicked.connect(lambda _i: self._edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._log.changed.connect(self.refresh)
        self.refresh()
        # Enter adds what the form says; a quick-log button logs only when it is clicked (or Space).
        never_default(*(pair[0] for pair in self.quick_buttons.values()))
        main_action(self, self.add_button)
        first = next(iter(self.quick_buttons.values()), None)
        if first is not None:
            first[0].setFocus()

    # ---- content ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._closed:  # the case may be locked by now
            return
        self.model.set_rows(service_log.entries_on(self.day))
        self.table.resizeColumnsToContents()
        self._update()

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    # ---- unsaved changes: the entry form (Close with a note typed asks Save / Discard / Cancel) ----
    def has_unsaved_changes(self) -> bool:
        return self.form_box.isEnabled() and self.form.has_changes()

    def save_unsaved(self) -> bool:
        self._save_form()
        return not self.form.has_changes()  # saved: the form was emptied (or shows the saved entry)

    def draft_values(self) -> dict[str, Any] | None:
        if not self.has_unsaved_changes():
            return None
        return {"day": self.day.isoformat(), "editing": self._editing, "fields": self.form.field_values()}

    def restore_draft(self, values: dict[str, Any], mark: str) -> None:
        """Fill the entry form with what was typed before the case locked, marked, not saved."""
        editing = values.get("editing")
        for row in range(self.model.rowCount()):
            entry = self.model.row_data(row)
            if isinstance(editing, int) and entry is not None and entry.id == editing:
                self.table.selectRow(row)
                self._edit_selected()
        fields = values.get("fields")
        if isinstance(fields, dict):
            self.form.put_values(fields)
        self.form_box.setTitle(mark)

    def _selected(self) -> EntryRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def _update(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        selected = self._selected() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.undo_button.setEnabled(self._log.stack.canUndo())
        self.undo_button.setToolTip(self._log.stack.undoText())

    # ---- actions ----------------------------------------------------------------------------------
    def _quick(self, choice: ServiceChoice, status: str, reason: str | None) -> None:
        try:
            self._log.log([choice], self.day, status, reason=reason)
        except Exception as exc:
            messages.show_error(self, translate("Calendar", "Not logged"), exc)

    def _edit_selected(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        self._editing = entry.id
        self.form.set_entry(entry)
        self.form_box.setTitle(translate("Calendar", "Change the selected entry"))
        self.add_button.setText(translate("Calendar", "&Save the change"))
        self.cancel_edit.show()
        self.form.status.setFocus()

    def _stop_editing(self) -> None:
        self._editing = None
        self.form.reset()
        self.form_box.setTitle(translate("Calendar", "Add an entry"))
        self.add_button.setText(translate("Calendar", "&Add this entry"))
        self.cancel_edit.hide()

    def _delete_selected(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        try:
            self._log.delete(entry.id)
        except Exception as exc:
            messages.show_error(self, translate("Calendar", "Not deleted"), exc)

    def _save_form(self) -> None:
        provision_id = self.form.provision_id()
        if provision_id is None:
            return
        values = self.form.value()
        try:
            if self._editing is not None:
                self._log.edit(self._editing, {**values, "provision": provision_id})
                self._stop_editing()
            else:
                choice = next(c for c in self._choices if c.provision_id == provision_id)
                self._log.log([choice], self.day, **values)
                self.form.reset()
        except Exception as exc:
            messages.show_error(self, translate("Calendar", "Not saved"), exc)
