"""Each letter kind is filled from the case; the state complaint lists 34 CFR 300.153(b)'s elements."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from iepdesk.casefile import Argon2Params, Case
from iepdesk.comms import tone
from iepdesk.letters import drafts
from iepdesk.model import Child, Incident, Provision
from iepdesk.schedule import logbook

D = dt.date


def incident(day: dt.date) -> Incident:
    extra = Provision.get(Provision.title == "Extended time")
    return logbook.record_incident(
        day,
        [extra.id],
        "Math test given without extended time",
        child_words="She said there was no time for that",
    )


@pytest.mark.parametrize("kind", drafts.KINDS)
def test_every_kind_is_filled_from_the_case_and_calm(case: Case, kind: str) -> None:
    chosen = incident(D(2026, 3, 3))
    speech = Provision.get(Provision.title == "Speech therapy")
    letter = drafts.create_draft(
        kind, drafts.Selection(incidents=(chosen.id,), provisions=(speech.id,)), today=D(2026, 3, 10)
    )
    body = str(letter.body)
    assert "José" in body
    assert "María Núñez" in body
    if kind not in ("incident-email",):
        assert "Lincoln Elementary" in body
    if kind in ("concerns-letter", "state-complaint", "ocr-complaint", "incident-email"):
        assert "On March 3, 2026: Math test given without extended time." in body
    if kind == "incident-email":
        assert "José receives 30 minutes of speech therapy, 2 times per week" in body
    assert not [f for f in tone.check(body) if f.category in ("blame", "threat", "sarcasm", "shouting")]
    assert drafts.history(letter.id)[0].body == body


def test_state_complaint_elements_missing_then_present(case: Case) -> None:
    chosen = incident(D(2026, 3, 3))
    letter = drafts.create_draft(
        "state-complaint", drafts.Selection(incidents=(chosen.id,)), today=D(2026, 3, 10)
    )
    check = drafts.check(letter, today=D(2026, 3, 10))
    assert check.source == "34 CFR 300.153(b)"
    missing = {e.id for e in check.missing}
    # No address for the child or the parent, no resolution, and no state agency named in "To:".
    assert missing == {"child_address", "resolution", "contact", "to"}
    assert "[child's home address]" in drafts.text_for_export(letter)
    assert any("copy of the complaint to the school district" in w for w in check.warnings)
    child = Child.the_child()
    child.home_address = "12 Elm Street, Springfield"
    child.parent_address = "12 Elm Street, Springfield"
    child.save()
    filled = drafts.create_draft(
        "state-complaint",
        drafts.Selection(incidents=(chosen.id,)),
        {
            "resolution": "Make-up sessions for the 240 missed minutes.",
            "state_agency": "State Department of Education, Special Education Complaints",
        },
        today=D(2026, 3, 10),
    )
    assert drafts.check(filled, today=D(2026, 3, 10)).missing == []
    assert "12 Elm Street, Springfield" in str(filled.body)
    # The parent edits the text and deletes the signature line: the check notices.
    drafts.save_body(filled.id, str(filled.body).replace("Signed:", "").strip())
    edited = drafts.get(filled.id)
    assert edited is not None
    assert {e.id for e in drafts.check(edited).missing} == {"signature"}
    assert len(drafts.history(filled.id)) == 2


@pytest.mark.parametrize(("days", "warned"), [(364, False), (365, False), (366, True)])
def test_state_complaint_window_warning(case: Case, days: int, warned: bool) -> None:
    old = incident(D(2025, 3, 3))
    letter = drafts.create_draft("state-complaint", drafts.Selection(incidents=(old.id,)))
    warnings = drafts.check(letter, today=D(2025, 3, 3) + dt.timedelta(days=days)).warnings
    assert any("more than one year" in w for w in warnings) is warned


@pytest.mark.parametrize(("days", "warned"), [(179, False), (180, False), (181, True)])
def test_ocr_window_warning(case: Case, days: int, warned: bool) -> None:
    old = incident(D(2025, 3, 3))
    letter = drafts.create_draft("ocr-complaint", drafts.Selection(incidents=(old.id,)))
    warnings = drafts.check(letter, today=D(2025, 3, 3) + dt.timedelta(days=days)).warnings
    assert any("more than 180 days" in w for w in warnings) is warned


def test_ledger_figures_in_the_facts(case: Case) -> None:
    speech = Provision.get(Provision.title == "Speech therapy")
    logbook.log_session(speech.id, D(2026, 3, 3), "delivered")
    logbook.log_session(speech.id, D(2026, 3, 5), "missed", reason="provider_absent")
    letter = drafts.create_draft(
        "concerns-letter",
        drafts.Selection(ledger_from=D(2026, 3, 2), ledger_to=D(2026, 3, 6)),
        today=D(2026, 3, 6),
    )
    # One week of 2 x 30 minutes = 60: 30 delivered + 30 missed = 60; nothing made up, 30 owed.
    assert (
        "- Speech therapy, March 2, 2026 to March 6, 2026: José was to receive 60 minutes. By my records, "
        "of those 60: 30 were delivered and 30 were missed. None of the 30 missed minutes were made up: "
        "30 minutes are owed."
    ) in str(letter.body)
    assert "  - March 5, 2026: missed (provider absent)" in str(letter.body)


def test_cli_exports_pdf_and_lists_missing_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "cli.iepcase"
    Case.create(path, "José Núñez", "cli passphrase", Argon2Params())[0].lock()
    env = {**os.environ, "IEPDESK_PASSPHRASE": "cli passphrase"}
    out = tmp_path / "complaint.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "iepdesk", "export", "letter", str(path), "state-complaint", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "missing: The child's address of residence" in result.stderr
    assert "missing: The name of the school" in result.stderr
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "[child's home address]" in text
    assert "not legal advice" in text
    plain = tmp_path / "complaint.txt"
    subprocess.run(
        [sys.executable, "-m", "iepdesk", "export", "letter", str(path), "state-complaint", str(plain)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "[school name]" in plain.read_text()
    again = subprocess.run(
        [sys.executable, "-m", "iepdesk", "export", "letter", str(path), "records-request", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 2


def test_cited_communications_are_in_the_facts(case: Case) -> None:
    from iepdesk.comms import log

    call = log.record(
        when="2026-03-04T15:30", channel="phone", direction="to_school", subject="Missed speech"
    )
    letter = drafts.create_draft("concerns-letter", drafts.Selection(communications=(call.id,)))
    assert '- On March 4, 2026, a phone call to the school: "Missed speech".' in str(letter.body)


def test_letter_pdf_pages_say_page_x_of_y(case: Case) -> None:
    from iepdesk.export.letter_pdf import letter_pdf

    long_body = "\n".join(f"- Line {n} of a long list of dates." for n in range(120))
    reader = PdfReader(io.BytesIO(letter_pdf("A long letter", long_body)))
    assert len(reader.pages) >= 2
    last = reader.pages[-1].extract_text()
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in last


@pytest.mark.parametrize(
    "command",
    ["export binder {case} {out}", "export letter {case} records-request {out}", "export-json {case} {out}"],
)
def test_exports_into_a_missing_folder_say_so_before_any_work(tmp_path: Path, command: str) -> None:
    path = tmp_path / "out.iepcase"
    Case.create(path, "José", "cli passphrase", Argon2Params())[0].lock()
    args = command.format(case=path, out=tmp_path / "missing" / "out.pdf").split()
    result = subprocess.run(
        [sys.executable, "-m", "iepdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "IEPDESK_PASSPHRASE": "cli passphrase"},
    )
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr
    assert ".tmp-" not in result.stderr


def test_saved_letters_are_plain_values(case: Case) -> None:
    """Issue 14: the window and the CLI hold a SavedLetter (no model object leaves the core)."""
    first = drafts.create_draft("records-request", today=D(2026, 3, 10))
    second = drafts.create_draft("concerns-letter", details={"recipient": "Ms. Grant"}, today=D(2026, 3, 10))
    assert isinstance(first, drafts.SavedLetter) and drafts.get(first.id) == first
    assert [x.id for x in drafts.letters()] == [second.id, first.id]
    assert drafts.latest("concerns-letter") == second and drafts.latest("ocr-complaint") is None
    assert drafts.details_of(second) == {"recipient": "Ms. Grant"}
    assert drafts.details_of(first.with_body("x")) == {} and first.with_body("x").body == "x"
    drafts.save_body(first.id, "Edited")
    assert [r.body for r in drafts.history(first.id)] == [first.body, "Edited"]
    assert drafts.get(first.id).body == "Edited"  # type: ignore[union-attr]
    assert drafts.get(10_000) is None
