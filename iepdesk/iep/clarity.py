"""The clarity check: vague wording and missing who / what / where / when / how much / how measured.

The rules are data (resources/clarity/rules.<lang>.json) so they can be extended and translated.
Every language's patterns run on the text (an IEP can be in any of them; they do not collide). A
finding's rewrite is in the language of the rule that matched (a school's English IEP gets an English
rewrite); its explanation, read by the parent, is in the parent's language (iepdesk.i18n.current()).
Findings advise; nothing here ever blocks saving.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from iepdesk.i18n import LANGUAGES, current
from iepdesk.model.iep import ProvisionKind
from iepdesk.paths import resource_path

#: Free-text fields scanned for vague wording, with the label shown to the parent.
TEXT_FIELDS: dict[str, str] = {
    "iep_wording": "IEP wording",
    "title": "what",
    "applies_when": "when",
    "location": "where",
    "measurement": "how measured",
    "reporting_schedule": "progress reports",
    "target": "target",
}


#: The questions a provision answers (or leaves open), in the order they are named to the parent.
ASPECTS: tuple[str, ...] = (
    "who",
    "what",
    "where",
    "when",
    "how much",
    "how often",
    "how",
    "baseline",
    "how measured",
)

#: Fields that answer a question whatever the kind (a kind's own rules name the rest).
_ANSWERED_BY: dict[str, str] = {
    "provider_role": "who",
    "title": "what",
    "location": "where",
    "applies_when": "when",
}


@dataclass(frozen=True)
class Finding:
    rule_id: str
    #: "vague" (wording) or "missing" (a field left empty)
    category: str
    #: The question the provision leaves open: who, what, where, when, how much, how often, how, …
    aspect: str
    #: The provision field the finding is about.
    field: str
    #: The flagged words ("" for a missing field) and where they are in the field's text.
    words: str
    start: int
    end: int
    #: One plain sentence on why it matters.
    risk: str
    #: A precise rewrite built from the provision's own fields (placeholders in [brackets]).
    suggestion: str


@dataclass(frozen=True)
class _VagueRule:
    id: str
    regex: re.Pattern[str]
    risk: str
    rewrite: str | None
    skip_if_fields: tuple[str, ...]


@dataclass(frozen=True)
class _MissingRule:
    id: str
    kinds: frozenset[str]
    fields: tuple[str, ...]
    aspect: str
    risk: str


@dataclass(frozen=True)
class RuleSet:
    language: str
    defaults: dict[str, str]
    period_words: dict[str, str]
    rewrites: dict[str, str]
    vague: tuple[_VagueRule, ...]
    missing: tuple[_MissingRule, ...]
    #: The words the rewrites are built with (sessions, delivery, articles, placeholders…).
    words: dict[str, Any] = field(default_factory=dict)
    #: Explanations, in this language, for rules only another language has (keyed by rule id).
    explain: dict[str, str] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.vague) + len(self.missing)

    @cached_property
    def _risks(self) -> dict[str, str]:
        return self.explain | {r.id: r.risk for r in self.vague} | {r.id: r.risk for r in self.missing}

    def explanation(self, rule_id: str) -> str | None:
        """This language's explanation for a rule of any language (rules share their ids)."""
        return self._risks.get(rule_id)


class RuleFileError(ValueError):
    """A rules file is malformed (a bug in a shipped or user-edited resource)."""


def load_rules(path: Path) -> RuleSet:
    data: Any = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != "iepdesk-clarity-rules":
        raise RuleFileError(f"{path.name} is not a clarity rules file")
    try:
        vague = tuple(
            _VagueRule(
                id=r["id"],
                regex=re.compile(r["pattern"], 0 if r.get("case_sensitive") else re.IGNORECASE),
                risk=r["risk"],
                rewrite=r.get("rewrite"),
                skip_if_fields=tuple(r.get("skip_if_fields", ())),
            )
            for r in data["vague"]
        )
        missing = tuple(
            _MissingRule(
                id=r["id"],
                kinds=frozenset(r["kinds"]),
                fields=tuple(r["field"]) if isinstance(r["field"], list) else (r["field"],),
                aspect=r["aspect"],
                risk=r["risk"],
            )
            for r in data["missing"]
        )
    except (KeyError, TypeError, re.error) as exc:
        raise RuleFileError(f"{path.name}: {exc}") from exc
    return RuleSet(
        language=str(data.get("language", "en")),
        defaults=dict(data["defaults"]),
        period_words=dict(data["period_words"]),
        rewrites=dict(data["rewrites"]),
        vague=vague,
        missing=missing,
        words=dict(data["words"]),
        explain=dict(data.get("explain", {})),
    )


