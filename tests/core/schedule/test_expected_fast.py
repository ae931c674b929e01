"""The fast expected-slot scan (school days sliced by bisect, only the weeks and months the period
touches) gives exactly the slots of the former day-by-day scan, kept here as the reference."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import factories
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iepdesk.case_settings import CaseSettings
from iepdesk.casefile import Case
from iepdesk.model import GradingPeriod, IepVersion, NonSchoolDay, Provision, SchoolYear, database
from iepdesk.model.iep import ProvisionKind, VersionStatus
from iepdesk.schedule.expected import (
    Bucket,
    Buckets,
    ExpectedSlot,
    _sessions,
    expected_slots,
    lineage_roots,
)
from iepdesk.schedule.school_calendar import SchoolCalendar, Term, days_between

from .conftest import D

BASE = D(2025, 8, 1)


def reference_slots(
    start: dt.date, end: dt.date, case: CaseSettings, calendar: SchoolCalendar, touching: bool
) -> list[ExpectedSlot]:
    """expected_slots as it was: every day of a year each side, each service tested per day."""
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
    days_by_slot: dict[tuple[int, str, str], list[tuple[dt.date, Provision]]] = defaultdict(list)
    buckets: dict[tuple[int, str, str], Bucket] = {}
    memo = Buckets(calendar)
    spans = [(v.effective_from, v.effective_to or dt.date.max, v.id) for v in versions if v.effective_from]
    for day in days_between(start - dt.timedelta(days=366), end + dt.timedelta(days=366)):
        if not calendar.is_school_day(day):
            continue
        covering = [(f, i) for f, t, i in spans if f <= day <= t]
        if not covering:
            continue
        for p in services.get(max(covering)[1], ()):
            if (p.start_date or dt.date.min) <= day <= (p.end_date or dt.date.max):
                bucket = memo.get(str(p.period), day)
                key = (roots.get(p.id, p.id), str(p.period), bucket.key)
                days_by_slot[key].append((day, p))
                buckets[key] = bucket
    slots = []
    for key, entries in days_by_slot.items():
        first_day = entries[0][0]
        if not (start <= first_day <= end or (touching and first_day < start <= entries[-1][0])):
            continue
        governing = entries[0][1] if case.version_change_rule == "first_day" else entries[-1][1]
        active = tuple(d for d, _ in entries)
        sessions, session_days = _sessions(governing, active, buckets[key], calendar, case)
        slots.append(
            ExpectedSlot(
                key[0],
                governing.id,
                key[1],
                buckets[key],
                first_day,
                active,
                sessions,
                int(governing.minutes_per_session or 0),
                session_days,
            )
        )
    slots.sort(key=lambda s: (s.first_day, s.service_id))
    return slots


offset = st.integers(min_value=0, max_value=320)
service = st.tuples(
    st.sampled_from(["day", "week", "week", "month", "grading_period", "year"]),
    st.integers(min_value=1, max_value=4),  # sessions per period
    st.sampled_from(["", "", "2,4", "1,3,5", "6"]),  # fixed weekdays
    st.one_of(st.none(), st.none(), offset),  # start date
    st.one_of(st.none(), st.none(), offset),  # end date
    st.integers(min_value=0, max_value=3),  # copied from the n-th earlier service (0: none)
)
version = st.tuples(offset, st.one_of(st.none(), st.integers(min_value=20, max_value=400)))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    versions=st.lists(st.tuples(version, st.lists(service, min_size=1, max_size=3)), min_size=1, max_size=3),
    breaks=st.lists(st.tuples(offset, st.integers(min_value=0, max_value=9)), max_size=3),
    grading=st.booleans(),
    second_year=st.booleans(),
    window=st.tuples(offset, st.integers(min_value=0, max_value=200)),
    rules=st.tuples(st.sampled_from(["min_days", "prorate"]), st.sampled_from(["first_day", "newer"])),
    touching=st.booleans(),
)
def test_fast_scan_gives_the_reference_slots(
    case: Case,
    versions: list[tuple[tuple[int, int | None], list[tuple[str, int, str, int | None, int | None, int]]]],
    breaks: list[tuple[int, int]],
    grading: bool,
    second_year: bool,
    window: tuple[int, int],
    rules: tuple[str, str],
    touching: bool,
) -> None:
    with database.atomic():
        for model in (Provision, IepVersion, NonSchoolDay, GradingPeriod, SchoolYear):
            model.delete().execute()
        factories.school_year("2025-26", D(2025, 8, 25), D(2026, 6, 10))
        if second_year:
            factories.school_year("2026-27", D(2026, 8, 24), D(2027, 6, 9))
        for off_day, off_days in breaks:
            day = BASE + dt.timedelta(days=off_day)
            factories.non_school_day(day, day + dt.timedelta(days=off_days), kind="break", label="")
        if grading:
            GradingPeriod.create(name="Q1", first_day=D(2025, 8, 25), last_day=D(2025, 10, 31))
            GradingPeriod.create(name="Q2", first_day=D(2025, 11, 3), last_day=D(2026, 1, 23))
        made: list[Provision] = []
        for (begin, length), provisions in versions:
            v = factories.version(
                BASE + dt.timedelta(days=begin),
                None if length is None else BASE + dt.timedelta(days=begin + length),
                meeting_date=None,
            )
            for period, sessions, weekdays, first, last, link in provisions:
                made.append(
                    factories.provision(
                        v,
                        "service",
                        f"Service {len(made)}",
                        minutes_per_session=30,
                        sessions_per_period=sessions,
                        period=period,
                        days_of_week=weekdays,
                        start_date=None if first is None else BASE + dt.timedelta(days=first),
                        end_date=None if last is None else BASE + dt.timedelta(days=last),
                        copied_from=made[-link].id if 0 < link <= len(made) else None,
                    )
                )
    calendar = SchoolCalendar.load()
    chosen = CaseSettings(partial_slot_rule=rules[0], version_change_rule=rules[1])
    start = BASE + dt.timedelta(days=window[0])
    end = start + dt.timedelta(days=window[1])
    assert expected_slots(start, end, chosen, calendar, touching) == reference_slots(
        start, end, chosen, calendar, touching
    )


def test_school_days_are_the_days_is_school_day_accepts() -> None:
    calendar = SchoolCalendar(
        terms=[],
        days_off={D(2026, 3, 17): "break"},
    )
    start, end = D(2026, 3, 1), D(2026, 4, 15)
    expected = [d for d in days_between(start, end) if calendar.is_school_day(d)]
    assert calendar.school_days(start, end) == expected
    # Terms that overlap, out of order, with their own weekdays: a day belongs to the first listed.
    calendar.terms = [
        Term("B", D(2026, 3, 20), D(2026, 4, 30), frozenset({1, 3})),
        Term("A", D(2026, 2, 1), D(2026, 3, 31), frozenset({2, 4, 5, 6})),
    ]
    expected = [d for d in days_between(start, end) if calendar.is_school_day(d)]
    assert calendar.school_days(start, end) == expected
