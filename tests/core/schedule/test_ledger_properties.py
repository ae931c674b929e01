"""Properties of the ledger over random logs: the minutes always add up, and entry order never matters."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import factories
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from iepdesk import case_settings
from iepdesk.model import IepVersion, Provision, SchoolYear, ServiceLogEntry, database
from iepdesk.schedule.ledger import Figures, LedgerRow, build_ledger

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
    order: random.Random,
    grouping: str,
) -> None:
    ServiceLogEntry.delete().execute()
    services = list(Provision.select().where(Provision.version == annual.id)) or [
        speech(annual),
        speech(annual, title="Counseling", minutes_per_session=45, sessions_per_period=1, period="week"),
    ]

    def insert(rows: list[tuple[int, str, int | None, str | None, int]]) -> None:
        with database.atomic():  # one fsync per batch, not per row
            _insert(rows)

    def _insert(rows: list[tuple[int, str, int | None, str | None, int]]) -> None:
        for offset, status, minutes, reason, which in rows:
            factories.log(
                services[which], START + dt.timedelta(days=offset), status, minutes=minutes, reason=reason
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
    return list(Provision.select().where(Provision.version == annual.id).order_by(Provision.id)) or [
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
            factories.log(
                services[which],
                START + dt.timedelta(days=offset),
                status,
                minutes=minutes,
                reason=reason,
                source=source,
            )


#: Every figure of a row's minutes: a second, identical record of a session changes none of them.
FIGURES = (
    "required",
    "delivered",
    "excused",
    "missed",
    "made_up",
    "not_recorded",
    "minutes_unknown",
    "still_to_come",
)
SPLIT_GROUPINGS = ("whole", "week", "month")


def _sums(
    start: dt.date, end: dt.date, as_of: dt.date, grouping: str = "whole"
) -> dict[int, tuple[int, ...]]:
    """The additive figures per service, summed over the ledger's rows (one per week or month, or one
    for the whole period)."""
    ledger = build_ledger(start, end, grouping, as_of=as_of)
    sums: dict[int, tuple[int, ...]] = {}
    for row in ledger.rows:
        here = tuple(getattr(row.figures, n) for n in ADDITIVE)
        was = sums.get(row.service_id, (0,) * len(ADDITIVE))
        sums[row.service_id] = tuple(x + y for x, y in zip(was, here, strict=True))
    # The totals are those sums, whatever the grouping. A week (month) that starts after the as-of
    # date is not a row (only sessions still to come, in the totals): a service with nothing else
    # has a total of zeros and no row, so zeros are left out on both sides.
    totals = {t.service_id: tuple(getattr(t.figures, n) for n in ADDITIVE) for t in ledger.totals}
    zero = (0,) * len(ADDITIVE)
    sums = {sid: v for sid, v in sums.items() if v != zero}
    assert sums == {sid: v for sid, v in totals.items() if v != zero}
    return sums


def _figures(rows: list[LedgerRow]) -> list[tuple[object, ...]]:
    return [(r.service_id, r.label, *(getattr(r.figures, n) for n in FIGURES)) for r in rows]


def _copies_of_sole_entries(
    rows: list[tuple[int, str, int | None, str | None, int, str | None]], pick: random.Random
) -> list[tuple[int, str, int | None, str | None, int, str | None]]:
    """Every entry that is the only one of its service on its day, recorded again, identically, from
    another source (none other is used that day: the entry is alone)."""
    per_day = Counter((offset, which) for offset, _s, _m, _r, which, _src in rows)
    copies = []
    for offset, status, minutes, reason, which, source in rows:
        if per_day[(offset, which)] == 1:
            other = pick.choice([s for s in SOURCES if (s or "") != (source or "")])
            copies.append((offset, status, minutes, reason, which, other))
    return copies


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
    order: random.Random,
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
    # Splitting the period at any date leaves the minutes from the log unchanged in sum, shown as one
    # row, a row a week or a row a month (summed over the rows); nor does the grouping change them.
    split = start + dt.timedelta(days=cut % (length + 1))
    event("period split", "yes" if start < split <= end else "no")
    zero = (0,) * len(ADDITIVE)
    whole_by_grouping: dict[str, dict[int, tuple[int, ...]]] = {}
    for grouping in SPLIT_GROUPINGS:
        whole = whole_by_grouping[grouping] = _sums(start, end, day, grouping)
        if start < split <= end:
            left = _sums(start, split - dt.timedelta(days=1), day, grouping)
            right = _sums(split, end, day, grouping)
            for sid in set(left) | set(right) | set(whole):
                parts = [left.get(sid, zero), right.get(sid, zero)]
                assert tuple(x + y for x, y in zip(*parts, strict=True)) == whole.get(sid, zero), grouping
    for grouping in SPLIT_GROUPINGS:
        assert whole_by_grouping[grouping] == whole_by_grouping["whole"], grouping
    # Moving the as-of date later never lowers required, and the minutes still add up at the later date.
    before = {t.service_id: t.figures.required for t in ledger.totals}
    later_ledger = build_ledger(start, end, "week", as_of=day + dt.timedelta(days=later))
    for row in [*later_ledger.rows, *later_ledger.totals]:
        f = row.figures
        assert f.delivered + f.excused + f.missed + f.not_recorded + f.minutes_unknown == f.required
    after = {t.service_id: t.figures.required for t in later_ledger.totals}
    for sid, required in before.items():
        assert after.get(sid, 0) >= required
    # Entry order never matters, nor a second, identical record of a session from another source:
    # every entry alone on its (service, day) is recorded again, and nothing changes.
    shuffled = list(rows)
    order.shuffle(shuffled)
    copies = _copies_of_sole_entries(rows, order)
    event("sole entries copied", "none" if not copies else "1-4" if len(copies) < 5 else "5 or more")
    _fill(services, shuffled + copies)
    again = build_ledger(start, end, "week", as_of=day)
    assert _figures(again.totals) == _figures(ledger.totals)
    assert _figures(again.rows) == _figures(ledger.rows)
    assert [numbers(r.figures) for r in again.totals] == [numbers(r.figures) for r in ledger.totals]
    # An identical record is no conflict; the conflicts the log had are the same, in the same words.
    copied = {(services[w].id, START + dt.timedelta(days=o)) for o, _s, _m, _r, w, _src in copies}
    assert not [c for c in again.conflicts if (c.service_id, c.date) in copied]
    assert [(c.service_id, c.date, c.kept, c.others) for c in again.conflicts] == [
        (c.service_id, c.date, c.kept, c.others) for c in ledger.conflicts
    ]
    # Each copy dated in the period, up to the as-of date, is set aside as a second record (or its
    # original is): one of the two is among the duplicates.
    set_aside = set(
        ServiceLogEntry.select(ServiceLogEntry.provision, ServiceLogEntry.date)
        .where(ServiceLogEntry.id.in_(again.duplicate_entries))
        .tuples()
    )
    for service_id, when in copied:
        if start <= when <= min(again.end, day):
            assert (service_id, when) in set_aside


def test_a_period_starting_after_the_as_of_date_counts_nothing_logged_in_it(
    school_year: SchoolYear, annual: IepVersion
) -> None:
    """Found by the split property above (a period wholly after the as-of date, split on its last
    day), reduced by hand. Speech therapy, 2 x 30 min a week, with three entries in the week of
    April 13, 2026: Thu 16 missed for an unknown reason, Fri 17 a 20-minute make-up, Sat 18 a session
    logged as delivered (no session is owed on a Saturday: a 30-minute make-up).

    As of Feb 2, 2026 none of them has happened: a period of one of those days, as of then, counts
    0 made up, 0 missed, asks nothing; and April 6-17 plus April 18 is April 6-18 (all zero). As of
    April 18 all are known: the 16th is 30 required, 30 missed (ask the school), the 17th 20 made up,
    the 18th 30 made up."""
    service = speech(annual)
    with database.atomic():
        missed = factories.log(service, D(2026, 4, 16), "missed", reason="unknown")
        factories.log(service, D(2026, 4, 17), "makeup", minutes=20)
        factories.log(service, D(2026, 4, 18), "delivered")
    early = D(2026, 2, 2)
    for day in (D(2026, 4, 16), D(2026, 4, 17), D(2026, 4, 18)):
        ledger = build_ledger(day, day, "whole", as_of=early)
        for t in ledger.totals:
            assert (t.figures.required, t.figures.missed, t.figures.made_up) == (0, 0, 0), day
        assert ledger.ask_the_school == [], day
        assert ledger.warnings == [], day
    left = _sums(D(2026, 4, 6), D(2026, 4, 17), early)
    right = _sums(D(2026, 4, 18), D(2026, 4, 18), early)
    whole = _sums(D(2026, 4, 6), D(2026, 4, 18), early)
    zero = (0,) * len(ADDITIVE)
    assert [left.get(service.id, zero), right.get(service.id, zero), whole.get(service.id, zero)] == [
        zero
    ] * 3
    known = D(2026, 4, 18)
    (t16,) = build_ledger(D(2026, 4, 16), D(2026, 4, 16), "whole", as_of=known).totals
    assert (t16.figures.required, t16.figures.missed, t16.figures.made_up) == (30, 30, 0)
    assert build_ledger(D(2026, 4, 16), D(2026, 4, 16), "whole", as_of=known).ask_the_school == [missed.id]
    (t17,) = build_ledger(D(2026, 4, 17), D(2026, 4, 17), "whole", as_of=known).totals
    assert t17.figures.made_up == 20
    (t18,) = build_ledger(D(2026, 4, 18), D(2026, 4, 18), "whole", as_of=known).totals
    assert t18.figures.made_up == 30
