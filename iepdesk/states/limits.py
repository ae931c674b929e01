"""Due process by state (each with its own trigger) and the limits on reimbursement of a private
placement (Hawaii, New Hampshire).

The case records incidents and missed sessions (the day the parent could first have known), not the
district's written notice (Alaska) nor its refusal or proposal (Wisconsin) by themselves: the
parent records those dates on the Child & team page or with ``iepdesk state date``
(iepdesk.states.clock_dates). Without the date the deadline keeps the federal two years, labelled,
and says which date the state counts from; with it, ``due_process`` counts the state's limit from it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepdesk import i18n
from iepdesk.i18n import N_, _
from iepdesk.states.apply import CHECKED_NOTE, TEXAS_REVIEW, amount, compared, figure, note_for
from iepdesk.states.clock_dates import RECORDABLE, clock_dates
from iepdesk.states.codes import state_name
from iepdesk.states.rules import rule_book

NO_TRIGGER_DATE = N_(
    "In {state} the limit is {amount} from {trigger} ({citation}). The case has no record of that "
    "date, so the federal two years are shown. Record it on the Child & team page to count {amount} "
    "from it."
)
#: What the federal clock counts from (34 CFR 300.507(a)(2)).
FEDERAL_TRIGGER = "knew_or_should_have_known"


@dataclass(frozen=True)
class Limit:
    due: dt.date
    #: The sentence naming both rules (or why the state's could not be counted), or "".
    detail: str
    note: str
    #: The state's citation when its rule gave or was weighed against the date, else "".
    citation: str = ""
    state: str = ""
    own_figure: bool = False
    #: When the state's clock starts on a date other than the day the parent knew (Alaska's written
    #: notice) and its limit is the one shown: that day and its words, else None and "".
    counted_from: dt.date | None = None
    counted_from_label: str = ""


def due_process(
    knew: dt.date,
    federal_due: dt.date,
    state: str,
    federal_note: str,
    *,
    dates: dict[str, dt.date] | None = None,
) -> Limit:
    """The due process deadline for a problem the parent knew of on ``knew``: the federal date, or
    the state's if earlier. ``dates`` holds the other triggers' dates when known (``written_notice``,
    ``refusal_or_proposal``); when not given, the ones recorded in the case are read (only where the
    state's rule counts from one of them)."""
    rules = rule_book().for_state(state, "due_process") if state else []
    if dates is None and rules and rules[0].trigger in RECORDABLE:
        dates = clock_dates()
    known = {FEDERAL_TRIGGER: knew, **(dates or {})}
    trigger = rules[0].trigger if rules else FEDERAL_TRIGGER
    start = known.get(trigger)
    if rules and start is None:
        rule = rules[0]
        detail = _(NO_TRIGGER_DATE).format(
            state=state_name(state),
            amount=amount(rule.number, rule.unit),
            trigger=rule.trigger_words.now(),
            citation=rule.citation,
        )
        note = _(CHECKED_NOTE).format(state=state_name(state), day=i18n.long_date(rule.last_checked))
        return Limit(federal_due, detail, note, rule.citation, state)
    found = figure(state, "due_process", start if start is not None else knew)
    note = note_for(found, state, "due_process", federal_note)
    if found is None:
        return Limit(federal_due, "", note)
    detail = compared(_("2 years"), found)
    if found.rule is not None and found.rule.id == "tx-due-process-89-1151-before":
        detail += " " + _(TEXAS_REVIEW)
    due = min(federal_due, found.due)
    citation = "" if found.own else found.citation
    if rules and trigger != FEDERAL_TRIGGER and start is not None and found.due < federal_due:
        label = _("{what}, {day}").format(what=rules[0].trigger_words.now(), day=i18n.long_date(start))
        return Limit(due, detail, note, citation, state, found.own, start, label)
    return Limit(due, detail, note, citation, state, found.own)


@dataclass(frozen=True)
class Reimbursement:
    due: dt.date
    counted_from: dt.date
    #: What the clock counts from, in words ("the first day of attendance at the private placement").
    counted_from_label: str
    rule: str
    citation: str
    state: str


def reimbursement_limit(state: str, start: dt.date) -> Reimbursement | None:
    """The last day to claim reimbursement for a private (unilateral) placement in ``state``, counted
    from ``start`` (Hawaii: the first day of attendance; New Hampshire: the placement). None where the
    app has no such rule. The date recorded in the case is read by clock_dates.placement_deadlines."""
    rules = rule_book().for_state(state, "reimbursement_placement") if state else []
    if not rules:
        return None
    rule = rules[0]
    found = figure(state, "reimbursement_placement", start)
    assert found is not None
    return Reimbursement(found.due, start, rule.trigger_words.now(), rule.changes.now(), rule.citation, state)
