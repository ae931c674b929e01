"""Every change to the service log goes through here, so each can be undone (Ctrl+Z) and redone.

The change is made first (so an error reaches the parent as a message); the command pushed after it
only remembers how to undo and redo it. Locking clears the stack: it holds entry values.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from iepdesk.model import ServiceLogEntry, database
from iepdesk.schedule import logbook
from ui.calendar import log_ops
from ui.calendar.texts import short_day, status_label
from ui.i18n import translate

log = logging.getLogger(__name__)


class _Command(QUndoCommand):
    def __init__(
        self, text: str, undo: Callable[[], None], redo: Callable[[], None], after: Callable[[], None]
    ):
        super().__init__(text)
        self._undo, self._redo, self._after = undo, redo, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done before the push
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except Exception as exc:  # the database may have changed under us; never crash the event loop
            log.warning("undo/redo failed: %s", type(exc).__name__)
        self._after()


class LogController(QObject):
    """Makes log changes with undo. ``changed`` fires after every change, undo and redo."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(50)

    def clear(self) -> None:
        self.stack.clear()

    def _push(self, text: str, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        self.stack.push(_Command(text, undo, redo, self.changed.emit))
        self.changed.emit()

    def _push_created(self, text: str, created: list[ServiceLogEntry]) -> None:
        if not created:
            self.changed.emit()
            return
        values = [dict(e.__data__) for e in created]
        ids = [e.id for e in created]

        def undo() -> None:
            for entry_id in ids:
                logbook.delete_entry(entry_id)

        def redo() -> None:
            for row in values:
                logbook.restore_entry(dict(row))

        self._push(text, undo, redo)

    # ---- changes --------------------------------------------------------------------------------------
    def log(
        self,
        choices: list[log_ops.ServiceChoice],
        day: dt.date,
        status: str,
        minutes: int | None = None,
        reason: str | None = None,
        source: str | None = None,
        note: str = "",
        counting: str = "",
    ) -> None:
        with database.atomic():
            created = [
                logbook.log_session(c.provision_id, day, status, minutes, reason, source, note)
                for c in choices
            ]
            if counting:  # how it counts beside another source's record of the session
                for entry in created:
                    logbook.set_counting(entry.id, counting)
                    entry.counting = counting
        names = ", ".join(c.name for c in choices)
        text = translate("Calendar", "log {services} {status} on {day}").format(
            services=names, status=status_label(status), day=short_day(day)
        )
        self._push_created(text, created)

    def mark_week(self, day: dt.date, except_days: dict[int, set[dt.date]], source: str | None) -> int:
        created = logbook.mark_week_delivered(day, except_days, source=source)
        monday = day - dt.timedelta(days=day.weekday())
        self._push_created(
            translate("Calendar", "mark the week of {day}").format(day=short_day(monday)), created
        )
        return len(created)

    def delete(self, entry_id: int) -> None:
        service, day, status = log_ops.describe_entry(log_ops.entry_values(entry_id))
        holder: dict[str, dict[str, Any]] = {"values": logbook.delete_entry(entry_id)}

        def undo() -> None:
            logbook.restore_entry(dict(holder["values"]))

        def redo() -> None:
            holder["values"] = logbook.delete_entry(entry_id)

        text = translate("Calendar", "delete {service} {status} on {day}").format(
            service=service, status=status_label(status), day=short_day(day)
        )
        self._push(text, undo, redo)

    def edit(self, entry_id: int, values: dict[str, Any]) -> None:
        before = log_ops.update_entry(entry_id, values)
        service, day, _status = log_ops.describe_entry(before)

        def undo() -> None:
            log_ops.update_entry(entry_id, before)

        def redo() -> None:
            log_ops.update_entry(entry_id, values)

        self._push(
            translate("Calendar", "change {service} on {day}").format(service=service, day=short_day(day)),
            undo,
            redo,
        )

    def save_provider_log(self, provision_id: int, lines: list[logbook.ParsedLine], name: str) -> int:
        """Save the readable lines of a provider's log (all or nothing), as one undoable change."""
        last = ServiceLogEntry.select(ServiceLogEntry.id).order_by(ServiceLogEntry.id.desc()).first()
        last_id = last.id if last is not None else 0
        count = logbook.save_parsed(provision_id, lines)
        # save_parsed returns a count only; the entries it made are the ones after the last id.
        created = list(ServiceLogEntry.select().where(ServiceLogEntry.id > last_id))
        self._push_created(
            translate("Calendar", "{count} entries for {service} from a provider's log").format(
                count=count, service=name
            ),
            created,
        )
        return count
