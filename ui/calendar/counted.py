"""What the "Minutes owed" and "School's record vs yours" tabs share: a period that is counted off the GUI
thread, on the window's runner (ui.shell.tasks), when asked, and again when the tab shows after a change; a
result that arrives after a newer count was asked for, or after the case locked, is thrown away.

A view says what to count (``_work``), how to show it (``_show``), what to forget at a lock (``_forget``)
and the title of its error messages (``_not_done_title``); its period widgets come from LedgerPeriod."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from iepdesk.dates import DateTextError
from ui import messages
from ui.calendar.scrub import close_dialogs
from ui.i18n import translate
from ui.shell.tasks import TaskRunner, Work
from ui.widgets.date_field import DateField, require_readable


class CountedView(QWidget):
    # Made by the view (its period, from LedgerPeriod, and its "Counting…" note).
    start: DateField
    end: DateField
    as_of: DateField
    count_button: QPushButton
    busy: QLabel

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The window's runner: the lock waits for a count still reading the case.
        self.tasks = tasks
        self._live = False
        self._stale = True
        self._generation = 0

    # ---- what the view says -----------------------------------------------------------------------
    def _not_done_title(self) -> str:
        raise NotImplementedError

    def _work(self, start: dt.date, end: dt.date, as_of: dt.date | None) -> Work:
        """What runs off the GUI thread for these dates (as_of None: today, the core's own default)."""
        raise NotImplementedError

    def _show(self, found: Any) -> None:
        raise NotImplementedError

    def _forget(self) -> None:
        """Drop every bit of case text the view shows."""

    def _preset_changed(self, count: bool = True) -> None:
        raise NotImplementedError  # LedgerPeriod's

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
        """The case locks (the controller has let a count still reading it finish first)."""
        self._live = False
        self._generation += 1  # a count still on its way is thrown away when it arrives
        close_dialogs(self)
        self._forget()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._live and self._stale:
            self.count()

    # ---- counting ---------------------------------------------------------------------------------
    def count(self) -> None:
        if not self._live:
            return
        try:
            require_readable(self.start, self.end, self.as_of)
        except DateTextError as exc:  # never counted for other dates than the ones typed
            messages.show_error(self, self._not_done_title(), exc)
            return
        start, end = self.start.checked_value(), self.end.checked_value()
        chosen = self.as_of.checked_value()
        # Today: the core's own default, today's sessions still to come until the day is over.
        as_of = None if chosen == dt.date.today() else chosen
        if end < start:
            messages.show_error(
                self, self._not_done_title(), translate("Calendar", "The end date is before the start date.")
            )
            return
        work = self._work(start, end, as_of)
        self._stale = False
        self._generation += 1
        generation = self._generation
        self.busy.show()
        self.count_button.setEnabled(False)
        self.tasks.run(
            work,
            on_done=lambda found: self._arrived(generation, found),
            on_error=lambda exc: self._failed(generation, exc),
            lock_waits=True,
        )

    def _arrived(self, generation: int, found: object) -> None:
        if generation != self._generation or not self._live:
            return
        self.busy.hide()
        self.count_button.setEnabled(True)
        self._show(found)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or not self._live:
            return
        self.busy.hide()
        self.count_button.setEnabled(True)
        messages.show_error(self, self._not_done_title(), exc)
