"""The binder's progress section says when each data point was written, and that one was edited
after (its earlier wording in the appendix), as it does for log entries (issue 18)."""

from __future__ import annotations

import datetime as dt
import io

import factories
from pypdf import PdfReader

from iepdesk.export.binder_data import BinderOptions
from iepdesk.export.binder_pdf import build_binder
from iepdesk.history import versions
from iepdesk.history.words import moment_text
from iepdesk.model import GoalDataPoint
from iepdesk.progress import points

D = dt.date


def _text(pdf: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_progress_section_says_when_each_data_point_was_written(case) -> None:
    factories.school_year("2025-26", D(2025, 8, 25), D(2026, 6, 10))
    goal = factories.goal(factories.version(D(2025, 9, 1), D(2026, 8, 31)), "Articulation")
    kept = points.save(points.PointData(int(goal.id), D(2025, 9, 15), "42", unit="percent"))
    fixed = points.save(points.PointData(int(goal.id), D(2025, 9, 30), "55"))  # the period's last day
    points.save(points.PointData(int(goal.id), D(2025, 10, 1), "60"))  # the first day after: not listed
    GoalDataPoint.update(entered_at="").where(GoalDataPoint.id == kept).execute()  # from before 18
    points.save(points.PointData(int(goal.id), D(2025, 9, 30), "50"), fixed)  # a typo fixed
    written = versions.written("data_point", fixed)
    options = BinderOptions(start=D(2025, 9, 1), end=D(2025, 9, 30))

    pages = _text(build_binder(options, today=D(2025, 10, 2), language="en").pdf)
    progress = next(p for p in pages if "Data points from September 1, 2025 to September 30, 2025" in p)
    assert "Measured on Value How we know Written on" in progress
    # The September 15 point's time was not kept (cleared above): "not recorded", never a guess.
    assert "September 15, 2025 42 percent parent's observation not recorded" in progress
    # The September 30 point: written, then edited; "edited … (see the appendix)".
    assert "September 30, 2025 50 parent's observation " + moment_text(written.entered_at) in progress
    assert "edited " + moment_text(written.edited_at) + " (see the appendix)" in progress
    assert "October 1, 2025" not in progress.split("Data points from")[1].split("Expected")[0]
    appendix = next(p for p in pages if "Appendix: entries edited" in p and "Version 1" in p)
    # Its heading is the record's day in words, and its first wording is there, with the change.
    assert f"Data point {fixed} (September 30, 2025)" in appendix
    assert "Value: 55" in appendix and "Value: 55 → 50" in appendix

    es = " ".join(_text(build_binder(options, today=D(2025, 10, 2), language="es").pdf))
    assert "Puntos de datos del 1 de septiembre de 2025 al 30 de septiembre de 2025" in es
    assert (
        "Medido el Valor Cómo lo sabemos Escrito el" in es
        and "15 de septiembre de 2025 42 percent observación" in es
    )
