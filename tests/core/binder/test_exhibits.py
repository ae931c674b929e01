"""Exhibits (issue 18): the documents appended to the binder are numbered 1 … n by date, then title;
the contents and each tab page give the same number, and a letter that goes with the binder cites it."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import factories
import pytest
from pypdf import PdfReader

from iepdesk.casefile import Case
from iepdesk.export.binder_data import BinderOptions, remember_options
from iepdesk.export.binder_pdf import build_binder
from iepdesk.export.exhibits import binder_exhibits, exhibits
from iepdesk.letters import drafts
from iepdesk.vault import library

D = dt.date


@pytest.fixture
def docs(tmp_path: Path) -> Iterator[dict[str, int]]:
    case: Case = factories.new_case(tmp_path / "exhibits.iepcase", "Sam Lee")
    from PIL import Image

    ids: dict[str, int] = {}
    # Added in this order on purpose: the numbers must follow the dates and titles, not the order added.
    for name, title, day in (
        ("c.png", "Work sample", D(2026, 3, 4)),
        ("a.png", "speech log", D(2026, 1, 15)),
        ("b.png", "Attendance note", D(2026, 3, 4)),
        ("d.png", "Undated note", None),
    ):
        path = tmp_path / name
        Image.new("RGB", (40 + len(ids), 30), (200, 200, 200)).save(path)  # each file's bytes differ
        result = library.add_file(path, title=title)
        assert result.document_id is not None
        library.update_document(result.document_id, doc_date=day)
        ids[title] = result.document_id
    yield ids
    case.lock()


def test_numbered_by_date_then_title_undated_last_each_once(docs: dict[str, int]) -> None:
    # By hand: 15 Jan "speech log" first; 4 Mar has two, "Attendance note" before "Work sample"
    # (a before w, capitals ignored); the undated one last. A repeated id counts once.
    ids = [docs["Undated note"], docs["Work sample"], docs["speech log"], docs["Attendance note"]]
    numbered = exhibits([*ids, docs["Work sample"], 999_999])  # 999_999: not in the case, left out
    assert [(e.number, e.title) for e in numbered] == [
        (1, "speech log"),
        (2, "Attendance note"),
        (3, "Work sample"),
        (4, "Undated note"),
    ]
    assert exhibits([]) == []


def _tab_pages(reader: PdfReader) -> dict[int, int]:
    """Exhibit number -> the page whose text starts that exhibit's tab (its heading)."""
    found: dict[int, int] = {}
    for index, page in enumerate(reader.pages):
        # The tab: its number large, then the heading the contents lists, with the same number.
        tab = re.match(r"Exhibit (\d+)\nExhibit \1: ", page.extract_text() or "")
        if tab is not None:
            found[int(tab.group(1))] = index + 1
    return found


def test_contents_and_tab_pages_give_the_same_number(docs: dict[str, int]) -> None:
    options = BinderOptions(start=D(2026, 1, 1), end=D(2026, 3, 31), sections=["documents"])
    options.document_ids = list(docs.values())
    result = build_binder(options, today=D(2026, 3, 31))
    reader = PdfReader(io.BytesIO(result.pdf))
    contents = next(p.extract_text() for p in reader.pages if "Contents" in (p.extract_text() or ""))
    listed = {
        int(n): (title.strip(), int(page))
        # pypdf gives each contents line as its text, then its page number on the next line.
        for n, title, page in re.findall(r"^Exhibit (\d+): ([^\n]+)\n(\d+)$", contents, re.M)
    }
    assert {n: t for n, (t, _p) in listed.items()} == {
        1: "speech log",
        2: "Attendance note",
        3: "Work sample",
        4: "Undated note",
    }
    tabs = _tab_pages(reader)
    # The page number the contents gives each exhibit is the page its tab heading is on.
    assert {n: p for n, (_t, p) in listed.items()} == tabs
    assert result.appended == [
        "Exhibit 1: speech log",
        "Exhibit 2: Attendance note",
        "Exhibit 3: Work sample",
        "Exhibit 4: Undated note",
    ]


def test_a_letter_with_the_binder_cites_the_same_numbers(docs: dict[str, int]) -> None:
    factories.contact("Dana Whitfield", "Case manager")
    # The binder appends three of the four: numbered among those three only.
    remember_options(
        BinderOptions(
            start=D(2026, 1, 1),
            end=D(2026, 3, 31),
            document_ids=[docs["Work sample"], docs["speech log"], docs["Undated note"]],
        )
    )
    assert [(e.number, e.title) for e in binder_exhibits()] == [
        (1, "speech log"),
        (2, "Work sample"),
        (3, "Undated note"),
    ]
    enclosed = (docs["Work sample"], docs["Attendance note"])
    with_binder = drafts.create_draft(
        "pwn-request",
        drafts.Selection(documents=enclosed, with_binder=True),
        today=D(2026, 3, 20),
        language="en",
    )
    tail = with_binder.body.split("Enclosures:\n", 1)[1].splitlines()
    # The attendance note is not in the binder: named by title and date even with the binder.
    assert tail == ["- Attendance note (March 4, 2026)", "- Exhibit 2: Work sample (March 4, 2026)"]
    alone = drafts.create_draft(
        "pwn-request", drafts.Selection(documents=enclosed), today=D(2026, 3, 20), language="en"
    )
    assert alone.body.split("Enclosures:\n", 1)[1].splitlines() == [
        "- Attendance note (March 4, 2026)",
        "- Work sample (March 4, 2026)",
    ]
    assert "Enclosures:" not in drafts.create_draft("pwn-request", today=D(2026, 3, 20)).body
    saved = drafts.get(with_binder.id)
    assert saved is not None
    assert drafts.Selection.from_json(saved.selection) == drafts.Selection(
        documents=enclosed, with_binder=True
    )


def test_the_check_says_when_the_binder_numbers_them_otherwise(docs: dict[str, int]) -> None:
    factories.contact("Dana Whitfield", "Case manager")
    options = BinderOptions(start=D(2026, 1, 1), end=D(2026, 3, 31), document_ids=[docs["Work sample"]])
    remember_options(options)
    letter = drafts.create_draft(
        "pwn-request",
        drafts.Selection(documents=(docs["Work sample"],), with_binder=True),
        today=D(2026, 3, 20),
        language="en",
    )
    assert "- Exhibit 1: Work sample (March 4, 2026)" in letter.body
    changed = "exhibits have changed"
    assert not any(changed in w for w in drafts.check(letter, D(2026, 3, 20)).warnings)
    # The binder is made again with the speech log too (15 January): the work sample is Exhibit 2 now.
    options.document_ids = [docs["Work sample"], docs["speech log"]]
    remember_options(options)
    assert any(changed in w for w in drafts.check(letter, D(2026, 3, 20)).warnings)
