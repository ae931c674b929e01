"""The binder's meeting is the next IEP meeting as the deadlines count it (iepdesk.deadlines.iep_meetings):
a draft IEP's meeting date or a meeting logged in Communications, from today on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.export.binder_data import BinderOptions, gather

D = dt.date
TODAY = D(2026, 3, 2)


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    opened = factories.new_case(tmp_path / "meeting.iepcase", "Child")
    factories.version(D(2025, 9, 1), D(2026, 8, 31), meeting_date=D(2025, 9, 1))
    yield opened
    opened.lock()


def meeting() -> dt.date | None:
    return gather(BinderOptions(D(2025, 9, 1), TODAY), today=TODAY).meeting_date


def test_a_draft_iep_meeting_date_is_the_binders_meeting(case: Case) -> None:
    assert meeting() is None  # the final version's meeting (Sep 1) is past
    factories.version(None, None, meeting_date=D(2026, 3, 16), status="draft")
    assert meeting() == D(2026, 3, 16)


def test_a_logged_meeting_counts_and_the_earlier_of_two_is_next(case: Case) -> None:
    factories.communication(
        "2026-03-20T09:00", channel="meeting", direction="to_school", subject="IEP meeting"
    )
    assert meeting() == D(2026, 3, 20)
    factories.version(None, None, meeting_date=D(2026, 3, 16), status="draft")
    assert meeting() == D(2026, 3, 16)


def test_a_meeting_today_is_still_next_and_yesterdays_is_not(case: Case) -> None:
    factories.communication(
        "2026-03-01T09:00", channel="meeting", direction="to_school", subject="IEP meeting"
    )
    assert meeting() is None
    factories.communication(
        "2026-03-02T15:00", channel="meeting", direction="to_school", subject="IEP meeting"
    )
    assert meeting() == TODAY


def test_the_parents_own_date_wins(case: Case) -> None:
    factories.communication(
        "2026-03-20T09:00", channel="meeting", direction="to_school", subject="IEP meeting"
    )
    options = BinderOptions(D(2025, 9, 1), TODAY, meeting_date=D(2026, 4, 1))
    assert gather(options, today=TODAY).meeting_date == D(2026, 4, 1)
