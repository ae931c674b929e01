"""Incidents in the core: the one check (the same from recording and changing), find's filters, the
choices of a day, and delete then restore (same id, same links)."""

from __future__ import annotations

import pytest

from iepdesk import incidents
from iepdesk.casefile import Case
from iepdesk.errors import UsageError
from iepdesk.incidents import IncidentData, IncidentError
from iepdesk.model import Contact, Incident, IncidentProvision
from iepdesk.schedule import logbook

from .conftest import D, provision, version

SAY = "Say in a few words what happened."


@pytest.mark.parametrize("what", ["", "   ", "\n\t "])
def test_an_incident_needs_words_saying_what_happened_the_same_when_recorded_or_changed(
    case: Case, what: str
) -> None:
    with pytest.raises(IncidentError) as new:
        incidents.save(IncidentData(D(2026, 3, 3), [], what))
    kept = incidents.save(IncidentData(D(2026, 3, 3), [], "No extended time"))
    with pytest.raises(IncidentError) as changed:
        incidents.save(IncidentData(D(2026, 3, 4), [], what), kept)
    with pytest.raises(ValueError, match="what happened") as old_name:  # the old name: the same check
        logbook.record_incident(D(2026, 3, 3), [], what)
    assert str(new.value) == str(changed.value) == str(old_name.value) == SAY
    assert isinstance(new.value, UsageError)
    assert new.value.code == changed.value.code == incidents.NO_WHAT_HAPPENED
    assert [(r.id, r.day, r.what_happened) for r in incidents.find()] == [
        (kept, D(2026, 3, 3), "No extended time")
    ]


def test_one_visible_character_is_enough_and_the_text_is_stored_trimmed(case: Case) -> None:
    assert incidents.problem(IncidentData(D(2026, 3, 3), [], " x ")) is None
    assert incidents.problem(IncidentData(D(2026, 3, 3), [], " ")) == incidents.NO_WHAT_HAPPENED
    new = incidents.save(IncidentData(D(2026, 3, 3), [], " x ", " Ms. Lee ", " no ", " photo "))
    (row,) = incidents.on_day(D(2026, 3, 3))
    assert (row.id, row.what_happened, row.reported_by, row.child_words, row.evidence) == (
        new,
        "x",
        "Ms. Lee",
        "no",
        "photo",
    )


def test_changing_an_incident_replaces_its_links_once_each(case: Case) -> None:
    annual = version(D(2025, 9, 1), D(2026, 8, 31))
    extra = provision(annual, "accommodation", "Extended time", 1)
    seat = provision(annual, "accommodation", "Front seat", 2)
    new = incidents.save(IncidentData(D(2026, 3, 3), [extra.id], "No extra time"))
    assert incidents.save(IncidentData(D(2026, 3, 5), [seat.id, seat.id, extra.id], "Moved back"), new) == new
    (row,) = incidents.find()
    assert (row.day, row.what_happened, [p.title for p in row.provisions]) == (
        D(2026, 3, 5),
        "Moved back",
        ["Extended time", "Front seat"],  # the IEP's order, each once
    )
    assert IncidentProvision.select().count() == 2


def test_changing_an_incident_that_is_gone_says_so(case: Case) -> None:
    with pytest.raises(UsageError, match="no incident 99"):
        incidents.save(IncidentData(D(2026, 3, 3), [], "Anything"), 99)
    assert Incident.select().count() == 0


def test_find_by_dates_provision_line_and_words(case: Case) -> None:
    first = version(D(2025, 9, 1), D(2026, 2, 28))
    second = version(D(2026, 3, 1), D(2026, 8, 31))
    extra_old = provision(first, "accommodation", "Extended time")
    extra_new = provision(second, "accommodation", "Extended time (1.5x)", copied_from=extra_old.id)
    speech = provision(second, "service", "Speech therapy")
    a = incidents.save(IncidentData(D(2026, 2, 10), [extra_old.id], "Quiz without extra time", "Maya"))
    b = incidents.save(IncidentData(D(2026, 3, 3), [extra_new.id, speech.id], "Test rushed"))
    c = incidents.save(IncidentData(D(2026, 3, 4), [speech.id], "No speech", child_words="nobody came"))
    d = incidents.save(IncidentData(D(2026, 3, 4), [], "Bus late", evidence="email"))

    def ids(*args: object, **kwargs: object) -> list[int]:
        return [r.id for r in incidents.find(*args, **kwargs)]  # type: ignore[arg-type]

    assert ids() == [d, c, b, a]  # newest first; the same day: the later one first
    assert ids(D(2026, 3, 3), D(2026, 3, 3)) == [b]  # both ends count
    assert ids(D(2026, 3, 4)) == [d, c]
    assert ids(None, D(2026, 3, 3)) == [b, a]
    assert ids(provision_ids=[extra_old.id, extra_new.id]) == [b, a]  # the whole line, each once
    assert ids(provision_ids=[speech.id]) == [c, b]
    assert ids(text="EXTRA") == [a]  # words, in any case
    assert ids(text="maya") == [a]  # who reported it
    assert ids(text="nobody") == [c]  # the child's words
    assert ids(text="email") == [d]  # the evidence
    assert ids(D(2026, 3, 1), None, [speech.id], "speech") == [c]
    assert [r.id for r in incidents.on_day(D(2026, 3, 4))] == [d, c]
    filters = incidents.provision_filters()
    assert filters == [
        ("Extended time (1.5x)", [extra_old.id, extra_new.id]),
        ("Speech therapy", [speech.id]),
    ]


