"""Expected progress reports (grading periods, quarterly, an amendment mid-year), their states with
the grace period, and recording reports (the same expected date twice, one not expected)."""

from __future__ import annotations

import datetime as dt

import factories
import pytest

from iepdesk import case_settings, deadlines
from iepdesk.casefile import Case
from iepdesk.model import GradingPeriod, IepVersion, Provision
from iepdesk.progress import lines
from iepdesk.progress import reports as r
from iepdesk.progress.reports import GoalReportData, ReportData, ReportState

D = dt.date
IEP_FROM, IEP_TO = D(2025, 9, 2), D(2026, 6, 12)
PERIOD_ENDS = [D(2025, 11, 7), D(2026, 1, 30), D(2026, 4, 10), D(2026, 6, 12)]
AMEND_FROM = D(2026, 2, 15)


def school_year_with_periods() -> None:
    factories.school_year("2025-26", D(2025, 8, 25), D(2026, 6, 12))
    firsts = [D(2025, 8, 25), D(2025, 11, 10), D(2026, 2, 2), D(2026, 4, 13)]
    for n, (first, last) in enumerate(zip(firsts, PERIOD_ENDS, strict=True), start=1):
        GradingPeriod.create(name=f"Q{n}", first_day=first, last_day=last)


def report_card_goal(version: IepVersion, title: str = "Reading fluency", **fields: object) -> Provision:
    return factories.goal(
        version,
        title,
        "Reading",
        **{
            "reporting_schedule": "with report cards",
            "baseline_value": "40",
            "target_value": "80",
            "unit": "words per minute",
            **fields,
        },
    )


def annual() -> tuple[IepVersion, Provision]:
    school_year_with_periods()
    iep = factories.version(IEP_FROM, IEP_TO)
    return iep, report_card_goal(iep)


def amended() -> tuple[IepVersion, Provision, IepVersion, Provision, Provision]:
    iep, goal = annual()
    amendment = factories.version(AMEND_FROM, IEP_TO, meeting_date=D(2026, 2, 10), kind="amendment")
    copy = report_card_goal(amendment, copied_from=goal.id)
    new = report_card_goal(amendment, "Math facts", baseline_value="10", target_value="30")
    return iep, goal, amendment, copy, new


def dues(as_of: dt.date, version_ids: list[int] | None = None) -> list[dt.date]:
    return [e.due for e in r.expected_reports(as_of, version_ids)]


def test_with_report_cards_one_report_per_grading_period_ending_in_the_iep_year(case: Case) -> None:
    iep, _goal = annual()
    # All four periods end inside 2025-09-02..2026-06-12 (the last on the IEP's last day).
    assert dues(D(2025, 9, 2)) == PERIOD_ENDS
    assert next(e.title for e in r.expected_reports(D(2025, 9, 2))) == "Progress report 1 expected"
    assert {e.version_id for e in r.expected_reports(D(2025, 9, 2))} == {iep.id}


def test_quarterly_from_the_ieps_start(case: Case) -> None:
    factories.school_year("2025-26", D(2025, 8, 25), D(2026, 6, 12))
    iep = factories.version(IEP_FROM, IEP_TO)
    factories.goal(iep, reporting_schedule="quarterly")
    # Every 3 months from 2025-09-02: Dec 2, Mar 2, Jun 2, and Sep 2 past the last day -> Jun 12.
    assert dues(D(2025, 9, 2)) == [D(2025, 12, 2), D(2026, 3, 2), D(2026, 6, 2), D(2026, 6, 12)]


def state(as_of: dt.date, due: dt.date = PERIOD_ENDS[0]) -> ReportState:
    return next(e.state for e in r.expected_reports(as_of) if e.due == due)


def test_states_with_the_default_grace_of_14_days(case: Case) -> None:
    annual()
    due = PERIOD_ENDS[0]  # Nov 7, 2025; 14 days' grace: waiting through Nov 21, missing from Nov 22
    assert r.grace_days() == 14
    assert state(due - dt.timedelta(days=1)) is ReportState.UPCOMING
    assert state(due) is ReportState.WAITING
    assert state(D(2025, 11, 21)) is ReportState.WAITING
    assert next(e.wait_until for e in r.expected_reports(due) if e.due == due) == D(2025, 11, 21)
    assert state(D(2025, 11, 22)) is ReportState.MISSING


def test_a_grace_of_zero_is_missing_the_day_after_due(case: Case) -> None:
    annual()
    settings = case_settings.load()
    settings.progress_report_grace_days = 0
    case_settings.save(settings)
    assert r.grace_days() == 0
    assert state(D(2025, 11, 7)) is ReportState.WAITING  # the due day itself
    assert state(D(2025, 11, 8)) is ReportState.MISSING


