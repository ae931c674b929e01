"""Data points: save / change / delete / restore keep the id and the documents; the one check's
sentences; a report's values as school_report points, replaced, deleted and put back with it."""

from __future__ import annotations

import datetime as dt

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.model import Document, IepVersion, Provision
from iepdesk.progress import points as p
from iepdesk.progress import reports as r
from iepdesk.progress.points import PointData
from iepdesk.progress.reports import GoalReportData, ReportData

D = dt.date


def goal_of_quarterly_iep() -> tuple[IepVersion, Provision]:
    iep = factories.version(D(2025, 9, 1), D(2026, 8, 31))
    return iep, factories.goal(iep, baseline_value="40", target_value="80", unit="%")


def document(name: str = "sheet.pdf") -> int:
    """A vault row only (no content: the points link to its id)."""
    return int(Document.insert(title=name, filename=name, sha256="0" * 64).execute())


def test_save_change_delete_restore_keep_the_id_and_documents(case: Case) -> None:
    _iep, goal = goal_of_quarterly_iep()
    doc = document()
    data = PointData(goal.id, D(2025, 10, 1), "62.50", "%", "provider_data", " Ms. Lee ", "", (doc, doc))
    point_id = p.save(data)
    row = p.get(point_id)
    assert row is not None
    # As typed (62.50 stays), trimmed, the document once.
    assert (row.value, row.measured_by, row.document_ids, row.report_id) == ("62.50", "Ms. Lee", (doc,), None)
    assert row.number == p.values.parse("62.5")
    changed = PointData(goal.id, D(2025, 10, 2), "63", "%", "work_sample", document_ids=())
    assert p.save(changed, point_id) == point_id
    row = p.get(point_id)
    assert row is not None and (row.day, row.value, row.source, row.document_ids) == (
        D(2025, 10, 2),
        "63",
        "work_sample",
        (),
    )
    p.save(data, point_id)  # the document back
    deleted = p.delete(point_id)
    assert p.get(point_id) is None
    assert p.restore(deleted) == point_id
    back = p.get(point_id)
    assert back is not None and back == deleted.row
    assert back.document_ids == (doc,)
    with pytest.raises(p.PointError, match=r"^There is no data point 999\.$"):
        p.delete(999)


def test_the_checks_sentences(case: Case) -> None:
    iep, goal = goal_of_quarterly_iep()
    service = factories.service(iep)
    assert p.problem(PointData(service.id, D(2025, 10, 1), "5")) == f"There is no goal {service.id}."
    assert p.problem(PointData(9999, D(2025, 10, 1), "5")) == "There is no goal 9999."
    assert p.problem(PointData(goal.id, D(2025, 10, 1), "5", source="rumour")) == (
        "Choose how you know this value."
    )
    assert p.problem(PointData(goal.id, D(2025, 10, 1), "1,5")) == (
        "Type the number with a point for decimals and no thousands separator, such as 62.5."
    )
    assert p.problem(PointData(goal.id, D(2025, 10, 1), "5", document_ids=(404,))) == (
        "There is no document 404 in the vault."
    )
    with pytest.raises(p.PointError, match="Choose how you know"):
        p.save(PointData(goal.id, D(2025, 10, 1), "5", source="rumour"))
    # Changing is checked the same way.
    point_id = p.save(PointData(goal.id, D(2025, 10, 1), "5"))
    with pytest.raises(p.PointError, match="45, not 45%"):
        p.save(PointData(goal.id, D(2025, 10, 1), "45%"), point_id)
    assert p.source_words("work_sample") == "work sample"


def test_points_of_oldest_first_same_day_by_value_and_as_of(case: Case) -> None:
    _iep, goal = goal_of_quarterly_iep()
    for day, value in ((D(2025, 10, 3), "50"), (D(2025, 10, 1), "45"), (D(2025, 10, 1), "44")):
        p.save(PointData(goal.id, day, value))
    assert [(row.day.day, row.value) for row in p.points_of([goal.id])] == [(1, "44"), (1, "45"), (3, "50")]
    assert [row.value for row in p.points_of([goal.id], as_of=D(2025, 10, 2))] == ["44", "45"]
    # The last day counts (on or before).
    assert len(p.points_of([goal.id], as_of=D(2025, 10, 3))) == 3


def test_a_reports_values_are_points_replaced_deleted_and_restored_with_it(case: Case) -> None:
    iep, goal = goal_of_quarterly_iep()
    other = factories.goal(iep, "Math", baseline_value="1", target_value="5")
    # Quarterly from 2025-09-01: the first report is due Dec 1, 2025.
    data = ReportData(
        iep.id,
        D(2025, 12, 1),
        D(2025, 12, 5),
        goals=[
            GoalReportData(goal.id, "progressing", "Progressing; 55% of words", "55", "%"),
            GoalReportData(other.id, "not_introduced"),
        ],
    )
    report_id = r.save_report(data)
    made = p.points_of([goal.id, other.id])
    # One point (the other goal gave no value), on the day received, from the school's report.
    assert [(row.goal_id, row.day, row.value, row.source, row.report_id) for row in made] == [
        (goal.id, D(2025, 12, 5), "55", "school_report", report_id)
    ]
    row = r.get_report(report_id)
    assert row is not None and row.goals == tuple(data.goals)
    # Changed: the value replaced, not added.
    changed = ReportData(
        iep.id, D(2025, 12, 1), D(2025, 12, 6), goals=[GoalReportData(goal.id, "met", "", "58", "%")]
    )
    r.save_report(changed, report_id)
    assert [(row.day, row.value) for row in p.points_of([goal.id, other.id])] == [(D(2025, 12, 6), "58")]
    # A parent's own point stays through all of it.
    own = p.save(PointData(goal.id, D(2025, 12, 10), "60"))
    deleted = r.delete_report(report_id)
    assert r.get_report(report_id) is None
    assert [row.id for row in p.points_of([goal.id])] == [own]
    assert r.restore_report(deleted) == report_id
    back = r.get_report(report_id)
    assert back is not None and back.goals == changed.goals and back.received_on == D(2025, 12, 6)
    assert [(row.value, row.report_id) for row in p.points_of([goal.id])] == [("58", report_id), ("60", None)]


def test_a_deleted_point_of_a_deleted_report_comes_back_as_the_parents(case: Case) -> None:
    iep, goal = goal_of_quarterly_iep()
    report_id = r.save_report(
        ReportData(iep.id, None, D(2025, 12, 5), goals=[GoalReportData(goal.id, "met", value="80")])
    )
    (point,) = p.points_of([goal.id])
    deleted_point = p.delete(point.id)
    r.delete_report(report_id)
    assert p.restore(deleted_point) == point.id
    back = p.get(point.id)
    assert back is not None and back.report_id is None and back.value == "80"


def test_undoing_a_delete_after_a_new_point_took_its_id(case: Case) -> None:
    _iep, goal = goal_of_quarterly_iep()
    doc = document()
    first = p.save(PointData(goal.id, D(2025, 10, 1), "45", document_ids=(doc,)))
    deleted = p.delete(first)
    # SQLite gives the newest row's id again.
    newer = p.save(PointData(goal.id, D(2025, 10, 8), "47"))
    assert newer == first
    again = p.restore(deleted)
    assert again != newer
    assert [(row.id, row.value, row.document_ids) for row in p.points_of([goal.id])] == [
        (again, "45", (doc,)),
        (newer, "47", ()),
    ]
