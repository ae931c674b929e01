"""What the New letter wizard offers to cite, read through the core (iepdesk.letters.choices): plain values,
newest first, one line each."""

from __future__ import annotations

import datetime as dt

import factories

from iepdesk.casefile import Case
from iepdesk.letters.choices import Citable, citable_communications, citable_incidents, citable_provisions

D = dt.date


def test_incidents_newest_first_one_line_each(case: Case) -> None:
    factories.incident(D(2025, 10, 2), what_happened="No extra time\non the  spelling test.")
    factories.incident(D(2025, 11, 5), what_happened="x" * 120)
    found = citable_incidents()
    assert [c.day for c in found] == [D(2025, 11, 5), D(2025, 10, 2)]
    assert found[1].text == "No extra time on the spelling test."
    assert found[0].text == "x" * 89 + "…" and len(found[0].text) == 90  # 90 characters at most


def test_provisions_of_the_iep_in_effect_on_the_day(case: Case) -> None:
    # The conftest's IEP runs 2025-09-01 .. 2026-08-31 with speech therapy and extended time.
    assert [c.text for c in citable_provisions(D(2025, 9, 1))] == ["Speech therapy", "Extended time"]
    assert [c.text for c in citable_provisions(D(2026, 8, 31))] == ["Speech therapy", "Extended time"]
    assert citable_provisions(D(2025, 8, 31)) == []  # the day before it took effect
    assert citable_provisions(D(2026, 9, 1)) == []  # the day after it ended
    assert all(isinstance(c, Citable) and c.day is None for c in citable_provisions(D(2026, 1, 5)))


def test_communications_of_the_two_years_up_to_today(case: Case) -> None:
    today = D(2026, 3, 4)
    # 2 x 365 days back: 2024-03-04 (2024-03-04 .. 2025-03-04 .. 2026-03-04 are 365 days each).
    factories.communication("2024-03-03T09:00", subject="Too old: 731 days before today")
    factories.communication("2024-03-04T09:00", subject="The first day inside")
    factories.communication("2026-03-04T15:30", body="Asked about the missed sessions.")
    found = citable_communications(today)
    assert [(c.day, c.text) for c in found] == [
        (D(2026, 3, 4), "Asked about the missed sessions."),  # no subject: the body's words
        (D(2024, 3, 4), "The first day inside"),
    ]
