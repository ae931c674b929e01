"""The binder's progress section: each goal's chart (reportlab graphics), trend, flags and reports,
read back from the PDF with pdftotext."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.export.binder_data import BinderOptions, gather
from iepdesk.export.binder_pdf import build_binder
from iepdesk.model import Child, IepVersion, Provision
from iepdesk.progress import points, reports

from .test_binder import pdftotext

D = dt.date
#: The binder is made on 2026-03-20 for 2025-09-01 .. 2026-02-28.
TODAY = D(2026, 3, 20)
START, END = D(2025, 9, 1), D(2026, 2, 28)


@pytest.fixture
def goals(tmp_path: Path) -> Iterator[Case]:
    """An IEP from 2025-09-01 to 2026-08-31 whose goals are reported quarterly.

    Quarterly from the IEP's first day: 2025-12-01, 2026-03-01, 2026-06-01 and the IEP's last day
    2026-08-31, which is after the school year (ends 2026-06-10) and moves back to 2026-06-10. The
    binder lists those from 2025-09-01 to 30 days after 2026-02-28 (2026-03-30): 2025-12-01 and
    2026-03-01. With the 14 days' grace, 2026-03-01 waits through 2026-03-15 and is missing from
    2026-03-16: missing on the binder's day, 2026-03-20.
    """
    case = factories.new_case(tmp_path / "progress.iepcase", "Sam Lee", "binder passphrase")
    child = Child.the_child()
    child.parent_name = "Kim Lee"
    child.save()
    factories.school_year("2025-26", D(2025, 8, 25), D(2026, 6, 10))
    version = factories.version(D(2025, 9, 1), D(2026, 8, 31), meeting_date=D(2025, 9, 1))
    reading = factories.goal(
        version,
        "Reading fluency",
        "Reading",
        baseline="60 words per minute",
        target="90 words per minute",
        measurement="weekly one-minute probes",
        reporting_schedule="quarterly",
        baseline_value="60",
        target_value="90",
        unit="wpm",
    )
    factories.goal(
        version,
        "Math facts",
        "Math",
        baseline="10 facts per minute",
        target="40 facts per minute",
        reporting_schedule="quarterly",
        baseline_value="10",
        target_value="40",
        unit="facts/min",
    )
    for day, value in (
        (D(2025, 9, 15), "61"),
        (D(2025, 10, 15), "63"),
        (D(2025, 11, 14), "62"),
        (D(2026, 1, 20), "63"),
        (D(2026, 2, 10), "62"),
    ):
        points.save(points.PointData(int(reading.id), day, value, "wpm", "provider_data"))
    # The first report, received 2025-12-05, says "progressing" and gives 62 wpm (a school-report
    # point on 2025-12-05). The last three points before it: 63 (10-15), 62 (11-14), 62 (12-05):
    # the fitted change is under 1 wpm, within 5% of the goal's range (90 - 60 = 30: 1.5): flat.
    reports.save_report(
        reports.ReportData(
            int(version.id),
            D(2025, 12, 1),
            D(2025, 12, 5),
            goals=(
                reports.GoalReportData(
                    int(reading.id), "progressing", "Sam is making progress.", "62", "wpm"
                ),
            ),
        )
    )
    yield case
    case.lock()


def binder_text(tmp_path: Path, language: str | None = None) -> str:
    pdf = build_binder(
        BinderOptions(start=START, end=END, sections=["progress"]), today=TODAY, language=language
    ).pdf
    return " ".join(pdftotext(pdf, tmp_path).split())


def test_the_rows_follow_the_grace_period(goals: Case) -> None:
    def rows(today: dt.date) -> list[tuple[dt.date, str, bool]]:
        return [
            (r.due, r.received, r.late) for r in gather(BinderOptions(start=START, end=END), today).progress
        ]

    # 2026-03-15 is the grace period's last day: still waiting; 2026-03-16 the first day missing.
    assert rows(D(2026, 3, 15)) == [
        (D(2025, 12, 1), "received on December 5, 2025", False),
        (D(2026, 3, 1), "due; waiting", False),
    ]
    assert rows(D(2026, 3, 16))[1] == (D(2026, 3, 1), "not received", True)


def test_the_progress_page_has_each_goal_chart_and_report(goals: Case, tmp_path: Path) -> None:
    text = binder_text(tmp_path)
    assert "Reading fluency (Reading)" in text
    assert "Baseline 60 wpm → target 90 wpm." in text
    assert "Aim line: baseline to target" in text  # the chart's legend
    assert "Trend" in text and "The school's stated status" in text
    # Six points (five typed, one from the report): 61 … 62 over five months, a change of about
    # 1 wpm, under 1.5 (5% of 30): flat; the last three (62, 63, 62) flat too.
    assert "Trend of all 6 points: flat. Of the last three: flat." in text
    assert (
        'The report of December 5, 2025 says "progressing", but the last three points before it are flat.'
        in text
    )
    # The aim on 2026-02-10 is 60 + 30 * 162/364 = 73.4; 62, 63, 62 are all below it.
    assert "The last three points are all behind the aim line." in text
    assert "December 1, 2025 received December 5, 2025 progressing Sam is making progress." in text
    assert "March 1, 2026 not received" in text
    assert "Received: 1. Not received after the grace period: 1." in text
    # The goal without points: a line, not an empty chart.
    assert "Math facts (Math)" in text
    assert "No data points recorded." in text


def test_the_spanish_progress_page(goals: Case, tmp_path: Path) -> None:
    text = binder_text(tmp_path, "es")
    assert "Línea de meta: del punto de partida a la meta" in text
    assert "No hay datos registrados." in text
    assert "1 de marzo de 2026 Se espera el informe de progreso 2 no recibido" in text
    assert 'El informe del 5 de diciembre de 2025 dice "progresando"' in text
    assert "Aim line" not in text and "not received" not in text


def test_no_goal_data_keeps_the_plain_list(goals: Case, tmp_path: Path) -> None:
    for report in reports.reports():
        reports.delete_report(report.id)
    for goal in Provision.select().where(Provision.kind == "goal"):
        for p in points.points_of([int(goal.id)]):
            points.delete(p.id)
    text = binder_text(tmp_path)
    assert "Reports received and missing" not in text and "Aim line" not in text
    assert "No data points recorded." not in text
    assert "December 1, 2025 Progress report 1 expected not received" in text
    assert IepVersion.select().count() == 1


def test_a_chart_for_one_point_without_numbers_and_for_a_goal_that_falls(goals: Case, tmp_path: Path) -> None:
    version = IepVersion.get()
    one = factories.goal(version, "Handwriting", "Writing", reporting_schedule="quarterly")
    points.save(points.PointData(int(one.id), D(2026, 1, 5), "0", "", "work_sample"))
    down = factories.goal(
        version, "Calling out", "Behavior", baseline_value="12", target_value="2", unit="times a day"
    )
    # 12, 10, 8 on 2025-10-01, -15, -29: about -2 a fortnight, beyond 5% of 10 (0.5): falling.
    for day, value in ((D(2025, 10, 1), "12"), (D(2025, 10, 15), "10"), (D(2025, 10, 29), "8")):
        points.save(points.PointData(int(down.id), day, value, "times a day"))
    text = binder_text(tmp_path)
    assert "Handwriting (Writing)" in text
    assert "The IEP gives no baseline and target as numbers: no aim line is drawn." in text
    assert "Trend: too few points for a trend." in text
    assert "Baseline 12 times a day → target 2 times a day." in text
    assert "Trend of all 3 points: falling. Of the last three: falling." in text
