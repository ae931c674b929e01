"""What a letter says of the child's state's own rule: the records request names a state's shorter
time for records beside the federal 45 days (the rule and its citation from resources/rules/states.json;
the parent's own figure is theirs to cite, so a letter does not state it as law)."""

from __future__ import annotations

from iepdesk.i18n import N_, _
from iepdesk.states.apply import amount
from iepdesk.states.codes import state_name
from iepdesk.states.rules import rule_book

RECORDS_SENTENCE = N_("{state} law sets a shorter time: {amount} after the request ({citation}).")


def records_rule_sentence(state: str) -> str:
    """' California law sets a shorter time: 5 business days after the request (Cal. Educ. Code §
    56504).' (with its leading space, in the current language), or "" where the app has no records
    rule for ``state``."""
    rules = rule_book().for_state(state, "records_response") if state else []
    if not rules:
        return ""
    rule = rules[0]
    return " " + _(RECORDS_SENTENCE).format(
        state=state_name(state), amount=amount(rule.number, rule.unit), citation=rule.citation
    )
