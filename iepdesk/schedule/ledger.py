"""The ledger of minutes: required, delivered, excused, missed, made up, not recorded, and owed.

Every figure carries the log entries (or the unrecorded slots) behind it. Identity, per service and
period: delivered + excused + missed + not recorded = required (in minutes). Nothing unlogged is ever
counted as delivered or as missed. The result never depends on the order entries were made: entries
are taken in an order set by their content (date, status, minutes, …), never by when they were typed.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from iepdesk import case_settings
from iepdesk.case_settings import CaseSettings
from iepdesk.model import Provision, database
from iepdesk.model.calendar import EntryCounting, LogSource, LogStatus
from iepdesk.schedule.expected import (
    Buckets,
    ExpectedSlot,
    bucket_of,
    expected_slots,
    fetch_plain,
    lineage_roots,
)
from iepdesk.schedule.gc_pause import no_gc_pauses
from iepdesk.schedule.reasons import asks_the_school
from iepdesk.schedule.school_calendar import SchoolCalendar

GROUPINGS = ("week", "month", "grading_period", "iep_year", "whole")


@dataclass
class Figures:
    required: int = 0
    delivered: int = 0
    excused: int = 0
    missed: int = 0
    made_up: int = 0
    not_recorded: int = 0
    sessions_required: int = 0
    sessions_not_recorded: int = 0
    #: Sessions of the period that can still happen (after the as-of date): not part of required.
    still_to_come: int = 0
    sessions_still_to_come: int = 0
    #: Cut short, minutes not given: neither delivered nor missed until the school says (ask it).
    minutes_unknown: int = 0
    sessions_minutes_unknown: int = 0
    #: Entries counted as one of the required sessions.
    sessions_counted: int = 0
    delivered_entries: list[int] = field(default_factory=list)
    excused_entries: list[int] = field(default_factory=list)
    missed_entries: list[int] = field(default_factory=list)
    made_up_entries: list[int] = field(default_factory=list)
    minutes_unknown_entries: list[int] = field(default_factory=list)
    #: First school day of each slot with sessions nobody logged.
    not_recorded_slots: list[dt.date] = field(default_factory=list)

    @property
    def owed(self) -> int:
        """Compensatory minutes owed: missed, less what was made up (never negative)."""
        return max(0, self.missed - self.made_up)

    @property
    def recorded_required(self) -> int:
        return self.required - self.not_recorded

    @property
    def rate(self) -> float | None:
        """Share of the recorded, non-excused required minutes that were provided (make-ups count)."""
        base = self.required - self.excused - self.not_recorded - self.minutes_unknown
        if base <= 0:
            return None
        return min(1.0, (self.delivered + self.made_up) / base)

    def add(self, other: Figures) -> None:
        # Spelled out, not a loop over names: a ten-year ledger adds ~60,000 of these.
        self.required += other.required
        self.delivered += other.delivered
        self.excused += other.excused
        self.missed += other.missed
        self.made_up += other.made_up
        self.not_recorded += other.not_recorded
        self.sessions_required += other.sessions_required
        self.sessions_not_recorded += other.sessions_not_recorded
        self.still_to_come += other.still_to_come
        self.sessions_still_to_come += other.sessions_still_to_come
        self.minutes_unknown += other.minutes_unknown
        self.sessions_minutes_unknown += other.sessions_minutes_unknown
        self.sessions_counted += other.sessions_counted
        self.delivered_entries += other.delivered_entries
        self.excused_entries += other.excused_entries
        self.missed_entries += other.missed_entries
        self.made_up_entries += other.made_up_entries
        self.minutes_unknown_entries += other.minutes_unknown_entries
        self.not_recorded_slots += other.not_recorded_slots


@dataclass(frozen=True)
class LedgerRow:
    service_id: int
    service: str
    bucket_start: dt.date
    bucket_end: dt.date
    label: str
    figures: Figures
    below_threshold: bool


@dataclass(frozen=True)
class Ledger:
    start: dt.date
    end: dt.date
    grouping: str
    rows: list[LedgerRow]
    totals: list[LedgerRow]
    threshold_pct: int
    #: Plain-language cautions: an assumed calendar, entries on days with no expected session, …
    warnings: list[str]
    #: Entries that match no expected session (logged on a day the service was not scheduled).
    unmatched_entries: list[int]
    #: The day the figures are counted as of: nothing after it is required or "not recorded".
    as_of: dt.date | None = None
    #: Sessions two sources logged differently (each counted once, by SOURCE_ORDER).
    conflicts: list[Conflict] = field(default_factory=list)
    #: Second records of a session from another source, set aside (not counted twice).
    duplicate_entries: list[int] = field(default_factory=list)
    #: Services typed in anew in a later IEP that look like a change of an earlier one.
    proposed_links: list[ProposedLink] = field(default_factory=list)
    #: Entries counted as missed for an unknown reason, or cut short with minutes not known.
    ask_the_school: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Conflict:
    service_id: int
    date: dt.date
    kept_entry: int
    other_entries: tuple[int, ...]
    kept: str
    others: tuple[str, ...]


@dataclass(frozen=True)
class ProposedLink:
    provision: int  # the later provision, typed in anew
    looks_like: int  # the earlier provision it probably continues
    service: str


@no_gc_pauses
def build_ledger(
    start: dt.date,
    end: dt.date,
    grouping: str = "whole",
    settings: CaseSettings | None = None,
    calendar: SchoolCalendar | None = None,
    as_of: dt.date | None = None,
    slots: list[ExpectedSlot] | None = None,
) -> Ledger:
    """The figures of [start, end] as of a date: the one figures API (CLI, window, letters, binder).

    ``as_of`` None means today, with today's own sessions still to come until the day is over; an
    explicit date counts that whole day as past. Every entry is matched to an expected session within
    its own week (month, …) whatever the period; the period only chooses what is shown. ``slots``:
    the caller's own ``expected_slots(start, end, settings, calendar, touching=True)``, if it has them.
    """
    if grouping not in GROUPINGS:
        raise ValueError(f"grouping must be one of {', '.join(GROUPINGS)}")
    if end < start:
        raise ValueError("The end date is before the start date.")
    if as_of is None:
        as_of = dt.date.today()
        cutoff = as_of - dt.timedelta(days=1)  # today's sessions can still happen
    else:
        cutoff = as_of
    shown_end = max(start, min(end, as_of))
    settings = settings or case_settings.load()
    calendar = calendar or SchoolCalendar.load()
    # Every slot whose week (month, …) touches the period, whole: matching never sees the period's edge.
    if slots is None:
        slots = expected_slots(start, end, settings, calendar, touching=True)
    roots = lineage_roots()
    names = _service_names(roots)
    excused = set(settings.excused_reasons)
    warnings: list[str] = []
    if calendar.assumed:
        warnings.append("No school year is entered, so every Monday to Friday is counted as a school day.")

    slot_index: dict[tuple[int, str], ExpectedSlot] = {}
    for slot in slots:
        slot_index[(slot.service_id, slot.bucket.key)] = slot
    # (service, school day) → the one slot owing sessions that day, so an entry finds its slot
    # without computing its week (month, …); None where two slots claim the day (then computed).
    by_day: dict[tuple[int, dt.date], ExpectedSlot | None] = {}
    for slot in slots:
        sid = slot.service_id
        for d in slot.active_days:
            k = (sid, d)
            if by_day.setdefault(k, slot) is not slot:
                by_day[k] = None
    last_day = min(as_of, max([end, *(s.bucket.end for s in slots)]))
    first_day = min([start, *(s.bucket.start for s in slots)])
    raw = _entries_between(first_day, last_day)
    wanted = Provision.select(Provision.id, Provision.period, Provision.minutes_per_session).where(
        Provision.id.in_(list({e.provision for e in raw}) or [0])
    )
    plain_rows: list[Any] = list(wanted.tuples())
    provisions: dict[int, tuple[Any, Any]] = {pid: (period, mps) for pid, period, mps in plain_rows}
    entries, conflicts, duplicates = _one_record_per_session(raw, roots, start, shown_end)

    def in_range(day: dt.date) -> bool:
        return start <= day <= shown_end

    buckets = Buckets(calendar)
    counted: dict[tuple[int, str], list[Any]] = defaultdict(list)
    extra: list[tuple[int, dt.date, Figures]] = []  # (service, date, figures) of make-ups and extras
    unmatched: list[int] = []
    ask: list[int] = []  # missed for an unknown reason, or cut short with minutes not given
    active_sets: dict[tuple[int, str], frozenset[dt.date]] = {}
    # Per provision, read once: (lineage root, period, planned minutes), or None (no period).
    plain: dict[int, tuple[int, str, int] | None] = {
        pid: None if period is None else (roots.get(pid, pid), str(period), int(mps or 0))
        for pid, (period, mps) in provisions.items()
    }
    asks: dict[str | None, bool] = {}
    for entry in entries:
        pid: int = entry.provision  # a raw id: the rows are named tuples
        day = entry.date
        info = plain.get(pid)
        if info is None:
            if start <= day <= shown_end:
                unmatched.append(entry.id)
            continue
        service_id, period, planned = info
        day_key = (service_id, day)
        matched = by_day.get(day_key)
        if matched is None and day_key not in by_day:
            pass  # no slot of the service owes a session that day
        elif (
            matched is not None
            and matched.period == period
            and slot_index.get(key := (service_id, matched.bucket.key)) is matched
        ):
            planned = matched.minutes_per_session  # the day's own slot, found without its bucket
        else:  # two slots claim the day, or its slot is counted by another period: as it was
            key = (service_id, buckets.get(period, day).key)
            matched = slot_index.get(key)
            if matched is not None:
                active = active_sets.get(key)
                if active is None:
                    active = active_sets[key] = frozenset(matched.active_days)
                if day not in active:
                    matched = None  # a Saturday, a holiday: no session is owed that day
                else:
                    planned = matched.minutes_per_session
        status = entry.status
        is_makeup = status == _MAKEUP
        if not is_makeup and (matched is None or len(here := counted[key]) >= matched.sessions):
            if status not in _GIVEN:
                if start <= day <= shown_end:
                    unmatched.append(entry.id)
                continue
            is_makeup = True  # a session beyond what the period requires counts as a make-up
        if is_makeup:
            if start <= day <= shown_end:
                minutes = entry.minutes if entry.minutes is not None else planned
                made_up = Figures(made_up=max(0, minutes), made_up_entries=[entry.id])
                extra.append((service_id, day, made_up))
            continue
        here.append(entry)
        if start <= day <= shown_end:
            if status == _MISSED:
                reason = entry.reason
                flag = asks.get(reason)
                if flag is None:
                    flag = asks[reason] = asks_the_school(reason)
                if flag:
                    ask.append(entry.id)
            elif status == _SHORTENED and entry.minutes is None:
                ask.append(entry.id)

    rows_by_key: dict[tuple[int, str], tuple[dt.date, dt.date, str, Figures]] = {}
    group_memo: dict[dt.date, tuple[str, dt.date, dt.date, str]] = {}

    def bucket_for(day: dt.date) -> tuple[str, dt.date, dt.date, str]:
        found = group_memo.get(day)
        if found is None:
            found = group_memo[day] = _group_bucket(grouping, day, start, shown_end, calendar)
        return found

    no_entries: list[Any] = []
    for slot in slots:
        bucket = slot.bucket
        found = counted.get((slot.service_id, bucket.key), no_entries)
        whole = start <= bucket.start and bucket.end <= end
        if not whole and not _touches(slot, found, start, end):
            continue
        shown_from = slot.first_day if slot.first_day > start else start
        group = group_memo.get(shown_from) or bucket_for(shown_from)
        gkey, gstart, gend, label = group
        row_key = (slot.service_id, gkey)
        got = rows_by_key.get(row_key)
        if got is None:
            got = rows_by_key[row_key] = (gstart, gend, label, Figures())
        out = got[3]
        if whole and not slot.session_days and slot.active_days[-1] <= cutoff:
            # The usual slot, whole and past: _slice_into's sums without its general case.
            mps = slot.minutes_per_session
            for e in found:
                _count_entry(out, e, mps, excused)
            past = slot.sessions - len(found)
            if past > 0:
                out.sessions_not_recorded += past
                out.not_recorded += past * mps
                out.not_recorded_slots.append(max(slot.first_day, start))
            out.sessions_required += slot.sessions if past > 0 else len(found)
            out.required += (slot.sessions if past > 0 else len(found)) * mps
            continue
        _slice_into(out, slot, found, whole, start, end, cutoff, settings, excused)
    for service_id, day, f in extra:
        gkey, gstart, gend, label = bucket_for(day)
        rows_by_key.setdefault((service_id, gkey), (gstart, gend, label, Figures()))[3].add(f)
    if unmatched:
        warnings.append(
            f"{len(unmatched)} log entr{'y falls' if len(unmatched) == 1 else 'ies fall'} on days with no "
            "expected session and are not counted; check their dates and services."
        )
    if conflicts:
        warnings.append(
            f"{len(conflicts)} session{' was' if len(conflicts) == 1 else 's were'} logged differently by "
            "two sources; each is counted once, from the source first in the order (see conflicts)."
        )
    if ask:
        warnings.append(
            f"{len(ask)} session{'' if len(ask) == 1 else 's'} missed for an unknown reason or cut short "
            "with minutes not known: ask the school (see ask_the_school)."
        )
    links = proposed_links()
    for link in links:
        warnings.append(
            f"“{link.service}” in a later IEP looks like a change of the earlier “{link.service}” but was "
            "typed in anew: link it (start from this one) so the ledger counts it as one service."
        )

    threshold = settings.shortfall_threshold_pct
    rows = [
        LedgerRow(sid, names.get(sid, f"service {sid}"), gstart, gend, label, fig, _below(fig, threshold))
        for (sid, _gk), (gstart, gend, label, fig) in sorted(
            rows_by_key.items(), key=lambda kv: (kv[1][0], kv[0][0])
        )
    ]
    totals_by_service: dict[int, Figures] = defaultdict(Figures)
    for ledger_row in rows:
        totals_by_service[ledger_row.service_id].add(ledger_row.figures)
    totals = [
        LedgerRow(
            sid, names.get(sid, f"service {sid}"), start, shown_end, "Total", fig, _below(fig, threshold)
        )
        for sid, fig in sorted(totals_by_service.items(), key=lambda kv: names.get(kv[0], ""))
    ]
    return Ledger(
        start,
        shown_end,
        grouping,
        rows,
        totals,
        threshold,
        warnings,
        unmatched,
        as_of=as_of,
        conflicts=conflicts,
        duplicate_entries=duplicates,
        proposed_links=links,
        ask_the_school=sorted(ask),
    )


def ledger_notes(ledger: Ledger) -> list[str]:
    """What a reader of the figures must also be told, in words (the binder, letters, the CLI):
    sessions whose minutes are unknown, minutes still to come, and sessions logged differently."""
    names = {t.service_id: t.service for t in ledger.totals}
    notes: list[str] = []
    for t in ledger.totals:
        f = t.figures
        if f.sessions_minutes_unknown:
            n = f.sessions_minutes_unknown
            notes.append(
                f"{t.service}: {n} session{'' if n == 1 else 's'} cut short, minutes not known: ask the "
                f"school. The rate leaves out those {f.minutes_unknown} minutes."
            )
        if f.still_to_come and ledger.as_of is not None:
            notes.append(
                f"{t.service}: {f.still_to_come} minutes are still to come after {ledger.as_of.isoformat()} "
                "(not counted as required)."
            )
    for c in ledger.conflicts:
        notes.append(
            f"{c.date.isoformat()}, {names.get(c.service_id, 'a service')}: logged differently. Counted: "
            f"{c.kept}. Also logged: {'; '.join(c.others)}."
        )
    return notes


class _Entry(NamedTuple):
    id: int
    provision: int
    date: dt.date
    status: str
    minutes: int | None
    reason: str | None
    source: str | None
    note: str
    counting: str


def _entries_between(first: dt.date, last: dt.date) -> list[Any]:
    """The log's rows as plain tuples, read straight from SQLite: a ten-year log is ~30,000 rows,
    and building a model (or peewee's named tuple) for each costs more than the counting."""
    cursor = database.execute_sql(
        "SELECT id, provision_id, date, status, minutes, reason, source, note, counting "
        "FROM service_log_entry WHERE date >= ? AND date <= ?",
        (first.isoformat(), last.isoformat()),
    )
    days: dict[object, dt.date] = {}  # a date is on ~16 rows: parsed once

    def day(text: object) -> dt.date:
        found = days.get(text)
        if found is None:
            found = days[text] = dt.date.fromisoformat(str(text)[:10])
        return found

    return [
        _Entry(i, p, day(d), st, m, r, so, n or "", c or "")
        for i, p, d, st, m, r, so, n, c in cursor.fetchall()
    ]


#: Which record counts when two sources logged one session differently: first in this order wins.
#: The provider's own session log, then the school's record, then what the parent saw, then what the
#: child reported, then an entry with no source (docs/counting-rules.md, "Two records of one session").
SOURCE_ORDER = (
    LogSource.PROVIDER_LOG.value,
    LogSource.SCHOOL_RECORD.value,
    LogSource.PARENT_SAW.value,
    LogSource.CHILD_REPORTED.value,
    "",
)


def _record_rank(e: Any) -> tuple[int, int]:
    """The parent's choice ("preferred") first, then the order of sources."""
    source = e.source or ""
    rank = SOURCE_ORDER.index(source) if source in SOURCE_ORDER else len(SOURCE_ORDER)
    return (0 if e.counting == EntryCounting.PREFERRED.value else 1, rank)


def _one_record_per_session(
    raw: list[Any], roots: dict[int, int], start: dt.date, end: dt.date
) -> tuple[list[Any], list[Conflict], list[int]]:
    """Entries for one service on one day from different sources are one session; from the same
    source, separate sessions. Returns the kept entries (content order), the conflicts and the
    entries set aside as second records."""
    sole: dict[tuple[int, dt.date], Any] = {}  # the day's entry, or its first when it has several
    several: dict[tuple[int, dt.date], list[Any]] = {}
    kept: list[Any] = []
    separate = EntryCounting.SEPARATE.value
    for e in raw:
        if e.counting == separate:
            kept.append(e)  # the parent says: a session of its own, whoever else logged that day
            continue
        day_key = (roots.get(e.provision, e.provision), e.date)
        one = sole.get(day_key)
        if one is None:
            sole[day_key] = e
        elif day_key in several:
            several[day_key].append(e)
        else:
            several[day_key] = [one, e]
    conflicts: list[Conflict] = []
    duplicates: list[int] = []
    for (service_id, day), one in sole.items():
        day_entries = several.get((service_id, day))
        if day_entries is None:
            kept.append(one)
            continue
        sources: dict[str, list[Any]] = defaultdict(list)
        for e in day_entries:
            sources[e.source or ""].append(e)
        if len(sources) == 1:
            kept.extend(day_entries)
            continue
        ordered = {s: sorted(es, key=_content_order) for s, es in sources.items()}
        for k in range(max(len(es) for es in ordered.values())):
            members = sorted((es[k] for es in ordered.values() if len(es) > k), key=_record_rank)
            first = members[0]
            kept.append(first)
            others = members[1:]
            duplicates.extend(o.id for o in others)
            said = (first.status, first.minutes, first.reason)
            differ = [o for o in others if (o.status, o.minutes, o.reason) != said]
            if differ and start <= day <= end:
                conflicts.append(
                    Conflict(
                        service_id=service_id,
                        date=day,
                        kept_entry=first.id,
                        other_entries=tuple(o.id for o in differ),
                        kept=_describe(first),
                        others=tuple(_describe(o) for o in differ),
                    )
                )
    kept.sort(key=_content_order)
    conflicts.sort(key=lambda c: (c.date, c.service_id, c.kept_entry))
    return kept, conflicts, sorted(duplicates)


def _describe(e: Any) -> str:
    minutes = f" {e.minutes} min" if e.minutes is not None else ""
    reason = f" ({e.reason})" if e.reason else ""
    return f"{e.source or 'no source'}: {e.status}{minutes}{reason}"


_GIVEN = (LogStatus.DELIVERED.value, LogStatus.SHORTENED.value)
_SHORTENED, _MISSED, _MAKEUP = LogStatus.SHORTENED.value, LogStatus.MISSED.value, LogStatus.MAKEUP.value


def _count_entry(f: Figures, entry: Any, planned: int, excused: set[str]) -> None:
    """Add what one counted entry gives to ``f``: its planned minutes, split by what happened."""
    f.sessions_counted += 1
    if entry.status == _SHORTENED and entry.minutes is None:
        f.minutes_unknown += planned  # cut short, minutes not given: ask the school
        f.sessions_minutes_unknown += 1
        f.minutes_unknown_entries.append(entry.id)
    elif entry.status in _GIVEN:
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


def _touches(slot: ExpectedSlot, counted: list[Any], start: dt.date, end: dt.date) -> bool:
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
    if not whole and not _touches(slot, counted, start, end):
        return None
    out = Figures()
    _slice_into(out, slot, counted, whole, start, end, cutoff, settings, excused)
    return out


def _slice_into(
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
        _count_entry(out, e, mps, excused)
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


def proposed_links() -> list[ProposedLink]:
    """Services of a later final IEP typed in anew (no "start from this one") whose title matches a
    service of the version just before it: probably an amendment of it, to be linked."""
    from iepdesk.model import IepVersion
    from iepdesk.model.iep import ProvisionKind, VersionStatus

    versions: list[Any] = sorted(
        IepVersion.select(IepVersion.id, IepVersion.effective_from)
        .where(IepVersion.status == VersionStatus.FINAL.value)
        .tuples(),
        key=lambda v: (v[1] or dt.date.min, v[0]),
    )
    rows: list[Any] = list(
        Provision.select(
            Provision.id, Provision.version, Provision.title, Provision.copied_from, Provision.kind
        ).tuples()
    )
    copied = {r[3] for r in rows if r[3] is not None}
    by_version: dict[int, list[tuple[int, str, int | None]]] = defaultdict(list)
    for pid, version, title, copied_from, kind in rows:
        if kind == ProvisionKind.SERVICE.value:
            by_version[version].append((pid, str(title or "").strip(), copied_from))
    links: list[ProposedLink] = []
    for (earlier, _), (later, _) in itertools.pairwise(versions):
        olds = {t.lower(): pid for pid, t, _c in by_version.get(earlier, []) if t and pid not in copied}
        for pid, title, copied_from in by_version.get(later, []):
            old = olds.get(title.lower()) if title and copied_from is None else None
            if old is not None:
                links.append(ProposedLink(provision=pid, looks_like=old, service=title))
    return links


_STATUS_RANK = {
    LogStatus.DELIVERED.value: 0,
    LogStatus.SHORTENED.value: 1,
    LogStatus.MISSED.value: 2,
    LogStatus.MAKEUP.value: 3,
}


def _content_order(e: Any) -> tuple[object, ...]:
    return (
        e.date,
        _STATUS_RANK.get(e.status, 9),
        -(e.minutes if e.minutes is not None else 10**6),
        e.reason or "",
        e.source or "",
        e.note or "",
        e.provision,
    )


def _below(figures: Figures, threshold: int) -> bool:
    rate = figures.rate
    return rate is not None and rate * 100 < threshold


def _service_names(roots: dict[int, int]) -> dict[int, str]:
    """The service's current name: the title of the newest provision in its lineage."""
    names: dict[int, str] = {}
    rows = fetch_plain(Provision.select(Provision.id, Provision.title).order_by(Provision.id))
    for pid, title in rows:
        names[roots.get(pid, pid)] = str(title or f"service {pid}")
    return names


def _group_bucket(
    grouping: str, day: dt.date, start: dt.date, end: dt.date, calendar: SchoolCalendar
) -> tuple[str, dt.date, dt.date, str]:
    if grouping == "whole":
        return ("all", start, end, f"{start.isoformat()} to {end.isoformat()}")
    if grouping == "iep_year":
        from iepdesk.iep.versions import in_effect_on

        version = in_effect_on(day)
        if version is not None and version.effective_from is not None:
            vend = version.effective_to or end
            return (f"v{version.id}", version.effective_from, vend, version.label())
        return ("none", start, end, "No IEP in effect")
    period = {"week": "week", "month": "month", "grading_period": "grading_period"}[grouping]
    bucket = bucket_of(period, day, calendar)
    label = {
        "week": f"Week of {bucket.start.isoformat()}",
        "month": bucket.start.strftime("%B %Y"),
        "grading_period": f"{bucket.start.isoformat()} to {bucket.end.isoformat()}",
    }[grouping]
    return (bucket.key, bucket.start, bucket.end, label)
