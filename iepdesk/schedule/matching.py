"""Match once, slice later: every log entry of a stretch of the case's history matched to an expected
session, so that the ledger of any period inside it, as of any date, is a slice of one matching.

An entry is matched within its own week (month, …), in content order (date first), so the matching
of an entry never depends on the period shown, on the as-of date, or on entries dated after it
(docs/counting-rules.md, "Match once, slice later"). A matching is kept while the plan is unchanged
(plan_cache), so moving the period, the grouping or the as-of date does not match again; a saved
entry matches again only its own service's entries (a service's entries never take another's
sessions).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import astuple, dataclass, field
from typing import Any

from iepdesk.case_settings import CaseSettings
from iepdesk.model import Provision
from iepdesk.model.calendar import LogStatus
from iepdesk.schedule import change_log
from iepdesk.schedule.expected import Buckets, ExpectedSlot, expected_slots, fetch_plain, lineage_roots
from iepdesk.schedule.figures import Conflict
from iepdesk.schedule.plan_cache import counting_entry_changes, kept
from iepdesk.schedule.reasons import asks_the_school
from iepdesk.schedule.records import entries_between, one_record_per_session
from iepdesk.schedule.school_calendar import SchoolCalendar
from iepdesk.schedule.slicing import GIVEN, SHORTENED

_MISSED, _MAKEUP = LogStatus.MISSED.value, LogStatus.MAKEUP.value
#: How many matchings of one unchanged case are kept (a month view's, a school year's, the whole).
_KEPT = 4


@dataclass
class _Part:
    """One service's matching: a service's entries never take another service's sessions, so saving
    an entry matches again only its own service."""

    counted: dict[tuple[int, str], list[Any]] = field(default_factory=dict)
    extra: list[tuple[int, dt.date, int, int]] = field(default_factory=list)
    unmatched: list[tuple[dt.date, int]] = field(default_factory=list)
    ask: list[tuple[dt.date, int]] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    duplicates: list[tuple[dt.date, int]] = field(default_factory=list)


@dataclass
class _Plan:
    """What matching needs of the slots, per service: read once per matching, used again when the
    entries of one service change."""

    #: (service, bucket key) → its slot.
    slot_index: dict[tuple[int, str], ExpectedSlot]
    #: (service, school day) → the one slot owing sessions that day, so an entry finds its slot
    #: without computing its week (month, …); None where two slots claim the day (then computed).
    by_day: dict[tuple[int, dt.date], ExpectedSlot | None]
    #: Per service, the days whose entries its matching reads: its slots' whole buckets and the range.
    spans: dict[int, tuple[dt.date, dt.date]]


@dataclass
class Match:
    """Every entry of the slots touching [first, last] (their whole weeks, months, …), matched."""

    first: dt.date
    last: dt.date
    settings_key: tuple[Any, ...]
    calendar: SchoolCalendar
    #: The slots touching [first, last], in the order expected_slots gives them.
    slots: list[ExpectedSlot]
    #: Per slot (service, bucket key): the entries counted as its sessions, in content order.
    counted: dict[tuple[int, str], list[Any]] = field(default_factory=dict)
    #: Make-ups and sessions beyond what a period requires: (service, date, entry id, minutes).
    extra: list[tuple[int, dt.date, int, int]] = field(default_factory=list)
    #: Entries no expected session takes: (date, entry id).
    unmatched: list[tuple[dt.date, int]] = field(default_factory=list)
    #: Counted entries missed for an unknown reason, or cut short with minutes not given: (date, id).
    ask: list[tuple[dt.date, int]] = field(default_factory=list)
    #: Sessions two sources logged differently, and the second records set aside: (date, id).
    conflicts: list[Conflict] = field(default_factory=list)
    duplicates: list[tuple[dt.date, int]] = field(default_factory=list)
    #: The last logged entry change (change_log) this matching has taken in.
    entry_seq: int = 0
    _parts: dict[int, _Part] = field(default_factory=dict)
    _plan: _Plan | None = None
    _first_days: list[dt.date] = field(default_factory=list)
    _longest: dt.timedelta = dt.timedelta(0)

    def slots_touching(self, start: dt.date, end: dt.date) -> list[ExpectedSlot]:
        """The slots with a day in [start, end], as expected_slots(start, end, touching=True)."""
        if not self._first_days:
            self._first_days = [s.first_day for s in self.slots]
            self._longest = max(
                (s.active_days[-1] - s.first_day for s in self.slots), default=dt.timedelta(0)
            )
        lo = bisect_left(self._first_days, start - self._longest)
        hi = bisect_right(self._first_days, end)
        return [s for s in self.slots[lo:hi] if s.active_days[-1] >= start]


def match_for(
    start: dt.date,
    end: dt.date,
    settings: CaseSettings,
    calendar: SchoolCalendar,
    slots: list[ExpectedSlot] | None = None,
) -> Match:
    """A matching that covers [start, end]: one kept from an earlier call while the plan is unchanged
    (brought up to date with the entries changed since), else a new one (``slots``: the caller's
    expected_slots(start, end, …, touching=True))."""
    key = astuple(settings)
    matches: list[Match] = kept("ledger_matches", list)
    conn = counting_entry_changes()
    covering = [
        m
        for m in matches
        if m.settings_key == key and m.calendar is calendar and m.first <= start and end <= m.last
    ]
    if covering:
        # The narrowest: a month view brings its own weeks up to date, not the whole history's.
        found = min(covering, key=lambda m: m.last - m.first)
        if conn is not None:
            _catch_up(found, conn)
        return found
    seq = change_log.last_entry_change(conn) if conn is not None else 0
    made = _match(
        start, end, key, calendar, slots or expected_slots(start, end, settings, calendar, touching=True)
    )
    made.entry_seq = seq
    matches.insert(0, made)
    del matches[_KEPT:]
    return made


def _catch_up(match: Match, conn: Any) -> None:
    """Match again the services whose entries changed since ``match`` was made."""
    seq, provisions = change_log.entry_changes_since(conn, match.entry_seq)
    if seq == match.entry_seq:
        return
    roots = lineage_roots()
    services = {roots.get(p, p) for p in provisions}
    plan = match._plan
    assert plan is not None
    amounts = _plain_amounts(roots)
    buckets = Buckets(match.calendar)
    for sid in sorted(services):
        first, last = plan.spans.get(sid, (match.first, match.last))
        theirs = sorted({pid for pid, root in roots.items() if root == sid} | {sid})
        raw = sorted(entries_between(first, last, theirs), key=lambda e: e.id)
        match._parts[sid] = _match_service(raw, roots, plan, amounts, buckets)
    match.entry_seq = seq
    _merge(match)


def _match(
    start: dt.date, end: dt.date, key: tuple[Any, ...], calendar: SchoolCalendar, slots: list[ExpectedSlot]
) -> Match:
    roots = lineage_roots()
    slot_index: dict[tuple[int, str], ExpectedSlot] = {}
    by_day: dict[tuple[int, dt.date], ExpectedSlot | None] = {}
    spans: dict[int, tuple[dt.date, dt.date]] = {}
    for slot in slots:
        sid = slot.service_id
        slot_index[(sid, slot.bucket.key)] = slot
        for d in slot.active_days:
            k = (sid, d)
            if by_day.setdefault(k, slot) is not slot:
                by_day[k] = None
        was = spans.get(sid, (start, end))
        spans[sid] = (min(was[0], slot.bucket.start), max(was[1], slot.bucket.end))
    plan = _Plan(slot_index, by_day, spans)
    by_service: dict[int, list[Any]] = defaultdict(list)
    for e in _entries_for(slots, start, end, roots):
        sid = roots.get(e.provision, e.provision)
        first, last = spans.get(sid, (start, end))
        if first <= e.date <= last:
            by_service[sid].append(e)
    amounts = _plain_amounts(roots)
    buckets = Buckets(calendar)
    out = Match(start, end, key, calendar, slots, _plan=plan)
    for sid in sorted(by_service):
        raw = sorted(by_service[sid], key=lambda e: e.id)
        out._parts[sid] = _match_service(raw, roots, plan, amounts, buckets)
    _merge(out)
    return out


def _plain_amounts(roots: dict[int, int]) -> dict[int, tuple[int, str, int] | None]:
    """Per provision: (lineage root, period, planned minutes), or None (no period)."""
    provisions: dict[int, tuple[Any, Any]] = kept("provision_amounts", _read_provision_amounts)
    return {
        pid: None if period is None else (roots.get(pid, pid), str(period), int(mps or 0))
        for pid, (period, mps) in provisions.items()
    }


def _merge(match: Match) -> None:
    """The services' matchings as one: in date order, then by service, then as each was matched."""
    parts = [match._parts[sid] for sid in sorted(match._parts)]
    counted: dict[tuple[int, str], list[Any]] = {}
    for part in parts:
        counted.update(part.counted)
    match.counted = counted
    match.extra = sorted((x for p in parts for x in p.extra), key=lambda t: t[1])
    match.unmatched = sorted((x for p in parts for x in p.unmatched), key=lambda t: t[0])
    match.ask = sorted((x for p in parts for x in p.ask), key=lambda t: t[0])
    match.conflicts = sorted(
        (c for p in parts for c in p.conflicts), key=lambda c: (c.date, c.service_id, c.kept_entry)
    )
    match.duplicates = sorted((x for p in parts for x in p.duplicates), key=lambda t: t[1])


