"""The binder's "The school's record beside yours" (issue 13), worked by hand.

Speech 2 × 30 min a week, individual, September 2025:

  Tue Sep 2   school_record delivered 30                     parent_saw delivered 30      agree
  Thu Sep 4   school_record delivered 30                     child_reported missed        disagree
  Tue Sep 9   school_record delivered 20 "Provider: Ms. Lee; Group"  parent_saw delivered 30  disagree
  Thu Sep 11  school_record delivered 20 "Provider: Mr. Cole"  —                         school only
  Tue Sep 16  —                                              parent_saw missed            parent only

4 + 1 = 5 sessions: 1 agree, 2 disagree, 1 only in the school's record, 1 only in the parent's log.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import factories
import pytest

from iepdesk.export.binder_data import BinderOptions
from iepdesk.export.binder_pdf import build_binder
from iepdesk.schedule import logbook

D = dt.date
START, END, TODAY = D(2025, 9, 1), D(2025, 9, 30), D(2025, 10, 1)


@pytest.fixture
def speech(tmp_path: Path) -> Iterator[int]:
    case = factories.new_case(tmp_path / "r.iepcase", "Sam Lee", "binder passphrase")
    factories.school_year("2025-26", D(2025, 8, 25), D(2026, 6, 10))
    version = factories.version(START, D(2026, 8, 31), meeting_date=START)
    provision = factories.service(
        version, "Speech therapy", 30, 2, "week", delivery="individual", location="", provider_role=""
    )
    yield provision.id
    case.lock()


def _text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "binder.pdf"
    path.write_bytes(pdf)
    folder = os.environ.get("IEPDESK_GRABS13")
    if folder:  # to look at: pdftoppm -r 80 -png <folder>/binder-reconcile.pdf …
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / "binder-reconcile.pdf")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _options() -> BinderOptions:
    return BinderOptions(start=START, end=END, sections=["ledger"], prepared_by="Pat Lee")


def test_the_section_counts_and_lists_the_disagreements(speech: int, tmp_path: Path) -> None:
    log = logbook.log_session
    log(speech, D(2025, 9, 2), "delivered", 30, source="school_record")
    log(speech, D(2025, 9, 2), "delivered", 30, source="parent_saw")
    log(speech, D(2025, 9, 4), "delivered", 30, source="school_record")
    log(speech, D(2025, 9, 4), "missed", reason="unknown", source="child_reported")
    log(speech, D(2025, 9, 9), "delivered", 20, source="school_record", note="Provider: Ms. Lee; Group")
    log(speech, D(2025, 9, 9), "delivered", 30, source="parent_saw")
    log(speech, D(2025, 9, 11), "delivered", 20, source="school_record", note="Provider: Mr. Cole")
    log(speech, D(2025, 9, 16), "missed", reason="provider_absent", source="parent_saw")
    result = build_binder(_options(), today=TODAY)
    assert "The school's record beside yours" in result.sections
    text = " ".join(_text(result.pdf, tmp_path).split())
    assert (
        "5 sessions from 2025-09-01 to 2025-09-30: 1 agree, 2 disagree, 1 only in the school's record, "
        "1 only in the parent's log." in text
    )
    assert "To check: 1 in a group where the IEP says individual, 2 with minutes changed" in text
    assert "34 CFR 300.503(a)" in text
    assert "the records name Mr. Cole where they named Ms. Lee" in text
    # The two disagreeing sessions, and only those, in the table.
    table = text[text.index("They differ on") :]
    assert table.index("2025-09-04") < table.index("missed (what the child said)") < table.index("2025-09-09")
    assert "delivered (20 min)" in table and "delivered (30 min, your" in table and "minutes" in table
    assert "2025-09-02" not in table and "2025-09-11" not in table


def test_no_section_without_school_records(speech: int) -> None:
    logbook.log_session(speech, D(2025, 9, 2), "delivered", source="parent_saw")
    result = build_binder(_options(), today=TODAY)
    assert "The school's record beside yours" not in result.sections
