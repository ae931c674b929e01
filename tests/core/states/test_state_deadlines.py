"""Each state rule at its boundary (the last day inside, the first day outside), named after its
citation; every figure counted by hand in the comment beside it."""

from __future__ import annotations

import datetime as dt

import factories
import pytest

from iepdesk import deadlines, profile
from iepdesk.casefile import Case
from iepdesk.errors import UsageError
from iepdesk.states.days import count
from iepdesk.states.limits import due_process, reimbursement_limit
from iepdesk.states.meetings import meeting_documents
from iepdesk.states.own import OwnFigure, set_own_figure

D = dt.date


def _records(state: str, sent: dt.date) -> deadlines.Deadline:
    profile.save_state(state)
    return deadlines.records_deadline(7, sent, deadlines.meetings(), profile.load_state())


def _dp(state: str, knew: dt.date, **dates: dt.date) -> dt.date:
    return due_process(knew, deadlines.due_process_last_day(knew), state, "", dates=dates).due


# ---- records --------------------------------------------------------------------------------------


def test_cal_educ_code_56504_five_business_days_across_a_holiday(case: Case) -> None:
    # Wednesday 2026-11-25; Thanksgiving Thursday 11-26 entered as a holiday. Business days after:
    # Fri 27 (1), Mon 30 (2), Tue Dec 1 (3), Wed 2 (4), Thu 3 (5): Dec 3 is the last day inside,
    # Dec 4 the first outside.
    factories.non_school_day(D(2026, 11, 26), label="Thanksgiving")
    due = _records("CA", D(2026, 11, 25))
    assert due.due == D(2026, 12, 3)
    assert due.state == "CA" and not due.own_figure
    assert "45 days under federal law; 5 business days in California (Cal. Educ. Code § 56504)" in due.detail
    assert due.source.endswith("Cal. Educ. Code § 56504")
    assert "California" in due.note


def test_cal_educ_code_56504_without_the_holiday_and_with_a_break(case: Case) -> None:
    # No holiday: Thu 26 (1), Fri 27 (2), Mon 30 (3), Tue 1 (4), Wed 2 (5) = Dec 2, and the text says
    # only weekends were skipped. A break is not an office closure: the same Dec 2.
    due = _records("CA", D(2026, 11, 25))
    assert due.due == D(2026, 12, 2)
    assert "only weekends were skipped" in due.detail
    factories.non_school_day(D(2026, 11, 26), D(2026, 11, 27), kind="break", label="Break")
    assert _records("CA", D(2026, 11, 25)).due == D(2026, 12, 2)


def test_105_ilcs_10_5c_ten_business_days(case: Case) -> None:
    # Monday 2026-03-02: Mar 3,4,5,6 (4), 9..13 (9), Mon 16 (10): Mar 16 inside, Mar 17 outside.
    due = _records("IL", D(2026, 3, 2))
    assert due.due == D(2026, 3, 16)
    assert "10 business days in Illinois (105 ILCS 10/5(c))" in due.detail


def test_603_cmr_23_07_ten_days(case: Case) -> None:
    # 2026-03-02 + 10 calendar days = 2026-03-12 (inside); 03-13 outside.
    due = _records("MA", D(2026, 3, 2))
    assert due.due == D(2026, 3, 12)
    assert "10 days in Massachusetts (603 CMR 23.07(2))" in due.detail


def test_conn_10_76d_18_ten_days_and_a_meeting_sooner(case: Case) -> None:
    # 2026-01-10 + 10 = 2026-01-20. A draft IEP meeting on day 9 (Jan 19) comes first; one on day 10
    # (Jan 20) changes nothing.
    assert _records("CT", D(2026, 1, 10)).due == D(2026, 1, 20)
    factories.version(None, None, meeting_date=D(2026, 1, 20), status="draft")
    assert _records("CT", D(2026, 1, 10)).title == "Records must be available"
    factories.version(None, None, meeting_date=D(2026, 1, 19), status="draft")
    due = _records("CT", D(2026, 1, 10))
    assert (due.due, due.title) == (D(2026, 1, 19), "Records must be available before the meeting")
    assert "10 days in Connecticut" in due.detail


def test_a_state_not_set_is_federal_only(case: Case) -> None:
    # 2026-01-10 + 45 = 2026-02-24 (21 days to Jan 31, 24 more).
    due = _records("", D(2026, 1, 10))
    assert (due.due, due.state, due.source) == (
        D(2026, 2, 24),
        "",
        "34 CFR 300.613(a); FERPA 34 CFR 99.10(b)",
    )
    assert due.note == "Your state's rules may differ; check with your state's education department."
    assert _dp("", D(2026, 1, 10)) == D(2028, 1, 10)


