"""Editing, deleting and reading communications through the core (issue 14: one home for the rules)."""

from __future__ import annotations

import datetime as dt

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.comms import log
from iepdesk.model import Contact
from iepdesk.schedule import logbook
from iepdesk.vault import library


def test_update_changes_fields_people_and_links(case: Case) -> None:
    dana = Contact.create(name="Dana Whitfield", role="Case manager", position=1)
    rivera = Contact.create(name="Ms. Rivera", role="SLP", position=0)
    version = factories.version(dt.date(2025, 9, 1), None, meeting_date=None)
    speech = factories.provision(version, "service", "Speech therapy")
    incident = logbook.record_incident(dt.date(2026, 3, 3), [speech.id], "No speech session")
    saved = log.record(
        when="2026-03-04T15:30",
        channel="phone",
        subject="  Missed speech  ",
        contact_ids=[dana.id],
        links=[("incident", incident.id)],
    )
    assert saved == log.entry(saved.id)
    assert (saved.subject, saved.contact_ids, saved.links) == (
        "Missed speech",
        (dana.id,),
        (("incident", incident.id),),
    )

    changed = log.update(
        saved.id,
        when="2026-03-05T09:00",
        channel="email",
        direction="to_school",
        subject="Missed speech again",
        contact_ids=[dana.id, rivera.id, dana.id],
        follow_up=dt.date(2026, 3, 12),
        links=[("provision", speech.id)],
    )
    assert changed.when == "2026-03-05T09:00" and changed.direction == "to_school"
    assert changed.contact_ids == (rivera.id, dana.id)  # the team's order, once each
    assert changed.links == (("provision", speech.id),)
    assert library.linked("incident", incident.id) == []
    [row] = log.rows()
    assert row.people == "Dana Whitfield, Ms. Rivera"  # in the order they were chosen
    assert [r.id for r in log.follow_ups_due(dt.date(2026, 3, 12))] == [saved.id]
    log.mark_done(saved.id)
    assert log.follow_ups_due(dt.date(2026, 3, 12)) == [] and log.entry(saved.id).follow_up_done

    log.delete(saved.id)
    assert log.rows() == [] and library.linked("provision", speech.id) == []


def test_the_rules_are_the_same_for_a_new_and_an_edited_entry(case: Case) -> None:
    saved = log.record(when="2026-03-04", channel="phone", body="Called the office")
    for call in (log.record, lambda **kw: log.update(saved.id, **kw)):
        with pytest.raises(log.NothingSaidError):
            call(when="2026-03-04", channel="phone", direction="to_school", subject=" ", body="")
        with pytest.raises(ValueError, match="fax"):
            call(when="2026-03-04", channel="fax", direction="to_school", subject="x")
        with pytest.raises(ValueError, match="not a date"):
            call(when="last Tuesday", channel="phone", direction="to_school", subject="x")
    assert log.entry(saved.id).body == "Called the office"


def test_message_facts_take_the_provision_an_incident_is_about(case: Case) -> None:
    dana = factories.contact("Dana Whitfield", "Case manager")
    version = factories.version(None, None, meeting_date=dt.date(2025, 8, 20))
    speech = factories.provision(
        version,
        "service",
        "Speech therapy",
        iep_wording="Speech, 30 minutes twice a week.",
        minutes_per_session=30,
        sessions_per_period=2,
        period="week",
        location="speech room",
    )
    incident = logbook.record_incident(dt.date(2026, 3, 3), [speech.id], "No speech session")
    found = log.message_facts([("incident", incident.id)], [dana.id])
    assert found.recipient == "Dana Whitfield" and found.child == "Jacob Smith"
    assert found.incident == log.LinkedIncident(dt.date(2026, 3, 3), "No speech session")
    assert found.provision is not None
    assert (found.provision.title, found.provision.location) == ("Speech therapy", "speech room")
    assert found.provision.iep_date == dt.date(2025, 8, 20) and found.provision.amount
    assert log.message_facts([]).provision is None
