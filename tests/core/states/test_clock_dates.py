"""The dates a state counts from that the parent records (issue 19): Alaska's written notice,
Wisconsin's refusal or proposal, and a private placement in Hawaii or New Hampshire. Recorded
through iepdesk.states.clock_dates, they move the deadlines the Overview lists; each figure is
counted by hand beside it."""

from __future__ import annotations

import datetime as dt

import factories
import pytest

from iepdesk import deadlines, profile
from iepdesk.casefile import Case
from iepdesk.errors import UsageError
from iepdesk.states.clock_dates import clock_dates, needed_dates, placement_deadlines, set_clock_date

D = dt.date
TODAY = D(2026, 12, 1)


def test_a_date_is_recorded_read_back_and_cleared(case: Case) -> None:
    assert clock_dates() == {}
    set_clock_date("written_notice", D(2026, 3, 2), TODAY)
    set_clock_date("placement", D(2026, 8, 20), TODAY)
    assert clock_dates() == {"written_notice": D(2026, 3, 2), "placement": D(2026, 8, 20)}
    set_clock_date("written_notice", None, TODAY)
    assert clock_dates() == {"placement": D(2026, 8, 20)}


def test_today_is_accepted_and_tomorrow_refused(case: Case) -> None:
    set_clock_date("written_notice", TODAY, TODAY)  # the last day inside
    with pytest.raises(UsageError, match="after today"):
        set_clock_date("written_notice", TODAY + dt.timedelta(days=1), TODAY)  # the first outside
    assert clock_dates() == {"written_notice": TODAY}  # the refused date changed nothing


def test_a_date_the_case_holds_elsewhere_is_refused(case: Case) -> None:
    with pytest.raises(UsageError, match="not a date recorded here"):
        set_clock_date("request", D(2026, 3, 2), TODAY)  # requests are letters in the case


@pytest.mark.parametrize(
    ("state", "triggers", "citation"),
    [
        ("AK", ["written_notice"], "AS 14.30.193"),
        ("WI", ["refusal_or_proposal"], "Wis. Stat. § 115.80"),
        ("HI", ["first_day_of_attendance"], "HRS § 302A-443"),
        ("NH", ["placement"], "RSA 186-C:16-b"),
        ("CA", [], ""),  # California counts records from the request: nothing to record here
        ("", [], ""),  # not set: the federal rules, nothing to record
    ],
)
def test_the_dates_each_state_counts_from(case: Case, state: str, triggers: list[str], citation: str) -> None:
    found = needed_dates(state)
    assert [n.trigger for n in found] == triggers
    for needed in found:
        assert needed.citation.startswith(citation) and needed.day is None and needed.words.en


def test_alaska_counts_due_process_from_the_recorded_written_notice(case: Case) -> None:
    profile.save_state("AK")
    incident = factories.incident(D(2026, 3, 10))

    def due() -> dt.date:
        return next(d for d in deadlines.incident_windows(incident) if d.kind == "due_process").due

    # No notice recorded: the federal two years from the incident, 2028-03-10.
    assert due() == D(2028, 3, 10)
    # Notice on 2026-03-02: 12 months later, 2027-03-02 (AS 14.30.193(a)), earlier than federal.
    set_clock_date("written_notice", D(2026, 3, 2), TODAY)
    assert due() == D(2027, 3, 2)
    assert needed_dates("AK")[0].day == D(2026, 3, 2)
    # It says what it counts from: the notice, not the incident (still the record it belongs to).
    found = next(d for d in deadlines.incident_windows(incident) if d.kind == "due_process")
    assert found.counted_from == D(2026, 3, 2)
    assert found.counted_from_label == "the district's written notice of its decision, March 2, 2026"
    assert found.related == ("incident", incident.id)
    # An older incident whose federal two years end first (2026-01-10, before the notice's
    # 12 months, 2026-06-01): the federal date, counted from the incident.
    older = factories.incident(D(2024, 1, 10))
    set_clock_date("written_notice", D(2025, 6, 1), TODAY)
    found = next(d for d in deadlines.incident_windows(older) if d.kind == "due_process")
    assert found.due == D(2026, 1, 10) and found.counted_from == D(2024, 1, 10)
    assert found.counted_from_label == "the incident of January 10, 2024"


def test_hawaii_lists_the_reimbursement_limit_once_the_first_day_is_recorded(case: Case) -> None:
    profile.save_state("HI")
    assert placement_deadlines("HI") == []  # no date recorded: no deadline invented
    set_clock_date("first_day_of_attendance", D(2026, 8, 20), TODAY)
    # 2026-08-20 + 180 days: 11 to Aug 31, 41 Sep 30, 72 Oct 31, 102 Nov 30, 133 Dec 31,
    # 164 Jan 31, +16 = 2027-02-16.
    (found,) = [d for d in deadlines.all_deadlines(TODAY) if d.kind == "reimbursement_placement"]
    assert found.due == D(2027, 2, 16) and found.counted_from == D(2026, 8, 20)
    assert "180 days" in found.detail and "HRS § 302A-443" in found.detail and found.state == "HI"
    # The last day inside is listed on the day itself; the day after, with no past days asked for,
    # it is gone.
    assert any(d.kind == "reimbursement_placement" for d in deadlines.all_deadlines(D(2027, 2, 16), 0))
    assert not any(d.kind == "reimbursement_placement" for d in deadlines.all_deadlines(D(2027, 2, 17), 0))


def test_new_hampshire_counts_from_the_placement_and_california_has_no_limit(case: Case) -> None:
    set_clock_date("placement", D(2026, 8, 20), TODAY)
    # 2026-08-20 + 90: 11 to Aug 31, 41 Sep 30, 72 Oct 31, +18 = 2026-11-18.
    (found,) = placement_deadlines("NH")
    assert found.due == D(2026, 11, 18)
    assert placement_deadlines("CA") == [] and placement_deadlines("") == []