def test_a_state_with_no_rule_is_federal_with_a_caution_only_where_a_lead_is_listed(case: Case) -> None:
    due = _records("MN", D(2026, 1, 10))
    assert due.due == D(2026, 2, 24)
    assert "check with your state: there may be a shorter limit" in due.note.lower()
    due = _records("OH", D(2026, 1, 10))
    assert due.due == D(2026, 2, 24)
    assert (
        due.note.startswith("Records: the federal rule")
        and "no rule of its own for Ohio" in due.note
        and "shorter" not in due.note
    )


def test_an_unknown_code_is_refused_and_a_lower_case_one_kept(case: Case) -> None:
    with pytest.raises(UsageError):
        profile.save_state("XX")
    assert profile.save_state(" ca ") == "CA" and profile.load_state() == "CA"
    assert profile.save_state("") == ""


def test_the_parents_own_figure_is_used_where_the_app_has_none_and_shown_as_theirs(case: Case) -> None:
    # Minnesota, 10 business days typed by the parent: 2026-03-02 -> 2026-03-16 (as for Illinois).
    set_own_figure(OwnFigure("records_response", 10, "business_days", "Minn. Stat. 13.04"))
    due = _records("MN", D(2026, 3, 2))
    assert (due.due, due.own_figure) == (D(2026, 3, 16), True)
    assert "10 business days: your own figure (Minn. Stat. 13.04)" in due.detail
    assert "your own figure" in due.note
    # California has its rule: the parent's figure does not replace it.
    assert _records("CA", D(2026, 3, 2)).own_figure is False
    with pytest.raises(UsageError):
        set_own_figure(OwnFigure("records_response", 2, "years"))


# ---- due process ------------------------------------------------------------------------------------


def test_as_14_30_193_twelve_months_from_written_notice(case: Case) -> None:
    # Written notice 2026-03-02: 12 months -> 2027-03-02 (inside), 03-03 outside; the federal date from
    # knowing on 2026-03-10 is 2028-03-10, later.
    assert _dp("AK", D(2026, 3, 10), written_notice=D(2026, 3, 2)) == D(2027, 3, 2)
    # No written notice in the case: the federal two years, labelled, and the reason said.
    limit = due_process(D(2026, 3, 10), D(2028, 3, 10), "AK", "")
    assert limit.due == D(2028, 3, 10)
    assert "no record of that date" in limit.detail and "AS 14.30.193(a)" in limit.detail


def test_nc_115c_109_6_one_year(case: Case) -> None:
    assert _dp("NC", D(2026, 3, 2)) == D(2027, 3, 2)


def test_nc_115c_109_6_from_a_leap_day_and_as_14_30_193_likewise(case: Case) -> None:
    # One year (12 months) after February 29, 2028 is February 28, 2029.
    assert _dp("NC", D(2028, 2, 29)) == D(2029, 2, 28)
    assert _dp("AK", D(2028, 3, 1), written_notice=D(2028, 2, 29)) == D(2029, 2, 28)


def test_wis_115_80_one_year_from_refusal(case: Case) -> None:
    assert _dp("WI", D(2026, 6, 1), refusal_or_proposal=D(2026, 5, 15)) == D(2027, 5, 15)
    assert _dp("WI", D(2026, 6, 1)) == D(2028, 6, 1)  # no refusal date: federal, labelled


def test_tac_89_1151_two_years_from_2022_09_01_one_year_before(case: Case) -> None:
    # KOSHK 2022-08-31: the old one year -> 2023-08-31, flagged; KOSHK 2022-09-01: two years -> 2024-09-01.
    before = due_process(D(2022, 8, 31), D(2024, 8, 31), "TX", "")
    assert before.due == D(2023, 8, 31) and "September 1, 2022" in before.detail
    after = due_process(D(2022, 9, 1), D(2024, 9, 1), "TX", "")
    assert after.due == D(2024, 9, 1) and "review" not in after.detail
    assert "2 years in Texas (19 Tex. Admin. Code § 89.1151(c)–(d))" in after.detail


def test_the_incident_windows_use_the_cases_state(case: Case) -> None:
    profile.save_state("NC")
    incident = factories.incident(D(2026, 3, 2))
    dp = next(d for d in deadlines.incident_windows(incident) if d.kind == "due_process")
    assert dp.due == D(2027, 3, 2) and dp.state == "NC"


