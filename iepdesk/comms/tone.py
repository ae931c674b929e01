"""Tone check for messages a parent writes: accusing or heated phrasing, and a calm factual pattern.

Rules are data (resources/tone/rules.<lang>.json). It advises; it never blocks sending or saving.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from iepdesk.paths import resource_path


@dataclass(frozen=True)
class ToneFinding:
    rule_id: str
    category: str
    words: str
    start: int
    end: int
    why: str
    instead: str


@dataclass(frozen=True)
class _Rule:
    id: str
    category: str
    regex: re.Pattern[str]
    why: str
    instead: str


@dataclass(frozen=True)
class ToneRules:
    rules: tuple[_Rule, ...]
    acronyms: frozenset[str]
    caps: dict[str, Any]
    template: str


def load_rules(path: Path) -> ToneRules:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != "iepdesk-tone-rules":
        raise ValueError(f"{path.name} is not a tone rules file")
    rules = tuple(
        _Rule(r["id"], r["category"], re.compile(r["pattern"], re.IGNORECASE), r["why"], r["instead"])
        for r in data["rules"]
    )
    return ToneRules(
        rules, frozenset(a.upper() for a in data["acronyms"]), data["all_caps"], data["pattern_template"]
    )


@cache
def default_rules(language: str = "en") -> ToneRules:
    return load_rules(resource_path("tone", f"rules.{language}.json"))


_CAPS_WORD = re.compile(r"\b[A-Z][A-Z']{2,}\b")


def check(text: str, rules: ToneRules | None = None) -> list[ToneFinding]:
    rules = rules or default_rules()
    findings: list[ToneFinding] = []
    taken: list[tuple[int, int]] = []
    for rule in rules.rules:
        for match in rule.regex.finditer(text):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            words = match.group(0)
            findings.append(
                ToneFinding(
                    rule.id, rule.category, words, start, end, rule.why.format(words=words), rule.instead
                )
            )
    findings.extend(_shouting(text, rules))
    return sorted(findings, key=lambda f: f.start)


def _shouting(text: str, rules: ToneRules) -> list[ToneFinding]:
    """Runs of capitalised words (acronyms like IEP or FAPE excepted)."""
    spec = rules.caps
    runs: list[list[re.Match[str]]] = []
    for match in _CAPS_WORD.finditer(text):
        if match.group(0).strip("'").upper() in rules.acronyms:
            continue
        if runs and _only_space_between(text, runs[-1][-1].end(), match.start()):
            runs[-1].append(match)
        else:
            runs.append([match])
    out = []
    for run in runs:
        if len(run) >= int(spec.get("min_words", 2)):
            start, end = run[0].start(), run[-1].end()
            words = text[start:end]
            out.append(
                ToneFinding(
                    spec["id"],
                    spec["category"],
                    words,
                    start,
                    end,
                    str(spec["why"]).format(words=words),
                    str(spec["instead"]),
                )
            )
    return out


def _only_space_between(text: str, a: int, b: int) -> bool:
    return re.fullmatch(r"[\s,.!?;:-]*", text[a:b]) is not None


def factual_pattern(
    *,
    child: str,
    promise: str = "",
    iep_date: str = "",
    when: str = "",
    what_happened: str = "",
    request: str = "",
    by_date: str = "",
    recipient: str = "",
    parent: str = "",
    rules: ToneRules | None = None,
) -> str:
    """What the child was to get under the IEP, what happened, what is asked, by when.

    Unknown parts are left as [bracketed] prompts for the parent to fill in.
    """
    rules = rules or default_rules()
    values = {
        "recipient": recipient or "[name]",
        "child": child or "[child]",
        "iep_date": f" (dated {iep_date})" if iep_date else "",
        "promise": promise or "[what the IEP promises: how many minutes, how often, who, where]",
        "when": when or "[date]",
        "what_happened": what_happened or "[what happened instead]",
        "request": request or "[what you are asking for, e.g. the missed sessions made up]",
        "by_date": by_date or "[a date about a week away]",
        "parent": parent or "[your name]",
    }
    return rules.template.format(**values)
