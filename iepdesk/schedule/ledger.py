"""The ledger of minutes: required, delivered, excused, missed, made up, not recorded, and owed.

Every figure carries the log entries (or the unrecorded slots) behind it. Identity, per service and
period: delivered + excused + missed + not recorded = required (in minutes). Nothing unlogged is ever
counted as delivered or as missed. The result never depends on the order entries were made: entries
are taken in an order set by their content (date, status, minutes, …), never by when they were typed.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable
from typing import Any, TypeVar

from iepdesk import case_settings
from iepdesk.case_settings import CaseSettings
from iepdesk.i18n import _, month_year, ngettext
from iepdesk.model import Provision
from iepdesk.model.calendar import LogStatus
from iepdesk.schedule.expected import ExpectedSlot, bucket_of, fetch_plain, lineage_roots
from iepdesk.schedule.figures import Conflict, Figures, Ledger, LedgerRow, ProposedLink
from iepdesk.schedule.gc_pause import no_gc_pauses
from iepdesk.schedule.links import proposed_links
from iepdesk.schedule.matching import match_for
from iepdesk.schedule.plan_cache import kept
from iepdesk.schedule.records import SOURCE_ORDER
from iepdesk.schedule.school_calendar import SchoolCalendar
from iepdesk.schedule.slicing import count_entry, slice_into, touches

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

T = TypeVar("T")

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
        raise ValueError(_("The end date is before the start date."))
    if as_of is None:
        as_of = dt.date.today()
        cutoff = as_of - dt.timedelta(days=1)  # today's sessions can still happen
    else:
        cutoff = as_of
    shown_end = max(start, min(end, as_of))
    settings = settings or case_settings.load()
    calendar = calendar or SchoolCalendar.load()
    roots = lineage_roots()
    names = _service_names(roots)
    excused = set(settings.excused_reasons)
    warnings: list[str] = []
    kinds: list[str] = []
    if calendar.assumed:
        kinds.append("assumed_calendar")
        warnings.append(_("No school year is entered, so every Monday to Friday is counted as a school day."))

    # Every slot whose week (month, …) touches the period, whole: matching never sees the period's edge.
    match = match_for(start, end, settings, calendar, slots)
    slots = match.slots if (match.first, match.last) == (start, end) else match.slots_touching(start, end)
    counted = match.counted
    # What the period shows of the matching: what is dated in it, up to the as-of date (an as-of
    # date before the period shows no entry at all).
    known = min(shown_end, as_of)
    extra = [
        (sid, day, Figures(made_up=minutes, made_up_entries=[entry_id]))
        for sid, day, entry_id, minutes in _dated_in(match.extra, start, known, lambda t: t[1])
    ]
    unmatched = [i for _d, i in _dated_in(match.unmatched, start, known, lambda t: t[0])]
    ask = [i for _d, i in _dated_in(match.ask, start, known, lambda t: t[0])]
    conflicts = [c for c in match.conflicts if start <= c.date <= known]
    duplicates = sorted(i for d, i in match.duplicates if start <= d <= known)

    rows_by_key: dict[tuple[int, str], tuple[dt.date, dt.date, str, Figures]] = {}
    group_memo: dict[dt.date, tuple[str, dt.date, dt.date, str]] = {}
    labels: dict[str, tuple[str, dt.date, dt.date, str]] = {}  # a month's label is made once, not per day

    def bucket_for(day: dt.date) -> tuple[str, dt.date, dt.date, str]:
        found = group_memo.get(day)
        if found is None:
            found = group_memo[day] = _group_bucket(grouping, day, start, shown_end, calendar, labels)
        return found

    no_entries: list[Any] = []
    for slot in slots:
        bucket = slot.bucket
        found = counted.get((slot.service_id, bucket.key), no_entries)
        if bucket.end > as_of and found:
            found = [e for e in found if e.date <= as_of]  # logged after the as-of date: not yet known
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
        kinds.append("unmatched")
        warnings.append(
            ngettext(
                "{count} log entry falls on days with no expected session and are not counted; check "
                "their dates and services.",
                "{count} log entries fall on days with no expected session and are not counted; check "
                "their dates and services.",
                len(unmatched),
            ).format(count=len(unmatched))
        )
    if conflicts:
        kinds.append("conflicts")
        warnings.append(
            ngettext(
                "{count} session was logged differently by two sources; each is counted once, from the "
                "surer source (the provider's log first).",
                "{count} sessions were logged differently by two sources; each is counted once, from the "
                "surer source (the provider's log first).",
                len(conflicts),
            ).format(count=len(conflicts))
        )
    if ask:
        kinds.append("ask_the_school")
        warnings.append(
            ngettext(
                "{count} session missed for an unknown reason or cut short with minutes not known: ask "
                "the school.",
                "{count} sessions missed for an unknown reason or cut short with minutes not known: ask "
                "the school.",
                len(ask),
            ).format(count=len(ask))
        )
    links = proposed_links()
    for link in links:
        kinds.append("proposed_link")
        warnings.append(
            _(
                "“{service}” in a later IEP looks like a change of the earlier “{service}” but was typed "
                "in anew: link it (start from this one) so the ledger counts it as one service."
            ).format(service=link.service)
        )

    threshold = settings.shortfall_threshold_pct
    rows = [
        LedgerRow(
            sid,
            names.get(sid) or _("service {id}").format(id=sid),
            gstart,
            gend,
            label,
            fig,
            _below(fig, threshold),
        )
        for (sid, _gk), (gstart, gend, label, fig) in sorted(
            rows_by_key.items(), key=lambda kv: (kv[1][0], kv[0][0])
        )
    ]
    totals_by_service: dict[int, Figures] = defaultdict(Figures)
    for ledger_row in rows:
        totals_by_service[ledger_row.service_id].add(ledger_row.figures)
    # A week (month, …) that starts after the as-of date has nothing counted yet, only sessions
    # still to come: it is in the totals (and said in words), not a row of zeros of its own (a school
    # year by week, as of November, would end in ~27 of them).
    rows = [r for r in rows if r.bucket_start <= shown_end]
    totals = [
        LedgerRow(
            sid,
            names.get(sid) or _("service {id}").format(id=sid),
            start,
            shown_end,
            _("Total"),
            fig,
            _below(fig, threshold),
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
        warning_kinds=tuple(kinds),
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
                ngettext(
                    "{service}: {count} session cut short, minutes not known: ask the school. The rate "
                    "leaves out those {minutes} minutes.",
                    "{service}: {count} sessions cut short, minutes not known: ask the school. The rate "
                    "leaves out those {minutes} minutes.",
                    n,
                ).format(service=t.service, count=n, minutes=f.minutes_unknown)
            )
        if f.still_to_come and ledger.as_of is not None:
            notes.append(
                _(
                    "{service}: {minutes} minutes are still to come after {day} (not counted as required)."
                ).format(service=t.service, minutes=f.still_to_come, day=ledger.as_of.isoformat())
            )
    for c in ledger.conflicts:
        notes.append(
            _("{day}, {service}: logged differently. Counted: {kept}. Also logged: {others}.").format(
                day=c.date.isoformat(),
                service=names.get(c.service_id) or _("a service"),
                kept=c.kept,
                others="; ".join(c.others),
            )
        )
    return notes


def _below(figures: Figures, threshold: int) -> bool:
    rate = figures.rate
    return rate is not None and rate * 100 < threshold


def _dated_in(items: list[T], start: dt.date, end: dt.date, day: Callable[[T], dt.date]) -> list[T]:
    """The items (in date order) dated in [start, end]."""
    return items[bisect_left(items, start, key=day) : bisect_right(items, end, key=day)]


def _service_names(roots: dict[int, int]) -> dict[int, str]:
    """The service's current name: the title of the newest provision in its lineage."""
    return dict(kept("service_names", lambda: _read_service_names(roots)))


