"""A deadline shown whole (the Overview's line: its detail, then its source) cites each rule once:
the state's citation is already in the detail that compares the two rules."""

from __future__ import annotations

import datetime as dt

import factories

from iepdesk import deadlines, profile
from iepdesk.casefile import Case
from iepdesk.states.clock_dates import set_clock_date

D = dt.date


def test_alaskas_due_process_line_names_its_statute_once_and_keeps_the_federal_rule(case: Case) -> None:
    profile.save_state("AK")
    incident = factories.incident(D(2026, 3, 10))
    set_clock_date("written_notice", D(2026, 3, 2), D(2026, 12, 1))
    found = next(d for d in deadlines.incident_windows(incident) if d.kind == "due_process")
    assert "AS 14.30.193(a)" in found.source  # the source field (--json, .ics) still holds both
    assert "AS 14.30.193(a)" in found.detail  # "… 12 months in Alaska (AS 14.30.193(a); …)"
    shown = " ".join((found.detail, found.source_beyond_detail()))
    assert shown.count("AS 14.30.193(a)") == 1
    assert "34 CFR 300.507(a)(2)" in shown


def test_a_federal_deadline_keeps_its_whole_source(case: Case) -> None:
    incident = factories.incident(D(2026, 3, 10))
    found = next(d for d in deadlines.incident_windows(incident) if d.kind == "due_process")
    assert found.source_beyond_detail() == found.source
