"""The stricter of the federal rule and the state's: which date applies, and the words that show both.

A state's rule is one of resources/rules/states.json (iepdesk.states.rules); where the app has none for
the case's state and the topic, the parent's own figure (iepdesk.states.own) takes its place, shown as
theirs. The earlier date wins; the text always names both ("45 days under federal law; 5 business days
in California (Cal. Educ. Code § 56504)").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepdesk import i18n
from iepdesk.i18n import N_, _, ngettext
from iepdesk.states.codes import state_name
from iepdesk.states.days import count
from iepdesk.states.own import own_figure
from iepdesk.states.rules import StateRule, rule_book

CHECKED_NOTE = N_(
    "The app checked {state}'s rule on {day}; rules change, so confirm it with your state's education "
    "department."
)
OWN_NOTE = N_("Uses your own figure for your state; check it with your state's education department.")
NO_STATE_RULE = N_("The federal rule: the app has no rule of its own for {state}. Check with your state.")
#: The same, naming the deadline (the Overview gathers the notes of several deadlines in one place).
NO_STATE_RULE_BY_TOPIC = {
    "records_response": N_(
        "Records: the federal rule; the app has no rule of its own for {state}. Check with your state."
    ),
    "due_process": N_(
        "Due process: the federal rule; the app has no rule of its own for {state}. Check with your state."
    ),
}
NO_HOLIDAYS = N_("No holidays or closures are entered on the Calendar page: only weekends were skipped.")
NO_SCHOOL_YEAR = N_("No school year is entered on the Calendar page: every weekday was counted.")
TEXAS_REVIEW = N_(
    "For a date before September 1, 2022, how the change to two years applies is not spelled out: ask "
    "a Parent Center or an advocate to review it."
)


def amount(number: int, unit: str) -> str:
    """ "5 business days", "12 months" (the unit's words, in the current language)."""
    if unit == "business_days":
        text = ngettext("{n} business day", "{n} business days", number)
    elif unit == "school_days":
        text = ngettext("{n} school day", "{n} school days", number)
    elif unit == "hours":
        text = ngettext("{n} hour", "{n} hours", number)
    elif unit == "months":
        text = ngettext("{n} month", "{n} months", number)
    elif unit == "years":
        text = ngettext("{n} year", "{n} years", number)
    else:
        text = ngettext("{n} day", "{n} days", number)
    return text.format(n=number)


@dataclass(frozen=True)
class StateFigure:
    """A state's (or the parent's own) figure counted for one deadline."""

    due: dt.date
    #: "5 business days in California (Cal. Educ. Code § 56504)" or "…: your own figure (notes)".
    words: str
    citation: str
    state: str
    own: bool = False
    rule: StateRule | None = None
    #: A sentence about the calendar the count assumed, or "".
    calendar_note: str = ""


def _calendar_note(unit: str, assumed: bool) -> str:
    if not assumed:
        return ""
    if unit == "business_days":
        return _(NO_HOLIDAYS)
    if unit == "school_days":
        return _(NO_SCHOOL_YEAR)
    return ""


def rule_for(state: str, topic: str, start: dt.date) -> StateRule | None:
    """The shipped rule of ``state`` for ``topic`` in effect for a clock started on ``start``."""
    return next((r for r in rule_book().for_state(state, topic) if r.in_effect_for(start)), None)


def has_rule(state: str, topic: str) -> bool:
    return bool(state) and bool(rule_book().for_state(state, topic))


def caution(state: str, topic: str) -> str:
    """The "check with your state" caution of an unverified lead, or ""."""
    found = rule_book().caution(state, topic) if state else None
    return found.words.now() if found is not None else ""


def figure(state: str, topic: str, start: dt.date, *, before: bool = False) -> StateFigure | None:
    """The state's rule (or, where the app has none, the parent's own figure) counted from ``start``."""
    rule = rule_for(state, topic, start) if state else None
    if rule is not None:
        counted = count(start, rule.number, rule.unit, before=before)
        words = _("{amount} in {state} ({citation})").format(
            amount=amount(rule.number, rule.unit), state=state_name(state), citation=rule.citation
        )
        return StateFigure(
            counted.due,
            words,
            rule.citation,
            state,
            rule=rule,
            calendar_note=_calendar_note(rule.unit, counted.assumed_calendar),
        )
    if has_rule(state, topic):
        return None  # the state has a rule, only not for this date: the parent's figure does not apply
    own = own_figure(topic)
    if own is None:
        return None
    counted = count(start, own.number, own.unit, before=before)
    if own.notes:
        words = _("{amount}: your own figure ({notes})").format(
            amount=amount(own.number, own.unit), notes=own.notes
        )
    else:
        words = _("{amount}: your own figure").format(amount=amount(own.number, own.unit))
    return StateFigure(
        counted.due,
        words,
        own.notes,
        state,
        own=True,
        calendar_note=_calendar_note(own.unit, counted.assumed_calendar),
    )


def note_for(found: StateFigure | None, state: str, topic: str, federal_note: str) -> str:
    """The deadline's note: the rule's check date, the parent's own figure, a lead's caution, or the
    federal note (unchanged when no state is set)."""
    if found is not None and found.rule is not None:
        return _(CHECKED_NOTE).format(state=state_name(state), day=i18n.long_date(found.rule.last_checked))
    if found is not None and found.own:
        return _(OWN_NOTE)
    lead = caution(state, topic)
    if lead:
        return lead
    if state and not has_rule(state, topic):
        template = NO_STATE_RULE_BY_TOPIC.get(topic, NO_STATE_RULE)  # each marked with N_() above
        return _(template).format(state=state_name(state))
    return federal_note


def compared(federal: str, found: StateFigure) -> str:
    """ "45 days under federal law; 5 business days in California (Cal. Educ. Code § 56504)"."""
    text = _("{federal} under federal law; {state}").format(federal=federal, state=found.words) + "."
    return text if not found.calendar_note else text + " " + found.calendar_note


def case_state() -> str:
    """The case's state (a postal code), "" when not set."""
    from iepdesk.model import Child

    return str(Child.the_child().state or "")
