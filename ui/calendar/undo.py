"""Every change to the service log goes through here, so each can be undone (Ctrl+Z) and redone.

The change is made first (so an error reaches the parent as a message); the command pushed after it
only remembers how to undo and redo it, through the core's reversible edits
(iepdesk.schedule.entry_edits). Locking clears the stack: it holds entry values.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from iepdesk.schedule import entry_edits
from iepdesk.schedule.entries import ServiceChoice, service_title
from iepdesk.schedule.entry_edits import EntrySnapshot
from iepdesk.schedule.logbook import ParsedLine
from ui.calendar.texts import Calendar, short_day, status_label
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

    def _push_made(self, text: str, made: list[EntrySnapshot]) -> None:
        if not made:
            self.changed.emit()
            return
        self._push(text, lambda: entry_edits.delete_entries(made), lambda: entry_edits.restore_all(made))

    # ---- changes --------------------------------------------------------------------------------------
    def log(
        self,
        choices: list[ServiceChoice],
        day: dt.date,
        status: str,
        minutes: int | None = None,
        reason: str | None = None,
        source: str | None = None,
        note: str = "",
        counting: str = "",
    ) -> None:
        made = entry_edits.log_entries(
            [c.provision_id for c in choices], day, status, minutes, reason, source, note, counting
        )
        names = ", ".join(c.name for c in choices)
        text = translate("Calendar", "log {services} {status} on {day}").format(
            services=names, status=status_label(status), day=short_day(day)
        )
        self._push_made(text, made)

    def mark_week(self, day: dt.date, except_days: dict[int, set[dt.date]], source: str | None) -> int:
        made = entry_edits.mark_week(day, except_days, source=source)
        monday = day - dt.timedelta(days=day.weekday())
        self._push_made(translate("Calendar", "mark the week of {day}").format(day=short_day(monday)), made)
        return len(made)

    def delete(self, entry_id: int) -> None:
        holder = [entry_edits.delete_entry(entry_id)]
        kept = holder[0]

        def undo() -> None:
            entry_edits.restore(holder[0])

        def redo() -> None:
            holder[0] = entry_edits.delete_entry(entry_id)

        text = translate("Calendar", "delete {service} {status} on {day}").format(
            service=service_title(kept.provision_id),
            status=status_label(kept.status),
            day=short_day(kept.day),
        )
        self._push(text, undo, redo)

    def edit(self, entry_id: int, values: Mapping[str, object]) -> None:
        changes = dict(values)
        before = entry_edits.update_entry(entry_id, changes)
        was = entry_edits.snapshot(entry_id)
        provision = before.get("provision", was.provision_id)
        day = before.get("date", was.day)
        service = service_title(provision if isinstance(provision, int) else was.provision_id)

        def undo() -> None:
            entry_edits.update_entry(entry_id, before)

        def redo() -> None:
            entry_edits.update_entry(entry_id, changes)

        self._push(
            translate("Calendar", "change {service} on {day}").format(
                service=service, day=short_day(day if isinstance(day, dt.date) else was.day)
            ),
            undo,
            redo,
        )

    def save_provider_log(self, provision_id: int, lines: list[ParsedLine], name: str) -> int:
        """Save the readable lines of a provider's log (all or nothing), as one undoable change."""
        made = entry_edits.save_provider_log(provision_id, lines)
        self._push_made(
            Calendar.tr("%n entries for {service} from a provider's log", "", len(made)).format(service=name),
            made,
        )
        return len(made)
