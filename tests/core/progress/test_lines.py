"""A goal's line across IEP versions: points on the annual's goal and on the amendment's copy show
on one line, whose goal_id is the newest; the aim line of each version."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import factories

from iepdesk.casefile import Case
from iepdesk.iep import versions
from iepdesk.model import IepVersion
from iepdesk.progress import lines, summary
from iepdesk.progress import points as p
from iepdesk.progress.points import PointData

D = dt.date


def test_points_on_both_versions_goals_show_on_one_line(case: Case) -> None:
    iep = factories.version(D(2025, 9, 2), D(2026, 6, 12))
    goal = factories.goal(iep, "Reading fluency", baseline_value="40", target_value="80")
    p.save(PointData(goal.id, D(2025, 10, 1), "45"))
    # The amendment made as the program makes it: a draft copy of every provision, then final.
    draft = versions.start_next_version(iep)
    draft.kind, draft.status = "amendment", "final"
    draft.effective_from, draft.effective_to, draft.meeting_date = (
        D(2026, 2, 15),
        D(2026, 6, 12),
        D(2026, 2, 10),
    )
    draft.save()
    (copy,) = [g for g in draft.provisions if g.kind == "goal"]
    copy.target_value = "90"
    copy.save()
    p.save(PointData(copy.id, D(2026, 3, 1), "60"))
    (line,) = lines.goal_lines()
    assert line.goal_id == copy.id
    assert line.line_id == goal.id
    assert line.goal_ids == (goal.id, copy.id)
    assert line.version_ids == (iep.id, draft.id)
    assert line.target == "90"
    assert [a.target for a in line.aims] == [Decimal(80), Decimal(90)]
    assert lines.line_of(goal.id) == line
    assert [row.value for row in p.points_of(line.goal_ids)] == ["45", "60"]
    progress = summary.progress_of(goal.id, D(2026, 6, 12))
    assert progress is not None and [row.value for row in progress.points] == ["45", "60"]


def test_a_goal_typed_anew_and_linked_to_the_earlier_one_joins_its_line(case: Case) -> None:
    iep = factories.version(D(2025, 9, 2), D(2026, 6, 12))
    goal = factories.goal(iep, baseline_value="40", target_value="80")
    amendment = factories.version(D(2026, 2, 15), D(2026, 6, 12), kind="amendment")
    anew = factories.goal(amendment, baseline_value="50", target_value="80")
    assert len(lines.goal_lines()) == 2
    versions.link_to_earlier(anew.id, goal.id)
    (line,) = lines.goal_lines()
    assert (line.goal_id, line.goal_ids) == (anew.id, (goal.id, anew.id))


def test_drafts_are_left_out_unless_asked(case: Case) -> None:
    iep = factories.version(D(2025, 9, 2), D(2026, 6, 12))
    factories.goal(iep)
    draft = factories.version(None, None, meeting_date=None, status="draft")
    factories.goal(draft, "Draft goal")
    assert [line.title for line in lines.goal_lines()] == ["Articulation"]
    assert sorted(line.title for line in lines.goal_lines(final_only=False)) == ["Articulation", "Draft goal"]


def test_the_aim_line_runs_to_the_ieps_last_day_or_a_year_less_a_day(case: Case) -> None:
    iep = factories.version(D(2025, 9, 2), None)
    goal = factories.goal(iep, baseline_value="10", target_value="2")
    aim = lines.aim_line(goal, IepVersion.get_by_id(iep.id))
    # No last day: 2025-09-02 + 1 year - 1 day = 2026-09-01.
    assert aim is not None and (aim.start, aim.end, aim.direction) == (D(2025, 9, 2), D(2026, 9, 1), -1)
    # Not numbers, or one missing: no aim line.
    # (The IEP editor refuses "40%" now; a value stored otherwise, by an import, is still no aim line.)
    stored = factories.goal(iep, target_value="80")
    stored.baseline_value = "40%"
    stored.save()
    assert lines.aim_line(stored, iep) is None
    assert lines.aim_line(factories.goal(iep, baseline_value="", target_value="80"), iep) is None


def test_newest_versions_goals_first_in_the_ieps_order(case: Case) -> None:
    old = factories.version(D(2024, 9, 2), D(2025, 9, 1))
    ended = factories.goal(old, "Ended goal")
    new = factories.version(D(2025, 9, 2), D(2026, 9, 1))
    factories.goal(new, "Second")
    first = factories.goal(new, "First")
    first.position = -1
    first.save()
    assert ended.id
    assert [line.title for line in lines.goal_lines()] == ["First", "Second", "Ended goal"]
