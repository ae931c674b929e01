"""The rules a service-log entry must keep, in one place: creating an entry (logbook.log_session),
changing one (entry_edits.update_entry) and the calendar's forms all check through ``check_entry``,
so a parent sees the same message whichever way the entry was typed."""

from __future__ import annotations

import datetime as dt

from iepdesk.errors import UsageError
from iepdesk.model.calendar import EntryCounting, LogReason, LogSource, LogStatus

#: The most minutes a session can have: a whole day.
MAX_MINUTES = 24 * 60

MINUTES_MESSAGE = f"Minutes must be between 0 and {MAX_MINUTES}."


class EntryError(UsageError, ValueError):
    """An entry that breaks a rule of the log. A UsageError (its text is for the parent) and a
    ValueError (what callers of log_session caught before)."""


def _one_of(kind: type[LogStatus | LogReason | LogSource | EntryCounting], value: object, what: str) -> None:
    allowed = [m.value for m in kind]
    if value not in allowed:
        choices = ", ".join(repr(a) for a in allowed)
        raise EntryError(f"{value!r} is not a valid {what}: choose one of {choices}.")


def check_counting(counting: object) -> None:
    """How an entry counts beside another source's record: "", "separate" or "preferred"."""
    _one_of(EntryCounting, counting, "way of counting")


def check_entry(
    day: object,
    status: object,
    minutes: object = None,
    reason: object = None,
    source: object = None,
    counting: object = "",
) -> None:
    """Raises EntryError when the entry breaks a rule: the day must be a date, the status, reason,
    source and counting known ones, the minutes (when given) between 0 and 1440."""
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise EntryError("Choose the day of the session.")
    _one_of(LogStatus, status, "status")
    if reason is not None:
        _one_of(LogReason, reason, "reason")
    if source is not None:
        _one_of(LogSource, source, "source")
    check_counting(counting or "")
    if minutes is not None:
        if isinstance(minutes, bool) or not isinstance(minutes, int):
            raise EntryError(MINUTES_MESSAGE)
        if not 0 <= minutes <= MAX_MINUTES:
            raise EntryError(MINUTES_MESSAGE)
