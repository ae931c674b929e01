"""The facts of a period as letters cite them (issue 12): figures that add up on their face, counted as
of the letter's date, the date and reason of each missed or cut-short session, the IEP version in
effect on each cited date; the same letter from the CLI; the incident email cites one incident."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from iepdesk.casefile import Case
from iepdesk.letters import drafts, facts, windows
from iepdesk.model import Provision
from iepdesk.schedule import logbook

D = dt.date
PASSPHRASE = "test passphrase"  # the case fixture's (tests/core/letters/conftest.py)

#: The letter's date: a Friday. The wizard's (and the CLI's) default period is the 90 days up to it:
#: Saturday December 27, 2025 to Friday March 27, 2026.
LETTER_DAY = D(2026, 3, 27)


def _log_quarter() -> None:
    """Speech therapy is 2 x 30 minutes a week; the fixture's school year has no holidays.

    The default period holds 13 whole school weeks (Mon Dec 29 ... Mon Mar 23; the week of Dec 22 has
    no school day inside the period), so required = 13 x 2 x 30 = 780 minutes. Logged, Tuesdays and
    Thursdays:
      missed, provider absent: Jan 6, Jan 8           2 x 30 = 60 missed
      missed, no reason:       Feb 3                  30 missed
      student absent:          Jan 13                 30 excused
      shortened to 20 minutes: Feb 10                 20 delivered + 10 missed
      shortened, minutes not given: Mar 17            30 not known
      nothing logged: the week of Mar 23              60 not recorded
      every other session delivered: 26 - 8 = 18      540 delivered (+20 = 560)
      make-up session Friday Feb 20, 30 minutes       30 made up
    560 + 30 + 100 + 60 + 30 = 780. Owed = 100 missed - 30 made up = 70.
    """
    speech = Provision.get(Provision.title == "Speech therapy")
    special = {
        D(2026, 1, 6): ("missed", None, "provider_absent"),
        D(2026, 1, 8): ("missed", None, "provider_absent"),
        D(2026, 2, 3): ("missed", None, None),
        D(2026, 1, 13): ("missed", None, "student_absent"),
        D(2026, 2, 10): ("shortened", 20, None),
        D(2026, 3, 17): ("shortened", None, None),
    }
    day = D(2025, 12, 30)  # the first Tuesday
    while day < D(2026, 3, 23):
        for session in (day, day + dt.timedelta(days=2)):
            status, minutes, reason = special.get(session, ("delivered", None, None))
            logbook.log_session(speech.id, session, status, minutes=minutes, reason=reason)
        day += dt.timedelta(days=7)
    logbook.log_session(speech.id, D(2026, 2, 20), "makeup", minutes=30)
    # Logged after the letter's date: never part of the letter's figures.
    logbook.log_session(speech.id, D(2026, 3, 31), "makeup", minutes=30)


def test_period_facts_add_up_and_name_each_missed_session(case: Case) -> None:
    _log_quarter()
    found = facts.period_facts(D(2025, 12, 27), LETTER_DAY, as_of=LETTER_DAY)
    (speech,) = found.services
    # Hand-worked in _log_quarter's docstring.
    assert (speech.required, speech.delivered, speech.excused, speech.missed) == (780, 560, 30, 100)
    assert (speech.not_recorded, speech.minutes_unknown, speech.made_up, speech.owed) == (60, 30, 30, 70)
    assert speech.parts_total == speech.required
    assert [(s.day, s.what, s.reason) for s in speech.sessions] == [
        (D(2026, 1, 6), "missed", "Provider absent"),
        (D(2026, 1, 8), "missed", "Provider absent"),
        (D(2026, 2, 3), "missed", ""),
        (D(2026, 2, 10), "cut short", ""),
        (D(2026, 3, 17), "cut short, minutes not known", ""),
    ]
    assert speech.sessions[3].minutes_given == 20
    assert {s.iep for s in speech.sessions} == {"the annual IEP in effect from September 1, 2025"}


def test_the_sentence_of_figures_adds_up_on_its_face(case: Case) -> None:
    _log_quarter()
    letter = drafts.create_draft(
        "concerns-letter",
        drafts.Selection(ledger_from=D(2025, 12, 27), ledger_to=LETTER_DAY),
        today=LETTER_DAY,
    )
    body = str(letter.body)
    assert (
        "- Speech therapy, December 27, 2025 to March 27, 2026: José was to receive 780 minutes. By my "
        "records, of those 780: 560 were delivered, 30 were excused (student absent), 100 were missed, "
        "60 are not recorded either way and 30 were in sessions cut short whose length I do not know. "
        "Of the 100 missed minutes, 30 were made up: 70 minutes are owed."
    ) in body
    assert "  - January 6, 2026: missed (provider absent)" in body
    assert "  - February 10, 2026: cut short, 20 of 30 minutes given (no reason recorded)" in body
    assert {e.id for e in drafts.check(letter, LETTER_DAY).missing} == set()


def _cli(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "iepdesk", "export", "letter", str(path), *args],
        env={**os.environ, "IEPDESK_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_state_complaint_cites_the_service_facts_of_the_default_period(
    case: Case, tmp_path: Path
) -> None:
    _log_quarter()
    chosen = logbook.record_incident(
        D(2026, 3, 3),
        [Provision.get(Provision.title == "Extended time").id],
        "Math test without extended time",
    )
    path = tmp_path / "letters.iepcase"  # the case fixture's
    case.lock()
    out = tmp_path / "complaint.txt"
    result = _cli(path, "state-complaint", str(out), "--date", "2026-03-27")
    assert result.returncode == 0, result.stderr
    text = out.read_text("utf-8")
    # The 90 days up to March 27 (the default period); figures hand-worked in _log_quarter.
    assert "of those 780: 560 were delivered" in text
    assert "Of the 100 missed minutes, 30 were made up: 70 minutes are owed." in text
    assert "60 minutes were made up" not in text
    assert "A further" not in text  # the period ends on the letter's date: nothing still to come
    assert f"On March 3, 2026: {chosen.what_happened}. (IEP: Extended time, in the annual IEP" in text
    assert "placeholder not filled: [child's home address]" in result.stderr
    assert "missing: Who it goes to: your state's education department" in result.stderr


def test_cli_concerns_letter_says_the_minutes_owed(case: Case, tmp_path: Path) -> None:
    _log_quarter()
    path = tmp_path / "letters.iepcase"  # the case fixture's
    case.lock()
    out = tmp_path / "concerns.txt"
    result = _cli(path, "concerns-letter", str(out), "--date", "2026-03-27")
    assert result.returncode == 0, result.stderr
    assert "70 minutes are owed" in out.read_text("utf-8")  # 100 missed - 30 made up


def test_incident_email_cites_exactly_the_incident_chosen(case: Case) -> None:
    extra = Provision.get(Provision.title == "Extended time")
    speech = Provision.get(Provision.title == "Speech therapy")
    older = logbook.record_incident(D(2026, 2, 2), [speech.id], "No speech session")
    chosen = logbook.record_incident(D(2026, 3, 3), [extra.id], "Math test given without extended time")
    letter = drafts.create_draft(
        "incident-email", drafts.Selection(incidents=(chosen.id, older.id)), today=D(2026, 3, 10)
    )
    body = str(letter.body)
    assert str(letter.title) == "José: what happened on March 3, 2026"
    assert "No speech session" not in body
    assert body.count("- On ") == 1
    # What the IEP promises comes from the incident's own provision.
    assert "says that Extended time (1.5x) on tests and quizzes." in body
    warnings = drafts.check(letter, D(2026, 3, 10)).warnings
    assert any("only the first one chosen" in w for w in warnings)


def test_state_complaint_marks_what_is_older_than_a_year_and_leaves_it_out(case: Case) -> None:
    extra = Provision.get(Provision.title == "Extended time")
    # Filed March 10, 2026: the window reaches back to March 10, 2025 (34 CFR 300.153(c)).
    old = logbook.record_incident(D(2025, 3, 9), [extra.id], "Quiz without extended time")
    edge = logbook.record_incident(D(2025, 3, 10), [extra.id], "Test without extended time")
    letter = drafts.create_draft(
        "state-complaint", drafts.Selection(incidents=(old.id, edge.id)), today=D(2026, 3, 10)
    )
    body = str(letter.body)
    assert f"- {windows.STATE_MARK} On March 9, 2025: Quiz without extended time." in body
    assert "- On March 10, 2025: Test without extended time." in body
    check = drafts.check(letter, D(2026, 3, 10))
    assert len(check.outside_window) == 1
    assert any("March 9, 2025 is more than one year" in w for w in check.warnings)
    kept = windows.leave_out(body, "state-complaint")
    assert "Quiz without extended time" not in kept
    assert "Test without extended time" in kept
    # Once left out, the check no longer says it is marked in the text (the CLI's --leave-out-old
    # printed "It is marked in the text; you can leave it out" about a line it had just removed).
    left = drafts.leave_out_old(letter.id)
    assert left is not None and "Quiz without extended time" not in str(left.body)
    after = drafts.check(left, D(2026, 3, 10))
    assert after.outside_window == []
    assert not any("March 9, 2025" in w for w in after.warnings)
    # No IEP was entered for March 2025 (the fixture's starts September 1, 2025): it says so.
    assert "(IEP: Extended time, in no IEP entered in IEPDesk for that date.)" in body


def test_homeless_child_contact_is_an_element_only_when_it_applies(case: Case) -> None:
    plain = drafts.create_draft("state-complaint", today=D(2026, 3, 10))
    ids = {e.id for e in drafts.check(plain, D(2026, 3, 10)).elements}
    assert "child_address" in ids and "homeless_contact" not in ids
    homeless = drafts.create_draft("state-complaint", details={"homeless": "yes"}, today=D(2026, 3, 10))
    check = drafts.check(homeless, D(2026, 3, 10))
    ids = {e.id for e in check.elements}
    assert "homeless_contact" in ids and "child_address" not in ids
    assert "homeless_contact" in {e.id for e in check.missing}
    filled = drafts.create_draft(
        "state-complaint",
        details={"homeless": "yes", "homeless_contact": "Family shelter, 5 Oak Road"},
        today=D(2026, 3, 10),
    )
    assert "homeless_contact" not in {e.id for e in drafts.check(filled, D(2026, 3, 10)).missing}
    assert "Child's contact information (a homeless child): Family shelter, 5 Oak Road" in str(filled.body)


def test_staff_not_knowing_the_iep_cites_300_323_d(case: Case) -> None:
    without = drafts.create_draft("state-complaint", today=D(2026, 3, 10))
    assert "300.323(d)" not in str(without.body)
    letter = drafts.create_draft("state-complaint", details={"staff_unaware": "yes"}, today=D(2026, 3, 10))
    assert "told their specific responsibilities (34 CFR 300.323(d))" in str(letter.body)


def test_ocr_marks_each_incident_past_180_days_and_says_the_rule_is_federal(case: Case) -> None:
    extra = Provision.get(Provision.title == "Extended time")
    # Filed March 10, 2026: 180 days back is September 11, 2025.
    late = logbook.record_incident(D(2025, 9, 10), [extra.id], "Test without extended time")
    on_time = logbook.record_incident(D(2025, 9, 11), [extra.id], "Quiz without extended time")
    letter = drafts.create_draft(
        "ocr-complaint", drafts.Selection(incidents=(late.id, on_time.id)), today=D(2026, 3, 10)
    )
    body = str(letter.body)
    assert f"- {windows.OCR_MARK} On September 10, 2025" in body
    assert "- On September 11, 2025" in body
    check = drafts.check(letter, D(2026, 3, 10))
    text = " ".join(check.warnings)
    assert "September 10, 2025 is more than 180 days" in text
    assert "September 11, 2025 is more than" not in text
    assert "within 60 days after that process ended" in text and "good cause" in text
    assert "same in every state" in text and "may differ" not in text
    ids = {e.id for e in check.missing}
    assert {"relationship", "school_address", "remedy"} <= ids


def test_records_request_and_pwn_elements(case: Case) -> None:
    records = drafts.create_draft("records-request", today=D(2026, 3, 10))
    body = str(records.body)
    assert "must comply with this request" in body and "respond" not in body
    assert "300.613(b)" in body and "representative" in body
    assert "service logs and the providers' session notes" in body and "attendance records" in body
    assert {e.id for e in drafts.check(records, D(2026, 3, 10)).missing} == {"child", "parent_address"}
    pwn = drafts.create_draft(
        "pwn-request",
        details={"decision": "the school refused to make up the missed speech sessions (Ms. Lee)"},
        today=D(2026, 3, 10),
    )
    text = str(pwn.body)
    for n in range(1, 8):
        assert f"- ({n}) " in text
    assert "refused to make up the missed speech sessions" in text
    assert {e.id for e in drafts.check(pwn, D(2026, 3, 10)).missing} == {"decision_date"}


def test_a_period_past_the_letter_date_counts_only_what_was_known_on_it(case: Case, tmp_path: Path) -> None:
    """Up to Friday April 3: the week of March 30 is after the letter's date, so its 2 x 30 = 60 minutes
    are still to come (not required), and the make-up logged on March 31 is not counted: made up stays
    30 (not 60) and owed stays 100 - 30 = 70 (not 40)."""
    _log_quarter()
    path = tmp_path / "letters.iepcase"  # the case fixture's
    case.lock()
    out = tmp_path / "concerns.txt"
    result = _cli(
        path,
        "concerns-letter",
        str(out),
        "--date",
        "2026-03-27",
        "--from",
        "2025-12-27",
        "--to",
        "2026-04-03",
    )
    assert result.returncode == 0, result.stderr
    text = out.read_text("utf-8")
    assert "José was to receive 780 minutes." in text
    assert "Of the 100 missed minutes, 30 were made up: 70 minutes are owed." in text
    assert "A further 60 minutes are scheduled after March 27, 2026 and are not counted here." in text


def test_letter_pdf_names_the_child_on_every_page_and_keeps_the_signature_together() -> None:
    import io

    from pypdf import PdfReader

    from iepdesk.export.letter_pdf import letter_pdf

    # 44 lines of facts: two pages, the signature block on the second (kept together by KeepTogether).
    body = "\n".join(
        [
            "Facts",
            *(f"- Line {n} of the facts." for n in range(44)),
            "",
            "Signed: ____    Date: ____",
            "Ana Ruiz",
        ]
    )
    pages = [
        p.extract_text() for p in PdfReader(io.BytesIO(letter_pdf("State complaint: Leo Ruiz", body))).pages
    ]
    assert len(pages) >= 2
    assert all("State complaint: Leo Ruiz" in page for page in pages)
    signed = [page for page in pages if "Signed:" in page]
    assert len(signed) == 1 and "Ana Ruiz" in signed[0]


def test_every_font_of_a_letter_pdf_is_embedded(tmp_path: Path) -> None:
    import shutil

    import pytest

    from iepdesk.export.letter_pdf import letter_pdf

    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    # reportlab names Helvetica, unembedded, in each page's preamble unless told another font: a print
    # shop or an archive copy may then render the letter differently (the binder was fixed; letters not).
    path = tmp_path / "letter.pdf"
    path.write_bytes(letter_pdf("State complaint: Leo Ruiz", "Facts\n- On March 3, 2026: no extra time."))
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert rows
    for line in rows:
        assert " yes " in line, line  # the "emb" column


def test_the_childs_words_wait_for_the_parent_and_a_named_staff_member_is_pointed_out(case: Case) -> None:
    from iepdesk.letters import quotes

    extra = Provision.get(Provision.title == "Extended time")
    # The fixture's team has "Dana Whitfield" (case manager).
    named = logbook.record_incident(
        D(2026, 3, 3),
        [extra.id],
        "Test without extended time",
        child_words="Ms. Whitfield said no extra time",
    )
    plain = logbook.record_incident(
        D(2026, 3, 4), [extra.id], "Quiz without extended time", child_words="There was no time"
    )
    letter = drafts.create_draft(
        "concerns-letter", drafts.Selection(incidents=(named.id, plain.id)), today=D(2026, 3, 10)
    )
    body = str(letter.body)
    assert f'{quotes.CHILD_MARK} José said: "There was no time"' in body
    warnings = drafts.check(letter, D(2026, 3, 10)).warnings
    assert any("after a mark" in w for w in warnings)
    staff = [w for w in warnings if "Keep the focus on what the child received" in w]
    assert len(staff) == 1 and "March 3, 2026 name Dana Whitfield" in staff[0]
    # The parent has read them: deletes the mark, keeps the words, and leaves the name out.
    edited = body.replace(quotes.CHILD_MARK + " ", "").replace("Ms. Whitfield said", "I was told")
    drafts.save_body(letter.id, edited)
    saved = drafts.get(letter.id)
    assert saved is not None
    again = drafts.check(saved, D(2026, 3, 10)).warnings
    assert not any("after a mark" in w or "Keep the focus" in w for w in again)


def test_a_period_starting_more_than_a_year_back_is_marked_and_can_be_left_out(case: Case) -> None:
    # Filed March 10, 2026; the period starts March 9, 2025, one day outside the year (300.153(c)).
    letter = drafts.create_draft(
        "state-complaint",
        drafts.Selection(ledger_from=D(2025, 3, 9), ledger_to=D(2026, 3, 6)),
        today=D(2026, 3, 10),
    )
    body = str(letter.body)
    assert f"- {windows.STATE_MARK} Speech therapy, March 9, 2025 to March 6, 2026:" in body
    assert any(
        "March 9, 2025 is more than one year" in w for w in drafts.check(letter, D(2026, 3, 10)).warnings
    )
    assert "Speech therapy, March 9" not in windows.leave_out(body, "state-complaint")
    inside = drafts.create_draft(
        "state-complaint",
        drafts.Selection(ledger_from=D(2025, 3, 10), ledger_to=D(2026, 3, 6)),
        today=D(2026, 3, 10),
    )
    assert windows.STATE_MARK not in str(inside.body)


def test_cli_says_when_it_exports_a_saved_draft_and_not_the_choices_given(case: Case, tmp_path: Path) -> None:
    first = logbook.record_incident(D(2026, 3, 3), [], "Math test without extended time")
    second = logbook.record_incident(D(2026, 3, 5), [], "Spelling test without extended time")
    path = tmp_path / "letters.iepcase"  # the case fixture's
    case.lock()
    one = _cli(path, "incident-email", str(tmp_path / "one.txt"), "--incident", str(first.id))
    assert one.returncode == 0, one.stderr
    assert "--new" not in one.stderr  # a new draft: nothing to say
    # A draft is saved now: without --new it is exported as it is, and the other incident asked for
    # is not in it. The parent is told, not left to find out on paper.
    two = _cli(path, "incident-email", str(tmp_path / "two.txt"), "--incident", str(second.id))
    assert two.returncode == 0, two.stderr
    assert "Math test" in (tmp_path / "two.txt").read_text("utf-8")
    assert "--new" in two.stderr and "saved draft" in two.stderr
    # No choice given: the saved draft is what was asked for, nothing to say.
    three = _cli(path, "incident-email", str(tmp_path / "three.txt"))
    assert "--new" not in three.stderr
