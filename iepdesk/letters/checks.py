"""The element check of a letter: each element its rule asks for, found in the text as it stands.

An element is present when its anchor (a heading or label the template writes) is in the text and
its placeholder is not. An element can apply only when a condition holds ("when": a detail the parent
set, such as a homeless child, or "period": a ledger period is cited). Every [placeholder] left in the
text is listed, and so is every line marked as outside a filing window.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from iepdesk import deadlines
from iepdesk.i18n import _, use_language
from iepdesk.letters import quotes, windows
from iepdesk.letters.drafts import (
    SavedLetter,
    Selection,
    _language_of,
    details_of,
    long_date,
    period_of,
    texts,
)
from iepdesk.letters.enclosures import enclosure_notes
from iepdesk.letters.results import ElementCheck, LetterCheck
from iepdesk.model import Incident

#: The same pattern the editor and the PDF mark (ui.letters.placeholders, iepdesk.export.letter_pdf).
PLACEHOLDER = re.compile(r"\[[^\]\n]{2,120}\]")

_YES = ("yes", "true", "1")


def _applies(element: dict[str, Any], details: dict[str, str], selection: Selection) -> bool:
    flags = {key: value.lower() in _YES for key, value in details.items()}
    flags["period"] = period_of(selection) is not None
    flags["incidents"] = bool(selection.incidents)
    if "when" in element and not flags.get(str(element["when"]), False):
        return False
    return not ("unless" in element and flags.get(str(element["unless"]), False))


def check_letter(letter: SavedLetter, today: dt.date) -> LetterCheck:
    """The check in the letter's own language: its anchors, marks and warnings."""
    with use_language(_language_of(letter)):
        return _check_letter(letter, today)


def _check_letter(letter: SavedLetter, today: dt.date) -> LetterCheck:
    spec = texts()["kinds"][letter.kind]
    placeholders: dict[str, str] = texts()["placeholders"]
    body = str(letter.body)
    selection = Selection.from_json(str(letter.selection or ""))
    details = details_of(letter)
    elements = []
    for element in spec.get("elements", []):
        if not _applies(element, details, selection):
            continue
        present = True
        names = element.get("placeholder", [])
        for name in [names] if isinstance(names, str) else names:
            if placeholders[name] in body:
                present = False
        anchors = element.get("anchor", [])
        for anchor in [anchors] if isinstance(anchors, str) else anchors:
            if anchor not in body:
                present = False
        elements.append(ElementCheck(element["id"], element["label"], present))
    warnings = _window_warnings(letter.kind, selection, today, body)
    warnings += [str(w) for w in spec.get("notes", [])]
    warnings += quotes.quote_notes(body, selection.incidents)
    warnings += enclosure_notes(selection, body)
    if letter.kind == "incident-email" and len(selection.incidents) > 1:
        warnings.append(_("This email is about one incident: only the first one chosen is in it."))
    return LetterCheck(
        elements,
        warnings,
        str(spec.get("source", "")),
        placeholders=PLACEHOLDER.findall(body),
        outside_window=windows.marked_lines(body, letter.kind),
    )


def _incident_dates(selection: Selection) -> list[dt.date]:
    query = Incident.select(Incident.date).where(Incident.id.in_(list(selection.incidents) or [0]))
    return sorted(i.date for i in query)


def _window_warnings(kind: str, selection: Selection, today: dt.date, body: str) -> list[str]:
    """A warning for each cited date outside the kind's window that the text still holds (a line the
    parent left out, in one click or by hand, is not warned about again)."""
    dates = [d for d in _incident_dates(selection) if long_date(d) in body]
    period = period_of(selection)
    out: list[str] = []
    if kind == "state-complaint":
        old = [d for d in dates if not deadlines.within_state_complaint_window(d, today)]
        if (
            period
            and not deadlines.within_state_complaint_window(period[0], today)
            and long_date(period[0]) in body
        ):
            old.append(period[0])
        for day in sorted(set(old)):
            out.append(
                _(
                    "What happened on {day} is more than one year before {today}: a state complaint "
                    "covers violations of the past year only (34 CFR 300.153(c)); the window for it "
                    "closed on {closed}, counted from {day}. It is marked in the text; you can leave it out."
                ).format(
                    day=long_date(day),
                    today=long_date(today),
                    closed=long_date(deadlines.state_complaint_last_day(day)),
                )
            )
    if kind == "ocr-complaint":
        for day in dates:
            if not deadlines.within_ocr_window(day, today):
                out.append(
                    _(
                        "The incident of {day} is more than 180 days before {today}: the 180 days "
                        "counted from {day} ended on {ended}. It is marked in the text; you can leave it out."
                    ).format(
                        day=long_date(day),
                        today=long_date(today),
                        ended=long_date(deadlines.ocr_last_day(day)),
                    )
                )
        if dates:
            out.append(
                _(
                    "OCR asks for a complaint within 180 days of the last act of discrimination; a later "
                    "complaint needs a waiver, which needs good cause. If you used a school grievance "
                    "process, the complaint is due within 60 days after that process ended. This rule is "
                    "federal: it is the same in every state."
                )
            )
    return out