@cache
def default_rules(language: str = "en") -> RuleSet:
    return load_rules(resource_path("clarity", f"rules.{language}.json"))


@cache
def all_rules() -> tuple[RuleSet, ...]:
    """Every language's rules, English first."""
    return tuple(
        default_rules(language)
        for language in LANGUAGES
        if resource_path("clarity", f"rules.{language}.json").is_file()
    )


def _parents_rules(sets: tuple[RuleSet, ...]) -> RuleSet:
    return next((r for r in sets if r.language == current()), sets[0])


def language_of(provision: Any, sets: tuple[RuleSet, ...] | None = None) -> RuleSet:
    """The rules of the language the provision is written in, told by its common words ("the",
    "will" / "el", "que"); English when nothing tells (a tie or no text)."""
    sets = sets or all_rules()
    text = " ".join(
        str(getattr(provision, f, "") or "")
        for f in TEXT_FIELDS
        if isinstance(getattr(provision, f, ""), str)
    )
    words = _WORD.findall(text.lower())
    best, best_score = sets[0], 0
    for rules in sets:
        markers = frozenset(rules.words.get("markers", ()))
        score = sum(1 for w in words if w in markers)
        if score > best_score:
            best, best_score = rules, score
    return best


_WORD = re.compile(r"[^\W\d_]+")


def check(provision: Any, child_name: str = "", rules: RuleSet | None = None) -> list[Finding]:
    """Every finding for one provision (a model instance or anything with the same attributes).

    Without ``rules``: every language's rules, explained in the parent's language."""
    sets = (rules,) if rules else all_rules()
    parent = rules or _parents_rules(sets)
    written = rules or language_of(provision, sets)
    kind = str(getattr(provision, "kind", ""))
    contexts = {r.language: _Context(provision, child_name, r) for r in (*sets, parent)}
    context, explained = contexts[written.language], contexts[parent.language]
    findings: list[Finding] = []
    for rule in written.missing:
        if kind in rule.kinds and not all(_filled(getattr(provision, f, None)) for f in rule.fields):
            empty = next(f for f in rule.fields if not _filled(getattr(provision, f, None)))
            findings.append(
                Finding(
                    rule_id=rule.id,
                    category="missing",
                    aspect=rule.aspect,
                    field=empty,
                    words="",
                    start=0,
                    end=0,
                    risk=explained.fill(parent.explanation(rule.id) or rule.risk, {}),
                    suggestion=context.rewrite(kind),
                )
            )
    for name in TEXT_FIELDS:
        text = getattr(provision, name, None)
        if isinstance(text, str) and text.strip():
            taken: list[tuple[int, int]] = []
            found: list[Finding] = []
            for language in (written, *(r for r in sets if r is not written)):  # its own language first
                found.extend(
                    _vague_in(text, name, kind, provision, contexts[language.language], explained, taken)
                )
            findings.extend(sorted(found, key=lambda f: f.start))
    return findings


def _in_order(aspects: set[str]) -> list[str]:
    known = [a for a in ASPECTS if a in aspects]
    return known + sorted(aspects - set(ASPECTS))


def open_questions(findings: list[Finding]) -> list[str]:
    """The questions the empty fields leave open, each named once, in the usual order."""
    return _in_order({f.aspect for f in findings if f.category == "missing"})


def answered(provision: Any, rules: RuleSet | None = None) -> list[str]:
    """The questions the provision's filled fields do answer, each once, in the usual order."""
    rules = rules or default_rules()
    kind = str(getattr(provision, "kind", ""))
    found = {
        rule.aspect
        for rule in rules.missing
        if kind in rule.kinds and all(_filled(getattr(provision, f, None)) for f in rule.fields)
    }
    found |= {aspect for field, aspect in _ANSWERED_BY.items() if _filled(getattr(provision, field, None))}
    return _in_order(found)


