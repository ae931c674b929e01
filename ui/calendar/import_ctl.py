"""Importing the school's own service log (issue 13), the part without widgets of its own: choose the
file, read it and plan it off the GUI thread, write the plan, and say what was done.

Reading runs ``read_table_bounded`` (a child process with a time and memory bound) beside the case work
of the window's runner (ui.shell.tasks); planning and applying, which read and write the case, are case work.
Nothing is written before the parent presses Import on the last step, and ``apply_import`` writes all of
it in one transaction or nothing.
A result that arrives after the dialog closed, or after the case locked, is thrown away.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from iepdesk.logimport.apply import ImportResult, apply_import
from iepdesk.logimport.plan import ColumnMapping, ImportPlan, plan_import
from iepdesk.logimport.table import Table, TableError, read_table_bounded
from iepdesk.schedule import entries as service_log
from ui import messages
from ui.shell.services import Services

log = logging.getLogger(__name__)


def plan_with(table: Table, choices: dict[str, Any]) -> ImportPlan:
    """Off the GUI thread: the plan of ``table`` with the parent's ``choices`` (see ImportDialog)."""
    mapping = choices.get("mapping")
    return plan_import(
        table,
        service_id=choices.get("service_id"),
        mapping=ColumnMapping(dict(mapping)) if mapping is not None else None,
        services=choices.get("services") or None,
        words=choices.get("words") or None,
        date_order=choices.get("date_order"),
        leave_out=frozenset(choices.get("leave_out") or ()),
    )


def _first_plan(table: Table, default_service: int | None) -> tuple[Table, ImportPlan]:
    plan = plan_import(table)
    if "service" not in plan.mapping.columns and default_service is not None:
        plan = plan_import(table, service_id=default_service)  # the file names no service
    return table, plan


class ImportController(QObject):
    """Owned by the Calendar tab. ``imported(first_day)`` fires after entries were added."""

    imported = Signal(object)  # dt.date | None: the first day imported, to show its month

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self._view = parent
        self.files = services.files
        #: The window's runner: planning and importing are case work, which the lock waits for. Reading
        #: the file runs beside it (a child process that never touches the case): a lock does not wait
        #: for that (up to the reader's 30 s bound); its late result is dropped.
        self.tasks = services.tasks
        self._live = False
        self._generation = 0
        self.dialog: QDialog | None = None
        self.last_result: ImportResult | None = None

    # ---- life -------------------------------------------------------------------------------------
    def load(self) -> None:
        self._live = True

    def clear(self) -> None:
        """The case locks: results still on their way are dropped (the controller has let planning or
        importing, which read and write the case, end first). A file still being read is left to its
        bound."""
        self._live = False
        self._generation += 1

    def services(self) -> list[tuple[int, str]]:
        """The IEP's services, (provision id, "Speech therapy — Annual IEP …"), for the pickers."""
        return service_log.all_services()

    # ---- the steps --------------------------------------------------------------------------------
    def start(self, default_service: int | None = None) -> None:
        """Ask for the file, then open the window; it reads the file while it shows."""
        if not self._live or self.dialog is not None:
            return
        path = self.files.school_log_to_import(self._view)
        if path is None or not self._live:
            return
        from ui.calendar.import_dialog import ImportDialog

        services = self.services()
        if default_service is None and len(services) == 1:
            default_service = services[0][0]
        dialog = ImportDialog(self, path, services, default_service, self._view)
        self.dialog = dialog
        self._generation += 1
        generation = self._generation

        def read(table: Table) -> None:  # then the first plan, which reads the case
            self.tasks.run(
                lambda _report: _first_plan(table, default_service),
                on_done=lambda value: self._deliver(generation, dialog, dialog.file_read, value),
                on_error=lambda exc: self._deliver(generation, dialog, dialog.file_not_read, exc),
                lock_waits=True,
            )

        self.tasks.run_beside(
            lambda _report: read_table_bounded(path),
            on_done=lambda table: self._deliver(generation, dialog, read, table),
            on_error=lambda exc: self._deliver(generation, dialog, dialog.file_not_read, exc),
        )
        first_day: dt.date | None = None
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            result = dialog.result_of_import
            first_day = dialog.first_day()
        finally:
            self.dialog = None
            self._generation += 1  # a plan still on its way is for a closed window
            dialog.deleteLater()
        if not accepted or result is None or not self._live:
            return
        self.last_result = result
        self.imported.emit(first_day)
        messages.show_info(self._view, self.tr("The school's log was imported"), self.result_text(result))

    def result_text(self, result: ImportResult) -> str:
        text = self.tr("{added} added, {skipped} already in the case (skipped).").format(
            added=result.added, skipped=result.duplicates
        )
        if result.unknown_words:
            text += " " + self.tr(
                "These words of the school were counted as missed, reason not known: {words}."
            ).format(words=", ".join(f"“{w}”" for w in result.unknown_words))
        if result.added:
            text += " " + self.tr("The file is kept with the case, linked to each session it added.")
        return text

    def plan(self, dialog: QDialog, table: Table, choices: dict[str, Any]) -> None:
        """Plan again with the parent's choices; the dialog's ``planned`` gets the newest plan only."""
        self._generation += 1
        generation = self._generation
        self.tasks.run(
            lambda _report: plan_with(table, choices),
            on_done=lambda plan: self._deliver(generation, dialog, dialog.planned, plan),  # type: ignore[attr-defined]
            on_error=lambda exc: self._deliver(generation, dialog, dialog.plan_failed, exc),  # type: ignore[attr-defined]
            lock_waits=True,
        )

    def apply(self, dialog: QDialog, plan: ImportPlan, path: Path, accept_unmapped: bool) -> None:
        """Write the plan (one transaction: all of it or nothing)."""
        self._generation += 1
        generation = self._generation
        self.tasks.run(
            lambda _report: apply_import(plan, path, accept_unmapped=accept_unmapped),
            on_done=lambda result: self._deliver(generation, dialog, dialog.import_done, result),  # type: ignore[attr-defined]
            on_error=lambda exc: self._deliver(generation, dialog, dialog.import_failed, exc),  # type: ignore[attr-defined]
            lock_waits=True,
        )

    def _deliver(self, generation: int, dialog: QDialog, slot: Any, value: object) -> None:
        if generation != self._generation or self.dialog is not dialog or not self._live:
            return  # the window closed, the case locked, or a newer plan was asked for
        slot(value)

    @staticmethod
    def message_of(exc: BaseException) -> str:
        """A TableError's own sentence; any other error in the app's plain words."""
        if isinstance(exc, TableError):
            return str(exc)
        return messages.describe(exc)
