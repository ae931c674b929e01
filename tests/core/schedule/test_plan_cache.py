"""The plan the ledger keeps between calls is never stale: a change made by this connection, by
another one, or undone by a rollback is seen by the very next figure."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import factories

from iepdesk.casefile import Case
from iepdesk.model import IepVersion, Provision, SchoolYear, database
from iepdesk.schedule.ledger import build_ledger
from iepdesk.schedule.month import month_view

from .conftest import D, speech

#: Mon 8 to Fri 12 September 2025: one whole school week.
WEEK = (D(2025, 9, 8), D(2025, 9, 12))


def required() -> int:
    return sum(t.figures.required for t in build_ledger(*WEEK, as_of=WEEK[1]).totals)


def test_a_change_by_this_connection_is_seen(case: Case, school_year: SchoolYear, annual: IepVersion) -> None:
    service = speech(annual)
    assert required() == 2 * 30
    service.minutes_per_session = 45
    service.save()
    assert required() == 2 * 45
    factories.provision(annual, "service", "OT", minutes_per_session=20, sessions_per_period=1, period="week")
    assert required() == 2 * 45 + 20


def test_a_change_undone_by_a_rollback_is_not_kept(
    case: Case, school_year: SchoolYear, annual: IepVersion
) -> None:
    service = speech(annual)
    assert required() == 60
    try:
        with database.atomic():
            Provision.update(minutes_per_session=45).where(Provision.id == service.id).execute()
            assert required() == 90  # inside the transaction: the change is seen, and not kept
            raise RuntimeError("undo")
    except RuntimeError:
        pass
    assert required() == 60


def test_a_change_by_another_connection_is_seen(
    case: Case, school_year: SchoolYear, annual: IepVersion
) -> None:
    service = speech(annual)
    assert required() == 60

    def elsewhere() -> None:  # peewee gives each thread a connection of its own
        Provision.update(minutes_per_session=45).where(Provision.id == service.id).execute()
        database.close()

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    assert required() == 90


def test_the_calendar_and_titles_follow_a_change(
    case: Case, school_year: SchoolYear, annual: IepVersion
) -> None:
    speech(annual)
    before = month_view(2025, 9)
    assert [c.school_day for c in before.weeks[1]][:5] == [True] * 5
    school_year.first_day = D(2025, 9, 10)
    school_year.save()
    Provision.update(title="Speech and language").execute()
    after = month_view(2025, 9)
    assert [c.school_day for c in after.weeks[1]][:5] == [False, False, True, True, True]
    assert {line.service for week in after.week_lines for line in week} == {"Speech and language"}
    # The week of 8 September now has three school days: 2 sessions still fit (min-days rule).
    assert required() == 60


def test_another_case_opened_after_this_one_is_its_own(tmp_path: Path) -> None:
    figures = []
    for name, minutes in (("one", 30), ("two", 50)):
        opened = factories.new_case(tmp_path / f"{name}.iepcase", "Child")
        with opened:
            factories.school_year("2025-26", D(2025, 8, 25), D(2026, 6, 10))
            version = factories.version(D(2025, 9, 1), None, meeting_date=None)
            speech(version, minutes_per_session=minutes)
            figures.append(required())
    assert figures == [60, 100]


def test_a_kept_matching_gives_what_a_fresh_one_gives(
    case: Case, school_year: SchoolYear, annual: IepVersion
) -> None:
    """Match once, slice later: any period and as-of date sliced from the school year's kept matching
    equals the same ledger counted afresh (counted afresh: plan_cache.forget)."""
    from dataclasses import asdict

    from iepdesk.schedule import logbook, plan_cache

    s = speech(annual)
    ot = speech(annual, title="OT", minutes_per_session=60, sessions_per_period=1, period="month")
    logbook.log_session(s.id, D(2025, 9, 9), "delivered")
    logbook.log_session(s.id, D(2025, 9, 11), "missed", reason="unknown")
    logbook.log_session(s.id, D(2025, 9, 12), "makeup", minutes=30)
    logbook.log_session(s.id, D(2025, 9, 16), "shortened")
    logbook.log_session(s.id, D(2025, 9, 16), "delivered", source="provider_log")
    logbook.log_session(s.id, D(2025, 9, 17), "delivered", source="parent_saw")
    logbook.log_session(s.id, D(2025, 9, 17), "missed", reason="provider_absent", source="provider_log")
    logbook.log_session(s.id, D(2025, 9, 20), "missed", reason="school_closed")  # a Saturday
    logbook.log_session(ot.id, D(2025, 9, 30), "delivered")
    logbook.log_session(s.id, D(2025, 10, 2), "delivered")
    asks = [
        (D(2025, 9, 10), D(2025, 9, 18), D(2025, 9, 12), "week"),
        (D(2025, 9, 1), D(2025, 10, 31), D(2025, 9, 16), "month"),
        (D(2025, 9, 17), D(2025, 9, 17), D(2025, 9, 17), "whole"),
        (D(2025, 9, 12), D(2025, 10, 3), D(2025, 9, 1), "week"),  # as of before the period
        (D(2025, 9, 29), D(2025, 10, 5), D(2025, 10, 1), "whole"),
    ]

    def fresh(start: dt.date, end: dt.date, as_of: dt.date, grouping: str) -> dict[str, Any]:
        plan_cache.forget()
        return asdict(build_ledger(start, end, grouping, as_of=as_of))

    expected = [fresh(*a) for a in asks]
    build_ledger(D(2025, 8, 25), D(2026, 6, 10), "whole", as_of=D(2026, 6, 10))  # kept from here on
    assert [asdict(build_ledger(st, en, g, as_of=ao)) for st, en, ao, g in asks] == expected
    # As of Sep 1, before the period (Sep 12 on): nothing logged is known yet, not even the make-up
    # of Fri Sep 12; all of it is still to come.
    early = expected[3]["totals"]
    assert [(t["figures"]["delivered"], t["figures"]["made_up"], t["figures"]["missed"]) for t in early] == [
        (0, 0, 0)
    ] * len(early)
    # The hand-worked week of Sep 15 as of Sep 16: Tue 16 logged twice, the provider's log (delivered)
    # counts: delivered 30; Wed 17 is after the as-of date: nothing of it is counted yet.
    week = build_ledger(D(2025, 9, 15), D(2025, 9, 19), "whole", as_of=D(2025, 9, 16)).totals
    speech_total = next(t for t in week if t.service_id == s.id).figures
    assert (speech_total.required, speech_total.delivered, speech_total.still_to_come) == (30, 30, 30)
