"""The state rules shipped in resources/rules/states.json, read and checked into frozen dataclasses.

Only rules verified in shared/domain/STATE-RULES.md are in the file's ``rules``; the leads that could
not be verified are in ``check_with_state`` and are only ever shown as a caution.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from iepdesk import i18n
from iepdesk.paths import resource_path
from iepdesk.states.codes import STATES

TOPICS = ("records_response", "before_meeting", "meeting_notice", "due_process", "reimbursement_placement")
UNITS = ("calendar_days", "business_days", "school_days", "hours", "months", "years")
TRIGGERS = (
    "request",
    "meeting",
    "written_notice",
    "refusal_or_proposal",
    "knew_or_should_have_known",
    "first_day_of_attendance",
    "placement",
)
RULES_FILE = ("rules", "states.json")


@dataclass(frozen=True)
class Words:
    en: str
    es: str

    def now(self) -> str:
        return self.es if i18n.current() == "es" else self.en


@dataclass(frozen=True)
class StateRule:
    id: str
    state: str
    topic: str
    changes: Words
    number: int
    unit: str
    trigger: str
    trigger_words: Words
    citation: str
    source: str
    last_checked: dt.date
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None

    def in_effect_for(self, day: dt.date) -> bool:
        """Whether the rule applies to a clock started on ``day``."""
        if self.effective_from is not None and day < self.effective_from:
            return False
        return self.effective_to is None or day <= self.effective_to


@dataclass(frozen=True)
class Caution:
    state: str
    topic: str
    words: Words


@dataclass(frozen=True)
class RuleBook:
    rules: tuple[StateRule, ...]
    cautions: tuple[Caution, ...]

    def for_state(self, state: str, topic: str) -> list[StateRule]:
        return [r for r in self.rules if r.state == state and r.topic == topic]

    def caution(self, state: str, topic: str) -> Caution | None:
        return next((c for c in self.cautions if c.state == state and c.topic == topic), None)


def _words(raw: Any, where: str) -> Words:
    if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) and raw[k] for k in ("en", "es")):
        raise ValueError(f"{where}: needs English and Spanish words")
    return Words(raw["en"], raw["es"])


def _day(raw: Any, where: str) -> dt.date | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise ValueError(f"{where}: a date is YYYY-MM-DD")
    return dt.date.fromisoformat(raw)


def _rule(raw: dict[str, Any]) -> StateRule:
    where = str(raw.get("id", "?"))
    if raw.get("verified") is not True:
        raise ValueError(f"{where}: only verified rules are rules")
    if raw.get("state") not in STATES:
        raise ValueError(f"{where}: unknown state")
    if raw.get("topic") not in TOPICS or raw.get("unit") not in UNITS:
        raise ValueError(f"{where}: unknown topic or unit")
    number = raw.get("number")
    if not isinstance(number, int) or isinstance(number, bool) or number <= 0:
        raise ValueError(f"{where}: the number is a whole number above 0")
    trigger = raw.get("trigger")
    if not isinstance(trigger, dict) or trigger.get("code") not in TRIGGERS:
        raise ValueError(f"{where}: unknown trigger")
    for key in ("citation", "source"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise ValueError(f"{where}: needs a {key}")
    checked = _day(raw.get("last_checked"), where)
    if checked is None:
        raise ValueError(f"{where}: needs last_checked")
    return StateRule(
        id=where,
        state=raw["state"],
        topic=raw["topic"],
        changes=_words(raw.get("changes"), where),
        number=number,
        unit=raw["unit"],
        trigger=trigger["code"],
        trigger_words=_words(trigger, where),
        citation=raw["citation"],
        source=raw["source"],
        last_checked=checked,
        effective_from=_day(raw.get("effective_from"), where),
        effective_to=_day(raw.get("effective_to"), where),
    )


def parse(data: dict[str, Any]) -> RuleBook:
    """The rule book of a states.json document; ValueError names the first bad entry."""
    if data.get("format") != "iepdesk-state-rules" or data.get("version") != 1:
        raise ValueError("not an IEPDesk state rules file (version 1)")
    rules = tuple(_rule(r) for r in data.get("rules", []))
    if len({r.id for r in rules}) != len(rules):
        raise ValueError("two rules share an id")
    cautions = []
    for raw in data.get("check_with_state", []):
        if raw.get("state") not in STATES or raw.get("topic") not in TOPICS:
            raise ValueError("a caution needs a known state and topic")
        cautions.append(Caution(raw["state"], raw["topic"], _words(raw.get("caution"), "caution")))
    return RuleBook(rules, tuple(cautions))


@cache
def rule_book() -> RuleBook:
    """The shipped rules (read once)."""
    path = resource_path(*RULES_FILE)
    return parse(json.loads(path.read_text("utf-8")))
