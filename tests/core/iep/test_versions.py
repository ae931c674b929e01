"""Which version is in effect, gaps and overlaps, and "start the next IEP from this one"."""

from __future__ import annotations

import datetime as dt

import factories

from iepdesk.casefile import Case
from iepdesk.iep import versions
from iepdesk.iep.versions import DisplayStatus
from iepdesk.model import IepVersion

D = dt.date


def final(kind: str, start: dt.date | None, end: dt.date | None) -> IepVersion:
    return factories.version(start, end, meeting_date=start, kind=kind)


def test_in_effect_across_annuals_and_an_amendment(case: Case) -> None:
    y1 = final("annual", D(2024, 9, 1), D(2025, 8, 31))
    y2 = final("annual", D(2025, 9, 1), D(2026, 8, 31))
    amendment = final("amendment", D(2026, 1, 15), D(2026, 8, 31))
    factories.version(D(2025, 10, 1), None, meeting_date=None, status="draft")  # drafts never count
    assert versions.in_effect_on(D(2025, 8, 31)) == y1
    assert versions.in_effect_on(D(2025, 9, 1)) == y2
    assert versions.in_effect_on(D(2026, 1, 14)) == y2
    assert versions.in_effect_on(D(2026, 1, 15)) == amendment
    assert versions.in_effect_on(D(2026, 9, 1)) is None
    assert versions.in_effect_on(D(2024, 8, 31)) is None
    today = D(2026, 3, 1)
    assert versions.display_status(amendment, today) is DisplayStatus.IN_EFFECT
    assert versions.display_status(y2, today) is DisplayStatus.SUPERSEDED
    assert versions.display_status(y1, today) is DisplayStatus.SUPERSEDED
    # An amendment overlapping its annual IEP is expected, not a warning.
    assert [i.kind for i in versions.timeline_issues(today)] == []


def test_gap_and_overlap_are_reported(case: Case) -> None:
    a = final("annual", D(2024, 9, 1), D(2025, 6, 30))
    b = final("annual", D(2025, 9, 1), D(2026, 8, 31))
    c = final("annual", D(2026, 8, 1), D(2027, 7, 31))
    issues = versions.timeline_issues(D(2026, 12, 1))
    gaps = [i for i in issues if i.kind == "gap"]
    overlaps = [i for i in issues if i.kind == "overlap"]
    assert [(g.start, g.end) for g in gaps] == [(D(2025, 7, 1), D(2025, 8, 31))]
    assert len(overlaps) == 1
    assert set(overlaps[0].version_ids) == {b.id, c.id}
    assert (overlaps[0].start, overlaps[0].end) == (D(2026, 8, 1), D(2026, 8, 31))
    # On overlapping days the later-starting version is the one in effect.
    assert versions.in_effect_on(D(2026, 8, 15)) == c
    assert versions.in_effect_on(D(2025, 7, 15)) is None
    assert a.id not in overlaps[0].version_ids


def test_gap_until_today_and_impossible_ranges(case: Case) -> None:
    final("annual", D(2024, 9, 1), D(2025, 8, 31))
    backwards = final("amendment", D(2025, 3, 1), D(2025, 2, 1))
    undated = final("annual", None, None)
    issues = versions.timeline_issues(D(2025, 10, 1))
    kinds = {(i.kind, i.version_ids) for i in issues}
    assert ("bad_range", (backwards.id,)) in kinds
    assert ("no_start", (undated.id,)) in kinds
    trailing = [i for i in issues if i.kind == "gap"]
    assert trailing and trailing[-1].start == D(2025, 9, 1) and trailing[-1].end == D(2025, 10, 1)


def test_start_next_version_copies_every_provision(case: Case) -> None:
    source = final("annual", D(2025, 9, 1), D(2026, 8, 31))
    made = [
        factories.service(source, "Speech", 30, 2, "week", delivery=None, provider_role=""),
        factories.provision(
            source,
            "accommodation",
            "Extended time",
            applies_when="tests",
            iep_wording="1.5x time on tests",
            page_ref="p. 9",
        ),
        factories.provision(source, "goal", area="Reading", baseline="60 wpm", target="90 wpm"),
    ]
    draft = versions.start_next_version(source)
    assert draft.status == "draft" and draft.id != source.id
    assert draft.effective_from == D(2026, 9, 1)
    copies = versions.provisions_of(draft)
    assert [c.copied_from for c in copies] == [p.id for p in made]
    for original, copy in zip(made, copies, strict=True):
        for field in (
            "kind",
            "title",
            "minutes_per_session",
            "sessions_per_period",
            "period",
            "location",
            "applies_when",
            "iep_wording",
            "page_ref",
            "area",
            "baseline",
            "target",
            "position",
        ):
            assert getattr(copy, field) == getattr(original, field), field
    # The source is untouched and still has its own provisions.
    assert len(versions.provisions_of(source)) == 3
    assert versions.in_effect_on(D(2026, 9, 2)) is None  # a draft is not in effect
