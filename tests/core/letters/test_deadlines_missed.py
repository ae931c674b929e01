"""Windows counted from missed sessions (issue 12): a parent who logged missed sessions and no incident
sees the state complaint (34 CFR 300.153(c)), OCR (180 days) and due process (34 CFR 300.507(a)(2))
windows. The case (conftest): Speech therapy 2 x 30 min a week, IEP 2025-09-01..2026-08-31, school
year 2025-08-25..2026-06-10."""

from __future__ import annotations

import datetime as dt

import factories

from iepdesk import deadlines
from iepdesk.casefile import Case
from iepdesk.schedule import logbook

D = dt.date
SPEECH = 1  # the conftest's only service
# Nine Mondays, 2025-10-06 to 2025-12-01 (every 7 days), all missed; no incident.
MONDAYS = [D(2025, 10, 6) + dt.timedelta(weeks=n) for n in range(9)]


def _windows(today: dt.date) -> dict[str, list[deadlines.Deadline]]:
    out: dict[str, list[deadlines.Deadline]] = {}
    for d in deadlines.all_deadlines(today, include_past_days=0):
        out.setdefault(d.kind, []).append(d)
    return out


def _log_nine_missed() -> None:
    assert MONDAYS[-1] == D(2025, 12, 1)
    for day in MONDAYS:
        logbook.log_session(SPEECH, day, "missed", reason="provider_absent")


def test_nine_missed_sessions_and_no_incident_open_every_window(case: Case) -> None:
    _log_nine_missed()
    found = _windows(D(2026, 1, 15))
    # State complaint, one year: oldest 2025-10-06 -> 2026-10-06 (closes first); newest 2025-12-01 ->
    # 2026-12-01 (closes last).
    state = found["state_complaint"]
    assert [(d.counted_from, d.due) for d in state] == [
        (D(2025, 10, 6), D(2026, 10, 6)),
        (D(2025, 12, 1), D(2026, 12, 1)),
    ]
    assert state[0].counted_from_label == "the missed Speech therapy session of October 6, 2025"
    assert state[0].source == "34 CFR 300.153(c)"
    assert "9 days" in state[0].detail and "oldest" in state[0].detail
    assert "most recent" in state[1].detail
    assert state[0].related is not None and state[0].related[0] == "log_entry"
    # OCR, 180 days from the last act, 2025-12-01: +30 = Dec 31, +31 = Jan 31 (61), +28 = Feb 28 (89),
    # +31 = Mar 31 (120), +30 = Apr 30 (150), +30 = 2026-05-30 (180). Only the newest.
    ocr = found["ocr_complaint"]
    assert [(d.counted_from, d.due) for d in ocr] == [(D(2025, 12, 1), D(2026, 5, 30))]
    assert "may differ" not in ocr[0].note
    # Due process, two years: 2025-10-06 -> 2027-10-06 and 2025-12-01 -> 2027-12-01.
    assert [(d.counted_from, d.due) for d in found["due_process"]] == [
        (D(2025, 10, 6), D(2027, 10, 6)),
        (D(2025, 12, 1), D(2027, 12, 1)),
    ]
    assert "state" in found["due_process"][0].note.lower()


def test_state_complaint_last_day_inside_and_first_day_outside_for_a_missed_session(case: Case) -> None:
    _log_nine_missed()
    # 2026-10-06 is the last day for the session of 2025-10-06: it still counts from it.
    on_last_day = _windows(D(2026, 10, 6))["state_complaint"]
    assert on_last_day[0].counted_from == D(2025, 10, 6)
    assert on_last_day[0].due == D(2026, 10, 6)
    # 2026-10-07: that window is closed; the oldest still open is 2025-10-13 -> 2026-10-13.
    day_after = _windows(D(2026, 10, 7))["state_complaint"]
    assert day_after[0].counted_from == D(2025, 10, 13)
    assert day_after[0].due == D(2026, 10, 13)
    assert "8 days" not in day_after[0].detail  # all nine days are counted; 2025-10-06's window is shut
    # OCR from the newest, 2025-12-01: last day 2026-05-30 inside, 2026-05-31 outside (not listed
    # with include_past_days=0).
    assert _windows(D(2026, 5, 30))["ocr_complaint"][0].due == D(2026, 5, 30)
    assert "ocr_complaint" not in _windows(D(2026, 5, 31))


