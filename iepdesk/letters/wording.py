"""The facts in a letter's words: calm, plain, and adding up on their face.

A service's sentence names every part of the required minutes (delivered, excused, missed, not
recorded, not known) so the parts sum to the required figure in the text itself, then what was made
up and what is owed. Lines about something older than a filing window start with a marker
(``- (more than one year before this complaint) …``) that the parent sees and that
``windows.leave_out`` can remove.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

from iepdesk.letters.facts import CommunicationFact, IncidentFact, PeriodFacts, ServiceFacts, long_date
from iepdesk.letters.quotes import CHILD_MARK
from iepdesk.model import Provision

_CHANNELS = {
    "email": "an email",
    "phone": "a phone call",
    "meeting": "a meeting",
    "letter": "a letter",
    "portal": "a portal message",
    "in_person": "a conversation",
}


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def minutes(n: int) -> str:
    return f"{n} minute{'' if n == 1 else 's'}"


def _owed_words(s: ServiceFacts) -> str:
    owed = minutes(s.owed) + (" is" if s.owed == 1 else " are") + " owed" if s.owed else "no minutes are owed"
    if not s.missed and not s.made_up:
        return ""
    if s.made_up > s.missed:
        return (
            f" Make-up sessions in this period gave {minutes(s.made_up)}, more than the {s.missed} missed: "
            f"{owed}."
        )
    if not s.made_up:
        return f" None of the {s.missed} missed minutes were made up: {owed}."
    return f" Of the {s.missed} missed minutes, {s.made_up} were made up: {owed}."


def figures_sentence(s: ServiceFacts, period: PeriodFacts, child: str) -> str:
    """One sentence whose parts add up to the required minutes, then made up and owed."""
    parts = []
    if s.delivered:
        parts.append(f"{s.delivered} were delivered")
    if s.excused:
        labels = Counter(x.reason.lower() or "no reason recorded" for x in s.excused_sessions)
        why = f" ({', '.join(labels)})" if labels else ""
        parts.append(f"{s.excused} were excused{why}")
    if s.missed:
        parts.append(f"{s.missed} were missed")
    if s.not_recorded:
        parts.append(f"{s.not_recorded} are not recorded either way")
    if s.minutes_unknown:
        parts.append(f"{s.minutes_unknown} were in sessions cut short whose length I do not know")
    text = (
        f"{s.service}, {long_date(period.start)} to {long_date(period.end)}: {child} was to receive "
        f"{minutes(s.required)}."
    )
    if parts:
        text += f" By my records, of those {s.required}: {_join(parts)}."
    text += _owed_words(s)
    if s.still_to_come:
        text += (
            f" A further {minutes(s.still_to_come)} are scheduled after {long_date(period.as_of)} and are "
            "not counted here."
        )
    return text


def service_lines(
    period: PeriodFacts, child: str, mark: str = "", outside: Callable[[dt.date], bool] | None = None
) -> list[str]:
    """The figures of each service, then one line per missed or cut-short session (date, reason,
    and the IEP version when it is not the one named above)."""
    lines: list[str] = []
    for s in period.services:
        if not s.required and not s.made_up:
            continue
        head_iep = s.sessions[0].iep if s.sessions else ""
        old = outside is not None and outside(period.start)
        lines.append(f"- {mark + ' ' if old and mark else ''}{figures_sentence(s, period, child)}")
        if s.sessions and head_iep:
            lines.append(f"  The sessions missed or cut short (under {head_iep} unless said):")
        for x in s.sessions:
            if x.what == "cut short" and x.minutes_given is not None and x.minutes_planned:
                what = f"cut short, {x.minutes_given} of {x.minutes_planned} minutes given"
            else:
                what = x.what
            reason = x.reason.lower() if x.reason else "no reason recorded"
            flag = mark + " " if mark and outside is not None and outside(x.day) else ""
            extra = f"; {x.iep}" if x.iep != head_iep else ""
            lines.append(f"  - {flag}{long_date(x.day)}: {what} ({reason}{extra})")
    return lines


def incident_line(i: IncidentFact, child: str, mark: str = "", quote_child: bool = True) -> str:
    about = f"IEP: {', '.join(i.provisions)}, in {i.iep}" if i.provisions else f"IEP then: {i.iep}"
    line = f"- {mark + ' ' if mark else ''}On {long_date(i.day)}: {i.what_happened}. ({about}.)"
    if quote_child and i.child_words:
        line += f' {CHILD_MARK} {child} said: "{i.child_words}"'
    return line


def communication_line(c: CommunicationFact) -> str:
    how = _CHANNELS.get(c.channel, "a message")
    way = "to the school" if c.to_school else "from the school"
    subject = f': "{c.subject}"' if c.subject else ""
    return f"- On {long_date(c.day)}, {how} {way}{subject}."


def promise(p: Provision, child: str) -> str:
    if p.kind == "service" and p.minutes_per_session and p.sessions_per_period and p.period:
        period = str(p.period).replace("_", " ")
        return (
            f"{child} receives {p.minutes_per_session} minutes of {str(p.title).lower() or 'the service'}, "
            f"{p.sessions_per_period} time{'s' if p.sessions_per_period != 1 else ''} per {period}"
        )
    wording = str(p.iep_wording).strip().rstrip(".")
    return wording or f"{child} receives {str(p.title).lower()}"
