"""The ledger of minutes: required, delivered, excused, missed, made up, not recorded, and owed.

Every figure carries the log entries (or the unrecorded slots) behind it. Identity, per service and
period: delivered + excused + missed + not recorded = required (in minutes). Nothing unlogged is ever
counted as delivered or as missed. The result never depends on the order entries were made: entries
are taken in an order set by their content (date, status, minutes, …), never by when they were typed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from iepdesk import case_settings
from iepdesk.case_settings import CaseSettings
from iepdesk.model import Provision, ServiceLogEntry
from iepdesk.model.calendar import LogStatus
from iepdesk.schedule.expected import Buckets, ExpectedSlot, bucket_of, expected_slots, lineage_roots
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
    delivered_entries: list[int] = field(default_factory=list)
    excused_entries: list[int] = field(default_factory=list)
    missed_entries: list[int] = field(default_factory=list)
    made_up_entries: list[int] = field(default_factory=list)
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
        base = self.required - self.excused - self.not_recorded
        if base <= 0:
            return None
        return min(1.0, (self.delivered + self.made_up) / base)

    def add(self, other: Figures) -> None:
        for name in (
            "required",
            "delivered",
            "excused",
            "missed",
            "made_up",
            "not_recorded",
            "sessions_required",
            "sessions_not_recorded",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.delivered_entries += other.delivered_entries
        self.excused_entries += other.excused_entries
        self.missed_entries += other.missed_entries
        self.made_up_entries += other.made_up_entries
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


def build_ledger(
    start: dt.date,
    end: dt.date,
    grouping: str = "whole",
    settings: CaseSettings | None = None,
    calendar: SchoolCalendar | None = None,
) -> Ledger:
    if grouping not in GROUPINGS:
        raise ValueError(f"grouping must be one of {', '.join(GROUPINGS)}")
    if end < start:
        raise ValueError("The end date is before the start date.")
    settings = settings or case_settings.load()
    calendar = calendar or SchoolCalendar.load()
    slots = expected_slots(start, end, settings, calendar)
    roots = lineage_roots()
    names = _service_names(roots)
    excused = set(settings.excused_reasons)
    warnings: list[str] = []
    if calendar.assumed:
        warnings.append("No school year is entered, so every Monday to Friday is counted as a school day.")

    slot_index: dict[tuple[int, str], ExpectedSlot] = {}
    for slot in slots:
        slot_index[(slot.service_id, slot.bucket.key)] = slot
    # Entries of the range, plus those of slots that begin in range but run past it.
    last_day = max([end, *(s.bucket.end for s in slots)])
    first_day = min([start, *(s.bucket.start for s in slots)])
    entries: list[Any] = list(
        ServiceLogEntry.select()
        .where((ServiceLogEntry.date >= first_day) & (ServiceLogEntry.date <= last_day))
        .namedtuples()  # plain rows: a ten-year log is ~30,000 of them
    )
    # Content order, not entry order: when a period has more entries than sessions, which ones count
    # must not depend on which was typed first.
    entries.sort(key=_content_order)
    provisions = {
        p.id: p
        for p in Provision.select().where(Provision.id.in_(list({e.provision for e in entries}) or [0]))
    }

    buckets = Buckets(calendar)
    per_slot: dict[tuple[int, str], Figures] = defaultdict(Figures)
    counted: dict[tuple[int, str], int] = defaultdict(int)
    extra: list[tuple[int, dt.date, Figures]] = []  # (service, date, figures) of make-ups and extras
    unmatched: list[int] = []
    for entry in entries:
        pid: int = entry.provision  # a raw id: the rows are named tuples
        provision = provisions.get(pid)
        service_id = roots.get(pid, pid)
        if provision is None or provision.period is None:
            unmatched.append(entry.id)
            continue
        key = (service_id, buckets.get(str(provision.period), entry.date).key)
        matched = slot_index.get(key)
        planned = matched.minutes_per_session if matched else int(provision.minutes_per_session or 0)
        minutes = entry.minutes if entry.minutes is not None else planned
        is_makeup = entry.status == LogStatus.MAKEUP.value
        if not is_makeup and (matched is None or counted[key] >= matched.sessions):
            if matched is None and not (start <= entry.date <= end):
                continue
            if entry.status in (LogStatus.DELIVERED.value, LogStatus.SHORTENED.value):
                is_makeup = True  # a session beyond what the period requires counts as a make-up
            else:
                unmatched.append(entry.id)
                continue
        if is_makeup:
            if start <= entry.date <= end:
                f = Figures(made_up=max(0, minutes), made_up_entries=[entry.id])
                extra.append((service_id, entry.date, f))
            continue
        counted[key] += 1
        f = per_slot[key]
        if entry.status in (LogStatus.DELIVERED.value, LogStatus.SHORTENED.value):
            # Minutes over the plan are capped; minutes under it are missed (a delivered session
            # logged with fewer minutes is a shortened one, whatever it was called).
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

    rows_by_key: dict[tuple[int, str], tuple[dt.date, dt.date, str, Figures]] = {}

    group_memo: dict[dt.date, tuple[str, dt.date, dt.date, str]] = {}

    def bucket_for(day: dt.date) -> tuple[str, dt.date, dt.date, str]:
        found = group_memo.get(day)
        if found is None:
            found = group_memo[day] = _group_bucket(grouping, day, start, end, calendar)
        return found

    for slot in slots:
        f = per_slot.get((slot.service_id, slot.bucket.key), Figures())
        f.required += slot.minutes
        f.sessions_required += slot.sessions
        missing = slot.sessions - counted.get((slot.service_id, slot.bucket.key), 0)
        if missing > 0:
            f.not_recorded += missing * slot.minutes_per_session
            f.sessions_not_recorded += missing
            f.not_recorded_slots.append(slot.first_day)
        gkey, gstart, gend, label = bucket_for(slot.first_day)
        rows_by_key.setdefault((slot.service_id, gkey), (gstart, gend, label, Figures()))[3].add(f)
    for service_id, day, f in extra:
        gkey, gstart, gend, label = bucket_for(day)
        rows_by_key.setdefault((service_id, gkey), (gstart, gend, label, Figures()))[3].add(f)
    if unmatched:
        warnings.append(
            f"{len(unmatched)} log entr{'y' if len(unmatched) == 1 else 'ies'} fall on days with no expected "
            "session and are not counted; check their dates and services."
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
        LedgerRow(sid, names.get(sid, f"service {sid}"), start, end, "Total", fig, _below(fig, threshold))
        for sid, fig in sorted(totals_by_service.items(), key=lambda kv: names.get(kv[0], ""))
    ]
    return Ledger(start, end, grouping, rows, totals, threshold, warnings, unmatched)


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
    for p in Provision.select(Provision.id, Provision.title).order_by(Provision.id):
        names[roots.get(p.id, p.id)] = str(p.title or f"service {p.id}")
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
