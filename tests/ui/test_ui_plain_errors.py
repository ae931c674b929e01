"""A check the parent can trip says what to do, in its own words: the window's checks raise the core's
plain-message error, which messages.describe() shows as it is. A plain ValueError was shown as
"Something unexpected went wrong (ValueError)" instead (found by the monkey test on an empty Save)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from iepdesk.errors import IEPDeskError
from iepdesk.schedule import school_days
from ui import messages
from ui.settings import profile_ctl

D = dt.date


CHECKS: dict[str, tuple[Callable[[], object], str]] = {
    "child without a name": (
        lambda: profile_ctl.save_profile(profile_ctl.ChildProfile(name="   ")),
        "The child's name cannot be empty.",
    ),
    "school year ending before it starts": (
        lambda: school_days.save_school_year(school_days.Span(D(2026, 9, 1), D(2026, 8, 31))),
        "The last day is before the first day.",
    ),
    "school year with no weekday": (
        lambda: school_days.save_school_year(
            school_days.Span(D(2026, 9, 1), D(2027, 6, 15), weekdays=frozenset())
        ),
        "Choose at least one school weekday.",
    ),
    "grading period without a name": (
        lambda: school_days.add_grading_period(school_days.Span(D(2026, 9, 1), D(2026, 11, 6), name=" ")),
        "Give the grading period a name, such as Quarter 1.",
    ),
}


@pytest.mark.parametrize("name", list(CHECKS))
def test_a_check_the_parent_trips_is_shown_in_its_own_words(name: str) -> None:
    call, said = CHECKS[name]
    with pytest.raises(IEPDeskError) as raised:
        call()
    assert messages.describe(raised.value) == said
