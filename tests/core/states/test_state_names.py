"""The states by name (issue 19): reading order and typed names with accents and case aside, in
both languages. The window's state list and its keyboard search use these two functions."""

from __future__ import annotations

import pytest

from iepdesk import i18n
from iepdesk.states.codes import name_starts_with, states_by_name


@pytest.fixture
def spanish() -> object:
    before = i18n.current()
    i18n.set_language("es")
    yield
    i18n.set_language(before)


def test_spanish_names_sort_as_read_with_the_accent_aside(spanish: object) -> None:
    names = [s.name for s in states_by_name()]
    # Raw characters would put "Míchigan" after "Montana" ("í" sorts after every ASCII letter).
    assert names.index("Míchigan") + 1 == names.index("Minnesota")
    assert names.index("Misisipi") < names.index("Montana")
    assert names.index("Nueva York") < names.index("Nuevo México")
    assert len(names) == 51


def test_english_names_are_in_alphabetical_order() -> None:
    names = [s.name for s in states_by_name()]
    assert names[0] == "Alabama" and names[-1] == "Wyoming"
    assert names.index("District of Columbia") + 1 == names.index("Florida")


@pytest.mark.parametrize(
    ("name", "typed", "found"),
    [
        ("Míchigan", "Michigan", True),  # typed on a keyboard without the accent
        ("Míchigan", "mic", True),  # case aside
        ("Míchigan", "Míc", True),  # the accent typed as well
        ("Nuevo México", "nuevo mex", True),
        ("Minnesota", "Mic", False),
        ("Míchigan", "Michigan ", False),  # a space more is another name
        ("Alaska", "", True),  # nothing typed yet matches every name
    ],
)
def test_a_typed_name_is_found_with_accents_and_case_aside(name: str, typed: str, found: bool) -> None:
    assert name_starts_with(name, typed) is found
