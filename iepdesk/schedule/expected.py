"""Expected sessions: from each service's amount and the IEP in effect on each school day.

A service is followed across IEP versions by its lineage (a provision copied into the next version
remembers its source), so "speech" is one line in the ledger even when the IEP changed its minutes.
The counting rules are in docs/counting-rules.md; the debatable ones are case settings.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from iepdesk.case_settings import CaseSettings
from iepdesk.model import IepVersion, Provision, database
from iepdesk.model.iep import Period, ProvisionKind, VersionStatus
from iepdesk.schedule.gc_pause import no_gc_pauses
from iepdesk.schedule.plan_cache import kept
from iepdesk.schedule.school_calendar import SchoolCalendar, days_between


@dataclass(frozen=True)
class Bucket:
    """A week, month, grading period or year: the unit a service's amount is counted in."""

    key: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class ExpectedSlot:
    """The sessions one service owes in one period (one week, one month, …)."""

    service_id: int  # the lineage root: the same service across IEP versions
    provision_id: int  # the provision that sets the amount for this slot
    period: str
    bucket: Bucket
    first_day: dt.date  # the first school day on which the service is active in this slot
    active_days: tuple[dt.date, ...]
    sessions: int
    minutes_per_session: int
    #: Days the sessions fall on when the service has fixed weekdays (else empty).
    session_days: tuple[dt.date, ...] = ()

    @property
    def minutes(self) -> int:
        return self.sessions * self.minutes_per_session


_DAY, _WEEK, _GRADING, _YEAR = (
    Period.DAY.value,
    Period.WEEK.value,
    Period.GRADING_PERIOD.value,
    Period.YEAR.value,
)


class Buckets:
    """``bucket_of`` with memory: the ledger asks for the same (period, day) many times."""

    def __init__(self, calendar: SchoolCalendar) -> None:
        self.calendar = calendar
        self._cache: dict[tuple[str, dt.date], Bucket] = {}

    def get(self, period: str, day: dt.date) -> Bucket:
        key = (period, day)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = bucket_of(period, day, self.calendar)
        return found


def bucket_of(period: str, day: dt.date, calendar: SchoolCalendar) -> Bucket:
    if period == _DAY:
        return Bucket(f"d{day.isoformat()}", day, day)
    if period == _WEEK:
        monday = day - dt.timedelta(days=day.weekday())
        return Bucket(f"w{monday.isoformat()}", monday, monday + dt.timedelta(days=6))
    if period == _GRADING:
        for gp in calendar.grading_periods:
            if gp.first_day <= day <= gp.last_day:
                return Bucket(f"g{gp.first_day.isoformat()}", gp.first_day, gp.last_day)
        # No grading period entered for this day: counted by month (documented fallback).
    if period == _YEAR:
        term = calendar.term_of(day)
        if term is not None:
            return Bucket(f"y{term.first_day.isoformat()}", term.first_day, term.last_day)
        return Bucket(f"y{day.year}", dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))
    first = day.replace(day=1)
    last = day.replace(day=_calendar.monthrange(day.year, day.month)[1])  # faster than relativedelta
    return Bucket(f"m{first.isoformat()}", first, last)


def lineage_roots() -> dict[int, int]:
    """Every provision id → the id of the first provision in its chain of copies (shared: do not
    change it)."""
    return kept("lineage_roots", _read_lineage_roots)


def _read_lineage_roots() -> dict[int, int]:
    parent: dict[int, int | None] = dict(fetch_plain(Provision.select(Provision.id, Provision.copied_from)))
    roots: dict[int, int] = {}
    for pid in parent:
        seen = [pid]
        current = pid
        while parent.get(current) is not None and parent[current] in parent and parent[current] not in seen:
            current = parent[current]  # type: ignore[assignment]
            seen.append(current)
        roots[pid] = current
    return roots


def fetch_plain(query: Any) -> list[Any]:
    """A query's rows as the driver gives them (one fetchall), for columns peewee would not convert
    (ids, text): peewee fetches row by row, a cost on the month view's few hundred rows."""
    return list(database.execute_sql(*query.sql()).fetchall())


