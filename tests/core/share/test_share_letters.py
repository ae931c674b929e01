"""A new letter of each kind is made from a shared copy on the command line: the PDF is written where the
parent said, with the letter's text, and nothing is written to the copy (its bytes and time unchanged)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from core_support import PASSPHRASE, fingerprint, run_cli
from pypdf import PdfReader

from iepdesk.casefile import Case
from iepdesk.letters import drafts
from iepdesk.model import Incident, Letter

from .conftest import SHARE_PASSPHRASE, Seeded
from .share_support import share

NOT_SAVED = "This is a shared copy: the letter was made from it, not saved in it."

#: Each kind's title, by hand from resources/letters/en.json with the seeded child "Maya Example" (the
#: incident email: the first name, then "what happened on" the cited incident's date, October 10, 2025).
TITLES = {
    "concerns-letter": "Request for an IEP meeting for Maya Example",
    "records-request": "Request for Maya Example's education records",
    "pwn-request": "Request for prior written notice: Maya Example",
    "state-complaint": "State complaint: Maya Example",
    "ocr-complaint": "Complaint to the Office for Civil Rights: Maya Example",
    "incident-email": "Maya: what happened on October 10, 2025",
}


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def _state(path: Path) -> tuple[dict[str, str | None], int]:
    return fingerprint(path), path.stat().st_mtime_ns


@pytest.fixture
def copy_path(seeded: Seeded) -> Path:
    return share(seeded.path, seeded.path.with_name("Copy.iepcase")).path


@pytest.mark.parametrize("kind", drafts.KINDS)
def test_each_kind_of_new_letter_is_made_from_the_copy_and_not_saved_in_it(
    copy_path: Path, tmp_path: Path, kind: str
) -> None:
    with Case.open(copy_path, SHARE_PASSPHRASE):
        inside = int(Incident.get(Incident.what_happened == "INCIDENTINSIDE").id)
        letters_before = Letter.select().count()
    before = _state(copy_path)
    out = tmp_path / f"{kind}.pdf"
    result = run_cli(
        "export",
        "letter",
        copy_path,
        kind,
        out,
        "--new",
        "--date",
        "2025-10-31",
        "--incident",
        str(inside),
        "--from",
        "2025-10-01",
        "--to",
        "2025-10-31",
        "--leave-out-old",  # in memory too: leaving lines out saves nothing either
        passphrase=SHARE_PASSPHRASE,
    )
    assert result.code == 0, result
    assert NOT_SAVED in result.stderr
    text = _pdf_text(out)
    assert TITLES[kind] in text, text[:400]
    # The letter's date; an email carries none, it tells the cited incident in its own words.
    assert ("INCIDENTINSIDE" if kind == "incident-email" else "October 31, 2025") in text, text[:400]
    assert _state(copy_path) == before  # not a byte, not its time
    with Case.open(copy_path, SHARE_PASSPHRASE):
        assert Letter.select().count() == letters_before


def test_a_copy_in_the_other_language_is_made_beside_it(copy_path: Path, tmp_path: Path) -> None:
    before = _state(copy_path)
    out = tmp_path / "meeting.pdf"
    result = run_cli(
        "export",
        "letter",
        copy_path,
        "concerns-letter",
        out,
        "--new",
        "--date",
        "2025-10-31",
        "--copy-language",
        "es",
        passphrase=SHARE_PASSPHRASE,
    )
    assert result.code == 0, result
    assert "Request for an IEP meeting for Maya Example" in _pdf_text(out)
    # The Spanish copy: its date in Spanish words (31 de octubre de 2025), worked out by hand.
    assert "31 de octubre de 2025" in _pdf_text(tmp_path / "meeting.es.pdf")
    assert _state(copy_path) == before


def test_the_parents_own_case_still_saves_the_new_letter(seeded: Seeded, tmp_path: Path) -> None:
    result = run_cli("export", "letter", seeded.path, "pwn-request", tmp_path / "p.pdf", "--new")
    assert result.code == 0, result
    assert NOT_SAVED not in result.stderr
    with Case.open(seeded.path, PASSPHRASE):
        assert Letter.select().where(Letter.kind == "pwn-request").count() == 1


def test_made_without_saving_is_the_same_letter_as_saved(seeded: Seeded) -> None:
    day = dt.date(2025, 10, 31)
    with Case.open(seeded.path, PASSPHRASE):
        count = Letter.select().count()
        built = drafts.make("records-request", today=day, save=False)
        assert (built.saved, built.letter.id, Letter.select().count()) == (False, 0, count)
        saved = drafts.make("records-request", today=day)
        assert saved.saved and saved.letter.id > 0 and Letter.select().count() == count + 1
        assert (built.letter.title, built.letter.body) == (saved.letter.title, saved.letter.body)
