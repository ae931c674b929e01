"""Next steps: what the case shows marks the right steps done, and no text gives a number, address or link."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import factories
import pytest

from iepdesk import next_steps
from iepdesk.casefile import Case
from iepdesk.model import (
    Letter,
)
from iepdesk.next_steps import CaseProgress, Line, build

TODAY = dt.date(2026, 12, 1)

PHONE = re.compile(r"\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b1-8\d\d\b|\b\d{3}-\d{4}\b")
WEB = re.compile(r"https?:|www\.|@|\.(org|gov|com|net|edu|us)\b", re.IGNORECASE)
STREET = re.compile(
    r"\b\d+\s+(\w+\s+){1,3}(Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd|Drive|Dr\.|Lane|Suite)\b"
    r"|\bP\.?\s?O\.? Box\b|\b\d{5}(-\d{4})?\b",
    re.IGNORECASE,
)


def no_contact_details(text: str) -> None:
    for pattern in (PHONE, WEB, STREET):
        assert not pattern.search(text), f"{pattern.pattern!r} found in: {text}"


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    opened = factories.new_case(tmp_path / "steps.iepcase", "Maya López")
    yield opened
    opened.lock()


def fill(with_letters: bool = True) -> None:
    """A case with hand-counted records: 5 log entries, 3 incidents, 3 communications (2 to the school),
    a precise service and a vague accommodation, an advocate on the team, and letters."""
    version = factories.version(dt.date(2026, 9, 1), dt.date(2027, 8, 31), meeting_date=dt.date(2026, 9, 1))
    speech = factories.service(version, "Speech therapy", 30, 2, "week", location="speech room")
    factories.provision(version, "accommodation", "Extended time", iep_wording="Extra time as needed")
    for day in (1, 3, 8, 10, 15):
        factories.log(speech, dt.date(2026, 9, day), "delivered")
    for when in (dt.date(2026, 9, 15), dt.date(2026, 10, 6), dt.date(2026, 11, 20)):
        factories.incident(when, [], "No extra time on the spelling test.")
    factories.communication("2026-10-07T09:00", direction="to_school", subject="Extra time")
    factories.communication("2026-11-21", direction="to_school", subject="Spelling test")
    factories.communication("2026-11-22", direction="from_school", subject="Re: Spelling test")
    factories.contact("Lee Park", "Speech-language pathologist")
    factories.contact("Sam Rivera", "Parent advocate")
    if with_letters:
        Letter.create(kind="concerns-letter", title="Concerns", sent_on=dt.date(2026, 11, 24))
        Letter.create(kind="records-request", title="Records", sent_on=dt.date(2026, 11, 2))
        Letter.create(kind="state-complaint", title="Draft complaint")  # drafted, not sent


def marks(steps: next_steps.NextSteps) -> dict[str, bool | None]:
    return {s.key: s.done for s in steps.steps}


def shown(steps: next_steps.NextSteps, key: str) -> list[str]:
    return [line.text() for line in steps.step(key).shows]


def test_a_case_with_records_and_letters_marks_the_right_steps_done(case: Case) -> None:
    fill()
    steps = next_steps.next_steps(TODAY)
    assert [s.key for s in steps.steps] == list(next_steps.STEP_KEYS)
    assert marks(steps) == {
        "record": True,  # 5 log entries, 3 incidents
        "wording": False,  # the accommodation is vague
        "write": True,  # two messages to the school
        "meeting": True,  # the concerns letter is marked as sent
        "advocate": True,  # "Parent advocate" on the team
        "pa": None,
        "parents": None,
        "doe": None,
        "complaint": False,  # only drafted
        "ocr": False,
        "attorney": False,  # no attorney on the team
        "other": None,
    }
    assert shown(steps, "record") == [
        "Documented: 5 service log entries, 3 incidents.",
        "The latest incident is from November 20, 2026.",
    ]
    assert shown(steps, "wording") == ["The IEP in effect: 2 provisions. With wording to check: 1."]
    assert steps.step("wording").actions == (next_steps.CLARITY_CHECK,)
    assert shown(steps, "write") == [
        "Messages you sent to the school: 2. The last one: November 21, 2026.",
        "Communications logged in all: 3.",
    ]
    meeting = shown(steps, "meeting")
    assert meeting[:2] == [
        "Meeting requested on November 24, 2026.",
        "Records requested on November 2, 2026.",
    ]
    assert "within 45 days, by December 17, 2026," in meeting[2]  # Nov 2 + 45 days
    assert steps.step("meeting").actions == ("concerns-letter", "records-request")
    # Windows, counted from the incidents: all three are inside the one-year window, the first closing
    # on Sep 15, 2027; all three are inside the 180-day OCR window too (Mar 14 to May 19, 2027).
    assert shown(steps, "complaint") == [
        "For the incident of September 15, 2026, the one-year window closes on September 15, 2027.",
        "Incidents inside this window: 3. The last one closes on November 20, 2027.",
    ]
    assert shown(steps, "ocr") == [
        "For the incident of September 15, 2026, the 180-day window closes on March 14, 2027.",
        "Incidents inside this window: 3. The last one closes on May 19, 2027.",
    ]
    assert shown(steps, "attorney")[0].startswith(
        "For the incident of September 15, 2026, the two-year window closes on September 15, 2028"
    )


def test_an_empty_case_marks_nothing_done_and_says_what_to_do(case: Case) -> None:
    steps = next_steps.next_steps(TODAY)
    assert not any(s.done for s in steps.steps)
    assert shown(steps, "record") == ["Nothing is recorded yet."]
    assert shown(steps, "wording") == ["No IEP in effect today is entered yet. Type it in on the IEP page."]
    assert shown(steps, "write") == [] and shown(steps, "meeting") == []
    assert shown(steps, "complaint") == ["The window counts from an incident. None is recorded yet."]


def test_a_letter_sent_and_an_attorney_mark_the_formal_steps() -> None:
    steps = build(
        CaseProgress(
            log_entries=1,
            incidents=1,
            latest_incident=dt.date(2025, 1, 10),
            provisions=1,
            sent={"state-complaint": dt.date(2025, 3, 1), "ocr-complaint": dt.date(2025, 3, 2)},
            attorney_on_team=True,
        )
    )
    assert shown(steps, "record")[0] == "Documented: 1 service log entry, 1 incident."
    assert steps.step("wording").done is True
    assert shown(steps, "wording") == [
        "The IEP in effect: 1 provision. The clarity check found nothing to ask about."
    ]
    assert steps.step("complaint").done and steps.step("ocr").done and steps.step("attorney").done
    assert shown(steps, "complaint") == [
        "State complaint marked as sent on March 1, 2025.",
        "None of the incidents recorded is inside this window now.",
    ]
    assert "An attorney is on your team." in shown(steps, "attorney")


def test_the_whole_path_is_there_in_plain_words() -> None:
    text = "\n".join(line.text() for line in build(CaseProgress()).lines())
    for needed in (
        "clarity check",
        "concerns letter",
        "advocate",
        "Protection & Advocacy",
        "special education advocates",
        "state complaint process",
        "The Arc",
        "Decoding Dyslexia",
        "department of education",
        "Some states also have a separate complaint about an educator's conduct",
        "Office for Civil Rights",
        "compensatory education",
        "another school, homeschool, choose a private school, or pay privately",
        "No one should judge it",
        "Remedies are usually modest",
        "Due process is costly",
        "Suing a teacher rarely works",
        "going to the media",
    ):
        assert needed in text
    # The state complaint window is one year; two years is due process (a peer tool's mistake).
    assert "two years" not in texts_of("complaint") and "one year" in texts_of("complaint")
    # OCR's 180 days are federal: never "your state may differ" there.
    assert "states" not in texts_of("ocr").replace("same in every state", "")


def texts_of(prefix: str) -> str:
    return " ".join(v for k, v in next_steps.TEXTS.items() if k.startswith(prefix + "."))


def test_no_text_gives_a_phone_number_web_address_or_street_address(case: Case) -> None:
    for text in next_steps.TEXTS.values():  # every text a step can show, filled or not
        no_contact_details(text)
    fill()
    for line in next_steps.next_steps(TODAY).lines():
        no_contact_details(line.text())
    # The patterns catch what they are for.
    for bad in ("1-800-555-0199", "(202) 555-0100", "www.example.org", "https://x", "100 Main Street"):
        with pytest.raises(AssertionError):
            no_contact_details(bad)


def test_every_line_key_has_a_text() -> None:
    for progress in (
        CaseProgress(),
        CaseProgress(log_entries=2, incidents=2, provisions=3, unclear_provisions=1),
    ):
        for line in build(progress).lines():
            assert isinstance(Line(line.key, line.values).text(), str)
