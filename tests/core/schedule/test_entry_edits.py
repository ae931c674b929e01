"""One check for an entry's rules (creating and changing give the same message), and the log's
reversible edits: a delete's snapshot puts the same row back, an update returns what undoes it."""

from __future__ import annotations

import datetime as dt

import pytest

from iepdesk.errors import UsageError
from iepdesk.model import IepVersion, SchoolYear, ServiceLogEntry
from iepdesk.schedule import entries, entry_edits, logbook
from iepdesk.schedule.entry_rules import MINUTES_MESSAGE, EntryError

from .conftest import D, speech


@pytest.mark.parametrize("minutes", [0, 1440, None])
def test_minutes_at_the_limits_are_taken(annual: IepVersion, minutes: int | None) -> None:
    s = speech(annual)
    made = logbook.log_session(s.id, D(2026, 3, 3), "delivered", minutes=minutes)
    assert ServiceLogEntry.get_by_id(made.id).minutes == minutes
    other = logbook.log_session(s.id, D(2026, 3, 4), "delivered", minutes=30)
    entry_edits.update_entry(other.id, {"minutes": minutes})
    assert ServiceLogEntry.get_by_id(other.id).minutes == minutes


@pytest.mark.parametrize("minutes", [-1, 1441])
def test_minutes_past_the_limits_are_refused_with_one_message(annual: IepVersion, minutes: int) -> None:
    s = speech(annual)
    with pytest.raises(EntryError) as on_create:
        logbook.log_session(s.id, D(2026, 3, 3), "delivered", minutes=minutes)
    assert ServiceLogEntry.select().count() == 0
    kept = logbook.log_session(s.id, D(2026, 3, 4), "delivered", minutes=30)
    with pytest.raises(EntryError) as on_update:
        entry_edits.update_entry(kept.id, {"minutes": minutes})
    assert (
        str(on_create.value)
        == str(on_update.value)
        == MINUTES_MESSAGE
        == "Minutes must be between 0 and 1440."
    )
    # A UsageError (the window shows its text) and a ValueError (what log_session raised before).
    assert isinstance(on_update.value, UsageError) and isinstance(on_update.value, ValueError)
    assert ServiceLogEntry.get_by_id(kept.id).minutes == 30  # nothing written


def test_status_and_day_are_checked_the_same_way_on_create_and_update(annual: IepVersion) -> None:
    s = speech(annual)
    kept = logbook.log_session(s.id, D(2026, 3, 4), "delivered")
    for field, bad in (
        ("status", "maybe"),
        ("date", "2026-03-04"),
        ("reason", "tired"),
        ("source", "rumour"),
    ):
        create = {"day": D(2026, 3, 3), "status": "missed", "reason": None, "source": None}
        create[{"date": "day"}.get(field, field)] = bad
        with pytest.raises(EntryError) as on_create:
            logbook.log_session(s.id, **create)  # type: ignore[arg-type]
        with pytest.raises(EntryError) as on_update:
            entry_edits.update_entry(kept.id, {field: bad})
        assert str(on_create.value) == str(on_update.value), field
    assert entry_edits.snapshot(kept.id).status == "delivered"
    assert ServiceLogEntry.select().count() == 1


def test_update_returns_the_values_that_undo_it(annual: IepVersion) -> None:
    s = speech(annual)
    ot = speech(annual, title="Occupational therapy")
    kept = logbook.log_session(s.id, D(2026, 3, 3), "delivered", source="parent_saw", note="Seen")
    first = entry_edits.snapshot(kept.id)
    change = {
        "provision": ot.id,
        "date": D(2026, 3, 5),
        "status": "shortened",
        "minutes": 20,
        "source": "provider_log",
        "note": "Fire drill",
        "counting": "separate",
    }
    before = entry_edits.update_entry(kept.id, change)
    assert before == {
        "provision": s.id,
        "date": D(2026, 3, 3),
        "status": "delivered",
        "minutes": None,
        "source": "parent_saw",
        "note": "Seen",
        "counting": "",
    }
    changed = entries.entry(kept.id)
    assert changed is not None
    assert (changed.provision_id, changed.day, changed.status, changed.minutes, changed.counting) == (
        ot.id,
        D(2026, 3, 5),
        "shortened",
        20,
        "separate",
    )
    redo = entry_edits.update_entry(kept.id, before)
    assert entry_edits.snapshot(kept.id) == first
    assert redo == change