# ---- reimbursement of a private placement ---------------------------------------------------------------


def test_hrs_302a_443_180_days(case: Case) -> None:
    # 2026-08-20 + 180: 11 to Aug 31, 41 Sep 30, 72 Oct 31, 102 Nov 30, 133 Dec 31, 164 Jan 31, +16:
    # 2027-02-16 inside, 02-17 outside.
    limit = reimbursement_limit("HI", D(2026, 8, 20))
    assert limit is not None and limit.due == D(2027, 2, 16)
    assert limit.citation.startswith("HRS § 302A-443")


def test_rsa_186c_16b_90_days(case: Case) -> None:
    # 2026-08-20 + 90: 11 to Aug 31, 41 Sep 30, 72 Oct 31, +18: 2026-11-18.
    limit = reimbursement_limit("NH", D(2026, 8, 20))
    assert limit is not None and limit.due == D(2026, 11, 18)
    assert reimbursement_limit("CA", D(2026, 8, 20)) is None


# ---- documents before a meeting ---------------------------------------------------------------------


def _before(state: str, meeting: dt.date) -> deadlines.Deadline:
    known = [deadlines.Meeting(meeting, "the IEP meeting", iep=True)] * 2  # typed twice: one deadline
    found = meeting_documents(known, state)
    assert len(found) == 1
    return found[0]


def test_md_educ_8_405_five_business_days_before(case: Case) -> None:
    # Meeting Monday 2026-03-16: Fri 13 (1), Thu 12 (2), Wed 11 (3), Tue 10 (4), Mon 9 (5).
    assert _before("MD", D(2026, 3, 16)).due == D(2026, 3, 9)
    # A closure on Wednesday the 11th: Fri 13, Thu 12, Tue 10, Mon 9, Fri 6 (5).
    factories.non_school_day(D(2026, 3, 11), kind="closure", label="Snow")
    due = _before("MD", D(2026, 3, 16))
    assert due.due == D(2026, 3, 6) and "Md. Code, Educ. § 8-405" in due.detail


def test_dc_38_2571_03_five_business_days_before(case: Case) -> None:
    assert _before("DC", D(2026, 3, 16)).due == D(2026, 3, 9)


def test_105_ilcs_5_14_8_02f_c_three_school_days_before(case: Case) -> None:
    # School year entered; meeting Monday 2026-03-16: Fri 13 (1), Thu 12 (2), Wed 11 (3).
    factories.school_year("2025-26", D(2025, 8, 25), D(2026, 6, 10))
    assert _before("IL", D(2026, 3, 16)).due == D(2026, 3, 11)
    # A break on Friday the 13th is not a school day: Thu 12, Wed 11, Tue 10.
    factories.non_school_day(D(2026, 3, 13), kind="break", label="Break")
    assert _before("IL", D(2026, 3, 16)).due == D(2026, 3, 10)


def test_tenn_0520_01_09_15_draft_48_hours(case: Case) -> None:
    due = _before("TN", D(2026, 3, 16))
    assert due.due == D(2026, 3, 14) and due.title == "Draft IEP due, if the school writes one"


def test_no_before_meeting_deadline_without_a_rule_and_all_deadlines_lists_it(case: Case) -> None:
    assert meeting_documents([deadlines.Meeting(D(2026, 3, 16), "x", iep=True)], "CA") == []
    profile.save_state("DC")
    factories.version(None, None, meeting_date=D(2026, 3, 16), status="draft")
    found = [d for d in deadlines.all_deadlines(D(2026, 3, 1)) if d.kind == "before_meeting"]
    assert [d.due for d in found] == [D(2026, 3, 9)]


def test_count_units_by_hand(case: Case) -> None:
    assert count(D(2026, 1, 31), 1, "months").due == D(2026, 2, 28)
    assert count(D(2026, 3, 16), 48, "hours", before=True).due == D(2026, 3, 14)


def test_the_state_texts_in_spanish(case: Case) -> None:
    from iepdesk.i18n import use_language

    with use_language("es"):
        due = _records("CA", D(2026, 11, 25))
        assert (
            "45 días según la ley federal; 5 días hábiles en California (Cal. Educ. Code § 56504)"
            in due.detail
        )
        assert "California" in due.note and "confírmela" in due.note
        assert _before("TN", D(2026, 3, 16)).rule.startswith("Si la escuela escribe un borrador")
        with pytest.raises(UsageError, match="no es el código postal"):
            profile.save_state("XX")
