"""Expected sessions: from each service's amount and the IEP in effect on each school day.

A service is followed across IEP versions by its lineage (a provision copied into the next version
remembers its source), so "speech" is one line in the ledger even when the IEP changed its minutes.
The counting rules are in docs/counting-rules.md; the debatable ones are case settings.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from iepdesk.case_settings import CaseSettings
from iepdesk.model import IepVersion, Provision
from iepdesk.model.iep import Period, ProvisionKind, VersionStatus
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
    """Every provision id → the id of the first provision in its chain of copies."""
    parent = {p.id: p.copied_from for p in Provision.select(Provision.id, Provision.copied_from)}
    roots: dict[int, int] = {}
    for pid in parent:
        seen = [pid]
        current = pid
        while parent.get(current) is not None and parent[current] in parent and parent[current] not in seen:
            current = parent[current]  # type: ignore[assignment]
            seen.append(current)
        roots[pid] = current
    return roots


def _active(p: Provision, day: dt.date) -> bool:
    return (p.start_date is None or p.start_date <= day) and (p.end_date is None or day <= p.end_date)


def _weekday_set(text: str) -> frozenset[int]:
    return frozenset(int(x) for x in text.split(",") if x.strip().isdigit() and 1 <= int(x) <= 7)


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
    versions = list(IepVersion.select().where(IepVersion.status == VersionStatus.FINAL.value))
    if not versions:
        return []
    services: dict[int, list[Provision]] = defaultdict(list)
    for p in Provision.select().where(
        (Provision.kind == ProvisionKind.SERVICE.value)
        & (Provision.version.in_([v.id for v in versions]))
        & Provision.minutes_per_session.is_null(False)
        & Provision.sessions_per_period.is_null(False)
        & Provision.period.is_null(False)
    ):
        services[p.__data__["version"]].append(p)
    roots = lineage_roots()
    # Widen the range to whole periods (a year at most each side) so a slot that starts in range is whole.
    scan_start = start - dt.timedelta(days=366)
    scan_end = end + dt.timedelta(days=366)
    # For each service line and bucket: the days it is active and the provision on each day.
    days_by_slot: dict[tuple[int, str, str], list[tuple[dt.date, Provision]]] = defaultdict(list)
    buckets: dict[tuple[int, str, str], Bucket] = {}
    bucket_memo = Buckets(calendar)
    # Plain values read once (a ten-year scan asks them ~80,000 times): per version, each service's
    # (provision, lineage root, period, first day, last day).
    lines = {
        vid: [
            (p, roots.get(p.id, p.id), str(p.period), p.start_date or dt.date.min, p.end_date or dt.date.max)
            for p in ps
        ]
        for vid, ps in services.items()
    }
    spans = [
        (v.effective_from, v.effective_to or dt.date.max, v.id)
        for v in versions
        if v.effective_from is not None
    ]
    for day in days_between(scan_start, scan_end):
        if not calendar.is_school_day(day):
            continue
        # in_effect_on(day), without a model attribute read per version and day.
        covering = [(f, i) for f, t, i in spans if f <= day <= t]
        if not covering:
            continue
        for p, root, period, first, last in lines.get(max(covering)[1], ()):
            if not first <= day <= last:
                continue
            bucket = bucket_memo.get(period, day)
            key = (root, period, bucket.key)
            days_by_slot[key].append((day, p))
            buckets[key] = bucket
    slots: list[ExpectedSlot] = []
    for key, entries in days_by_slot.items():
        first_day = entries[0][0]
        if not (start <= first_day <= end or (touching and first_day < start <= entries[-1][0])):
            continue
        governing = entries[0][1] if settings.version_change_rule == "first_day" else entries[-1][1]
        active = tuple(d for d, _ in entries)
        sessions, session_days = _sessions(governing, active, buckets[key], calendar, settings)
        slots.append(
            ExpectedSlot(
                service_id=key[0],
                provision_id=governing.id,
                period=key[1],
                bucket=buckets[key],
                first_day=first_day,
                active_days=active,
                sessions=sessions,
                minutes_per_session=int(governing.minutes_per_session or 0),
                session_days=session_days,
            )
        )
    slots.sort(key=lambda s: (s.first_day, s.service_id))
    return slots


def _sessions(
    p: Provision,
    active: tuple[dt.date, ...],
    bucket: Bucket,
    calendar: SchoolCalendar,
    settings: CaseSettings,
) -> tuple[int, tuple[dt.date, ...]]:
    wanted = int(p.sessions_per_period or 0)
    if p.period == Period.DAY.value:
        return wanted, ()
    fixed = _weekday_set(str(p.days_of_week or ""))
    if fixed and p.period == Period.WEEK.value:
        days = tuple(d for d in active if d.isoweekday() in fixed)
        return min(wanted, len(days)), days
    if settings.partial_slot_rule == "prorate":
        usual = _usual_school_days(bucket, calendar)
        if usual and len(active) < usual:
            share = wanted * len(active) / usual
            return min(wanted, int(share + 0.5)), ()
        return wanted, ()
    return min(wanted, len(active)), ()


def _usual_school_days(bucket: Bucket, calendar: SchoolCalendar) -> int:
    """School weekdays in the whole bucket, ignoring holidays and term ends (a 'regular' period)."""
    weekdays = calendar.weekdays_on(bucket.start)
    return sum(1 for d in days_between(bucket.start, bucket.end) if d.isoweekday() in weekdays)