def test_update_of_a_field_that_is_no_field_is_refused(annual: IepVersion) -> None:
    kept = logbook.log_session(speech(annual).id, D(2026, 3, 3), "delivered")
    with pytest.raises(UsageError, match="entered_at"):
        entry_edits.update_entry(kept.id, {"entered_at": "now"})


def test_undo_of_a_delete_restores_the_same_id_and_values(annual: IepVersion) -> None:
    s = speech(annual)
    logbook.log_session(s.id, D(2026, 3, 2), "delivered")
    kept = logbook.log_session(s.id, D(2026, 3, 3), "missed", reason="provider_absent", note="Sub")
    logbook.set_counting(kept.id, "preferred")
    logbook.log_session(s.id, D(2026, 3, 4), "delivered")
    before = entries.entry(kept.id)
    snapshot = entry_edits.delete_entry(kept.id)
    assert entries.entry(kept.id) is None
    entry_edits.restore(snapshot)
    assert entries.entry(kept.id) == before
    assert entry_edits.snapshot(kept.id) == snapshot
    assert snapshot.entered_at != "" and snapshot.counting == "preferred"
    with pytest.raises(UsageError):
        entry_edits.delete_entry(kept.id + 100)


def test_made_entries_undo_and_redo(school_year: SchoolYear, annual: IepVersion) -> None:
    s = speech(annual, days_of_week="2,4")
    ot = speech(annual, title="Occupational therapy")
    made = entry_edits.log_entries([s.id, ot.id], D(2026, 3, 3), "delivered", counting="separate")
    assert [(m.provision_id, m.counting) for m in made] == [(s.id, "separate"), (ot.id, "separate")]
    with pytest.raises(EntryError):  # nothing made when the way of counting is unknown
        entry_edits.log_entries([s.id], D(2026, 3, 3), "delivered", counting="both")
    entry_edits.delete_entries(made)
    assert ServiceLogEntry.select().count() == 0
    entry_edits.restore_all(made)
    assert [entry_edits.snapshot(m.id) for m in made] == made


def test_mark_week_and_a_provider_log_return_what_undo_needs(
    school_year: SchoolYear, annual: IepVersion
) -> None:
    s = speech(annual, days_of_week="2,4")
    week = entry_edits.mark_week(D(2026, 3, 4), {s.id: {D(2026, 3, 5)}})
    assert [(m.day, m.status) for m in week] == [(D(2026, 3, 3), "delivered"), (D(2026, 3, 5), "missed")]
    lines = logbook.parse_provider_log("3/10 seen 30\nnothing here\n3/12 absent", 2026)
    saved = entry_edits.save_provider_log(s.id, lines)
    assert [(m.day, m.status, m.source) for m in saved] == [
        (D(2026, 3, 10), "delivered", "provider_log"),
        (D(2026, 3, 12), "missed", "provider_log"),
    ]
    entry_edits.delete_entries([*week, *saved])
    assert ServiceLogEntry.select().count() == 0
    entry_edits.restore_all([*week, *saved])
    assert [r.id for r in entries.entries_between(D(2026, 3, 1), D(2026, 3, 31))] == [
        m.id for m in [*week, *saved]
    ]


def test_a_session_day_must_be_a_date(annual: IepVersion) -> None:
    with pytest.raises(EntryError, match="day"):
        logbook.log_session(speech(annual).id, dt.datetime(2026, 3, 3, 9), "delivered")
