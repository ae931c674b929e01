"""The IEP meetings of the case, once each, and the next one: the one home of "the next IEP meeting".

A meeting day comes from an IEP version's meeting date (a draft or proposed version is the meeting to
come) or from a meeting logged in Communications (channel "meeting"), past or planned. A day that both
give, or that is logged twice, is one meeting; the IEP version's words are kept, since they say it is
an IEP meeting. A meeting only logged may be another kind of meeting: what counts from it says "if it
is an IEP meeting". The state rules on documents and notice before a meeting (iepdesk.states.meetings),
and so the Overview, the calendar, ``iepdesk deadlines`` and the .ics, count from these days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepdesk.deadlines.records import Meeting, meetings


@dataclass(frozen=True)
class IepMeeting:
    day: dt.date
    #: "the IEP meeting of March 16, 2026" or "the meeting logged for March 16, 2026".
    what: str
    #: True when only Communications gives this day (no IEP version has it as its meeting date).
    logged_only: bool
    #: ("iep_version", id) or ("communication", id): the record the day is read from.
    related: tuple[str, int] | None


def iep_meetings(known: list[Meeting] | None = None) -> list[IepMeeting]:
    """Each meeting day once, by date (``known``: iepdesk.deadlines.meetings(), when read already)."""
    found = meetings() if known is None else known
    out: dict[dt.date, IepMeeting] = {}
    for m in sorted(found, key=lambda m: (m.day, not m.iep)):  # on one day, an IEP version's first
        if m.day not in out:
            out[m.day] = IepMeeting(m.day, m.what, not m.iep, m.related)
    return [out[day] for day in sorted(out)]


def next_iep_meeting(today: dt.date, known: list[Meeting] | None = None) -> IepMeeting | None:
    """The first meeting on ``today`` or later (a meeting today is still the next one), or None."""
    return next((m for m in iep_meetings(known) if m.day >= today), None)
