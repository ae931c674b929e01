"""The child's profile, the family's details and the team, through iepdesk.profile (what the window calls)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import factories
import pytest

from iepdesk import profile
from iepdesk.casefile import Case
from iepdesk.errors import UsageError
from iepdesk.profile import ChildProfile, ContactData, FamilyDetails


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    opened = factories.new_case(tmp_path / "p.iepcase", "Jacob Smith")
    yield opened
    opened.lock()


def test_profile_is_trimmed_and_read_back(case: Case) -> None:
    saved = profile.save_profile(
        ChildProfile(name="  Jacob  ", date_of_birth=dt.date(2016, 5, 2), grade=" 3 ", school=" Elm ")
    )
    assert saved == ChildProfile(name="Jacob", date_of_birth=dt.date(2016, 5, 2), grade="3", school="Elm")
    assert profile.load_profile() == saved
    assert profile.child_name() == "Jacob"


def test_empty_child_name_is_refused_with_one_message(case: Case) -> None:
    with pytest.raises(UsageError, match=re.escape(profile.CHILD_NAME_EMPTY)):
        profile.save_profile(ChildProfile(name="   "))
    with pytest.raises(UsageError, match=re.escape(profile.CHILD_NAME_EMPTY)):
        profile.save_all(ChildProfile(name=""), FamilyDetails(parent_name="Ana"))
    assert profile.load_details().parent_name == ""  # nothing of the pair was saved


def test_save_all_saves_both(case: Case) -> None:
    details = FamilyDetails(
        last_evaluation_date=dt.date(2024, 1, 9), parent_name=" Ana ", parent_email="a@b.c "
    )
    saved, kept = profile.save_all(ChildProfile(name="Jacob"), details)
    assert kept == dataclasses.replace(details, parent_name="Ana", parent_email="a@b.c")
    assert profile.load_details() == kept
    assert saved.name == "Jacob"


def test_results_are_frozen_dataclasses(case: Case) -> None:
    added = profile.add_contact(ContactData(name="Ms. Rivera"))
    for value in (profile.load_profile(), profile.load_details(), added):
        assert dataclasses.is_dataclass(value)
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, "notes", "x")  # noqa: B010 (any field: all are frozen)


def test_contacts_add_update_move_delete(case: Case) -> None:
    a = profile.add_contact(ContactData(name=" Ms. Rivera ", role=" Case manager "))
    b = profile.add_contact(ContactData(name="Mr. Lee", email=" lee@school.org"))
    assert (a.name, a.role, b.email) == ("Ms. Rivera", "Case manager", "lee@school.org")
    assert [c.id for c in profile.list_contacts()] == [a.id, b.id]
    profile.move_contact(b.id or 0, -1)
    assert [c.id for c in profile.list_contacts()] == [b.id, a.id]
    changed = profile.update_contact(dataclasses.replace(a, phone=" 555 "))
    assert changed.phone == "555"
    with pytest.raises(UsageError, match=re.escape(profile.CONTACT_NAME_EMPTY)):
        profile.update_contact(dataclasses.replace(a, name=" "))
    profile.delete_contact(b.id or 0)
    assert [c.name for c in profile.list_contacts()] == ["Ms. Rivera"]


def test_team_roles_are_offered() -> None:
    assert "Case manager" in profile.TEAM_ROLES
