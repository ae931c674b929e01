"""Counting one slot (a week, month, … of one service) inside a period, cut by the period's edge.

A counted entry gives its planned minutes, split by what happened; a slot's sessions with no entry are
"not recorded" up to the cutoff and "still to come" after it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from iepdesk.case_settings import CaseSettings
from iepdesk.model.calendar import LogStatus
from iepdesk.schedule.expected import ExpectedSlot
from iepdesk.schedule.figures import Figures

GIVEN = (LogStatus.DELIVERED.value, LogStatus.SHORTENED.value)
SHORTENED = LogStatus.SHORTENED.value


def count_entry(f: Figures, entry: Any, planned: int, excused: set[str]) -> None:
    """Add what one counted entry gives to ``f``: its planned minutes, split by what happened."""
    f.sessions_counted += 1
    if entry.status == SHORTENED and entry.minutes is None:
        f.minutes_unknown += planned  # cut short, minutes not given: ask the school
        f.sessions_minutes_unknown += 1
        f.minutes_unknown_entries.append(entry.id)
    elif entry.status in GIVEN:
        # Minutes over the plan are capped; minutes under it are missed (a delivered session
        # logged with fewer minutes is a shortened one, whatever it was called).
        minutes = entry.minutes if entry.minutes is not None else planned
        given = max(0, min(minutes, planned))
        f.delivered += given
        f.delivered_entries.append(entry.id)
        if given < planned:
            f.missed += planned - given
            f.missed_entries.append(entry.id)
    elif entry.reason in excused:
        f.excused += planned
        f.excused_entries.append(entry.id)
    else:
        f.missed += planned
        f.missed_entries.append(entry.id)


def touches(slot: ExpectedSlot, counted: list[Any], start: dt.date, end: dt.date) -> bool:
    """A slot not wholly inside [start, end] shows when it has an entry or an active day inside."""
    return any(start <= e.date <= end for e in counted) or any(start <= d <= end for d in slot.active_days)


def _slice(
    slot: ExpectedSlot,
    counted: list[Any],
    start: dt.date,
    end: dt.date,
    cutoff: dt.date,
    settings: CaseSettings,
    excused: set[str],
) -> Figures | None:
    """The part of one slot inside [start, end]: its counted entries dated inside, and its sessions
    with no entry, "not recorded" up to the cutoff and "still to come" after it."""
    whole = start <= slot.bucket.start and slot.bucket.end <= end
    if not whole and not touches(slot, counted, start, end):
        return None
    out = Figures()
    slice_into(out, slot, counted, whole, start, end, cutoff, settings, excused)
    return out


def slice_into(
    out: Figures,
    slot: ExpectedSlot,
    counted: list[Any],
    whole: bool,
    start: dt.date,
    end: dt.date,
    cutoff: dt.date,
    settings: CaseSettings,
    excused: set[str],
) -> None:
    """``_slice`` added straight into ``out`` (a ten-year ledger has ~27,000 slots): ``whole`` when
    the slot's week (month, …) is inside [start, end]."""
    if whole:
        inside = upto_end = counted
        days_in: Sequence[dt.date] = slot.active_days
    else:
        inside = [e for e in counted if start <= e.date <= end]
        upto_end = [e for e in counted if e.date <= end]  # entries after the period never fill it
        days_in = [d for d in slot.active_days if start <= d <= end]
    mps = slot.minutes_per_session
    for e in inside:
        count_entry(out, e, mps, excused)
    if slot.session_days:
        open_days = _open_session_days(slot.session_days, [e.date for e in upto_end])
        open_in = [d for d in open_days if start <= d <= end]
        past = sum(1 for d in open_in if d <= cutoff)
        future = len(open_in) - past
    else:
        expected_in = _sessions_inside(slot, len(days_in), settings)
        open_count = min(slot.sessions - len(upto_end), max(0, expected_in - len(inside)))
        future_days = 0 if not days_in or days_in[-1] <= cutoff else sum(1 for d in days_in if d > cutoff)
        future = min(open_count, future_days)
        past = open_count - future
    if past > 0:
        out.sessions_not_recorded += past
        out.not_recorded += past * mps
        out.not_recorded_slots.append(max(slot.first_day, start))
    else:
        past = 0
    if future:
        out.sessions_still_to_come += future
        out.still_to_come += future * mps
    sessions = len(inside) + past
    out.sessions_required += sessions
    out.required += sessions * mps


def _open_session_days(session_days: tuple[dt.date, ...], entry_days: list[dt.date]) -> list[dt.date]:
    """Fixed weekdays: an entry on a session's day fills it; an entry on another school day of the
    week fills the nearest earlier open session (else the next one). The rest are open."""
    open_days = list(session_days)
    others = []
    for day in sorted(entry_days):
        if day in open_days:
            open_days.remove(day)
        else:
            others.append(day)
    for day in others:
        if not open_days:
            break
        earlier = [d for d in open_days if d <= day]
        open_days.remove(earlier[-1] if earlier else open_days[0])
    return open_days


def _sessions_inside(slot: ExpectedSlot, days_in: int, settings: CaseSettings) -> int:
    """Sessions of a week (month, …) owed in the part of it inside the period: all of them when the
    whole week is inside; else one per school day inside up to the number ("min_days"), or in
    proportion to its school days inside, rounded to the nearest session ("prorate")."""
    total = len(slot.active_days)
    if days_in >= total:
        return slot.sessions
    if settings.partial_slot_rule == "prorate":
        return min(slot.sessions, int(slot.sessions * days_in / total + 0.5))
    return min(slot.sessions, days_in)