def test_received_only_as_of_the_day_received(case: Case) -> None:
    iep, goal = annual()
    report_id = r.save_report(
        ReportData(iep.id, PERIOD_ENDS[0], D(2025, 11, 25), goals=[GoalReportData(goal.id, "progressing")])
    )
    # Received Nov 25 (after the grace ended Nov 21): missing Nov 22..24, received from Nov 25.
    assert state(D(2025, 11, 24)) is ReportState.MISSING
    found = next(e for e in r.expected_reports(D(2025, 11, 25)) if e.due == PERIOD_ENDS[0])
    assert (found.state, found.report_id, found.received_on) == (
        ReportState.RECEIVED,
        report_id,
        D(2025, 11, 25),
    )
    # Received before it was due (Nov 1): received from Nov 1, upcoming before.
    r.save_report(ReportData(iep.id, PERIOD_ENDS[1], D(2026, 1, 20)))
    assert state(D(2026, 1, 19), PERIOD_ENDS[1]) is ReportState.UPCOMING
    assert state(D(2026, 1, 20), PERIOD_ENDS[1]) is ReportState.RECEIVED


def test_the_same_expected_report_twice_is_refused(case: Case) -> None:
    iep, _goal = annual()
    first = r.save_report(ReportData(iep.id, PERIOD_ENDS[0], D(2025, 11, 12)))
    twice = ReportData(iep.id, PERIOD_ENDS[0], D(2025, 11, 14))
    assert r.problem(twice) == (
        "The report expected on November 7, 2025 is already recorded (received November 12, 2025); change "
        "that one."
    )
    with pytest.raises(r.ReportError):
        r.save_report(twice)
    # Changing the one recorded is not a twin of itself.
    assert r.problem(twice, first) is None
    assert r.save_report(twice, first) == first
    # A report the schedule did not list (expected_on None) may be recorded any number of times.
    assert r.problem(ReportData(iep.id, None, D(2025, 12, 1))) is None


def test_an_expected_date_the_version_does_not_expect_is_refused(case: Case) -> None:
    iep, _goal = annual()
    sentence = r.problem(ReportData(iep.id, D(2025, 11, 8), D(2025, 11, 12)))
    assert sentence is not None
    assert sentence.endswith("expects no progress report on November 8, 2025.")
    assert r.problem(ReportData(999, None, D(2025, 11, 12))) == "There is no IEP version 999."


def test_report_sentences(case: Case) -> None:
    iep, goal = annual()
    service = factories.service(iep)
    assert r.problem(ReportData(iep.id, None, D(2025, 12, 1), goals=[GoalReportData(service.id, "met")])) == (
        f"There is no goal {service.id}."
    )
    twice = [GoalReportData(goal.id, "met"), GoalReportData(goal.id, "progressing")]
    assert r.problem(ReportData(iep.id, None, D(2025, 12, 1), goals=twice)) == (
        "A goal is listed twice in this report."
    )
    assert r.problem(ReportData(iep.id, None, D(2025, 12, 1), goals=[GoalReportData(goal.id, "great")])) == (
        "Choose what the report says of each goal."
    )
    bad_value = [GoalReportData(goal.id, "met", value="45%")]
    assert r.problem(ReportData(iep.id, None, D(2025, 12, 1), goals=bad_value)) == (
        "Type the number only (45, not 45%); the unit goes in its own box."
    )
    assert r.problem(ReportData(iep.id, None, D(2025, 12, 1), document_id=77)) == (
        "There is no document 77 in the vault."
    )


# --- a goal added by an amendment mid-year --------------------------------------------------------


def test_a_goal_added_by_an_amendment_has_only_the_amendments_reports(case: Case) -> None:
    iep, goal, amendment, copy, new = amended()
    as_of = D(2025, 9, 2)
    # The amendment is in effect from Feb 15: April 10 and June 12 are its reports; the annual keeps
    # Nov 7 and Jan 30 (the days it was in effect).
    assert dues(as_of, [amendment.id]) == [D(2026, 4, 10), D(2026, 6, 12)]
    assert dues(as_of, [iep.id]) == [D(2025, 11, 7), D(2026, 1, 30)]
    assert dues(as_of) == PERIOD_ENDS  # each date once in all
    by_goal = {line.goal_id: line for line in lines.goal_lines()}
    assert by_goal[new.id].version_ids == (amendment.id,)
    assert dues(as_of, list(by_goal[new.id].version_ids)) == [D(2026, 4, 10), D(2026, 6, 12)]
    # The goal carried over: its line has both versions, so all four.
    assert by_goal[copy.id].goal_ids == (goal.id, copy.id)
    assert dues(as_of, list(by_goal[copy.id].version_ids)) == PERIOD_ENDS