def _match_service(
    raw: list[Any],
    roots: dict[int, int],
    plan: _Plan,
    plain: dict[int, tuple[int, str, int] | None],
    buckets: Buckets,
) -> _Part:
    """One service's entries (``raw``, in the order of their ids) matched to its expected sessions."""
    slot_index, by_day = plan.slot_index, plan.by_day
    entries, conflicts, duplicates = one_record_per_session(raw, roots, dt.date.min, dt.date.max)
    by_id = {e.id: e.date for e in raw}
    out = _Part(conflicts=conflicts, duplicates=[(by_id[i], i) for i in duplicates])
    counted: dict[tuple[int, str], list[Any]] = defaultdict(list)
    active_sets: dict[tuple[int, str], frozenset[dt.date]] = {}
    asks: dict[str | None, bool] = {}
    extra, unmatched, ask = out.extra, out.unmatched, out.ask
    for entry in entries:
        pid: int = entry.provision  # a raw id: the rows are named tuples
        day = entry.date
        info = plain.get(pid)
        if info is None:
            unmatched.append((day, entry.id))
            continue
        service_id, period, planned = info
        day_key = (service_id, day)
        matched = by_day.get(day_key)
        if matched is None and day_key not in by_day:
            pass  # no slot of the service owes a session that day
        elif (
            matched is not None
            and matched.period == period
            and slot_index.get(slot_key := (service_id, matched.bucket.key)) is matched
        ):
            planned = matched.minutes_per_session  # the day's own slot, found without its bucket
        else:  # two slots claim the day, or its slot is counted by another period: as it was
            slot_key = (service_id, buckets.get(period, day).key)
            matched = slot_index.get(slot_key)
            if matched is not None:
                active = active_sets.get(slot_key)
                if active is None:
                    active = active_sets[slot_key] = frozenset(matched.active_days)
                if day not in active:
                    matched = None  # a Saturday, a holiday: no session is owed that day
                else:
                    planned = matched.minutes_per_session
        status = entry.status
        is_makeup = status == _MAKEUP
        if not is_makeup and (matched is None or len(here := counted[slot_key]) >= matched.sessions):
            if status not in GIVEN:
                unmatched.append((day, entry.id))
                continue
            is_makeup = True  # a session beyond what the period requires counts as a make-up
        if is_makeup:
            minutes = entry.minutes if entry.minutes is not None else planned
            extra.append((service_id, day, entry.id, max(0, minutes)))
            continue
        here.append(entry)
        if status == _MISSED:
            reason = entry.reason
            flag = asks.get(reason)
            if flag is None:
                flag = asks[reason] = asks_the_school(reason)
            if flag:
                ask.append((day, entry.id))
        elif status == SHORTENED and entry.minutes is None:
            ask.append((day, entry.id))
    out.counted = dict(counted)
    return out


