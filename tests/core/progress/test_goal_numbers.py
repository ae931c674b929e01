"""A goal's baseline and target as numbers (the aim line of issue 17): empty or a number, kept as typed."""

from __future__ import annotations

import pytest
from factories import goal, version

from iepdesk.iep import edits
from iepdesk.model import Provision


def test_goal_numbers_are_kept_as_typed_and_empty_is_allowed(case) -> None:  # type: ignore[no-untyped-def]
    g = goal(version())
    edits.update_provision(g.id, {"baseline_value": "40.0", "target_value": "80", "unit": "percent correct"})
    row = Provision.get_by_id(g.id)
    assert (row.baseline_value, row.target_value, row.unit) == ("40.0", "80", "percent correct")
    edits.update_provision(g.id, {"baseline_value": "", "target_value": ""})  # no number: no aim line
    assert Provision.get_by_id(g.id).baseline_value == ""


def test_a_goal_number_that_is_not_a_number_is_refused(case) -> None:  # type: ignore[no-untyped-def]
    g = goal(version())
    with pytest.raises(ValueError, match="Type a number"):
        edits.update_provision(g.id, {"target_value": "80%ish"})
    assert Provision.get_by_id(g.id).target_value == ""  # nothing saved
    with pytest.raises(ValueError, match="Type a number"):
        edits.add_provision(g.version_id, "goal", title="Math", baseline_value="about 3")


def test_a_refused_number_is_a_plain_usage_error(case) -> None:  # type: ignore[no-untyped-def]
    """The window shows a UsageError's sentence as it is; any other error reads "Something unexpected"
    (the monkey test found a goal's bad baseline shown that way)."""
    import factories
    import pytest

    from iepdesk.errors import UsageError
    from iepdesk.iep import edits

    goal = factories.goal(factories.version())
    with pytest.raises(UsageError, match=r"^Type a number"):
        edits.update_provision(goal.id, {"baseline_value": "forty"})
