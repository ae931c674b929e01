"""The dates some states count from that the case does not otherwise hold: the district's written
notice of its decision (Alaska's due-process clock), the school's refusal or proposal (Wisconsin's),
and a private placement (Hawaii: the first day of attendance; New Hampshire: the placement), where
the state limits reimbursement of it.

Stored in the case (a CaseSetting row, JSON: trigger code -> ISO date), as the parent typed them.
``needed_dates`` says which of them the case's state counts from; the deadlines read ``clock_dates``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from iepdesk.case_settings import store_json, stored_json
from iepdesk.deadlines.base import Deadline
from iepdesk.errors import UsageError
from iepdesk.i18n import N_, _
from iepdesk.states.rules import Words, rule_book

SETTING_KEY = "state_clock_dates"
#: The triggers a parent records here (the others come from the case: requests, meetings, incidents).
RECORDABLE = ("written_notice", "refusal_or_proposal", "first_day_of_attendance", "placement")
NOT_RECORDABLE = N_(
    "{trigger} is not a date recorded here; use one of: written_notice, refusal_or_proposal, "
    "first_day_of_attendance, placement."
)
IN_THE_FUTURE = N_("{day} is after today: record the date once it has happened.")


@dataclass(frozen=True)
class NeededDate:
    """A date the case's state counts a limit from, and the rule that counts from it."""

    trigger: str
    #: What the date is, in the state's rule's words ("the district's written notice of its decision").
    words: Words
    topic: str
    citation: str
    #: The recorded date, or None.
    day: dt.date | None


def clock_dates() -> dict[str, dt.date]:
    """The recorded dates, by trigger code (only the ones recorded)."""
    raw = stored_json(SETTING_KEY)
    out: dict[str, dt.date] = {}
    for trigger, text in raw.items() if isinstance(raw, dict) else ():
        if trigger in RECORDABLE and isinstance(text, str):
            try:
                out[trigger] = dt.date.fromisoformat(text)
            except ValueError:
                continue
    return out


def set_clock_date(trigger: str, day: dt.date | None, today: dt.date) -> dict[str, dt.date]:
    """Record (or with None clear) the date of ``trigger``; a date after ``today`` is refused, as is
    a trigger not in RECORDABLE. Returns every recorded date."""
    return save_clock_dates({trigger: day}, today)


def check_clock_dates(values: dict[str, dt.date | None], today: dt.date) -> None:
    """Refuse (UsageError) what ``save_clock_dates`` would refuse, writing nothing: a window checks
    before it saves the rest of its form."""
    for trigger, day in values.items():
        if trigger not in RECORDABLE:
            raise UsageError(_(NOT_RECORDABLE).format(trigger=trigger))
        if day is not None and day > today:
            raise UsageError(_(IN_THE_FUTURE).format(day=day.isoformat()))


def save_clock_dates(values: dict[str, dt.date | None], today: dt.date) -> dict[str, dt.date]:
    """Record each of ``values`` (None clears it) at once, or none of them when one is refused;
    triggers not named are kept. Returns every recorded date."""
    check_clock_dates(values, today)
    dates = clock_dates()
    for trigger, day in values.items():
        if day is None:
            dates.pop(trigger, None)
        else:
            dates[trigger] = day
    store_json(SETTING_KEY, {k: v.isoformat() for k, v in sorted(dates.items())})
    return dates


def state_triggers(state: str) -> list[NeededDate]:
    """The recordable dates ``state``'s shipped rules count from, each with its rule, in the rules'
    order (``day`` is None: nothing is read from the case). Empty for "" (not set) or a state with
    no such rule."""
    if not state:
        return []
    out: list[NeededDate] = []
    for rule in rule_book().rules:
        if rule.state != state or rule.trigger not in RECORDABLE:
            continue
        if any(n.trigger == rule.trigger for n in out):
            continue
        out.append(NeededDate(rule.trigger, rule.trigger_words, rule.topic, rule.citation, None))
    return out


def needed_dates(state: str) -> list[NeededDate]:
    """``state_triggers`` with the date recorded in the open case for each (or None)."""
    found = state_triggers(state)
    if not found:
        return []
    recorded = clock_dates()
    return [replace(n, day=recorded.get(n.trigger)) for n in found]


REIMBURSEMENT_TITLE = N_("Last day to ask for reimbursement of the private placement")
REIMBURSEMENT_DETAIL = N_("In {state}, {amount} from {trigger} ({citation}).")


def placement_deadlines(state: str) -> list[Deadline]:
    """The reimbursement limit of a private placement, where ``state`` has one and the parent
    recorded the date it counts from (Hawaii: the first day of attendance; New Hampshire: the
    placement). Empty otherwise."""
    from iepdesk import i18n
    from iepdesk.states.apply import CHECKED_NOTE, amount
    from iepdesk.states.codes import state_name
    from iepdesk.states.limits import reimbursement_limit

    out: list[Deadline] = []
    recorded = clock_dates()
    for rule in rule_book().for_state(state, "reimbursement_placement") if state else []:
        start = recorded.get(rule.trigger)
        found = reimbursement_limit(state, start) if start is not None else None
        if found is None or start is None:
            continue
        out.append(
            Deadline(
                "reimbursement_placement",
                _(REIMBURSEMENT_TITLE),
                found.due,
                start,
                found.counted_from_label,
                found.rule,
                found.citation,
                None,
                _(CHECKED_NOTE).format(state=state_name(state), day=i18n.long_date(rule.last_checked)),
                _(REIMBURSEMENT_DETAIL).format(
                    state=state_name(state),
                    amount=amount(rule.number, rule.unit),
                    trigger=rule.trigger_words.now(),
                    citation=rule.citation,
                ),
                state=state,
            )
        )
    return out
