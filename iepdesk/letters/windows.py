"""Filing windows in the letter's own text: what is older than a window is marked where it is cited,
and can be left out in one step.

A state complaint covers violations of the year before the state receives it (34 CFR 300.153(c)); an
OCR complaint is asked for within 180 days of the last act of discrimination (34 CFR 100.7(b) as
applied by OCR; federal, the same in every state). The marker starts the cited line, so the parent
sees it in the draft, on paper, and in the plain text.
"""

from __future__ import annotations

import datetime as dt

from iepdesk import deadlines
from iepdesk.i18n import N_, _

STATE_MARK = N_("(more than one year before this complaint)")
OCR_MARK = N_("(more than 180 days before this complaint)")

#: Each kind's mark, in English (``mark`` gives it in the letter's language).
MARKS = {"state-complaint": STATE_MARK, "ocr-complaint": OCR_MARK}


def mark(kind: str) -> str:
    """The kind's mark in the current language ("" for a kind with no filing window)."""
    return _(MARKS[kind]) if kind in MARKS else ""


def outside(kind: str, day: dt.date, filed: dt.date) -> bool:
    """Whether ``day`` is outside the kind's window for a filing on ``filed`` (the deadlines' own
    rule, so the text and the Deadlines view agree)."""
    if kind == "state-complaint":
        return not deadlines.within_state_complaint_window(day, filed)
    if kind == "ocr-complaint":
        return not deadlines.within_ocr_window(day, filed)
    return False


def marked_lines(body: str, kind: str) -> list[str]:
    marked = mark(kind)
    return [line for line in body.splitlines() if marked and line.lstrip("- ").startswith(marked)]


def leave_out(body: str, kind: str) -> str:
    """The body without the lines marked as outside the window (and the indented lines under them)."""
    marked = mark(kind)
    if not marked:
        return body
    out: list[str] = []
    dropping_indent: int | None = None
    for line in body.splitlines():
        indent = len(line) - len(line.lstrip(" "))
        if dropping_indent is not None and line.strip() and indent > dropping_indent:
            continue  # a line under the one left out
        dropping_indent = None
        if line.lstrip(" ").startswith(f"- {marked}"):
            dropping_indent = indent
            continue
        out.append(line)
    return "\n".join(out) + ("\n" if body.endswith("\n") else "")
