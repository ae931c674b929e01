"""The grade in a letter reads as a person writes it, whichever way the Grade field was typed."""

from __future__ import annotations

import datetime as dt

import pytest

from iepdesk.casefile import Case
from iepdesk.letters import drafts, grades
from iepdesk.model import Child

OPENING = "I am writing about my child, José Núñez, {} at Lincoln Elementary."

# (typed in the Grade field, the words in the letter): worked out by hand.
CASES = [
    ("7", "a 7th-grade student"),
    ("7th", "a 7th-grade student"),
    ("7th grade", "a 7th-grade student"),  # the field's placeholder suggests this form
    ("7th Grade", "a 7th-grade student"),
    ("Grade 7", "a 7th-grade student"),
    ("grade 7th", "a 7th-grade student"),
    ("  7th   grade ", "a 7th-grade student"),
    ("seventh grade", "a 7th-grade student"),
    ("1", "a 1st-grade student"),
    ("2nd", "a 2nd-grade student"),
    ("3rd grade", "a 3rd-grade student"),
    ("8", "an 8th-grade student"),
    ("11th grade", "an 11th-grade student"),
    ("Grade 12", "a 12th-grade student"),
    ("K", "a kindergarten student"),
    ("k", "a kindergarten student"),
    ("Kindergarten", "a kindergarten student"),
    ("Grade K", "a kindergarten student"),
    ("Pre-K", "a pre-kindergarten student"),
    ("PreK", "a pre-kindergarten student"),
    ("pre k", "a pre-kindergarten student"),
    ("", "a student"),
    ("Year 9 (UK)", "a student (Year 9 (UK))"),  # not recognised: kept as typed, not guessed
    ("14", "a student (14)"),
]


@pytest.mark.parametrize(("typed", "words"), CASES)
def test_a_student(typed: str, words: str) -> None:
    assert grades.a_student(typed) == words


@pytest.mark.parametrize("kind", ["concerns-letter", "pwn-request"])
@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("7th grade", OPENING.format("a 7th-grade student")),
        ("Grade 7", OPENING.format("a 7th-grade student")),
        ("8", OPENING.format("an 8th-grade student")),
        ("Kindergarten", OPENING.format("a kindergarten student")),
        ("Pre-K", OPENING.format("a pre-kindergarten student")),
        ("", OPENING.format("a student")),
    ],
)
def test_the_letter_says_the_grade_once(case: Case, kind: str, typed: str, sentence: str) -> None:
    child = Child.the_child()
    child.grade = typed
    child.save()
    letter = drafts.create_draft(kind, drafts.Selection(), today=dt.date(2026, 3, 10))
    opening = next(line for line in letter.body.splitlines() if line.startswith("I am writing"))
    assert opening.startswith(sentence)
    assert "grade grade" not in letter.body.lower() and " a grade " not in letter.body
