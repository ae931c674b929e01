"""The child's grade as a letter says it: "a 7th-grade student", whatever way the grade was typed.

The profile's Grade field is free text ("7", "7th", "7th grade", "Grade 7", "K", "Kindergarten",
"Pre-K" …); pasted into a sentence as typed it read "a grade 7th grade student". A grade that is not
recognised is kept as typed, in brackets, rather than guessed.
"""

from __future__ import annotations

import re

from iepdesk.i18n import _, current

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


def ordinal(number: int, language: str | None = None) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st; in Spanish, before "grado" (a masculine noun):
    1.er, 2.º, 3.er, 4.º … 11.º, 12.º ("primer grado", "tercer grado" drop their -o)."""
    if (language or current()) == "es":
        return f"{number}.er" if number in (1, 3) else f"{number}.º"
    suffix = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _grade(grade: str) -> int | str | None:
    """The grade's number, "k" or "pre-k"; "" when there is none; None when not recognised."""
    text = " ".join(grade.split())
    if not text:
        return ""
    squashed = re.sub(r"[\s\-.]", "", text).lower()
    if squashed in _KINDERGARTEN or squashed in {f"grade{k}" for k in ("k", "kindergarten")}:
        return "k"
    if squashed in _PRE_K:
        return "pre-k"
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
    return number


def grade_words(grade: str) -> str | None:
    """The grade as an adjective ("7th-grade", "kindergarten", "pre-kindergarten"); None when the
    text is not a grade this recognises (and "" when there is no grade)."""
    found = _grade(grade)
    if found is None or found == "":
        return found
    if found == "k":
        return "kindergarten"
    if found == "pre-k":
        return "pre-kindergarten"
    return f"{ordinal(int(found), 'en')}-grade"


def a_student(grade: str) -> str:
    """The grade and the noun with their article: "a 7th-grade student", "an 8th-grade student";
    in Spanish "un estudiante de 7.º grado", "un estudiante de 3.er grado", "un estudiante de kínder"."""
    found = _grade(grade)
    if found is None:
        return _("a student ({grade})").format(grade=" ".join(grade.split()))
    if found == "":
        return _("a student")
    if found == "k":
        return _("a kindergarten student")
    if found == "pre-k":
        return _("a pre-kindergarten student")
    number = int(found)
    if number in (8, 11):  # said "eighth", "eleventh"
        return _("an {ordinal}-grade student").format(ordinal=ordinal(number))
    return _("a {ordinal}-grade student").format(ordinal=ordinal(number))
