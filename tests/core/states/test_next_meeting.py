"""The IEP meetings the state rules count from (iepdesk.deadlines.iep_meetings): an IEP version's
meeting date and a meeting logged in Communications, each day once; the next one; and the notice of
a meeting (Maryland, DC, Tennessee) at its boundary, named after its citation. Each date by hand."""

from __future__ import annotations

import datetime as dt

import factories

from iepdesk import deadlines, profile
from iepdesk.casefile import Case
from iepdesk.schedule.ics import schedule_items
from iepdesk.states.meetings import meeting_notices

D = dt.date
MEETING_KINDS = deadlines.MEETING_KINDS


def _due(today: dt.date, kind: str, past: int = 400) -> list[tuple[dt.date, dt.date]]:
    """(due, meeting) of each deadline of ``kind`` from ``today - past`` on."""
    found = deadlines.all_deadlines(today, include_past_days=past, kinds=MEETING_KINDS)
    return [(d.due, d.counted_from) for d in found if d.kind == kind]


def test_a_meeting_logged_twice_and_as_the_iep_date_counts_once(case: Case) -> None:
    profile.save_state("MD")
    version = factories.version(None, None, meeting_date=D(2026, 3, 16), status="draft")
    factories.communication("2026-03-16T10:00", "meeting", subject="IEP meeting")
    factories.communication("2026-03-16T14:30", "meeting", subject="IEP meeting, again")
    logged = factories.communication("2026-03-20", "meeting", subject="Team meeting")
    factories.communication("2026-03-18", "email", subject="Not a meeting")
    found = deadlines.iep_meetings()
    assert [(m.day, m.logged_only, m.related) for m in found] == [
        (D(2026, 3, 16), False, ("iep_version", int(version.id))),  # the IEP version's words win
        (D(2026, 3, 20), True, ("communication", logged.id)),
    ]
    # Maryland, 5 business days before: Mon 16 -> Mon 9 (13, 12, 11, 10, 9); Fri 20 -> Fri 13
    # (19, 18, 17, 16, 13). One deadline per meeting day, not three for the 16th.
    assert _due(D(2026, 3, 1), "before_meeting") == [
        (D(2026, 3, 9), D(2026, 3, 16)),
        (D(2026, 3, 13), D(2026, 3, 20)),
    ]
    only_logged = [d for d in deadlines.all_deadlines(D(2026, 3, 1)) if d.counted_from == D(2026, 3, 20)]
    assert {d.kind for d in only_logged} == {"before_meeting", "meeting_notice"}
    # Said once: the label names the logged meeting, the sentence says when it applies.
    assert all(d.counted_from_label == "the meeting logged for March 20, 2026" for d in only_logged)
    assert all(d.detail.count("is an IEP meeting") == 1 for d in only_logged)
    # The .ics has one event per deadline: the two meetings' documents no longer share one UID.
    items = schedule_items(D(2026, 3, 1), D(2026, 3, 31))
    uids = [i.uid_seed for i in items if "before_meeting" in i.uid_seed]
    assert len(uids) == len(set(uids)) == 2


def test_the_next_meeting_today_inside_yesterday_outside(case: Case) -> None:
    factories.version(None, None, meeting_date=D(2026, 3, 16), status="draft")
    factories.communication("2026-03-20T09:00", "meeting", subject="Planned")
    assert deadlines.next_iep_meeting(D(2026, 3, 15)).day == D(2026, 3, 16)
    assert deadlines.next_iep_meeting(D(2026, 3, 16)).day == D(2026, 3, 16)  # a meeting today: next
    assert deadlines.next_iep_meeting(D(2026, 3, 17)).day == D(2026, 3, 20)  # the day after: past
    assert deadlines.next_iep_meeting(D(2026, 3, 21)) is None


def test_a_past_meeting_starts_no_future_due_date(case: Case) -> None:
    profile.save_state("MD")
    factories.communication("2026-03-16T10:00", "meeting", subject="IEP meeting held")
    # Documents were due Mar 9 and notice Mar 6 (10 calendar days): both before the meeting, so from
    # the day after it nothing is due, on the Overview's list (from today on) or anywhere.
    assert _due(D(2026, 3, 17), "before_meeting", past=0) == []
    assert _due(D(2026, 3, 17), "meeting_notice", past=0) == []
    upcoming = deadlines.all_deadlines(D(2026, 3, 17), include_past_days=0)
    assert not [d for d in upcoming if d.kind in MEETING_KINDS]
    # On the documents' last day they are still listed; the day after, no longer.
    assert _due(D(2026, 3, 9), "before_meeting", past=0) == [(D(2026, 3, 9), D(2026, 3, 16))]
    assert _due(D(2026, 3, 10), "before_meeting", past=0) == []


