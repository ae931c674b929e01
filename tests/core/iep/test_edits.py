"""Reversible edits: every edit can be undone exactly, ids and order included."""

from __future__ import annotations

import datetime as dt

import factories

from iepdesk.casefile import Case
from iepdesk.iep import edits, versions
from iepdesk.model import IepVersion, Provision


def titles(version: IepVersion) -> list[str]:
    return [p.title for p in versions.provisions_of(version)]


def make_version() -> IepVersion:
    v = factories.version(dt.date(2025, 9, 1), None, meeting_date=None)
    for title in ("Speech", "OT", "Extended time"):
        edits.add_provision(v.id, "service" if title != "Extended time" else "accommodation", title=title)
    return v


def test_add_appends_in_order(case: Case) -> None:
    v = make_version()
    assert titles(v) == ["Speech", "OT", "Extended time"]
    assert [p.position for p in versions.provisions_of(v)] == [0, 1, 2]


def test_update_returns_what_undo_needs(case: Case) -> None:
    v = make_version()
    speech = versions.provisions_of(v)[0]
    before = edits.update_provision(speech.id, {"minutes_per_session": 30, "location": "therapy room"})
    assert before == {"minutes_per_session": None, "location": ""}
    edits.update_provision(speech.id, before)
    again = Provision.get_by_id(speech.id)
    assert again.minutes_per_session is None
    assert again.location == ""


def test_delete_and_restore_keep_id_and_position(case: Case) -> None:
    v = make_version()
    ot = versions.provisions_of(v)[1]
    snapshot = edits.delete_provision(ot.id)
    assert titles(v) == ["Speech", "Extended time"]
    edits.restore(snapshot)
    assert titles(v) == ["Speech", "OT", "Extended time"]
    assert versions.provisions_of(v)[1].id == ot.id


def test_move_and_move_back(case: Case) -> None:
    v = make_version()
    last = versions.provisions_of(v)[2]
    old_index = edits.move_provision(last.id, 0)
    assert titles(v) == ["Extended time", "Speech", "OT"]
    edits.move_provision(last.id, old_index)
    assert titles(v) == ["Speech", "OT", "Extended time"]


def test_duplicate_lands_after_the_original(case: Case) -> None:
    v = make_version()
    speech = versions.provisions_of(v)[0]
    copy = edits.duplicate_provision(speech.id)
    assert titles(v) == ["Speech", "Speech", "OT", "Extended time"]
    assert copy.id != speech.id


def test_delete_version_and_restore_with_its_provisions(case: Case) -> None:
    v = make_version()
    ids = [p.id for p in versions.provisions_of(v)]
    snapshot = edits.delete_version(v.id)
    assert IepVersion.get_or_none(IepVersion.id == v.id) is None
    assert Provision.select().count() == 0
    edits.restore(snapshot)
    assert [p.id for p in versions.provisions_of(IepVersion.get_by_id(v.id))] == ids


def test_records_that_log_entries_or_incidents_point_at_are_kept(case: Case) -> None:
    import pytest

    from iepdesk.model import ServiceLogEntry
    from iepdesk.schedule import logbook

    v = make_version()
    speech, _ot, extra = versions.provisions_of(v)
    logbook.log_session(speech.id, dt.date(2026, 3, 3), "delivered")
    logbook.record_incident(dt.date(2026, 3, 4), [extra.id], "No extra time")
    with pytest.raises(edits.InUseError, match="1 log entry"):
        edits.delete_provision(speech.id)
    with pytest.raises(edits.InUseError, match="1 incident"):
        edits.delete_provision(extra.id)
    with pytest.raises(edits.InUseError):
        edits.delete_version(v.id)
    # The window asks the same rule before it asks to confirm, and shows its message.
    with pytest.raises(edits.InUseError, match=r"1 log entry.*give it an end date"):
        edits.check_delete_provision(speech.id)
    with pytest.raises(edits.InUseError, match="1 log entry in the service log and 1 incident refer to it"):
        edits.check_delete_version(v.id)
    edits.check_delete_provision(_ot.id)  # nothing points at it
    assert ServiceLogEntry.select().count() == 1
    assert len(versions.provisions_of(v)) == 3


def test_a_proposal_is_kept_with_the_provision_and_its_wording_stays(case: Case) -> None:
    v = make_version()
    speech = versions.provisions_of(v)[0]
    edits.update_provision(speech.id, {"iep_wording": "Speech as needed."})
    before = edits.propose_at_next_meeting(speech.id, "Speech 2 times a week, 30 minutes.")
    assert before == {"to_propose": ""}
    edits.propose_at_next_meeting(speech.id, "Speech 2 times a week, 30 minutes.")  # kept once
    edits.propose_at_next_meeting(speech.id, "  In the therapy room.  ")
    again = Provision.get_by_id(speech.id)
    assert again.iep_wording == "Speech as needed."
    assert again.to_propose == "Speech 2 times a week, 30 minutes.\n\nIn the therapy room."
    edits.update_provision(speech.id, before)  # undo
    assert Provision.get_by_id(speech.id).to_propose == ""


def test_with_proposal_adds_a_paragraph_once() -> None:
    assert edits.with_proposal("", "A.") == "A."
    assert edits.with_proposal("A.", "B.") == "A.\n\nB."
    assert edits.with_proposal("A.\n\nB.", "B.") == "A.\n\nB."
    assert edits.with_proposal("A.", "   ") == "A."