def plain_date(value: object) -> dt.date | None:
    """A date column as fetch_plain gives it (ISO text, as peewee stores it), or None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


#: A final version's (id, in effect from, in effect to).
_Version = tuple[int, dt.date | None, dt.date | None]


def _read_service_plan() -> tuple[list[_Version], list[Any]]:
    """The final versions, and per version each countable service's plain values (id, version,
    period, first day, last day, sessions, weekdays, minutes per session), in the order of ids."""
    # Plain rows (fetch_plain), dates parsed here: peewee's row conversion was a third of a month
    # view's time just after a change.
    versions: list[_Version] = [
        (vid, plain_date(first), plain_date(last))
        for vid, first, last in fetch_plain(
            IepVersion.select(IepVersion.id, IepVersion.effective_from, IepVersion.effective_to).where(
                IepVersion.status == VersionStatus.FINAL.value
            )
        )
    ]
    if not versions:
        return [], []
    rows: list[Any] = [
        (pid, vid, period, plain_date(first), plain_date(last), sessions, weekdays, mps)
        for pid, vid, period, first, last, sessions, weekdays, mps in fetch_plain(
            Provision.select(
                Provision.id,
                Provision.version,
                Provision.period,
                Provision.start_date,
                Provision.end_date,
                Provision.sessions_per_period,
                Provision.days_of_week,
                Provision.minutes_per_session,
            )
            .where(
                (Provision.kind == ProvisionKind.SERVICE.value)
                & (Provision.version.in_([v[0] for v in versions]))
                & Provision.minutes_per_session.is_null(False)
                & Provision.sessions_per_period.is_null(False)
                & Provision.period.is_null(False)
            )
            .order_by(Provision.id)
        )
    ]
    return versions, rows


def _read_service_lines() -> tuple[dict[int, list[_Line]], frozenset[str]]:
    """Per final version, its countable services as ``_Line``s; and every period they are counted in."""
    _versions, rows = kept("service_plan", _read_service_plan)
    roots = lineage_roots()
    lines: dict[int, list[_Line]] = defaultdict(list)
    for pid, vid, period, first, last, sessions, weekdays, mps in rows:
        rule = (int(sessions or 0), str(period), _weekday_set(str(weekdays or "")), int(mps or 0))
        lines[vid].append(
            (pid, roots.get(pid, pid), str(period), first or dt.date.min, last or dt.date.max, rule, pid)
        )
    return dict(lines), frozenset(line[2] for ls in lines.values() for line in ls)


def _active(p: Provision, day: dt.date) -> bool:
    return (p.start_date is None or p.start_date <= day) and (p.end_date is None or day <= p.end_date)


def _weekday_set(text: str) -> frozenset[int]:
    return frozenset(int(x) for x in text.split(",") if x.strip().isdigit() and 1 <= int(x) <= 7)


@no_gc_pauses
def expected_slots(
    start: dt.date,
    end: dt.date,
    settings: CaseSettings | None = None,
    calendar: SchoolCalendar | None = None,
    touching: bool = False,
) -> list[ExpectedSlot]:
    """Slots whose first active school day falls in [start, end], for every service; with
    ``touching``, every slot with an active school day in [start, end] (a week cut by the edge)."""
    settings = settings or CaseSettings()
    calendar = calendar or SchoolCalendar.load()
    versions, _rows = kept("service_plan", _read_service_plan)
    if not versions:
        return []
    lines, periods = kept("service_lines", _read_service_lines)
    scan_start, scan_end = _scan_range(start, end, periods)
    # Each period's own days to scan: a daily service needs only [start, end], a weekly one its
    # whole weeks; a slot outside them has no day in [start, end] and would be dropped below.
    bounds = {p: _scan_range(start, end, {p}) for p in periods & _CONTIGUOUS}
    # The school days of the scan, once; each version's span and each service's dates are then a
    # slice of that list (bisect), not a test per day and service.
    school = calendar.school_days(scan_start, scan_end)
    segments = _governing_segments(versions, scan_start, scan_end)
    shared = any(len({(line[1], line[2]) for line in ls}) < len(ls) for ls in lines.values())
    runs = (_runs_shared if shared else _runs)(segments, lines, school, Buckets(calendar), bounds)
    slots: list[tuple[dt.date, int, int, ExpectedSlot]] = []
    first_rule = settings.version_change_rule == "first_day"
    for key, (days, idx, first_line, last_line, bucket) in runs.items():
        first_day = days[0]
        if not (start <= first_day <= end or (touching and first_day < start <= days[-1])):
            continue
        governing = first_line if first_rule else last_line
        active = tuple(days)
        sessions, session_days = _sessions_of(governing[5], active, bucket, calendar, settings)
        slot = ExpectedSlot(
            service_id=key[0],
            provision_id=governing[6],
            period=key[1],
            bucket=bucket,
            first_day=first_day,
            active_days=active,
            sessions=sessions,
            minutes_per_session=governing[5][3],
            session_days=session_days,
        )
        # Ties in (first day, service) keep the order a day-by-day scan meets them in.
        slots.append((first_day, key[0], idx, slot))
    slots.sort(key=lambda t: (t[0], t[1], t[2]))
    return [t[3] for t in slots]


#: Periods whose bucket is every day from its start to its end (so a run of days shares it).
_CONTIGUOUS = frozenset({_DAY, _WEEK, Period.MONTH.value})

#: (wanted sessions, period, fixed weekdays, minutes per session): what ``_sessions`` reads.
_Rule = tuple[int, str, frozenset[int], int]
_Line = tuple[int, int, str, dt.date, dt.date, _Rule, int]
_SlotKey = tuple[int, str, str]
#: Per slot: its active days, the place in its version of the provision on its first day, the
#: lines (provision) on its first and last day, and its bucket.
_Run = list[Any]


def _school_slice(
    school: list[dt.date],
    line: _Line,
    seg_first: dt.date,
    seg_last: dt.date,
    bounds: dict[str, tuple[dt.date, dt.date]],
) -> tuple[int, int]:
    """Where in ``school`` the service of ``line`` is active in its stretch of one version, within
    its own period's days to scan (``bounds``)."""
    first, last = line[3], line[4]
    own = bounds.get(line[2])
    if own is not None:
        first, last = max(first, own[0]), min(last, own[1])
    return bisect_left(school, max(first, seg_first)), bisect_right(school, min(last, seg_last))


