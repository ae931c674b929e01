"""The ledger of minutes: required, delivered, excused, missed, made up, not recorded, and owed.

Every figure carries the log entries (or the unrecorded slots) behind it. Identity, per service and
period: delivered + excused + missed + not recorded = required (in minutes). Nothing unlogged is ever
counted as delivered or as missed. The result never depends on the order entries were made: entries
are taken in an order set by their content (date, status, minutes, …), never by when they were typed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from iepdesk import case_settings
from iepdesk.case_settings import CaseSettings
from iepdesk.model import Provision
from iepdesk.model.calendar import LogStatus
from iepdesk.schedule.expected import (
    Buckets,
    ExpectedSlot,
    bucket_of,
    expected_slots,
    fetch_plain,
    lineage_roots,
)
from iepdesk.schedule.figures import Conflict, Figures, Ledger, LedgerRow, ProposedLink
from iepdesk.schedule.gc_pause import no_gc_pauses
from iepdesk.schedule.links import proposed_links
from iepdesk.schedule.plan_cache import kept
from iepdesk.schedule.reasons import asks_the_school
from iepdesk.schedule.records import SOURCE_ORDER, entries_between, one_record_per_session
from iepdesk.schedule.school_calendar import SchoolCalendar
from iepdesk.schedule.slicing import GIVEN, SHORTENED, count_entry, slice_into, touches

__all__ = [
    "GROUPINGS",
    "SOURCE_ORDER",
    "Conflict",
    "Figures",
    "Ledger",
    "LedgerRow",
    "ProposedLink",
    "build_ledger",
    "ledger_notes",
    "proposed_links",
]

GROUPINGS = ("week", "month", "grading_period", "iep_year", "whole")

_MISSED, _MAKEUP = LogStatus.MISSED.value, LogStatus.MAKEUP.value


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
    raw = _entries_for(slots, start, end, as_of, roots)
    provisions: dict[int, tuple[Any, Any]] = kept("provision_amounts", _read_provision_amounts)
    entries, conflicts, duplicates = one_record_per_session(raw, roots, start, shown_end)

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
            if status not in GIVEN:
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
            elif status == SHORTENED and entry.minutes is None:
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
        if not whole and not touches(slot, found, start, end):
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
            # The usual slot, whole and past: slice_into's sums without its general case.
            mps = slot.minutes_per_session
            for e in found:
                count_entry(out, e, mps, excused)
            past = slot.sessions - len(found)
            if past > 0:
                out.sessions_not_recorded += past
                out.not_recorded += past * mps
                out.not_recorded_slots.append(max(slot.first_day, start))
            out.sessions_required += slot.sessions if past > 0 else len(found)
            out.required += (slot.sessions if past > 0 else len(found)) * mps
            continue
        slice_into(out, slot, found, whole, start, end, cutoff, settings, excused)
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
            "two sources; each is counted once, from the surer source (the provider's log first)."
        )
    if ask:
        warnings.append(
            f"{len(ask)} session{'' if len(ask) == 1 else 's'} missed for an unknown reason or cut short "
            "with minutes not known: ask the school."
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


def _below(figures: Figures, threshold: int) -> bool:
    rate = figures.rate
    return rate is not None and rate * 100 < threshold


def _entries_for(
    slots: list[ExpectedSlot], start: dt.date, end: dt.date, as_of: dt.date, roots: dict[int, int]
) -> list[Any]:
    """The entries matching can use: those of [start, end] and of every slot's whole bucket, up to the
    as-of date. A monthly service's buckets reach past the weeks of the others: the days only it
    needs are read for its own entries, not for every service's."""
    narrow_first, narrow_last = start, end
    span: dict[int, tuple[dt.date, dt.date]] = {}
    for s in slots:
        first, last = s.bucket.start, s.bucket.end
        if s.period in _NARROW:
            narrow_first, narrow_last = min(narrow_first, first), max(narrow_last, last)
        else:
            was = span.get(s.service_id)
            span[s.service_id] = (min(first, was[0]), max(last, was[1])) if was else (first, last)
    raw = entries_between(narrow_first, min(as_of, narrow_last))
    wide = {sid: (f, t) for sid, (f, t) in span.items() if f < narrow_first or t > narrow_last}
    if not wide:
        return raw
    wide_first = min(f for f, _t in wide.values())
    wide_last = min(as_of, max(t for _f, t in wide.values()))
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


def _service_names(roots: dict[int, int]) -> dict[int, str]:
    """The service's current name: the title of the newest provision in its lineage."""
    return dict(kept("service_names", lambda: _read_service_names(roots)))


def _read_service_names(roots: dict[int, int]) -> dict[int, str]:
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