def test_the_choices_of_a_day_are_the_iep_in_effect_without_goals(case: Case) -> None:
    annual = version(D(2025, 9, 1), D(2026, 8, 31))
    goal = provision(annual, "goal", "Reads 90 words a minute", 1)
    service = provision(annual, "service", "Speech therapy", 2)
    seat = provision(annual, "accommodation", "Front seat", 3)
    chosen = incidents.provisions_on(D(2026, 3, 3))
    assert [(c.id, c.kind, c.title) for c in chosen] == [
        (seat.id, "accommodation", "Front seat"),
        (service.id, "service", "Speech therapy"),
    ]
    assert goal.id not in [c.id for c in chosen]
    assert incidents.provisions_on(D(2025, 8, 31)) == []  # before the IEP


def test_reporters_are_the_contacts_in_their_order(case: Case) -> None:
    Contact.create(name="Ms. Rivera", position=2)
    Contact.create(name="Mr. Chen", position=1)
    assert incidents.reporter_suggestions() == ["Mr. Chen", "Ms. Rivera"]


def test_delete_then_restore_gives_back_the_same_incident_and_links(case: Case) -> None:
    annual = version(D(2025, 9, 1), D(2026, 8, 31))
    extra = provision(annual, "accommodation", "Extended time", 1)
    seat = provision(annual, "accommodation", "Front seat", 2)
    before = incidents.save(IncidentData(D(2026, 3, 2), [], "Earlier"))
    gone = incidents.save(
        IncidentData(D(2026, 3, 3), [seat.id, extra.id], "No extra time", "Maya", "hm", "a")
    )
    after = incidents.save(IncidentData(D(2026, 3, 4), [], "Later"))
    row = incidents.get(gone)
    snapshot = incidents.delete(gone)
    assert snapshot is not None
    assert [r.id for r in incidents.find()] == [after, before]
    assert IncidentProvision.select().count() == 0
    assert incidents.restore(snapshot) == gone
    assert incidents.get(gone) == row
    assert [r.id for r in incidents.find()] == [after, gone, before]
    assert [p.id for p in logbook.incident_provisions(gone)] == [extra.id, seat.id]
    assert incidents.delete(12345) is None


def test_the_old_names_still_work(case: Case) -> None:
    annual = version(D(2025, 9, 1), D(2026, 8, 31))
    extra = provision(annual, "accommodation", "Extended time")
    made = logbook.record_incident(D(2026, 3, 3), [extra.id, extra.id], "No extra time")
    assert [i.id for i in logbook.find_incidents(provision_id=extra.id)] == [made.id]
    assert [p.id for p in logbook.incident_provisions(made.id)] == [extra.id]
    assert [r.id for r in incidents.find(provision_ids=[extra.id])] == [made.id]


def test_each_found_incident_has_its_own_provisions_in_the_iep_order_and_limit_keeps_the_newest(
    case: Case,
) -> None:
    """find reads every incident's links at once: each row must still hold only its own, in the
    IEP's order (position), whatever order they were chosen in."""
    v = version(D(2025, 9, 1), D(2026, 8, 31))
    third = provision(v, "service", "Speech therapy", position=2)
    first = provision(v, "accommodation", "Extended time", position=0)
    second = provision(v, "accommodation", "Breaks", position=1)
    a = incidents.save(IncidentData(D(2026, 2, 10), [third.id, first.id], "Two things"))
    b = incidents.save(IncidentData(D(2026, 2, 11), [], "Nothing linked"))
    c = incidents.save(IncidentData(D(2026, 2, 12), [second.id], "One thing"))
    found = {r.id: [p.id for p in r.provisions] for r in incidents.find()}
    assert found == {a: [first.id, third.id], b: [], c: [second.id]}
    assert [r.id for r in incidents.find(limit=2)] == [c, b]
    assert [r.id for r in incidents.find(provision_ids=[first.id, second.id], limit=1)] == [c]
    one = incidents.get(a)  # read alone, as the editor does: the same links
    assert one is not None and [p.id for p in one.provisions] == [first.id, third.id]
