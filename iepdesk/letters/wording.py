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

from iepdesk.i18n import N_, _, ngettext
from iepdesk.letters.facts import (
    CommunicationFact,
    IncidentFact,
    PeriodFacts,
    ServiceFacts,
    SessionFact,
    long_date,
)
from iepdesk.letters.progress_facts import DisagreementFact, MeasuredValue, MissingReportFact
from iepdesk.letters.quotes import child_mark
from iepdesk.model import Provision

_CHANNELS = {
    "email": N_("an email"),
    "phone": N_("a phone call"),
    "meeting": N_("a meeting"),
    "letter": N_("a letter"),
    "portal": N_("a portal message"),
    "in_person": N_("a conversation"),
}

#: A provision's period in a letter's words ("2 times per week").
_PERIODS = {
    "day": N_("day"),
    "week": N_("week"),
    "month": N_("month"),
    "grading_period": N_("grading period"),
    "year": N_("year"),
}

#: A missed or cut-short session's line, by what happened to it (SessionFact.what).
_SESSION_LINES = {
    "missed": N_("{date}: missed ({reason}{extra})"),
    "cut short": N_("{date}: cut short ({reason}{extra})"),
    "cut short, minutes not known": N_("{date}: cut short, minutes not known ({reason}{extra})"),
    "excused": N_("{date}: excused ({reason}{extra})"),
}


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return _("{first} and {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


def minutes(n: int) -> str:
    return ngettext("{n} minute", "{n} minutes", n).format(n=n)


def _reason(reason: str) -> str:
    """A session's reason as the letter says it, lower case ("provider absent")."""
    return _(reason).lower() if reason else _("no reason recorded")


def _owed_words(s: ServiceFacts) -> str:
    if s.owed:
        owed = ngettext("{n} minute is owed", "{n} minutes are owed", s.owed).format(n=s.owed)
    else:
        owed = _("no minutes are owed")
    if not s.missed and not s.made_up:
        return ""
    if s.made_up > s.missed:
        return " " + _(
            "Make-up sessions in this period gave {made_up}, more than the {missed} missed: {owed}."
        ).format(made_up=minutes(s.made_up), missed=s.missed, owed=owed)
    if not s.made_up:
        return " " + ngettext(
            "None of the {missed} missed minutes were made up: {owed}.",
            "None of the {missed} missed minutes were made up: {owed}.",
            s.missed,
        ).format(missed=s.missed, owed=owed)
    return " " + ngettext(
        "Of the {missed} missed minutes, {made_up} were made up: {owed}.",
        "Of the {missed} missed minutes, {made_up} were made up: {owed}.",
        s.made_up,
    ).format(missed=s.missed, made_up=s.made_up, owed=owed)


def figures_sentence(s: ServiceFacts, period: PeriodFacts, child: str) -> str:
    """One sentence whose parts add up to the required minutes, then made up and owed."""
    parts = []
    if s.delivered:
        parts.append(ngettext("{n} were delivered", "{n} were delivered", s.delivered).format(n=s.delivered))
    if s.excused:
        labels = Counter(_reason(x.reason) for x in s.excused_sessions)
        why = f" ({', '.join(labels)})" if labels else ""
        parts.append(
            ngettext("{n} were excused{why}", "{n} were excused{why}", s.excused).format(n=s.excused, why=why)
        )
    if s.missed:
        parts.append(ngettext("{n} were missed", "{n} were missed", s.missed).format(n=s.missed))
    if s.not_recorded:
        parts.append(
            ngettext(
                "{n} are not recorded either way", "{n} are not recorded either way", s.not_recorded
            ).format(n=s.not_recorded)
        )
    if s.minutes_unknown:
        parts.append(
            ngettext(
                "{n} were in sessions cut short whose length I do not know",
                "{n} were in sessions cut short whose length I do not know",
                s.minutes_unknown,
            ).format(n=s.minutes_unknown)
        )
    text = _("{service}, {start} to {end}: {child} was to receive {minutes}.").format(
        service=s.service,
        start=long_date(period.start),
        end=long_date(period.end),
        child=child,
        minutes=minutes(s.required),
    )
    if parts:
        text += " " + _("By my records, of those {required}: {parts}.").format(
            required=s.required, parts=_join(parts)
        )
    text += _owed_words(s)
    if s.still_to_come:
        text += " " + ngettext(
            "A further {minutes} are scheduled after {date} and are not counted here.",
            "A further {minutes} are scheduled after {date} and are not counted here.",
            s.still_to_come,
        ).format(minutes=minutes(s.still_to_come), date=long_date(period.as_of))
    return text


def _session_line(x: SessionFact, extra: str) -> str:
    day, reason = long_date(x.day), _reason(x.reason)
    if x.what == "cut short" and x.minutes_given is not None and x.minutes_planned:
        return _("{date}: cut short, {given} of {planned} minutes given ({reason}{extra})").format(
            date=day, given=x.minutes_given, planned=x.minutes_planned, reason=reason, extra=extra
        )
    if x.what in _SESSION_LINES:
        return _(_SESSION_LINES[x.what]).format(date=day, reason=reason, extra=extra)
    return f"{day}: {x.what} ({reason}{extra})"


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
            lines.append(
                "  " + _("The sessions missed or cut short (under {iep} unless said):").format(iep=head_iep)
            )
        for x in s.sessions:
            flag = mark + " " if mark and outside is not None and outside(x.day) else ""
            extra = f"; {x.iep}" if x.iep != head_iep else ""
            lines.append(f"  - {flag}{_session_line(x, extra)}")
    return lines


def incident_line(i: IncidentFact, child: str, mark: str = "", quote_child: bool = True) -> str:
    if i.provisions:
        about = _("IEP: {provisions}, in {iep}").format(provisions=", ".join(i.provisions), iep=i.iep)
    else:
        about = _("IEP then: {iep}").format(iep=i.iep)
    said = _("On {date}: {what}. ({about}.)").format(date=long_date(i.day), what=i.what_happened, about=about)
    line = f"- {mark + ' ' if mark else ''}{said}"
    if quote_child and i.child_words:
        line += " " + _('{mark} {child} said: "{words}"').format(
            mark=child_mark(), child=child, words=i.child_words
        )
    return line


def communication_line(c: CommunicationFact) -> str:
    how = _(_CHANNELS[c.channel]) if c.channel in _CHANNELS else _("a message")
    subject = f': "{c.subject}"' if c.subject else ""
    if c.to_school:
        said = _("On {date}, {how} to the school{subject}.")
    else:
        said = _("On {date}, {how} from the school{subject}.")
    return "- " + said.format(date=long_date(c.day), how=how, subject=subject)


def promise(p: Provision, child: str) -> str:
    if p.kind == "service" and p.minutes_per_session and p.sessions_per_period and p.period:
        key = str(p.period)
        period = _(_PERIODS[key]) if key in _PERIODS else key.replace("_", " ")
        return ngettext(
            "{child} receives {minutes} minutes of {service}, {count} time per {period}",
            "{child} receives {minutes} minutes of {service}, {count} times per {period}",
            int(p.sessions_per_period),
        ).format(
            child=child,
            minutes=p.minutes_per_session,
            service=str(p.title).lower() or _("the service"),
            count=p.sessions_per_period,
            period=period,
        )
    wording = str(p.iep_wording).strip().rstrip(".")
    return wording or _("{child} receives {service}").format(child=child, service=str(p.title).lower())


def missing_report_line(r: MissingReportFact) -> str:
    """A progress report not received past its grace period, with the rule (LEGAL-FACTS: progress
    reports, 34 CFR 300.320(a)(3))."""
    return "- " + _(
        "The progress report expected on {date} under {iep} has not been received. The IEP must say when "
        "periodic reports on progress toward the annual goals are given (34 CFR 300.320(a)(3))."
    ).format(date=long_date(r.due), iep=r.iep)


def _value(v: MeasuredValue) -> str:
    unit = f" {v.unit}" if v.unit else ""
    return _("{value}{unit} on {date}").format(value=v.value, unit=unit, date=long_date(v.day))


def disagreement_line(d: DisagreementFact) -> str:
    """A goal whose school-stated status disagrees with the data, with the values it rests on."""
    line = "- " + _("{name}: {text}").format(name=d.goal, text=d.text)
    if d.values:
        line += " " + _("My records show {values}.").format(values=_join([_value(v) for v in d.values]))
    return line
