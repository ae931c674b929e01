"""Records before a meeting (34 CFR 300.613(a): without unnecessary delay, before any meeting regarding
an IEP or any hearing, and in no case more than 45 days after the request) and the annual review
"on or before" beside the IEP's own end (34 CFR 300.324(b)(1))."""

from __future__ import annotations

import datetime as dt

import factories

from iepdesk import deadlines
from iepdesk.casefile import Case
from iepdesk.model import IepVersion

D = dt.date
SENT = D(2026, 1, 10)
# 2026-01-10 + 45 days: 21 days to Jan 31, + 24 = 2026-02-24.
DAY_45 = D(2026, 2, 24)


def _draft_meeting(day: dt.date) -> None:
    factories.version(None, None, meeting_date=day, status="draft")


def test_no_meeting_sooner_the_45th_day(case: Case) -> None:
    # The case's only meeting (2025-09-01) is before the request: it does not count.
    due = deadlines.records_deadline(7, SENT, deadlines.meetings())
    assert (due.due, due.counted_from, due.title) == (DAY_45, SENT, "Records must be available")
    assert due.source == "34 CFR 300.613(a); FERPA 34 CFR 99.10(b)"
    assert due.related == ("letter", 7)
    assert "state" in due.note.lower()


def test_a_draft_iep_meeting_on_day_44_comes_first_and_one_on_day_45_does_not_change_it(case: Case) -> None:
    _draft_meeting(D(2026, 2, 23))  # day 44
    due = deadlines.records_deadline(7, SENT, deadlines.meetings())
    assert due.due == D(2026, 2, 23)
    assert due.title == "Records must be available before the meeting"
    assert "Before the IEP meeting of February 23, 2026" in due.detail
    assert "February 24, 2026" in due.detail  # the 45th day, for comparison
    IepVersion.delete().where(IepVersion.status == "draft").execute()
    _draft_meeting(DAY_45)  # day 45: the same day either way; the 45-day rule is stated
    due = deadlines.records_deadline(7, SENT, deadlines.meetings())
    assert (due.due, due.title) == (DAY_45, "Records must be available")


def test_a_meeting_logged_in_communications_counts_and_one_on_the_request_day_does_not(case: Case) -> None:
    factories.communication("2026-01-10T09:00", "meeting", subject="Same day")
    assert deadlines.records_deadline(7, SENT, deadlines.meetings()).due == DAY_45
    factories.communication("2026-02-02T15:30", "meeting", subject="IEP meeting")
    factories.communication("2026-02-01", "email", subject="Not a meeting")
    due = deadlines.records_deadline(7, SENT, deadlines.meetings())
    # 2026-02-02 is day 23, sooner than day 45: the records are due before it.
    assert due.due == D(2026, 2, 2)
    assert "the meeting logged for February 2, 2026" in due.detail


def test_a_meeting_typed_twice_is_one_deadline(case: Case) -> None:
    _draft_meeting(D(2026, 2, 2))
    factories.communication("2026-02-02T15:30", "meeting", subject="IEP meeting")
    due = deadlines.records_deadline(7, SENT, deadlines.meetings())
    assert due.due == D(2026, 2, 2)


def test_annual_review_on_or_before_beside_the_ieps_end(case: Case) -> None:
    # Meeting 2025-09-01 + 1 year = 2026-09-01; the IEP's own end, 2026-08-31, is shown beside it.
    review = deadlines.annual_review(D(2025, 11, 1))
    assert review is not None
    assert (review.due, review.counted_from) == (D(2026, 9, 1), D(2025, 9, 1))
    assert review.title == "Annual IEP review due on or before"
    assert review.detail == "The IEP itself runs to August 31, 2026."
    IepVersion.update(effective_to=None).execute()
    review = deadlines.annual_review(D(2025, 11, 1))
    assert review is not None and review.detail == ""


def test_annual_review_after_a_leap_day_meeting(case: Case) -> None:
    factories.version(D(2028, 3, 1), D(2029, 2, 28), meeting_date=D(2028, 2, 29))
    # 2028-02-29 + 1 year = 2029-02-28 (no February 29 in 2029).
    review = deadlines.annual_review(D(2028, 3, 1))
    assert review is not None
    assert review.due == D(2029, 2, 28)
    assert review.detail == "The IEP itself runs to February 28, 2029."
    # The day before the meeting, the earlier IEP's review is the one due.
    earlier = deadlines.annual_review(D(2028, 2, 28))
    assert earlier is not None and earlier.due == D(2026, 9, 1)


def test_a_sent_records_request_in_all_deadlines_uses_the_sooner_meeting(case: Case) -> None:
    from iepdesk.model import Letter

    letter = Letter.create(kind="records-request", sent_on=SENT)
    _draft_meeting(D(2026, 2, 23))  # day 44 (see above)
    found = [d for d in deadlines.all_deadlines(D(2026, 1, 11)) if d.kind == "records_request"]
    assert [(d.due, d.related) for d in found] == [(D(2026, 2, 23), ("letter", int(letter.id)))]
