"""Reasons for a missed session: declared once, with a default and its source, and counted by it."""

from __future__ import annotations

import re
from pathlib import Path

import factories

from iepdesk import case_settings
from iepdesk.model import IepVersion, SchoolYear
from iepdesk.model.calendar import LogReason
from iepdesk.portable_check import RULES
from iepdesk.schedule.ledger import build_ledger
from iepdesk.schedule.reasons import BY_CODE, REASONS, asks_the_school

from .conftest import D, speech

DOC = Path(__file__).parents[3] / "docs" / "counting-rules.md"
OLDER_CODES = (
    "provider_absent",
    "school_event",
    "testing",
    "student_absent",
    "student_refused",
    "school_closed",
    "unknown",
)


def test_every_reason_is_declared_once_with_a_source() -> None:
    assert sorted(r.code for r in REASONS) == sorted(r.value for r in LogReason)
    assert len(BY_CODE) == len(REASONS)
    assert all(r.source.strip() for r in REASONS)
    excused = {r.code for r in REASONS if r.excused}
    assert excused == {"student_absent", "school_closed"}
    assert set(case_settings.CaseSettings().excused_reasons) == excused
    assert "Balkman" in BY_CODE["student_absent"].source
    assert not BY_CODE["provider_absent"].excused
    assert asks_the_school("unknown") and asks_the_school(None) and not asks_the_school("testing")


def test_the_documented_table_matches_the_declared_one() -> None:
    rows = re.findall(r"^  \| `(\w+)` \| [^|]+ \| (\*\*yes\*\*|no) \|", DOC.read_text("utf-8"), re.M)
    assert {code: mark == "**yes**" for code, mark in rows} == {r.code: r.excused for r in REASONS}


def test_import_allows_older_and_new_codes() -> None:
    rule = RULES[("service_log", "reason")]
    for code in (*OLDER_CODES, "not_scheduled", "provider_reassigned", "delayed_start"):
        assert rule.check(code) is None, code
    assert rule.check("sick day") is not None


def test_unknown_counts_as_missed_and_asks_the_school(school_year: SchoolYear, annual: IepVersion) -> None:
    s = speech(annual, days_of_week="2,4")
    unknown = factories.log(s, D(2026, 3, 3), "missed", reason="unknown").id
    absent = factories.log(s, D(2026, 3, 5), "missed", reason="student_absent").id
    reassigned = factories.log(s, D(2026, 3, 10), "missed", reason="provider_reassigned").id
    no_reason = factories.log(s, D(2026, 3, 12), "missed").id
    ledger = build_ledger(D(2026, 3, 2), D(2026, 3, 13), as_of=D(2026, 12, 1))
    f = ledger.totals[0].figures
    # Four Tue/Thu sessions of 30: unknown, reassigned and no reason are missed (90); absent excused (30).
    assert (f.required, f.missed, f.excused, f.owed) == (120, 90, 30, 90)
    assert sorted(f.missed_entries) == sorted([unknown, reassigned, no_reason])
    assert f.excused_entries == [absent]
    assert ledger.ask_the_school == sorted([unknown, no_reason])
    assert any("ask the school" in w for w in ledger.warnings)
