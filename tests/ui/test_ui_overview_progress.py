"""The Overview's deadline list marks a progress report not received past its grace period (kind
"progress_report_missing", from iepdesk.progress.reports.report_deadlines) and leaves the others
as they are."""

from __future__ import annotations

import datetime as dt

from iepdesk.deadlines import Deadline
from ui.overview.summary_view import DeadlinesView

D = dt.date


def _deadline(kind: str, title: str, due: dt.date) -> Deadline:
    return Deadline(kind, title, due, D(2025, 9, 1), "the IEP's first day", "rule", "source")


def test_a_missing_report_is_marked(qtbot) -> None:
    view = DeadlinesView()
    qtbot.addWidget(view)
    today = D(2026, 3, 20)
    view.show_deadlines(
        [
            _deadline(
                "progress_report_missing",
                "Progress report not received (expected March 1, 2026)",
                D(2026, 3, 1),
            ),
            _deadline("progress_report", "Progress report 3 expected", D(2026, 6, 1)),
        ],
        today,
    )
    (missing, _detail), (upcoming, _detail2) = view.items
    assert (
        missing.text().startswith("⚠ ")
        and "Progress report not received (expected March 1, 2026)" in missing.text()
    )
    assert not upcoming.text().startswith("⚠") and "Progress report 3 expected" in upcoming.text()
