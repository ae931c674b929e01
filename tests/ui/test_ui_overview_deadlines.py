"""The Overview's deadlines: windows counted from a missed session (no incident), and the annual review
"on or before" beside the IEP's own end (issue 12)."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from test_ui_iep_support import TODAY, case_with, final_version, speech
from ui_support import open_case

from iepdesk.deadlines import long_date
from iepdesk.schedule import logbook
from ui.iep import words

MEETING = TODAY - dt.timedelta(days=40)
ENDS = TODAY + dt.timedelta(days=300)
# A school day two weeks ago or a little more (no school year entered: Monday to Friday count).
MISSED = TODAY - dt.timedelta(days=14)
while MISSED.isoweekday() > 5:
    MISSED -= dt.timedelta(days=1)


def _case() -> None:
    version = final_version(
        meeting_date=MEETING, effective_from=TODAY - dt.timedelta(days=30), effective_to=ENDS
    )
    service = speech(version.id)
    logbook.log_session(service, MISSED, "missed", reason="provider_absent")


def test_a_missed_session_opens_the_windows_and_the_review_shows_the_ieps_end(
    qtbot, controller, sandbox
) -> None:
    open_case(qtbot, controller, case_with(sandbox, _case))
    shown = {h.text(): d.text() for h, d in controller.main_window.overview.deadlines.items}
    # OCR: 180 days after the missed session; the state complaint: one year after it.
    ocr = next(d for h, d in shown.items() if "OCR complaint window closes" in h)
    # The label names the session's day: it is not named again in short ("(Nov 18, 2026)").
    assert ocr.startswith(f"Counted from the missed Speech-language therapy session of {long_date(MISSED)}.")
    assert words.short_date(MISSED) not in ocr
    assert "The most recent of 1 day with a missed session." in ocr
    heads = list(shown)
    assert any(words.short_date(MISSED + dt.timedelta(days=180)) in h for h in heads)
    assert any(
        words.short_date(MISSED + relativedelta(years=1)) in h and "State complaint" in h for h in heads
    )
    review = next(d for h, d in shown.items() if "Annual IEP review due on or before" in h)
    assert f"The IEP itself runs to {long_date(ENDS)}." in review
