"""One goal's picture as of a day: the order of all_progress, and as_of leaving out later points and
later reports (and with them the flag)."""

from __future__ import annotations

import datetime as dt

import factories

from iepdesk.casefile import Case
from iepdesk.model import IepVersion, Provision
from iepdesk.progress import points as p
from iepdesk.progress import reports as r
from iepdesk.progress import summary
from iepdesk.progress.points import PointData
from iepdesk.progress.reports import GoalReportData, ReportData, ReportState
from iepdesk.progress.trend import FLAT_BUT_PROGRESSING, Trend

D = dt.date


def quarterly_iep() -> tuple[IepVersion, Provision, Provision]:
    # Quarterly from 2025-09-01 (no school year entered: nothing moved): Dec 1, Mar 1, Jun 1, Aug 31.
    iep = factories.version(D(2025, 9, 1), D(2026, 8, 31))
    reading = factories.goal(iep, "Reading", baseline_value="40", target_value="80")
    math = factories.goal(iep, "Math", baseline_value="10", target_value="2")
    return iep, reading, math


def test_all_progress_in_the_ieps_order(case: Case) -> None:
    _iep, reading, math = quarterly_iep()
    found = summary.all_progress(D(2025, 12, 1))
    assert [g.line.goal_id for g in found] == [reading.id, math.id]
    assert [g.trend for g in found] == [Trend.TOO_FEW, Trend.TOO_FEW]
    assert not summary.has_data()


def test_as_of_leaves_out_later_points_and_reports(case: Case) -> None:
    iep, reading, _math = quarterly_iep()
    for day, value in ((D(2025, 9, 15), "40"), (D(2025, 10, 15), "41"), (D(2025, 11, 15), "40")):
        p.save(PointData(reading.id, day, value))
    rid = r.save_report(
        ReportData(iep.id, D(2025, 12, 1), D(2025, 12, 3), goals=[GoalReportData(reading.id, "progressing")])
    )
    # Later: rising points and a second report.
    for day, value in ((D(2026, 1, 15), "55"), (D(2026, 2, 15), "65")):
        p.save(PointData(reading.id, day, value))
    r.save_report(ReportData(iep.id, D(2026, 3, 1), D(2026, 3, 4), goals=[GoalReportData(reading.id, "met")]))
    assert summary.has_data()

    on_dec_3 = summary.progress_of(reading.id, D(2025, 12, 3))
    assert on_dec_3 is not None
    # 40, 41, 40 over 0, 30, 61 days: slope = sum((x - 91/3)(y - 121/3)) / sxx; x - mean = -91/3, -1/3,
    # 92/3; y - mean = -1/3, 2/3, -1/3; sxy = (91 - 2 - 92) / 9 = -1/3: change over 61 days -61/3 / sxx
    # (sxx = (8281 + 1 + 8464) / 9 = 1860.67): -0.0109, within 2 (5 % of 40): flat.
    assert [row.value for row in on_dec_3.points] == ["40", "41", "40"]
    assert on_dec_3.trend is Trend.FLAT
    assert [s.report_id for s in on_dec_3.stated] == [rid]
    assert on_dec_3.disagreement is not None and on_dec_3.disagreement.code == FLAT_BUT_PROGRESSING
    assert on_dec_3.disagreement.text.startswith('The report of December 3, 2025 says "progressing"')
    assert [g.expected.state for g in on_dec_3.reports][:2] == [ReportState.RECEIVED, ReportState.UPCOMING]
    assert on_dec_3.reports[0].stated is not None and on_dec_3.reports[0].stated.status == "progressing"
    assert on_dec_3.missing == ()

    # The day before the report: not yet stated, not yet flagged.
    on_dec_2 = summary.progress_of(reading.id, D(2025, 12, 2))
    assert on_dec_2 is not None and on_dec_2.stated == () and on_dec_2.disagreement is None

    # March 4: the newest status is "met", while the last value (65) is short of 80.
    on_mar_4 = summary.progress_of(reading.id, D(2026, 3, 4))
    assert on_mar_4 is not None
    assert on_mar_4.latest is not None and on_mar_4.latest.status == "met"
    assert on_mar_4.trend is Trend.RISING
    assert on_mar_4.disagreement is not None and on_mar_4.disagreement.code == "met_but_short"


def test_a_missing_report_is_in_the_goals_picture(case: Case) -> None:
    _iep, reading, _math = quarterly_iep()
    # Dec 1 + 14 days = Dec 15 waiting; Dec 16 missing.
    assert summary.progress_of(reading.id, D(2025, 12, 15)).missing == ()  # type: ignore[union-attr]
    found = summary.progress_of(reading.id, D(2025, 12, 16))
    assert found is not None and [e.due for e in found.missing] == [D(2025, 12, 1)]


def test_behind_aim_words(case: Case) -> None:
    _iep, reading, _math = quarterly_iep()
    # Aim 40 -> 80 over 364 days (Sep 1 .. Aug 31): Oct 1 (30 days) 43.30; Nov 1 (61) 46.70; Dec 1 (91)
    # 50. Each point 2 below.
    for day, value in ((D(2025, 10, 1), "41"), (D(2025, 11, 1), "44"), (D(2025, 12, 1), "48")):
        p.save(PointData(reading.id, day, value))
    found = summary.progress_of(reading.id, D(2025, 12, 1))
    assert found is not None and found.behind_aim
    assert summary.behind_aim_words(found) == "The last three points are all behind the aim line."


def test_a_draft_of_the_next_iep_does_not_change_a_goals_picture(case: Case) -> None:
    from iepdesk.iep import versions

    iep, reading, _math = quarterly_iep()
    draft = versions.start_next_version(iep)  # a draft from 2026-09-01 holding copies of both goals
    (copy,) = [g for g in draft.provisions if g.kind == "goal" and g.title == "Reading"]
    copy.target_value = "95"
    copy.save()
    listed = next(g for g in summary.all_progress(D(2026, 6, 1)) if reading.id in g.line.goal_ids)
    alone = summary.progress_of(reading.id, D(2026, 6, 1))
    # The same line both ways: the final versions' (the draft is not yet promised).
    assert alone is not None and alone.line == listed.line
    assert alone.line.goal_id == reading.id and alone.line.target == "80"
    # A goal that is only in a draft still has its picture (its points can be typed in).
    only_draft = summary.progress_of(copy.id, D(2026, 6, 1))
    assert only_draft is not None and only_draft.line.goal_id == copy.id


def test_the_overviews_missing_report_for_a_year_after_its_date(case: Case) -> None:
    from iepdesk import dashboard

    quarterly_iep()

    def missing_reports(today: dt.date) -> list[dt.date | None]:
        return [m.day for m in dashboard.missing_items(today) if m.kind == dashboard.PROGRESS_REPORT]

    # Dec 1, 2025: waiting through Dec 15 (14 days), missing from Dec 16.
    assert missing_reports(D(2025, 12, 15)) == []
    assert missing_reports(D(2025, 12, 16)) == [D(2025, 12, 1)]
    # Listed while its date is less than a year ago: Nov 30, 2026 yes, Dec 1, 2026 no. (Mar 1, Jun 1
    # and Aug 31, 2026 are missing by then too.)
    assert missing_reports(D(2026, 11, 30))[0] == D(2025, 12, 1)
    assert D(2025, 12, 1) not in missing_reports(D(2026, 12, 1))
    assert missing_reports(D(2026, 12, 1)) == [D(2026, 3, 1), D(2026, 6, 1), D(2026, 8, 31)]