def test_a_shortened_session_counts_a_cut_short_one_with_no_minutes_and_an_excused_one_do_not(
    case: Case,
) -> None:
    logbook.log_session(SPEECH, D(2025, 10, 7), "shortened", minutes=None)  # minutes not known
    logbook.log_session(SPEECH, D(2025, 10, 8), "missed", reason="student_absent")  # excused
    assert _windows(D(2025, 11, 1)).get("state_complaint") is None
    logbook.log_session(SPEECH, D(2025, 10, 14), "shortened", minutes=20)  # 10 of 30 minutes lacking
    state = _windows(D(2025, 11, 1))["state_complaint"]
    # One day, 2025-10-14 -> 2026-10-14, listed once (oldest and newest are the same session).
    assert [(d.counted_from, d.due) for d in state] == [(D(2025, 10, 14), D(2026, 10, 14))]
    assert state[0].counted_from_label == "the shortened Speech therapy session of October 14, 2025"


def test_a_missed_session_typed_twice_is_one_session(case: Case) -> None:
    logbook.log_session(SPEECH, D(2025, 10, 6), "missed", reason="provider_absent", source="parent_saw")
    logbook.log_session(SPEECH, D(2025, 10, 6), "missed", reason="provider_absent", source="provider_log")
    found = _windows(D(2025, 11, 1))
    # One session (the ledger sets the second record aside): one window of each kind, from 2025-10-06.
    assert [d.due for d in found["state_complaint"]] == [D(2026, 10, 6)]
    assert [d.due for d in found["ocr_complaint"]] == [D(2026, 4, 4)]  # 2025-10-06 + 180 (see other test)
    assert [d.due for d in found["due_process"]] == [D(2027, 10, 6)]
    assert "1 day with a missed session" in found["state_complaint"][0].detail


def test_a_missed_session_on_a_leap_day(case: Case) -> None:
    factories.school_year("2027-28", D(2027, 8, 23), D(2028, 6, 9))
    later = factories.version(D(2027, 9, 1), D(2028, 8, 31), meeting_date=D(2027, 9, 1))
    speech = factories.service(
        later,
        "Speech therapy",
        30,
        2,
        "week",
        delivery=None,
        location="",
        provider_role="",
        copied_from=SPEECH,
    )
    assert D(2028, 2, 29).isoweekday() == 2  # a Tuesday, a school day
    logbook.log_session(int(speech.id), D(2028, 2, 29), "missed", reason="provider_absent")
    found = _windows(D(2028, 3, 1))
    # One year after February 29 is February 28 (never March 1): 2029-02-28; two years: 2030-02-28.
    assert [d.due for d in found["state_complaint"]] == [D(2029, 2, 28)]
    assert [d.due for d in found["due_process"]] == [D(2030, 2, 28)]
    # 180 days: +31 = Mar 31, +30 = Apr 30 (61), +31 = May 31 (92), +30 = Jun 30 (122), +31 = Jul 31
    # (153), +27 = 2028-08-27 (180).
    assert [d.due for d in found["ocr_complaint"]] == [D(2028, 8, 27)]
    # The state-complaint window's last day is inside, the day after is not.
    assert deadlines.within_state_complaint_window(D(2028, 2, 29), D(2029, 2, 28))
    assert not deadlines.within_state_complaint_window(D(2028, 2, 29), D(2029, 3, 1))


def test_a_session_logged_after_today_opens_no_window_yet(case: Case) -> None:
    logbook.log_session(SPEECH, D(2025, 12, 1), "missed", reason="provider_absent")
    # Today 2025-11-30: the session of 2025-12-01 has not happened; nothing is counted.
    assert "state_complaint" not in _windows(D(2025, 11, 30))
    assert "state_complaint" in _windows(D(2025, 12, 1))


def test_acts_whose_windows_closed_before_the_list_starts_are_not_read(case: Case) -> None:
    """A ten-year case has thousands of closed windows: all_deadlines reads only acts whose longest
    window (due process, two years) can still be in the list, and loses none that is."""
    # Today 2026-12-01, the list starts 30 days back, on 2026-11-01. Due process closes two years
    # after the act: an act of 2024-11-01 closes 2026-11-01 (listed, the list's first day); one of
    # 2024-10-31 closes 2026-10-31 (a day before the list: not listed).
    factories.incident(D(2024, 11, 1), [], "Aide not present")
    factories.incident(D(2024, 10, 31), [], "Aide not present")
    listed = [
        (d.kind, d.counted_from)
        for d in deadlines.all_deadlines(D(2026, 12, 1), include_past_days=30)
        if d.kind in ("state_complaint", "ocr_complaint", "due_process")
    ]
    assert listed == [("due_process", D(2024, 11, 1))]
