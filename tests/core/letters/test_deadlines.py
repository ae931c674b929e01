"""Deadline rules at their boundaries; the sources are in the test names."""

from __future__ import annotations

import datetime as dt

import factories
import pytest

from iepdesk import deadlines
from iepdesk.casefile import Case
from iepdesk.model import Child, Provision
from iepdesk.schedule import logbook

D = dt.date
INCIDENT = D(2025, 3, 3)  # 2025-03-03 + 365 days = 2026-03-03 (no February 29 in between)


@pytest.mark.parametrize(("days", "inside"), [(364, True), (365, True), (366, False)])
def test_state_complaint_one_year_34_cfr_300_153_c(days: int, inside: bool) -> None:
    assert deadlines.within_state_complaint_window(INCIDENT, INCIDENT + dt.timedelta(days=days)) is inside
    assert deadlines.state_complaint_last_day(INCIDENT) == D(2026, 3, 3)


def test_state_complaint_window_across_a_leap_day_34_cfr_300_153_c() -> None:
    # One year after February 29 is February 28 (dateutil), never March 1.
    assert deadlines.state_complaint_last_day(D(2024, 2, 29)) == D(2025, 2, 28)


@pytest.mark.parametrize(("days", "inside"), [(179, True), (180, True), (181, False)])
def test_ocr_180_days_ocr_complaint_instructions(days: int, inside: bool) -> None:
    assert deadlines.within_ocr_window(INCIDENT, INCIDENT + dt.timedelta(days=days)) is inside


def test_due_process_two_years_34_cfr_300_507_a_2() -> None:
    assert deadlines.due_process_last_day(INCIDENT) == D(2027, 3, 3)


def test_records_45_days_34_cfr_300_613_a() -> None:
    assert deadlines.records_response_due(D(2026, 1, 10)) == D(2026, 2, 24)


def test_all_deadlines_show_what_they_count_from(case: Case) -> None:
    child = Child.the_child()
    child.last_evaluation_date = D(2024, 1, 15)
    child.save()
    Provision.update(reporting_schedule="quarterly, with report cards").execute()
    factories.provision(1, "goal", area="Reading", reporting_schedule="quarterly, with report cards")
    incident = logbook.record_incident(D(2025, 10, 6), [], "No extended time on the math test")
    found = deadlines.all_deadlines(D(2025, 11, 1))
    by_kind: dict[str, list[deadlines.Deadline]] = {}
    for d in found:
        by_kind.setdefault(d.kind, []).append(d)
    # Meeting 2025-09-01 + one year = 2026-09-01, on or before; the IEP itself ends 2026-08-31.
    review = by_kind["annual_review"][0]
    assert (review.due, review.counted_from, review.source) == (
        D(2026, 9, 1),
        D(2025, 9, 1),
        "34 CFR 300.324(b)(1)",
    )
    assert "on or before" in review.title
    assert review.detail == "The IEP itself runs to August 31, 2026."
    reeval = by_kind["reevaluation"][0]
    assert (reeval.due, reeval.source) == (D(2027, 1, 15), "34 CFR 300.303(b)")
    # "with report cards" but no grading period entered: every 3 months from 2025-09-01, four reports:
    # 12-01, 03-01, 06-01, and the fourth at min(2026-09-01, IEP end 2026-08-31) = 08-31, which is in
    # the summer (school year ends 2026-06-10), so it moves back to 2026-06-10.
    assert [d.due for d in by_kind["progress_report"]] == [
        D(2025, 12, 1),
        D(2026, 3, 1),
        D(2026, 6, 1),
        D(2026, 6, 10),
    ]
    assert "No grading period" in by_kind["progress_report"][0].note
    state = by_kind["state_complaint"][0]
    assert (state.due, state.counted_from, state.related) == (
        D(2026, 10, 6),
        D(2025, 10, 6),
        ("incident", incident.id),
    )
    assert "state" in state.note.lower()
    assert state.counted_from_label == "the incident of October 6, 2025"
    # 2025-10-06 + 180 days: 25 days to Oct 31, +30 Nov, +31 Dec, +31 Jan, +28 Feb = 145 on Feb 28,
    # +35 = 2026-04-04. OCR is federal: its note never says the state may differ.
    ocr = by_kind["ocr_complaint"][0]
    assert ocr.due == D(2026, 4, 4)
    assert "may differ" not in ocr.note and "federal" in ocr.note
    assert [d.due for d in found] == sorted(d.due for d in found)
