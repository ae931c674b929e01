"""The concerns letter (the request for an IEP meeting) cites the progress reports not received past
their grace period and the goals whose school-stated status disagrees with the data."""

from __future__ import annotations

import datetime as dt

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.comms import tone
from iepdesk.letters import drafts
from iepdesk.model import IepVersion
from iepdesk.progress import points, reports

D = dt.date

MISSING = (
    "- The progress report expected on March 1, 2026 under the annual IEP in effect from September 1, "
    "2025 has not been received. The IEP must say when periodic reports on progress toward the annual "
    "goals are given (34 CFR 300.320(a)(3))."
)
FLAGGED = (
    '- Reading fluency: The report of December 5, 2025 says "progressing", but the last three points '
    "before it are flat. My records show 63 wpm on October 15, 2025, 62 wpm on November 14, 2025 and "
    "62 wpm on December 5, 2025."
)


@pytest.fixture
def progress(case: Case) -> int:
    """The conftest's IEP (2025-09-01 .. 2026-08-31) gets a goal reported quarterly.

    Quarterly from 2025-09-01: 2025-12-01, 2026-03-01, 2026-06-01, and 2026-08-31 moved back to the
    school year's last day, 2026-06-10. The first is received on 2025-12-05 ("progressing", 62 wpm);
    the second is not: with 14 days' grace it waits through 2026-03-15 and is missing from 2026-03-16.
    The points on or before 2025-12-05: 61, 63, 62 and the report's 62; the last three (63, 62, 62
    over 51 days) change by under 1 wpm, within 5% of 90 - 60 = 30 (1.5): flat.
    """
    version = IepVersion.get()
    goal = factories.goal(
        version,
        "Reading fluency",
        "Reading",
        reporting_schedule="quarterly",
        baseline_value="60",
        target_value="90",
        unit="wpm",
    )
    for day, value in ((D(2025, 9, 15), "61"), (D(2025, 10, 15), "63"), (D(2025, 11, 14), "62")):
        points.save(points.PointData(int(goal.id), day, value, "wpm", "provider_data"))
    reports.save_report(
        reports.ReportData(
            int(version.id),
            D(2025, 12, 1),
            D(2025, 12, 5),
            goals=(reports.GoalReportData(int(goal.id), "progressing", "Making progress.", "62", "wpm"),),
        )
    )
    return int(goal.id)


def body(today: dt.date, selection: drafts.Selection | None = None, **extra: object) -> str:
    letter = drafts.create_draft("concerns-letter", selection, today=today, **extra)  # type: ignore[arg-type]
    return str(letter.body)


def test_the_missing_report_only_after_the_grace_period(progress: int) -> None:
    last_day_of_grace = body(D(2026, 3, 15))
    assert "March 1, 2026" not in last_day_of_grace
    assert FLAGGED in last_day_of_grace  # the disagreement does not wait
    ask = "- how progress toward the goals is measured, and when I will receive the progress reports"
    assert ask in last_day_of_grace  # one more point for the meeting, after the missed services
    assert ask not in body(D(2026, 3, 16), drafts.Selection(missing_reports=(), progress_goals=()))
    day_after = body(D(2026, 3, 16))
    assert MISSING in day_after
    assert FLAGGED in day_after
    # The report received on 2025-12-05 is not cited as missing; nor are those not yet due.
    assert "December 1, 2025" not in day_after and "June 1, 2026" not in day_after
    assert not [f for f in tone.check(day_after) if f.category in ("blame", "threat", "sarcasm", "shouting")]


def test_the_parent_keeps_or_removes_each_fact(progress: int) -> None:
    key = f"{IepVersion.get().id}:2026-03-01"
    kept = drafts.Selection(missing_reports=(key,), progress_goals=())
    text = body(D(2026, 3, 16), kept)
    assert MISSING in text and "Reading fluency:" not in text
    none = drafts.Selection(missing_reports=(), progress_goals=())
    assert "March 1, 2026" not in body(D(2026, 3, 16), none)
    # The choice is kept with the letter.
    assert drafts.Selection.from_json(kept.to_json()) == kept
    assert drafts.Selection.from_json('{"incidents": []}').missing_reports is None  # an older letter


def test_a_report_received_is_not_cited(progress: int) -> None:
    reports.save_report(reports.ReportData(int(IepVersion.get().id), D(2026, 3, 1), D(2026, 3, 16)))
    assert "March 1, 2026" not in body(D(2026, 3, 16))


def test_only_the_concerns_letter_cites_progress(progress: int) -> None:
    letter = drafts.create_draft("state-complaint", today=D(2026, 3, 16))
    assert "progress report expected" not in str(letter.body)


def test_the_spanish_letter(progress: int) -> None:
    text = body(D(2026, 3, 16), language="es")
    assert "El informe de progreso esperado el 1 de marzo de 2026" in text
    assert "(34 CFR 300.320(a)(3))" in text
    assert 'Reading fluency: El informe del 5 de diciembre de 2025 dice "progresando"' in text
    assert "Mis registros muestran 63 wpm el 15 de octubre de 2025" in text
    assert "- cómo se mide el progreso hacia las metas, y cuándo recibiré los informes" in text
    assert not [
        f
        for f in tone.check(text, tone.default_rules("es"))
        if f.category in ("blame", "threat", "sarcasm", "shouting")
    ]
