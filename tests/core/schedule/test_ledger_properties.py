"""Properties of the ledger over random logs: the minutes always add up, and entry order never matters."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iepdesk.model import IepVersion, SchoolYear, ServiceLogEntry, database
from iepdesk.schedule.ledger import Figures, build_ledger

from .conftest import D, speech

START, END = D(2026, 2, 2), D(2026, 4, 30)
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
    first = build_ledger(START, END, grouping)
    for row in [*first.rows, *first.totals]:
        f = row.figures
        assert f.delivered + f.excused + f.missed + f.not_recorded == f.required
        assert min(numbers(f)) >= 0
        assert f.owed == max(0, f.missed - f.made_up)

    ServiceLogEntry.delete().execute()
    shuffled = list(entries)
    order.shuffle(shuffled)
    insert(shuffled)
    second = build_ledger(START, END, grouping)
    assert [numbers(r.figures) for r in second.rows] == [numbers(r.figures) for r in first.rows]
    assert [numbers(r.figures) for r in second.totals] == [numbers(r.figures) for r in first.totals]
    assert len(second.unmatched_entries) == len(first.unmatched_entries)