def test_the_overview_lists_april_10_once(case: Case) -> None:
    amended()
    as_of = D(2026, 3, 1)
    # Nov 7 and Jan 30 are missing (graces ended Nov 21 and Feb 13), April 10 and June 12 upcoming.
    listed = [d for d in r.report_deadlines(as_of)]
    assert [d.due for d in listed] == PERIOD_ENDS
    assert [d.kind for d in listed] == [
        "progress_report_missing",
        "progress_report_missing",
        "progress_report",
        "progress_report",
    ]
    assert listed[0].title == "Progress report not received (expected November 7, 2025)"
    # Nov 7 to Mar 1: 24 (Nov) + 31 + 31 + 28 + 1 = 114 days.
    assert listed[0].detail == "Not received 114 days after the expected date."
    overview = [
        d for d in deadlines.all_deadlines(as_of, include_past_days=400) if d.kind.startswith("progress")
    ]
    assert sorted(d.due for d in overview) == PERIOD_ENDS
    assert [d.due for d in overview].count(D(2026, 4, 10)) == 1


def test_an_amendment_report_is_recorded_against_the_amendment(case: Case) -> None:
    iep, _goal, amendment, _copy, new = amended()
    # April 10 belongs to the amendment, not to the annual version any more.
    assert r.problem(ReportData(iep.id, D(2026, 4, 10), D(2026, 4, 14))) is not None
    rid = r.save_report(
        ReportData(
            amendment.id, D(2026, 4, 10), D(2026, 4, 14), goals=[GoalReportData(new.id, "progressing")]
        )
    )
    assert state(D(2026, 4, 14), D(2026, 4, 10)) is ReportState.RECEIVED
    assert next(e.report_id for e in r.expected_reports(D(2026, 4, 14)) if e.due == D(2026, 4, 10)) == rid
    # A draft version expects nothing.
    draft = factories.version(D(2026, 6, 13), None, meeting_date=None, status="draft")
    report_card_goal(draft)
    assert D(2026, 6, 13) not in dues(D(2026, 6, 13))


def test_a_report_recorded_before_the_amendment_was_entered_still_counts(case: Case) -> None:
    iep, goal = annual()
    # The parent records the April 10 report against the annual IEP (the only one entered then).
    rid = r.save_report(
        ReportData(iep.id, D(2026, 4, 10), D(2026, 4, 14), goals=[GoalReportData(goal.id, "progressing")])
    )
    # Then enters the amendment of Feb 15, which now promises April 10: the report received is not
    # "not received" because of the order things were typed in.
    amendment = factories.version(AMEND_FROM, IEP_TO, meeting_date=D(2026, 2, 10), kind="amendment")
    report_card_goal(amendment, copied_from=goal.id)
    april = next(e for e in r.expected_reports(D(2026, 5, 1)) if e.due == D(2026, 4, 10))
    assert (april.version_id, april.state, april.report_id) == (amendment.id, ReportState.RECEIVED, rid)
    assert D(2026, 4, 10) not in [d.due for d in r.report_deadlines(D(2026, 5, 1))]


def test_undoing_a_delete_after_another_report_took_its_date_is_refused(case: Case) -> None:
    iep, _goal = annual()
    first = r.save_report(ReportData(iep.id, PERIOD_ENDS[0], D(2025, 11, 12)))
    deleted = r.delete_report(first)
    r.save_report(ReportData(iep.id, PERIOD_ENDS[0], D(2025, 11, 14)))
    # Two records for one expected report would break the rule save_report keeps.
    with pytest.raises(r.ReportError, match=r"^The report expected on November 7, 2025 is already recorded"):
        r.restore_report(deleted)
    assert len(r.reports()) == 1
    # With no other report in its place, it comes back under its own id.
    r.delete_report(r.reports()[0].id)
    assert r.restore_report(deleted) == first


def test_undoing_a_delete_after_another_report_took_its_id(case: Case) -> None:
    iep, _goal = annual()
    first = r.save_report(ReportData(iep.id, PERIOD_ENDS[0], D(2025, 11, 12)))
    deleted = r.delete_report(first)
    # SQLite gives the newest row's id again: this report of Jan 30 gets the deleted one's id.
    other = r.save_report(ReportData(iep.id, PERIOD_ENDS[1], D(2026, 2, 2)))
    assert other == first
    again = r.restore_report(deleted)
    assert again != other
    back = r.get_report(again)
    assert back is not None and (back.expected_on, back.received_on) == (PERIOD_ENDS[0], D(2025, 11, 12))
    assert [row.expected_on for row in r.reports()] == [PERIOD_ENDS[0], PERIOD_ENDS[1]]


def test_a_report_due_on_a_leap_day(case: Case) -> None:
    iep = factories.version(D(2027, 11, 29), D(2028, 11, 27))
    factories.goal(iep, reporting_schedule="quarterly")
    # Nov 29, 2027 + 3 months = Feb 29, 2028 (no school year entered: not moved); 14 days' grace:
    # Feb 29 + 14 = Mar 14 the last day waiting, Mar 15 missing.
    first = r.expected_reports(D(2028, 3, 14))[0]
    assert (first.due, first.wait_until, first.state) == (D(2028, 2, 29), D(2028, 3, 14), ReportState.WAITING)
    assert r.expected_reports(D(2028, 3, 15))[0].state is ReportState.MISSING
    assert r.expected_reports(D(2028, 2, 28))[0].state is ReportState.UPCOMING
