"""The child's own words in a letter: quoted only once the parent has read them in the draft, and a
quote that names a staff member pointed out (keep the focus on what the child received).

The draft puts the words after a mark the parent sees (``CHILD_MARK``); the check says so until the
parent deletes the mark (keeping the words) or the whole quote.
"""

from __future__ import annotations

import re

from iepdesk.i18n import N_, _
from iepdesk.letters.facts import long_date
from iepdesk.model import Contact, Incident

CHILD_MARK = N_("(Before sending: keep or delete the child's words that follow.)")


def child_mark() -> str:
    """The mark before the child's words, in the letter's language."""
    return _(CHILD_MARK)


#: A title and a name: "Mr. Lopez", "Ms Chen", "Coach Reyes".
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Coach|Principal)\.?\s+[A-Z][\w'-]+")


def staff_named(words: str, team: list[str]) -> list[str]:
    """Team members (by first or last name) and titled names ("Ms. Chen") that ``words`` mention."""
    found: list[str] = []
    for name in team:
        for part in name.split():
            if len(part) > 2 and re.search(rf"\b{re.escape(part)}\b", words, re.IGNORECASE):
                found.append(name)
                break
    found += [m.group(0) for m in _TITLED.finditer(words) if not any(m.group(0) in f for f in found)]
    return list(dict.fromkeys(found))


def quote_notes(body: str, incident_ids: tuple[int, ...]) -> list[str]:
    """What the check says about the child's words in ``body``."""
    notes: list[str] = []
    if child_mark() in body:
        notes.append(
            _(
                "The child's own words are in the draft after a mark. Read them: keep them (delete the "
                "mark) or delete them before sending."
            )
        )
    team = [str(c.name) for c in Contact.select(Contact.name) if str(c.name).strip()]
    for incident in (
        Incident.select().where(Incident.id.in_(list(incident_ids) or [0])).order_by(Incident.date)
    ):
        words = str(incident.child_words).strip()
        if not words or words not in body:
            continue
        names = staff_named(words, team)
        if names:
            notes.append(
                _(
                    "The child's words about {date} name {names}. Keep the focus on what the child "
                    "received: consider leaving the name out."
                ).format(date=long_date(incident.date), names=", ".join(names))
            )
    return notes
