"""Comparing versions on realistic pairs."""

from __future__ import annotations

import datetime as dt

import factories

from iepdesk.casefile import Case
from iepdesk.iep import compare, versions
from iepdesk.model import IepVersion


def make_pair() -> tuple[IepVersion, IepVersion]:
    old = factories.version(dt.date(2025, 9, 1), None, meeting_date=None)
    factories.service(
        old, "Speech therapy", 30, 2, "week", location="therapy room", delivery=None, provider_role=""
    )
    factories.provision(
        old, "accommodation", "Extended time on tests", iep_wording="Extended time (1.5x) on all tests."
    )
    factories.provision(old, "accommodation", "Preferential seating", iep_wording="Seated near the teacher.")
    factories.provision(
        old,
        "goal",
        "Reading fluency",
        area="Reading",
        iep_wording="Jacob will read 90 words per minute with 95% accuracy on grade-level text.",
        target="90 wpm",
    )
    new = factories.version(dt.date(2026, 9, 1), None, meeting_date=None, status="draft")
    # Entered by hand (no lineage): matching must rely on kind and wording.
    factories.service(
        new, "Speech therapy", 30, 1, "week", location="classroom", delivery=None, provider_role=""
    )
    factories.provision(new, "accommodation", "Preferential seating", iep_wording="Seated near the teacher.")
    factories.provision(
        new,
        "goal",
        "Reading fluency",
        area="Reading",
        iep_wording="Jacob will read 90 words per minute, with 95 percent accuracy, on grade-level text.",
        target="90 wpm",
    )
    factories.provision(new, "accommodation", "Audio books", iep_wording="Audio versions of assigned novels.")
    return old, new


def test_realistic_comparison(case: Case) -> None:
    old, new = make_pair()
    result = compare.compare(versions.provisions_of(old), versions.provisions_of(new))
    assert [p.title for p in result.removed] == ["Extended time on tests"]
    assert [p.title for p in result.added] == ["Audio books"]
    by_name = {c.name: c for c in result.changed}
    speech = by_name["Speech therapy"]
    assert speech.summary() == "Speech therapy: 60 → 30 minutes per week; location: therapy room → classroom"
    # The reworded goal is matched (not removed + added) and its only change is the wording.
    goal = by_name["Reading fluency"]
    assert [c.field for c in goal.changes] == ["iep_wording"]
    assert [(a.title, b.title) for a, b in result.unchanged] == [
        ("Preferential seating", "Preferential seating")
    ]
    assert "removed: accommodation Extended time on tests" in result.lines()


def test_lineage_beats_similarity(case: Case) -> None:
    old = factories.version(dt.date(2025, 9, 1), None, meeting_date=None)
    a = factories.service(
        old, "Occupational therapy", 30, 1, "week", delivery=None, location="", provider_role=""
    )
    new = versions.start_next_version(old)
    renamed = versions.provisions_of(new)[0]
    renamed.title = "Fine-motor support"  # renamed entirely: only lineage can match it
    renamed.period = "month"
    renamed.save()
    result = compare.compare([a], [renamed])
    assert not result.added and not result.removed
    assert result.changed[0].summary() == (
        "Fine-motor support: what: Occupational therapy → Fine-motor support; "
        "30 minutes per week → 30 minutes per month"
    )


def test_identical_versions_have_no_changes(case: Case) -> None:
    old, _ = make_pair()
    copy = versions.start_next_version(old)
    result = compare.compare(versions.provisions_of(old), versions.provisions_of(copy))
    assert result.lines() == []
    assert len(result.unchanged) == 4
