"""The meeting binder of a realistic generated case."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from iepdesk.casefile import Case
from iepdesk.export.binder_data import SECTIONS, BinderOptions, remember_options, remembered_options
from iepdesk.export.binder_pdf import BinderCancelled, build_binder
from iepdesk.schedule.ledger import build_ledger

from .conftest import D

PERIOD = (D(2025, 9, 1), D(2026, 2, 28))


def outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader.outline)
    return titles


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "binder.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def options(ids: dict[str, int], **extra: object) -> BinderOptions:
    return BinderOptions(
        start=PERIOD[0],
        end=PERIOD[1],
        document_ids=list(ids.values()),
        meeting_date=D(2026, 3, 12),
        prepared_by="María Núñez",
        concerns="José is not sent to the resource room for tests.",
        **extra,
    )  # type: ignore[arg-type]


def test_binder_has_every_section_figure_and_document(
    binder_case: tuple[Case, dict[str, int]], tmp_path: Path
) -> None:
    _case, ids = binder_case
    steps: list[str] = []
    result = build_binder(options(ids), lambda n, total, what: steps.append(what) or None)
    reader = PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == result.pages
    assert 20 <= result.pages <= 60
    titles = outline_titles(reader)
    for _key, title in SECTIONS:
        assert title in titles
    assert "Exhibit 2: progress-report" in titles
    assert "Exhibit 3: homework" in titles  # no date in the photo: undated, last
    text = pdftotext(result.pdf, tmp_path)
    for _key, title in SECTIONS:
        assert title in text
    speech = next(r for r in build_ledger(*PERIOD).totals if r.service == "Speech therapy")
    f = speech.figures
    row = (
        rf"Speech therapy[^\d\n]*{f.required}\s+{f.delivered}\s+{f.excused}\s+{f.missed}\s+"
        rf"{f.not_recorded}\s+{f.minutes_unknown}\s+{f.made_up}\s+{f.owed}"
    )
    assert re.search(row, text), "the ledger row of speech therapy, with its figures, is in the binder"
    assert "Quarterly progress report (page 3)" in text  # the appended PDF's own last page
    assert "José Núñez-García" in text
    assert "Page 1 of" in text
    assert "Confidential" in text
    assert result.skipped == ["broken"]
    assert steps[0] == "Gathering the case"
    assert steps[-1] == "Done"


def test_duplex_starts_each_section_on_a_right_hand_page(binder_case: tuple[Case, dict[str, int]]) -> None:
    _case, ids = binder_case
    result = build_binder(options(ids, duplex=True, page_size="a4"))
    reader = PdfReader(io.BytesIO(result.pdf))
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)
    section_titles = {title for _key, title in SECTIONS}
    starts = []
    for item in reader.outline:
        if not isinstance(item, list) and str(item.title) in section_titles:
            starts.append(reader.get_destination_page_number(item) + 1)
    assert len(starts) == len(SECTIONS)
    assert all(page % 2 == 1 for page in starts), starts
    tabs = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            elif str(item.title).startswith("Exhibit "):
                tabs.append(reader.get_destination_page_number(item) + 1)

    walk(reader.outline)
    assert len(tabs) == 3
    assert all(page % 2 == 1 for page in tabs), tabs  # each document's tab page is a right-hand page


def test_cancel_and_remembered_choices(binder_case: tuple[Case, dict[str, int]]) -> None:
    _case, ids = binder_case
    with pytest.raises(BinderCancelled):
        build_binder(options(ids), lambda n, total, what: n < 2)
    chosen = options(ids, duplex=True)
    chosen.sections = ["ledger", "incidents"]
    remember_options(chosen)
    again = remembered_options(dt.date.today())
    assert again.sections == ["ledger", "incidents"]
    assert again.duplex is True
    assert again.start == PERIOD[0]
    small = build_binder(again)
    titles = outline_titles(PdfReader(io.BytesIO(small.pdf)))
    assert "Incidents" in titles
    assert "Team contacts" not in titles