def _runs(
    segments: list[tuple[dt.date, dt.date, int]],
    lines: dict[int, list[_Line]],
    school: list[dt.date],
    bucket_memo: Buckets,
    bounds: dict[str, tuple[dt.date, dt.date]],
) -> dict[_SlotKey, _Run]:
    """Each slot's days, when no two provisions of one version share a slot: a service's days in
    a stretch of one version are a slice of the school days, cut where its bucket ends."""
    runs: dict[_SlotKey, _Run] = {}
    for seg_first, seg_last, vid in segments:
        for idx, line in enumerate(lines.get(vid, ())):
            root, period = line[1], line[2]
            lo, hi = _school_slice(school, line, seg_first, seg_last, bounds)
            contiguous = period in _CONTIGUOUS
            i = lo
            while i < hi:
                bucket = bucket_memo.get(period, school[i])
                key = (root, period, bucket.key)
                j = bisect_right(school, bucket.end, i, hi) if contiguous else i + 1
                found = runs.get(key)
                if found is None:
                    runs[key] = [school[i:j], idx, line, line, bucket]
                else:
                    found[0].extend(school[i:j])
                    found[3] = line
                i = j
    return runs


def _runs_shared(
    segments: list[tuple[dt.date, dt.date, int]],
    lines: dict[int, list[_Line]],
    school: list[dt.date],
    bucket_memo: Buckets,
    bounds: dict[str, tuple[dt.date, dt.date]],
) -> dict[_SlotKey, _Run]:
    """``_runs`` when two provisions of one version share a lineage and period (and so may share
    a slot): each day kept with its provision and put back in day order, as a day-by-day scan."""
    days_by_slot: dict[_SlotKey, list[tuple[dt.date, int, _Line]]] = {}
    buckets: dict[_SlotKey, Bucket] = {}
    for seg_first, seg_last, vid in segments:
        for idx, line in enumerate(lines.get(vid, ())):
            root, period = line[1], line[2]
            lo, hi = _school_slice(school, line, seg_first, seg_last, bounds)
            for day in school[lo:hi]:
                bucket = bucket_memo.get(period, day)
                key = (root, period, bucket.key)
                days_by_slot.setdefault(key, []).append((day, idx, line))
                buckets.setdefault(key, bucket)
    runs: dict[_SlotKey, _Run] = {}
    for key, entries in days_by_slot.items():
        entries.sort(key=lambda e: (e[0], e[1]))
        runs[key] = [[e[0] for e in entries], entries[0][1], entries[0][2], entries[-1][2], buckets[key]]
    return runs


