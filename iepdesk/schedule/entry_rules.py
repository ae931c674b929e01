"""The rules a service-log entry must keep, in one place: creating an entry (logbook.log_session),
changing one (entry_edits.update_entry) and the calendar's forms all check through ``check_entry``,
so a parent sees the same message whichever way the entry was typed."""

from __future__ import annotations

import datetime as dt

from iepdesk.errors import UsageError
from iepdesk.i18n import N_, _
from iepdesk.model.calendar import EntryCounting, LogReason, LogSource, LogStatus

#: The most minutes a session can have: a whole day.
MAX_MINUTES = 24 * 60

#: The message when minutes are out of range (translated where raised: ``minutes_message()``).
MINUTES_MESSAGE = N_("Minutes must be between 0 and 1440.")
assert str(MAX_MINUTES) in MINUTES_MESSAGE


def minutes_message() -> str:
    """ "Minutes must be between 0 and 1440." in the current language."""
    return _(MINUTES_MESSAGE)


class EntryError(UsageError, ValueError):
    """An entry that breaks a rule of the log. A UsageError (its text is for the parent) and a
    ValueError (what callers of log_session caught before)."""


#: What each kind of value is called in the message (the choices themselves are stored codes).
_KIND_NAMES = {
    "status": N_("{value} is not a valid status: choose one of {choices}."),
    "reason": N_("{value} is not a valid reason: choose one of {choices}."),
    "source": N_("{value} is not a valid source: choose one of {choices}."),
    "way of counting": N_("{value} is not a valid way of counting: choose one of {choices}."),
}


def _one_of(kind: type[LogStatus | LogReason | LogSource | EntryCounting], value: object, what: str) -> None:
    allowed = [m.value for m in kind]
    if value not in allowed:
        choices = ", ".join(repr(a) for a in allowed)
        raise EntryError(_(_KIND_NAMES[what]).format(value=repr(value), choices=choices))


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
        raise EntryError(_("Choose the day of the session."))
    _one_of(LogStatus, status, "status")
    if reason is not None:
        _one_of(LogReason, reason, "reason")
    if source is not None:
        _one_of(LogSource, source, "source")
    check_counting(counting or "")
    if minutes is not None:
        if isinstance(minutes, bool) or not isinstance(minutes, int):
            raise EntryError(minutes_message())
        if not 0 <= minutes <= MAX_MINUTES:
            raise EntryError(minutes_message())
