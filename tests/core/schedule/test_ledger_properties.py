"""Properties of the ledger over random logs: the minutes always add up, and entry order never matters."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iepdesk import case_settings
from iepdesk.model import IepVersion, Provision, SchoolYear, ServiceLogEntry, database
from iepdesk.schedule.ledger import Figures, build_ledger

from .conftest import D, speech

START, END = D(2026, 2, 2), D(2026, 4, 30)
AS_OF = D(2026, 12, 1)  # after the range: nothing is still to come
STATUSES = ["delivered", "shortened", "missed", "makeup"]
REASONS = [None, "provider_absent", "student_absent", "student_refused", "testing", "unknown"]

entry = st.tuples(
    st.integers(min_value=0, max_value=(END - START).days + 6),  # a few days past the range, too
    st.sampled_from(STATUSES),
    st.one_of(st.none(), st.integers(min_value=0, max_value=60)),
    st.sampled_from(REASONS),
    st.integers(min_value=0, max_value=1),  # which service
)
NUMBERS = ("required", "delivered", "excused", "missed", "made_up", "not_recorded", "sessions_required")


def numbers(f: Figures) -> tuple[int, ...]:
    return tuple(getattr(f, n) for n in NUMBERS)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    entries=st.lists(entry, max_size=40),
    order=st.randoms(use_true_random=False),
    grouping=st.sampled_from(["week", "month", "whole"]),
)
def test_minutes_add_up_and_order_never_matters(
    school_year: SchoolYear,
    annual: IepVersion,
    entries: list[tuple[int, str, int | None, str | None, int]],
    order,
    grouping: str,  # type: ignore[no-untyped-def]
) -> None:
    ServiceLogEntry.delete().execute()
    services = list(annual.provisions) or [
        speech(annual),
        speech(annual, title="Counseling", minutes_per_session=45, sessions_per_period=1, period="week"),
    ]

    def insert(rows: list[tuple[int, str, int | None, str | None, int]]) -> None:
        with database.atomic():  # one fsync per batch, not per row
            _insert(rows)

    def _insert(rows: list[tuple[int, str, int | None, str | None, int]]) -> None:
        for offset, status, minutes, reason, which in rows:
            ServiceLogEntry.create(
                provision=services[which],
                date=START + dt.timedelta(days=offset),
                status=status,
                minutes=minutes,
                reason=reason,
            )

    insert(entries)
    first = build_ledger(START, END, grouping, as_of=AS_OF)
    for row in [*first.rows, *first.totals]:
        f = row.figures
        # A session cut short with no minutes given is its own state (minutes unknown).
        assert f.delivered + f.excused + f.missed + f.not_recorded + f.minutes_unknown == f.required
        assert min(numbers(f)) >= 0
        assert f.owed == max(0, f.missed - f.made_up)

    ServiceLogEntry.delete().execute()
    shuffled = list(entries)
    order.shuffle(shuffled)
    insert(shuffled)
    second = build_ledger(START, END, grouping, as_of=AS_OF)
    assert [numbers(r.figures) for r in second.rows] == [numbers(r.figures) for r in first.rows]
    assert [numbers(r.figures) for r in second.totals] == [numbers(r.figures) for r in first.totals]
    assert len(second.unmatched_entries) == len(first.unmatched_entries)


SOURCES = [None, "parent_saw", "child_reported", "provider_log", "school_record"]
SPAN = (END - START).days
ADDITIVE = ("delivered", "excused", "missed", "made_up", "minutes_unknown")
sourced_entry = st.tuples(
    st.integers(min_value=0, max_value=SPAN),
    st.sampled_from(STATUSES),
    st.one_of(st.none(), st.integers(min_value=0, max_value=60)),
    st.sampled_from(REASONS),
    st.integers(min_value=0, max_value=2),  # which service
    st.sampled_from(SOURCES),
)


def _services(annual: IepVersion) -> list[Provision]:
    return list(annual.provisions.order_by(Provision.id)) or [
        speech(annual),  # 2 x 30 a week, no fixed days
        speech(annual, title="Counseling", minutes_per_session=45, days_of_week="2,4"),  # Tue/Thu
        speech(
            annual, title="OT consultation", minutes_per_session=60, sessions_per_period=1, period="month"
        ),
    ]


def _fill(
    services: list[Provision], rows: list[tuple[int, str, int | None, str | None, int, str | None]]
) -> None:
    ServiceLogEntry.delete().execute()
    with database.atomic():
        for offset, status, minutes, reason, which, source in rows:
            ServiceLogEntry.create(
                provision=services[which],
                date=START + dt.timedelta(days=offset),
                status=status,
                minutes=minutes,
                reason=reason,
                source=source,
            )


def _sums(start: dt.date, end: dt.date, as_of: dt.date) -> dict[int, tuple[int, ...]]:
    ledger = build_ledger(start, end, "whole", as_of=as_of)
    return {t.service_id: tuple(getattr(t.figures, n) for n in ADDITIVE) for t in ledger.totals}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(sourced_entry, max_size=30),
    a=st.integers(min_value=0, max_value=SPAN),
    length=st.integers(min_value=0, max_value=SPAN),
    cut=st.integers(min_value=0, max_value=SPAN),
    as_of=st.integers(min_value=0, max_value=SPAN + 10),
    later=st.integers(min_value=0, max_value=20),
    order=st.randoms(use_true_random=False),
    rule=st.sampled_from(["min_days", "prorate"]),
)
def test_any_period_at_any_as_of_date(
    school_year: SchoolYear,
    annual: IepVersion,
    rows: list[tuple[int, str, int | None, str | None, int, str | None]],
    a: int,
    length: int,
    cut: int,
    as_of: int,
    later: int,
    order,  # type: ignore[no-untyped-def]
    rule: str,
) -> None:
    counting = case_settings.load()
    counting.partial_slot_rule = rule  # how a week cut by the period's edge is counted
    case_settings.save(counting)
    services = _services(annual)
    _fill(services, rows)
    start = START + dt.timedelta(days=a)
    end = min(END, start + dt.timedelta(days=length))
    day = START + dt.timedelta(days=as_of)
    ledger = build_ledger(start, end, "week", as_of=day)
    # The identity, at every period and as-of date (still to come is apart from required).
    for row in [*ledger.rows, *ledger.totals]:
        f = row.figures
        assert f.delivered + f.excused + f.missed + f.not_recorded + f.minutes_unknown == f.required
        assert min(f.required, f.not_recorded, f.still_to_come, f.minutes_unknown) >= 0
    # Splitting the period at any date leaves the minutes from the log unchanged in sum.
    split = start + dt.timedelta(days=cut % (length + 1))
    if start < split <= end:
        left = _sums(start, split - dt.timedelta(days=1), day)
        right = _sums(split, end, day)
        whole = _sums(start, end, day)
        for sid in set(left) | set(right) | set(whole):
            parts = [left.get(sid, (0,) * len(ADDITIVE)), right.get(sid, (0,) * len(ADDITIVE))]
            assert tuple(x + y for x, y in zip(*parts, strict=True)) == whole.get(sid, (0,) * len(ADDITIVE))
    # Moving the as-of date later never lowers required.
    before = {t.service_id: t.figures.required for t in ledger.totals}
    after = {
        t.service_id: t.figures.required
        for t in build_ledger(start, end, "week", as_of=day + dt.timedelta(days=later)).totals
    }
    for sid, required in before.items():
        assert after.get(sid, 0) >= required
    # Entry order never matters, nor a second, identical record of a session from another source.
    shuffled = list(rows)
    order.shuffle(shuffled)
    copies: list[tuple[int, str, int | None, str | None, int, str | None]] = [
        (o, s, m, r, w, "school_record" if src != "school_record" else "parent_saw")
        for o, s, m, r, w, src in rows[:1]
    ]
    _fill(services, shuffled + copies)
    again = build_ledger(start, end, "week", as_of=day)
    if not copies or all(
        ServiceLogEntry.select()
        .where(
            (ServiceLogEntry.date == START + dt.timedelta(days=c[0]))
            & (ServiceLogEntry.provision == services[c[4]])
        )
        .count()
        == 2
        for c in copies
    ):
        assert [numbers(r.figures) for r in again.totals] == [numbers(r.figures) for r in ledger.totals]
