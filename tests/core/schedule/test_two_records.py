"""Two records of one session: one session, counted by the order of sources, unless the parent says."""

from __future__ import annotations

import pytest

from iepdesk.model import IepVersion, SchoolYear, ServiceLogEntry
from iepdesk.schedule import logbook
from iepdesk.schedule.ledger import build_ledger

from .conftest import D, speech

AS_OF = D(2026, 12, 1)


def test_same_source_twice_is_a_double_session(school_year: SchoolYear, annual: IepVersion) -> None:
    s = speech(annual, sessions_per_period=3)  # 3 x 30 a week
    for _ in range(2):
        logbook.log_session(s.id, D(2026, 3, 3), "delivered", source="provider_log")
    f = build_ledger(D(2026, 3, 2), D(2026, 3, 6), as_of=AS_OF).totals[0].figures
    # Two sessions from one source on Tuesday: 60 delivered; the third is not recorded (30).
    assert (f.required, f.delivered, f.not_recorded) == (90, 60, 30)


def test_the_parent_marks_two_records_as_separate_sessions(
    school_year: SchoolYear, annual: IepVersion
) -> None:
    s = speech(annual)  # 2 x 30 a week
    first = logbook.log_session(s.id, D(2026, 3, 3), "delivered", source="child_reported")
    second = logbook.log_session(s.id, D(2026, 3, 3), "delivered", source="parent_saw")
    one = build_ledger(D(2026, 3, 2), D(2026, 3, 6), as_of=AS_OF)
    # By default one session: delivered 30, the other 30 not recorded; the child's report is set
    # aside (what the parent saw comes first in the order of sources).
    assert (one.totals[0].figures.delivered, one.totals[0].figures.not_recorded) == (30, 30)
    assert one.duplicate_entries == [first.id]
    logbook.set_counting(second.id, "separate")
    two = build_ledger(D(2026, 3, 2), D(2026, 3, 6), as_of=AS_OF)
    # Marked separate: two sessions, 60 delivered, nothing set aside.
    assert (two.totals[0].figures.delivered, two.totals[0].figures.not_recorded) == (60, 0)
    assert two.duplicate_entries == []


def test_the_parent_chooses_which_record_counts(school_year: SchoolYear, annual: IepVersion) -> None:
    s = speech(annual, days_of_week="2")  # 2 a week on one fixed day: 1 session, on Tuesday
    provider = logbook.log_session(s.id, D(2026, 3, 3), "delivered", source="provider_log")
    parent = logbook.log_session(s.id, D(2026, 3, 3), "missed", reason="unknown", source="parent_saw")
    before = build_ledger(D(2026, 3, 2), D(2026, 3, 6), as_of=AS_OF)
    # Week of March 2: Tuesday's one session of 30. The provider's log comes first in the order.
    assert (before.totals[0].figures.delivered, before.totals[0].figures.missed) == (30, 0)
    assert [(c.kept_entry, c.other_entries) for c in before.conflicts] == [(provider.id, (parent.id,))]
    logbook.set_counting(parent.id, "preferred")
    after = build_ledger(D(2026, 3, 2), D(2026, 3, 6), as_of=AS_OF)
    # The parent's record counts: 30 missed; the conflict is still listed.
    assert (after.totals[0].figures.delivered, after.totals[0].figures.missed) == (0, 30)
    assert [c.kept_entry for c in after.conflicts] == [parent.id]
    with pytest.raises(ValueError, match="not a valid"):
        logbook.set_counting(parent.id, "both")
    assert ServiceLogEntry.get_by_id(parent.id).counting == "preferred"


def test_import_checks_how_an_entry_counts() -> None:
    from iepdesk.portable_check import RULES

    rule = RULES[("service_log", "counting")]
    assert [rule.check(v) for v in ("", "separate", "preferred")] == [None, None, None]
    assert rule.check("both") is not None
