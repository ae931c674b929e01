"""An entry keeps the wording it was first written with, and each later one (issue 18)."""

from __future__ import annotations

import datetime as dt

import factories
import pytest

from iepdesk.comms import log as comms_log
from iepdesk.errors import UsageError
from iepdesk.history import versions
from iepdesk.history.words import written_text
from iepdesk.incidents import records as incidents
from iepdesk.incidents.records import IncidentData
from iepdesk.model import RecordVersion as VersionRow
from iepdesk.model import ServiceLogEntry
from iepdesk.progress import points
from iepdesk.schedule import entry_edits

D = dt.date


def _speech() -> int:
    return int(factories.service(factories.version(D(2025, 9, 1), D(2026, 8, 31))).id)


def test_editing_a_log_entry_keeps_its_first_version_and_shows_both(case) -> None:
    entry = factories.log(_speech(), D(2025, 9, 9), "delivered", note="Seen in the therapy room.")
    first_entered = str(entry.entered_at)
    assert versions.written("log_entry", entry.id).edited_at == ""  # not edited yet
    entry_edits.update_entry(entry.id, {"status": "missed", "reason": "provider_absent", "note": "Not seen."})

    found = versions.history("log_entry", entry.id)
    assert [v.number for v in found] == [1, 2]
    first, now = found
    # The first wording, word for word, as it was saved; the current one is the record itself.
    assert (first.content["status"], first.content["note"]) == ("delivered", "Seen in the therapy room.")
    assert (now.content["status"], now.content["note"]) == ("missed", "Not seen.")
    assert first.written_at == first_entered and first.replaced_at != "" and not first.current
    assert now.current and now.written_at == first.replaced_at
    # What changed: status, reason (none -> provider absent) and the note; not the date or minutes.
    assert [c.field for c in now.changes] == ["status", "reason", "note"]
    assert (now.changes[2].old, now.changes[2].new) == ("Seen in the therapy room.", "Not seen.")
    assert now.changes[0].old == "Delivered as planned" and now.changes[1].old == "(no reason given)"
    info = versions.written("log_entry", entry.id)
    assert info.entered_at == first_entered and info.edited_at == first.replaced_at and info.versions == 2


def test_saving_the_same_wording_again_is_no_edit(case) -> None:
    entry = factories.log(_speech(), D(2025, 9, 9), "delivered", note="Seen.")
    entry_edits.update_entry(entry.id, {"note": "Seen."})
    ServiceLogEntry.update(note="Seen.").where(ServiceLogEntry.id == entry.id).execute()
    assert VersionRow.select().count() == 2  # each save is kept by the trigger...
    assert [v.number for v in versions.history("log_entry", entry.id)] == [1]  # ...and joined: no edit
    assert versions.written("log_entry", entry.id).edited_text == ""


def test_an_incident_keeps_its_wording_and_what_it_was_about(case) -> None:
    version = factories.version(D(2025, 9, 1), D(2026, 8, 31))
    extra_time = factories.accommodation(version, "Extra time on tests")
    seat = factories.accommodation(version, "Seat near the board")
    made = factories.incident(D(2025, 10, 2), [extra_time], "No extra time on the spelling test.")
    incidents.save(IncidentData(D(2025, 10, 2), [seat], "Moved to the back row."), int(made.id))
    first, now = versions.history("incident", made.id)
    assert first.content["what_happened"] == "No extra time on the spelling test."
    assert first.content["provisions"] == [int(extra_time.id)]
    assert {c.field: (c.old, c.new) for c in now.changes} == {
        "what_happened": ("No extra time on the spelling test.", "Moved to the back row."),
        "provisions": ("Extra time on tests", "Seat near the board"),
    }


def test_a_communication_is_written_now_and_ticking_its_follow_up_is_no_edit(case) -> None:
    made = factories.communication(subject="Speech sessions", body="Were any missed?")
    info = versions.written("communication", made.id)
    assert dt.datetime.fromisoformat(info.entered_at).tzinfo is not None  # written now, in UTC
    comms_log.mark_done(made.id)
    assert len(versions.history("communication", made.id)) == 1
    comms_log.update(made.id, when="2026-03-04T15:30", channel="email", direction="from_school",
                     subject="Speech sessions", body="Were two sessions missed?")  # fmt: skip
    first, now = versions.history("communication", made.id)
    assert first.content["body"] == "Were any missed?" and [c.field for c in now.changes] == ["body"]


def test_a_data_point_edited_then_removed_keeps_both_wordings(case) -> None:
    goal = factories.goal(factories.version(D(2025, 9, 1), D(2026, 8, 31)), "Articulation")
    point_id = points.save(points.PointData(int(goal.id), D(2025, 9, 15), "42"))
    points.save(points.PointData(int(goal.id), D(2025, 9, 15), "24"), point_id)  # a typo fixed
    points.delete(point_id)
    found = versions.history("data_point", point_id)
    assert [(v.content["value"], v.current, v.deleted) for v in found] == [
        ("42", False, False),
        ("24", False, True),
    ]
    with pytest.raises(UsageError):
        versions.written("data_point", point_id)


def test_a_new_entry_given_a_removed_ones_id_starts_its_own_history(case) -> None:
    speech = _speech()
    old = factories.log(speech, D(2025, 9, 9), "delivered", note="first entry")
    entry_edits.delete_entry(old.id)
    later = "2026-12-02T05:00:00+00:00"
    again = ServiceLogEntry.create(
        provision=speech, date=D(2025, 9, 11), status="missed", reason="unknown", id=old.id, entered_at=later
    )
    assert [v.content["note"] for v in versions.history("log_entry", again.id)] == [""]


def test_an_entry_from_before_the_time_was_kept_says_so(case) -> None:
    entry = factories.log(_speech(), D(2025, 9, 9))
    ServiceLogEntry.update(entered_at="").where(ServiceLogEntry.id == entry.id).execute()
    assert versions.written("log_entry", entry.id).written_text == "Written on: not recorded"
    assert written_text("") == "Written on: not recorded"


def test_a_removed_incident_keeps_what_it_was_about(case) -> None:
    version = factories.version(D(2025, 9, 1), D(2026, 8, 31))
    extra_time = factories.accommodation(version, "Extra time on tests")
    made = factories.incident(D(2025, 10, 2), [extra_time], "No extra time on the spelling test.")
    incidents.delete(int(made.id))
    (removed,) = versions.history("incident", made.id)
    assert removed.deleted and removed.content["provisions"] == [int(extra_time.id)]


def test_a_removed_communication_keeps_its_people(case) -> None:
    rivera = factories.contact("Test Teacher One")
    made = factories.communication(subject="Speech", body="Missed?", contact_ids=[rivera.id])
    comms_log.delete(made.id)
    (removed,) = versions.history("communication", made.id)
    assert removed.deleted and removed.content["people"] == [int(rivera.id)]
