"""Comparing versions on realistic pairs."""

from __future__ import annotations

import datetime as dt

from iepdesk.casefile import Case
from iepdesk.iep import compare, versions
from iepdesk.model import IepVersion, Provision


def make_pair() -> tuple[IepVersion, IepVersion]:
    old = IepVersion.create(kind="annual", status="final", effective_from=dt.date(2025, 9, 1))
    Provision.create(
        version=old,
        kind="service",
        title="Speech therapy",
        minutes_per_session=30,
        sessions_per_period=2,
        period="week",
        location="therapy room",
        position=0,
    )
    Provision.create(
        version=old,
        kind="accommodation",
        title="Extended time on tests",
        position=1,
        iep_wording="Extended time (1.5x) on all tests.",
    )
    Provision.create(
        version=old,
        kind="accommodation",
        title="Preferential seating",
        position=2,
        iep_wording="Seated near the teacher.",
    )
    Provision.create(
        version=old,
        kind="goal",
        area="Reading",
        title="Reading fluency",
        position=3,
        iep_wording="Jacob will read 90 words per minute with 95% accuracy on grade-level text.",
        target="90 wpm",
    )
    new = IepVersion.create(kind="annual", status="draft", effective_from=dt.date(2026, 9, 1))
    # Entered by hand (no lineage): matching must rely on kind and wording.
    Provision.create(
        version=new,
        kind="service",
        title="Speech therapy",
        minutes_per_session=30,
        sessions_per_period=1,
        period="week",
        location="classroom",
        position=0,
    )
    Provision.create(
        version=new,
        kind="accommodation",
        title="Preferential seating",
        position=1,
        iep_wording="Seated near the teacher.",
    )
    Provision.create(
        version=new,
        kind="goal",
        area="Reading",
        title="Reading fluency",
        position=2,
        iep_wording="Jacob will read 90 words per minute, with 95 percent accuracy, on grade-level text.",
        target="90 wpm",
    )
    Provision.create(
        version=new,
        kind="accommodation",
        title="Audio books",
        position=3,
        iep_wording="Audio versions of assigned novels.",
    )
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
    old = IepVersion.create(kind="annual", status="final", effective_from=dt.date(2025, 9, 1))
    a = Provision.create(
        version=old,
        kind="service",
        title="Occupational therapy",
        minutes_per_session=30,
        sessions_per_period=1,
        period="week",
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
