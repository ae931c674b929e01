"""Saving a log entry keeps the plan and matches again only that service's entries; a kept matching
brought up to date that way gives exactly what a fresh one gives, whatever the entries saved."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

import factories
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iepdesk.casefile import Case
from iepdesk.model import CaseMeta, IepVersion, Provision, SchoolYear, ServiceLogEntry, database
from iepdesk.schedule import plan_cache
from iepdesk.schedule.change_log import PLAN_TABLES
from iepdesk.schedule.ledger import build_ledger
from iepdesk.schedule.month import month_view
from iepdesk.schedule.school_calendar import SchoolCalendar

from .conftest import D, speech

YEAR = (D(2025, 8, 25), D(2026, 6, 10))
AS_OF = D(2026, 6, 30)


def figures(start: dt.date, end: dt.date, grouping: str = "week") -> dict[str, Any]:
    return asdict(build_ledger(start, end, grouping, as_of=AS_OF))


def fresh(start: dt.date, end: dt.date, grouping: str = "week") -> dict[str, Any]:
    plan_cache.forget()
    return figures(start, end, grouping)


#: One raw write per plan table: each must make the kept plan be read again.
PLAN_WRITES = {
    "iep_version": "UPDATE iep_version SET notes = notes",
    "provision": "UPDATE provision SET title = title",
    "school_year": "UPDATE school_year SET name = name",
    "non_school_day": "UPDATE non_school_day SET label = label",
    "grading_period": "INSERT INTO grading_period (name, first_day, last_day) VALUES ('Q1', '2025-08-25', "
    "'2025-10-31')",
}


def test_every_plan_table_has_its_write() -> None:
    assert set(PLAN_WRITES) == set(PLAN_TABLES)


@pytest.mark.parametrize("table", sorted(PLAN_WRITES))
def test_a_change_to_any_plan_table_reads_the_plan_again(
    case: Case, school_year: SchoolYear, annual: IepVersion, table: str
) -> None:
    speech(annual)
    kept = SchoolCalendar.load()
    assert SchoolCalendar.load() is kept  # unchanged: the very same value
    database.execute_sql(PLAN_WRITES[table])
    assert SchoolCalendar.load() is not kept


def test_saving_an_entry_a_letter_or_a_case_fact_keeps_the_plan(
    case: Case, school_year: SchoolYear, annual: IepVersion
) -> None:
    s = speech(annual)
    kept = SchoolCalendar.load()
    factories.log(s, D(2025, 9, 9), "delivered")
    CaseMeta.insert(key="elsewhere", value="x").on_conflict_replace().execute()
    database.execute_sql("INSERT INTO incident (date, what_happened) VALUES ('2025-09-09', 'x')")
    assert SchoolCalendar.load() is kept


def test_a_saved_entry_is_counted_at_once_by_a_kept_matching(
    case: Case, school_year: SchoolYear, annual: IepVersion
) -> None:
    s = speech(annual)  # 2 x 30 a week
    week = (D(2025, 9, 8), D(2025, 9, 12))
    build_ledger(*YEAR, "whole", as_of=AS_OF)  # the whole year's matching is kept from here on
    month_view(2025, 9)  # and September's own
    entry = factories.log(s, D(2025, 9, 9), "delivered")
    total = build_ledger(*week, "whole", as_of=AS_OF).totals[0].figures
    assert (total.required, total.delivered, total.not_recorded) == (60, 30, 30)
    # Changed to missed (provider absent, not excused): missed 30, not recorded 30.
    ServiceLogEntry.update(status="missed", reason="provider_absent").where(
        ServiceLogEntry.id == entry.id
    ).execute()
    total = build_ledger(*week, "whole", as_of=AS_OF).totals[0].figures
    assert (total.delivered, total.missed, total.not_recorded) == (0, 30, 30)
    # Moved to the next week: this week has nothing recorded again.
    ServiceLogEntry.update(date=D(2025, 9, 16)).where(ServiceLogEntry.id == entry.id).execute()
    total = build_ledger(*week, "whole", as_of=AS_OF).totals[0].figures
    assert (total.missed, total.not_recorded) == (0, 60)
    logged = {line.service: line.logged for line in month_view(2025, 9).week_lines[2]}  # Sep 15-21
    assert logged == {"Speech therapy": 1}
    ServiceLogEntry.delete().where(ServiceLogEntry.id == entry.id).execute()
    assert build_ledger(*YEAR, "whole", as_of=AS_OF).totals[0].figures.missed == 0


def test_an_entry_saved_then_rolled_back_is_not_counted(
    case: Case, school_year: SchoolYear, annual: IepVersion
) -> None:
    s = speech(annual)
    build_ledger(*YEAR, "whole", as_of=AS_OF)

    def saved_then_undone() -> None:
        with database.atomic():
            factories.log(s, D(2025, 9, 9), "delivered")
            raise RuntimeError("undo")

    with pytest.raises(RuntimeError):
        saved_then_undone()
    assert build_ledger(*YEAR, "whole", as_of=AS_OF).totals[0].figures.delivered == 0


#: (day offset from Mon 1 Sep 2025, service, status, minutes, source)
entry = st.tuples(
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=2),
    st.sampled_from(["delivered", "shortened", "missed", "makeup"]),
    st.one_of(st.none(), st.integers(min_value=0, max_value=45)),
    st.sampled_from([None, "parent_saw", "provider_log"]),
)
step = st.one_of(
    st.tuples(st.just("add"), entry),
    st.tuples(st.just("move"), st.integers(min_value=0, max_value=60)),
    st.tuples(st.just("miss"), st.integers(min_value=0, max_value=60)),
    st.tuples(st.just("delete"), st.integers(min_value=0, max_value=60)),
)
PERIODS = [
    (D(2025, 9, 3), D(2025, 9, 24), "week"),  # starts and ends mid-week
    (D(2025, 9, 1), D(2025, 10, 31), "month"),
    (*YEAR, "whole"),
]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, min_size=1, max_size=12))
def test_a_kept_matching_brought_up_to_date_equals_a_fresh_one(
    school_year: SchoolYear, annual: IepVersion, steps: list[tuple[str, Any]]
) -> None:
    ServiceLogEntry.delete().execute()
    services = list(Provision.select().where(Provision.version == annual.id).order_by(Provision.id)) or [
        speech(annual),
        speech(annual, title="Counseling", minutes_per_session=45, sessions_per_period=1, period="week"),
        speech(annual, title="OT consult", minutes_per_session=60, sessions_per_period=1, period="month"),
    ]
    monday = D(2025, 9, 1)
    for start, end, grouping in PERIODS:
        figures(start, end, grouping)  # kept matchings of each period, and of the whole year
    for kind, arg in steps:
        ids = [e.id for e in ServiceLogEntry.select(ServiceLogEntry.id).order_by(ServiceLogEntry.id)]
        if kind == "add":
            offset, which, status, minutes, source = arg
            factories.log(
                services[which], monday + dt.timedelta(days=offset), status, minutes=minutes, source=source
            )
        elif ids:
            target = ids[arg % len(ids)]
            q = ServiceLogEntry.id == target
            if kind == "move":
                ServiceLogEntry.update(date=monday + dt.timedelta(days=arg)).where(q).execute()
            elif kind == "miss":
                ServiceLogEntry.update(status="missed", reason="unknown").where(q).execute()
            else:
                ServiceLogEntry.delete().where(q).execute()
        kept = [figures(*p) for p in PERIODS]
        assert kept == [fresh(*p) for p in PERIODS]
        # What the month view counts per week agrees too.
        shown = [[(w.service, w.logged) for w in week] for week in month_view(2025, 9).week_lines]
        plan_cache.forget()
        assert shown == [[(w.service, w.logged) for w in week] for week in month_view(2025, 9).week_lines]


def test_a_spanish_letters_kept_matching_sees_an_entry_saved_while_the_english_window_counted(
    case: Case, school_year: SchoolYear, annual: IepVersion
) -> None:
    """Matchings are kept per language (a Spanish letter from an English window): an entry saved
    and taken in by the English one must still reach the Spanish one."""
    from iepdesk.i18n import use_language

    s = speech(annual)  # 2 x 30 a week
    week = (D(2025, 9, 8), D(2025, 9, 12))

    def delivered() -> int:
        return build_ledger(*week, "whole", as_of=AS_OF).totals[0].figures.delivered

    assert delivered() == 0
    with use_language("es"):
        assert delivered() == 0
    factories.log(s, D(2025, 9, 9), "delivered")
    assert delivered() == 30  # the English matching takes the entry in
    with use_language("es"):
        assert delivered() == 30  # and the Spanish one too