def _vague_in(
    text: str,
    field: str,
    kind: str,
    provision: Any,
    context: _Context,
    explained: _Context,
    taken: list[tuple[int, int]],
) -> list[Finding]:
    """The vague wording one language's rules find; ``taken``: stretches already flagged (by any
    language), ``explained``: the parent's language, for the risk."""
    rules = context.rules
    found: list[Finding] = []
    for rule in rules.vague:
        if rule.skip_if_fields and all(_filled(getattr(provision, f, None)) for f in rule.skip_if_fields):
            continue
        for match in rule.regex.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue  # one finding per stretch of words: the first (most specific) rule wins
            taken.append((start, end))
            groups = {k: (v or "").strip() for k, v in match.groupdict().items()}
            if groups.get("rest"):
                groups["rest"] = " " + groups["rest"]
            words = groups.pop("words", "") or match.group(0).strip()
            values = {"words": words, **groups}
            suggestion = context.fill(rule.rewrite, values) if rule.rewrite else context.rewrite(kind)
            found.append(
                Finding(
                    rule_id=rule.id,
                    category="vague",
                    aspect="wording",
                    field=field,
                    words=words,
                    start=match.start("words") if "words" in rule.regex.groupindex else start,
                    end=match.end("words") if "words" in rule.regex.groupindex else end,
                    risk=explained.fill(explained.rules.explanation(rule.id) or rule.risk, values),
                    suggestion=suggestion,
                )
            )
    return found


def _filled(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return not (isinstance(value, int) and value <= 0)


class _Context:
    """The values a template can use, taken from the provision, with visible placeholders for gaps,
    in the words of one language's rules."""

    def __init__(self, provision: Any, child_name: str, rules: RuleSet) -> None:
        self.rules = rules
        words = rules.words
        first = child_name.strip().split(" ")[0] if child_name.strip() else ""
        p = provision

        def text(name: str) -> str:
            value = getattr(p, name, None)
            return str(value).strip() if _filled(value) else ""

        period = text("period")
        sessions = getattr(p, "sessions_per_period", None)
        who = text("provider_role")
        times = words["sessions"]
        self.values: dict[str, str] = {
            "child": first or rules.defaults["child"],
            "who": _with_article(who, words) if who else rules.defaults["who"],
            "provider": who,
            "staff": _with_article(who, words) if who else "",
            "what": _lower_first(text("title")),
            "when": _when_phrase(text("applies_when"), words),
            "where": text("location"),
            "minutes": text("minutes_per_session"),
            "sessions": (times[0] if sessions == 1 else times[1]).format(count=sessions)
            if _filled(sessions)
            else "",
            "period": rules.period_words.get(period, period),
            "delivery": words["delivery"].get(text("delivery"), ""),
            "how": words["how"].get(text("how_given"), ""),
            "baseline": text("baseline"),
            "target": text("target"),
            "measurement": text("measurement"),
            "schedule": text("reporting_schedule"),
        }

    def fill(self, template: str | None, extra: dict[str, str]) -> str:
        if not template:
            return ""
        values = {**self.values, **{k: v for k, v in extra.items()}}
        placeholders: dict[str, str] = self.rules.words["placeholders"]

        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            value = values.get(name.lower(), "")
            if not value:
                return self.rules.defaults["placeholder"].format(name=placeholders.get(name.lower(), name))
            return value[:1].upper() + value[1:] if name[:1].isupper() else value

        filled = re.sub(r"\{(\w+)\}", replace, template)
        filled = re.sub(r"\s+([,.])", r"\1", filled)
        filled = re.sub(r"\s{2,}", " ", filled)
        for pattern, replacement in self.rules.words["contractions"]:
            filled = re.sub(pattern, replacement, filled)  # "a el niño" -> "al niño"
        return filled[:1].upper() + filled[1:]

    def rewrite(self, kind: str) -> str:
        return self.fill(self.rules.rewrites.get(kind, ""), {})


def _with_article(role: str, words: dict[str, Any]) -> str:
    """ "the speech-language pathologist", "la maestra de educación general": a role with the
    article its language puts before it (none when it has one)."""
    if role.lower().startswith(tuple(words["determiners"])):
        return role
    role = _lower_first(role)
    for pattern, template in words["articles"]:
        if re.match(pattern, role.lower()):
            return str(template).format(role=role)
    return role


def _when_phrase(when: str, words: dict[str, Any]) -> str:
    if not when:
        return ""
    return (
        when if when.lower().startswith(tuple(words["when_starts"])) else str(words["when"]).format(when=when)
    )


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def provision_kinds_checked() -> tuple[str, ...]:
    return tuple(k.value for k in ProvisionKind)
