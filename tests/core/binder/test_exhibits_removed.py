"""Exhibits attacked (issue 18 review): a document removed from the case after the letter chose it,
and two documents with the same date and title."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.export.binder_data import BinderOptions, remember_options
from iepdesk.letters import drafts
from iepdesk.vault import library, store

D = dt.date
TODAY = D(2026, 3, 20)
REMOVED = "no longer in the case"


@pytest.fixture
def two(tmp_path: Path) -> Iterator[list[int]]:
    """Two documents, both "Speech log" of 4 March 2026 (two photos of the same day's page)."""
    case: Case = factories.new_case(tmp_path / "exhibits.iepcase", "Sam Lee")
    from PIL import Image

    ids = []
    for n in range(2):
        path = tmp_path / f"{n}.png"
        Image.new("RGB", (40 + n, 30), (200, 200, 200)).save(path)
        result = library.add_file(path, title="Speech log")
        assert result.document_id is not None
        library.update_document(result.document_id, doc_date=D(2026, 3, 4))
        ids.append(result.document_id)
    factories.contact("Dana Whitfield", "Case manager")
    yield ids
    case.lock()


def test_the_same_date_and_title_twice_are_two_exhibits_in_the_order_added(two: list[int]) -> None:
    remember_options(BinderOptions(start=D(2026, 1, 1), end=D(2026, 3, 31), document_ids=two[::-1]))
    letter = drafts.create_draft(
        "pwn-request", drafts.Selection(documents=tuple(two), with_binder=True), today=TODAY, language="en"
    )
    assert letter.body.split("Enclosures:\n", 1)[1].splitlines() == [
        "- Exhibit 1: Speech log (March 4, 2026)",
        "- Exhibit 2: Speech log (March 4, 2026)",
    ]


@pytest.mark.parametrize("with_binder", [True, False], ids=["with-binder", "alone"])
def test_a_document_removed_after_the_letter_listed_it_is_said(two: list[int], with_binder: bool) -> None:
    remember_options(BinderOptions(start=D(2026, 1, 1), end=D(2026, 3, 31), document_ids=two))
    letter = drafts.create_draft(
        "pwn-request",
        drafts.Selection(documents=(two[1],), with_binder=with_binder),
        today=TODAY,
        language="en",
    )
    assert not any(REMOVED in w for w in drafts.check(letter, TODAY).warnings)
    store.delete_document(two[1])
    assert any(REMOVED in w for w in drafts.check(letter, TODAY).warnings)


def test_a_letter_drafted_after_its_only_document_went_has_no_empty_enclosures(two: list[int]) -> None:
    selection = drafts.Selection(documents=(two[0],))
    store.delete_document(two[0])
    letter = drafts.create_draft("pwn-request", selection, today=TODAY, language="en")
    assert "Enclosures:" not in letter.body
    assert any(REMOVED in w for w in drafts.check(letter, TODAY).warnings)
