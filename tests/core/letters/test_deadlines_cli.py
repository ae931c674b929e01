"""``iepdesk deadlines``: OCR's window is federal, and the list says so under it (issue 12): the only
note the list printed was "Your state's rules may differ", at its foot, under every deadline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from core_support import PASSPHRASE, cli_ok

from iepdesk.casefile import Case
from iepdesk.schedule import logbook


def test_the_ocr_line_says_it_is_federal(make_case: Any) -> None:
    path: Path = make_case()[0]
    # Ten days ago: OCR's 180 days end 170 days from today, inside the list.
    with Case.open(path, PASSPHRASE):
        logbook.record_incident(dt.date.today() - dt.timedelta(days=10), [], "No extra time on the test.")
    lines = cli_ok("deadlines", path).splitlines()
    (at,) = [n for n, line in enumerate(lines) if "OCR complaint window closes" in line]
    assert lines[at + 1].strip().startswith("counted from the incident of")
    assert lines[at + 2].strip() == "This is a federal rule: the same in every state."
    # The other windows are the state's to change: the list's last note is still there for them.
    assert "State complaint window closes" in "\n".join(lines)
    assert "Your state's rules may differ" in lines[-1]