def _read_service_names(roots: dict[int, int]) -> dict[int, str]:
    names: dict[int, str] = {}
    rows = fetch_plain(Provision.select(Provision.id, Provision.title).order_by(Provision.id))
    for pid, title in rows:
        names[roots.get(pid, pid)] = str(title or _("service {id}").format(id=pid))
    return names


def _group_bucket(
    grouping: str,
    day: dt.date,
    start: dt.date,
    end: dt.date,
    calendar: SchoolCalendar,
    labels: dict[str, tuple[str, dt.date, dt.date, str]],
) -> tuple[str, dt.date, dt.date, str]:
    if grouping == "whole":
        return (
            "all",
            start,
            end,
            _("{first} to {last}").format(first=start.isoformat(), last=end.isoformat()),
        )
    if grouping == "iep_year":
        from iepdesk.iep.versions import in_effect_on

        version = in_effect_on(day)
        if version is not None and version.effective_from is not None:
            vend = version.effective_to or end
            return (f"v{version.id}", version.effective_from, vend, version.label())
        return ("none", start, end, _("No IEP in effect"))
    period = {"week": "week", "month": "month", "grading_period": "grading_period"}[grouping]
    bucket = bucket_of(period, day, calendar)
    made = labels.get(bucket.key)
    if made is not None:
        return made
    if grouping == "week":
        label = _("Week of {day}").format(day=bucket.start.isoformat())
    elif grouping == "month":
        label = month_year(bucket.start)
    else:
        label = _("{first} to {last}").format(first=bucket.start.isoformat(), last=bucket.end.isoformat())
    made = labels[bucket.key] = (bucket.key, bucket.start, bucket.end, label)
    return made