def test_the_kinds_filter_gives_what_the_whole_list_gives(case: Case) -> None:
    profile.save_state("DC")
    factories.version(None, None, meeting_date=D(2026, 3, 16), status="draft")
    factories.incident(D(2026, 3, 2))  # other deadlines in the whole list, left out by kinds
    whole = [d for d in deadlines.all_deadlines(D(2026, 3, 1)) if d.kind in MEETING_KINDS]
    assert whole == deadlines.all_deadlines(D(2026, 3, 1), kinds=MEETING_KINDS)
    assert len(whole) == 2


# ---- notice of the meeting ------------------------------------------------------------------------


def _notice(state: str, meeting: dt.date) -> deadlines.Deadline:
    known = [deadlines.Meeting(meeting, "the IEP meeting", iep=True)] * 2  # typed twice: one deadline
    found = meeting_notices(known, state)
    assert len(found) == 1
    return found[0]


def test_md_educ_8_405_notice_ten_calendar_days_before(case: Case) -> None:
    # Meeting Monday 2026-03-16: 10 calendar days before is Friday 03-06 (16 - 10). Notice on the 6th
    # is 10 days ahead (in time, the last day inside); on the 7th only 9 (late, the first day outside).
    due = _notice("MD", D(2026, 3, 16))
    assert due.due == D(2026, 3, 6) and due.title == "Notice of the IEP meeting due"
    assert (D(2026, 3, 16) - due.due).days == 10
    assert (D(2026, 3, 16) - (due.due + dt.timedelta(days=1))).days == 9
    assert "Md. Code, Educ. § 8-405" in due.detail and due.source == "Md. Code, Educ. § 8-405"
    # Calendar days: a holiday inside the ten changes nothing.
    factories.non_school_day(D(2026, 3, 11), kind="holiday", label="Holiday")
    assert _notice("MD", D(2026, 3, 16)).due == D(2026, 3, 6)


def test_tenn_0520_01_09_15_notice_ten_calendar_days_across_a_leap_day(case: Case) -> None:
    # Meeting Thursday 2028-03-09: Mar 8 ... Mar 1 are 8 days, Feb 29 the 9th, Feb 28 the 10th.
    assert _notice("TN", D(2028, 3, 9)).due == D(2028, 2, 28)
    # The same meeting day in 2027 (no leap day): Mar 1 - 8 are 8, Feb 28 the 9th, Feb 27 the 10th.
    assert _notice("TN", D(2027, 3, 9)).due == D(2027, 2, 27)


def test_5a_dcmr_3009_notice_five_business_days_across_a_holiday(case: Case) -> None:
    # Meeting Tuesday 2026-01-20. With no holiday entered: Mon 19 (1), Fri 16 (2), Thu 15 (3),
    # Wed 14 (4), Tue 13 (5) = Jan 13, and the text says only weekends were skipped.
    due = _notice("DC", D(2026, 1, 20))
    assert due.due == D(2026, 1, 13) and "only weekends were skipped" in due.detail
    # Monday the 19th entered as a holiday: Fri 16 (1), Thu 15, Wed 14, Tue 13, Mon 12 (5) = Jan 12;
    # notice on the 12th is in time, on the 13th it is late.
    factories.non_school_day(D(2026, 1, 19), kind="holiday", label="Holiday")
    due = _notice("DC", D(2026, 1, 20))
    assert due.due == D(2026, 1, 12) and "5-A DCMR § 3009.1–3009.2" in due.detail


def test_no_notice_rule_is_counted_where_none_is_verified(case: Case) -> None:
    # California and Illinois have no verified notice rule: nothing is counted (the federal rules
    # set no number of days).
    for state in ("CA", "IL", "AK", ""):
        assert meeting_notices([deadlines.Meeting(D(2026, 3, 16), "x", iep=True)], state) == []
