"""`iepdesk export letter … --documents ID… [--with-binder]` lists the documents sent with the letter under
"Enclosures:", as the window's "Documents sent with the letter" does (the same core function,
iepdesk.letters.choices.cli_selection then drafts.make); with the binder each document the binder last
appended is cited by its exhibit number."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import factories
import pytest
from core_support import PASSPHRASE, run_cli
from pypdf import PdfReader

from iepdesk.casefile import Case
from iepdesk.export.binder_data import BinderOptions, remember_options
from iepdesk.vault import library

D = dt.date


def _pdf_lines(path: Path) -> list[str]:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


@pytest.fixture
def letter_case(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "enclosures.iepcase"
    case: Case = factories.new_case(path, "Sam Lee", passphrase=PASSPHRASE)
    from PIL import Image

    ids: dict[str, int] = {}
    for name, title, day in (
        ("a.png", "Work sample", D(2026, 3, 4)),
        ("b.png", "Speech log", D(2026, 1, 15)),
        ("c.png", "Attendance note", D(2026, 3, 4)),
    ):
        picture = tmp_path / name
        Image.new("RGB", (40 + len(ids), 30), (200, 200, 200)).save(picture)  # each file's bytes differ
        added = library.add_file(picture, title=title)
        assert added.document_id is not None
        library.update_document(added.document_id, doc_date=day)
        ids[title] = added.document_id
    # The binder was last made with the work sample and the speech log only.
    remember_options(
        BinderOptions(
            start=D(2026, 1, 1), end=D(2026, 3, 31), document_ids=[ids["Work sample"], ids["Speech log"]]
        )
    )
    case.lock()
    return path, ids


def _export(path: Path, out: Path, *options: str) -> list[str]:
    result = run_cli(
        "export",
        "letter",
        path,
        "pwn-request",
        out,
        "--new",
        "--date",
        "2026-03-20",
        *options,
    )
    assert result.code == 0, result
    return _pdf_lines(out)


def _enclosures(lines: list[str]) -> list[str]:
    assert "Enclosures:" in lines, lines
    # The letter's PDF sets each "- " line of the text as a bullet.
    return [line[2:] for line in lines[lines.index("Enclosures:") + 1 :] if line.startswith("• ")]


def test_with_the_binder_the_documents_are_cited_by_exhibit_number(
    letter_case: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    path, ids = letter_case
    enclosed = [str(ids["Work sample"]), str(ids["Attendance note"]), str(ids["Speech log"])]
    lines = _export(path, tmp_path / "with.pdf", "--documents", *enclosed, "--with-binder")
    # By hand: the binder holds the speech log (15 Jan) and the work sample (4 Mar): Exhibits 1 and 2.
    # The attendance note is not in it, so it is named by title and date. Order: by date, then title.
    assert _enclosures(lines) == [
        "Exhibit 1: Speech log (January 15, 2026)",
        "Attendance note (March 4, 2026)",
        "Exhibit 2: Work sample (March 4, 2026)",
    ]


def test_without_the_binder_each_is_named_by_title_and_date(
    letter_case: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    path, ids = letter_case
    lines = _export(
        path, tmp_path / "alone.pdf", "--documents", str(ids["Work sample"]), str(ids["Speech log"])
    )
    assert _enclosures(lines) == ["Speech log (January 15, 2026)", "Work sample (March 4, 2026)"]


def test_with_no_documents_there_is_no_enclosures_line(
    letter_case: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    path, _ids = letter_case
    # --with-binder alone encloses nothing: no list at all.
    assert "Enclosures:" not in _export(path, tmp_path / "none.pdf", "--with-binder")
