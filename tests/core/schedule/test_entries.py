"""Reading the service log as frozen rows (iepdesk.schedule.entries)."""

from __future__ import annotations

import dataclasses

import pytest

from iepdesk.model import IepVersion, ServiceLogEntry
from iepdesk.schedule import entries, logbook

from .conftest import D, speech


def test_entries_between_takes_both_ends_and_nothing_outside(annual: IepVersion) -> None:
    s = speech(annual)
    for day in (D(2026, 3, 1), D(2026, 3, 2), D(2026, 3, 4), D(2026, 3, 6), D(2026, 3, 7)):
        logbook.log_session(s.id, day, "delivered")
    got = entries.entries_between(D(2026, 3, 2), D(2026, 3, 6))
    # March 1 (the day before) and March 7 (the day after) are left out; both ends are in.
    assert [r.day for r in got] == [D(2026, 3, 2), D(2026, 3, 4), D(2026, 3, 6)]
    assert entries.entries_between(D(2026, 3, 3), D(2026, 3, 3)) == []
    assert entries.entries_between(D(2026, 3, 6), D(2026, 3, 2)) == []


def test_entries_between_orders_by_day_then_id(annual: IepVersion) -> None:
    s = speech(annual)
    ot = speech(annual, title="Occupational therapy")
    late = logbook.log_session(s.id, D(2026, 3, 5), "delivered")
    first = logbook.log_session(ot.id, D(2026, 3, 3), "missed", reason="provider_absent")
    second = logbook.log_session(s.id, D(2026, 3, 3), "shortened", minutes=20, note="Fire drill")
    got = entries.entries_between(D(2026, 3, 1), D(2026, 3, 31))
    assert [r.id for r in got] == [first.id, second.id, late.id]
    # The same question asked again gives the same order.
    assert entries.entries_between(D(2026, 3, 1), D(2026, 3, 31)) == got
    row = got[1]
    assert row == entries.EntryRow(
        id=second.id,
        day=D(2026, 3, 3),
        provision_id=s.id,
        service="Speech therapy",
        status="shortened",
        minutes=20,
        reason=None,
        source=None,
        note="Fire drill",
        counting="",
    )
    assert got[0].service == "Occupational therapy" and got[0].reason == "provider_absent"
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.minutes = 30  # type: ignore[misc]
    assert not any(isinstance(v, ServiceLogEntry) for v in dataclasses.astuple(row))


def test_entries_on_and_by_id(annual: IepVersion) -> None:
    s = speech(annual)
    a = logbook.log_session(s.id, D(2026, 3, 3), "delivered")
    b = logbook.log_session(s.id, D(2026, 3, 3), "delivered", source="provider_log")
    c = logbook.log_session(s.id, D(2026, 3, 2), "delivered")
    assert [r.id for r in entries.entries_on(D(2026, 3, 3))] == [a.id, b.id]
    assert [r.id for r in entries.entries_by_id([b.id, c.id, b.id])] == [c.id, b.id]
    assert entries.entries_by_id([]) == []
    found = entries.entry(a.id)
    assert found is not None and found.day == D(2026, 3, 3)
    assert entries.entry(c.id + 100) is None
