"""The child's grade as a letter says it: "a 7th-grade student", whatever way the grade was typed.

The profile's Grade field is free text ("7", "7th", "7th grade", "Grade 7", "K", "Kindergarten",
"Pre-K" …); pasted into a sentence as typed it read "a grade 7th grade student". A grade that is not
recognised is kept as typed, in brackets, rather than guessed.
"""

from __future__ import annotations

import re

_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
_KINDERGARTEN = {"k", "kg", "kinder", "kindergarten", "kindergarden"}
_PRE_K = {"prek", "pk", "prekindergarten", "preschool", "tk", "transitionalkindergarten"}
_NUMBERED = re.compile(r"^(?:grade|gr\.?)?\s*(\d{1,2})(?:st|nd|rd|th)?\s*(?:grade|gr\.?)?$", re.IGNORECASE)
_WORDED = re.compile(r"^(?:grade\s+)?([a-z]+)(?:\s+grade)?$", re.IGNORECASE)


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st."""
    suffix = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def grade_words(grade: str) -> str | None:
    """The grade as an adjective ("7th-grade", "kindergarten", "pre-kindergarten"); None when the
    text is not a grade this recognises (and "" when there is no grade)."""
    text = " ".join(grade.split())
    if not text:
        return ""
    squashed = re.sub(r"[\s\-.]", "", text).lower()
    if squashed in _KINDERGARTEN or squashed in {f"grade{k}" for k in ("k", "kindergarten")}:
        return "kindergarten"
    if squashed in _PRE_K:
        return "pre-kindergarten"
    number: int | None = None
    numbered = _NUMBERED.match(text)
    if numbered:
        number = int(numbered.group(1))
    else:
        worded = _WORDED.match(text)
        if worded and worded.group(1).lower() in _WORDS and "grade" in text.lower():
            number = _WORDS[worded.group(1).lower()]
    if number is None or not 1 <= number <= 12:
        return None
    return f"{ordinal(number)}-grade"


def a_student(grade: str) -> str:
    """The grade and the noun with their article: "a 7th-grade student", "an 8th-grade student"."""
    words = grade_words(grade)
    if words is None:
        return f"a student ({' '.join(grade.split())})"
    if not words:
        return "a student"
    article = "an" if words.startswith(("8", "11")) else "a"  # said "eighth", "eleventh"
    return f"{article} {words} student"