def _entries_for(slots: list[ExpectedSlot], start: dt.date, end: dt.date, roots: dict[int, int]) -> list[Any]:
    """The entries matching can use: those of [start, end] and of every slot's whole bucket. A monthly
    service's buckets reach past the weeks of the others: the days only it needs are read for its own
    entries, not for every service's."""
    narrow_first, narrow_last = start, end
    span: dict[int, tuple[dt.date, dt.date]] = {}
    for s in slots:
        first, last = s.bucket.start, s.bucket.end
        if s.period in _NARROW:
            narrow_first, narrow_last = min(narrow_first, first), max(narrow_last, last)
        else:
            was = span.get(s.service_id)
            span[s.service_id] = (min(first, was[0]), max(last, was[1])) if was else (first, last)
    raw = entries_between(narrow_first, narrow_last)
    wide = {sid: (f, t) for sid, (f, t) in span.items() if f < narrow_first or t > narrow_last}
    if not wide:
        return raw
    wide_first = min(f for f, _t in wide.values())
    wide_last = max(t for _f, t in wide.values())
    theirs = sorted(pid for pid, sid in roots.items() if sid in wide)
    outside = [
        *entries_between(wide_first, narrow_first - dt.timedelta(days=1), theirs),
        *entries_between(narrow_last + dt.timedelta(days=1), wide_last, theirs),
    ]
    for e in outside:
        sid = roots.get(e.provision, e.provision)
        own = wide.get(sid)
        if own is not None and own[0] <= e.date <= own[1]:
            raw.append(e)
    return raw


#: Periods whose buckets stay within the weeks of the period shown.
_NARROW = frozenset({"day", "week"})


def _read_provision_amounts() -> dict[int, tuple[Any, Any]]:
    """Every provision's (period, minutes per session), as stored."""
    rows = fetch_plain(Provision.select(Provision.id, Provision.period, Provision.minutes_per_session))
    return {pid: (period, mps) for pid, period, mps in rows}