def _scan_range(start: dt.date, end: dt.date, periods: set[str] | frozenset[str]) -> tuple[dt.date, dt.date]:
    """Days to scan so every slot touching [start, end] is whole: its weeks or months when only
    days, weeks and months are counted; else a year each side (grading periods, years)."""
    if not periods <= _CONTIGUOUS:
        return start - dt.timedelta(days=366), end + dt.timedelta(days=366)
    first, last = start, end
    if _WEEK in periods:
        first = min(first, start - dt.timedelta(days=start.weekday()))
        last = max(last, end + dt.timedelta(days=6 - end.weekday()))
    if Period.MONTH.value in periods:
        first = min(first, start.replace(day=1))
        last = max(last, end.replace(day=_calendar.monthrange(end.year, end.month)[1]))
    return first, last


def _governing_segments(
    versions: list[_Version], first: dt.date, last: dt.date
) -> list[tuple[dt.date, dt.date, int]]:
    """[first, last] cut where the IEP in effect changes: (from, to, version id) of each stretch
    covered by a version (the one with the latest start, then the highest id, as in_effect_on)."""
    spans = [(f, t or dt.date.max, vid) for vid, f, t in versions if f is not None]
    cuts = {first}
    for f, t, _ in spans:
        if first < f <= last:
            cuts.add(f)
        if first <= t < last:
            cuts.add(t + dt.timedelta(days=1))
    points = sorted(cuts)
    out: list[tuple[dt.date, dt.date, int]] = []
    for k, a in enumerate(points):
        b = points[k + 1] - dt.timedelta(days=1) if k + 1 < len(points) else last
        covering = [(f, i) for f, t, i in spans if f <= a <= t]
        if covering:
            vid = max(covering)[1]
            if out and out[-1][2] == vid and out[-1][1] + dt.timedelta(days=1) == a:
                out[-1] = (out[-1][0], b, vid)
            else:
                out.append((a, b, vid))
    return out


def _sessions_of(
    rule: _Rule,
    active: tuple[dt.date, ...],
    bucket: Bucket,
    calendar: SchoolCalendar,
    settings: CaseSettings,
) -> tuple[int, tuple[dt.date, ...]]:
    """``_sessions`` from the provision's plain values."""
    wanted, period, fixed, _mps = rule
    if period == _DAY:
        return wanted, ()
    if fixed and period == _WEEK:
        days = tuple(d for d in active if d.isoweekday() in fixed)
        return min(wanted, len(days)), days
    if settings.partial_slot_rule == "prorate":
        usual = _usual_school_days(bucket, calendar)
        if usual and len(active) < usual:
            share = wanted * len(active) / usual
            return min(wanted, int(share + 0.5)), ()
        return wanted, ()
    return min(wanted, len(active)), ()


def _sessions(
    p: Provision,
    active: tuple[dt.date, ...],
    bucket: Bucket,
    calendar: SchoolCalendar,
    settings: CaseSettings,
) -> tuple[int, tuple[dt.date, ...]]:
    rule = (int(p.sessions_per_period or 0), str(p.period), _weekday_set(str(p.days_of_week or "")), 0)
    return _sessions_of(rule, active, bucket, calendar, settings)


def _usual_school_days(bucket: Bucket, calendar: SchoolCalendar) -> int:
    """School weekdays in the whole bucket, ignoring holidays and term ends (a 'regular' period)."""
    weekdays = calendar.weekdays_on(bucket.start)
    return sum(1 for d in days_between(bucket.start, bucket.end) if d.isoweekday() in weekdays)
