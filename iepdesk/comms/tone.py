"""Tone check for messages a parent writes: phrasing that raises the temperature without adding a fact,
each finding with a calm, factual way to say it instead, and a calm factual outline.

Rules are data (resources/tone/rules.<lang>.json); the categories and the rule for each are in
docs/tone-check.md. It advises; it never blocks sending or saving. It runs as the parent types, so it
is a handful of compiled patterns over the text, no per-word loops in Python except for capitals.

Every language's patterns run on the message (they do not collide), the message's own language first
(told by its common words; English when nothing tells). A finding's rewrite ("instead") is in the
language of the rule that matched, like the letter; its explanation and label are in the parent's
language (iepdesk.i18n.current()).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from iepdesk.i18n import LANGUAGES, current
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
    #: The category in words ("A threat"), for the advice.
    label: str = ""


@dataclass(frozen=True)
class _Rule:
    id: str
    category: str
    regex: re.Pattern[str]
    why: str
    instead: str


@dataclass(frozen=True, eq=False)  # hashed by identity: the per-sentence cache is keyed on it
class ToneRules:
    rules: tuple[_Rule, ...]
    acronyms: frozenset[str]
    caps: dict[str, Any]
    template: str
    categories: dict[str, str]
    language: str = "en"
    #: Common words of the language, to tell which language a message is written in.
    markers: frozenset[str] = frozenset()
    #: Explanations, in this language, for rules only another language has (keyed by rule id).
    explain: Mapping[str, str] | None = None
    #: A [prompt] of this language's rewrites -> the fact that fills it ("fecha" -> "date").
    prompts: Mapping[str, str] | None = None
    #: The outline's own words (dated, in its words, the [prompts] for what is not known).
    outline: Mapping[str, str] | None = None

    def explanation(self, rule_id: str) -> str | None:
        """This language's "why" for a rule of any language (rules share their ids)."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule.why
        if rule_id == self.caps.get("id"):
            return str(self.caps["why"])
        return (self.explain or {}).get(rule_id)


def _compile(rule: dict[str, Any]) -> re.Pattern[str]:
    patterns = rule.get("patterns") or [rule["pattern"]]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def load_rules(path: Path) -> ToneRules:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != "iepdesk-tone-rules":
        raise ValueError(f"{path.name} is not a tone rules file")
    rules = tuple(_Rule(r["id"], r["category"], _compile(r), r["why"], r["instead"]) for r in data["rules"])
    return ToneRules(
        rules,
        frozenset(a.upper() for a in data["acronyms"]),
        data["all_caps"],
        data["pattern_template"],
        dict(data.get("categories", {})),
        str(data.get("language", "en")),
        frozenset(data.get("markers", ())),
        dict(data.get("explain", {})),
        dict(data.get("prompts", {})),
        dict(data.get("outline", {})),
    )


@cache
def default_rules(language: str = "en") -> ToneRules:
    return load_rules(resource_path("tone", f"rules.{language}.json"))


@cache
def all_rules() -> tuple[ToneRules, ...]:
    """Every language's rules, English first."""
    return tuple(
        default_rules(language)
        for language in LANGUAGES
        if resource_path("tone", f"rules.{language}.json").is_file()
    )


_WORD = re.compile(r"[^\W\d_]+")


def language_of(text: str, sets: tuple[ToneRules, ...] | None = None) -> ToneRules:
    """The rules of the language a message is written in, told by its common words; the first
    (English) when nothing tells."""
    sets = sets or all_rules()
    words = _WORD.findall(text.lower())
    best, best_score = sets[0], 0
    for rules in sets:
        score = sum(1 for w in words if w in rules.markers)
        if score > best_score:
            best, best_score = rules, score
    return best


#: Typographic apostrophes fold into ' before matching (one character for one: the spans still hold).
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
#: A word in capitals (one letter or more; I and A count as nothing on their own).
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z']*\b(?!['\u2019]?[a-z])")


@lru_cache(maxsize=8)
def _caps_word(letters: str) -> re.Pattern[str]:
    """_CAPS_WORD for a language's capitals ("A-ZÁÉÍÓÚÜÑ")."""
    if letters == "A-Z":
        return _CAPS_WORD
    return re.compile(rf"\b[{letters}][{letters}']*\b(?!['\u2019]?[{letters.lower()}])")


_BETWEEN_CAPS = re.compile(r"[ \t,.!?;:-]*")
#: Acronyms that are also words: in a shouted run they are words (I AM DONE -> I am done).
_ALSO_WORDS = frozenset({"AM", "US", "AT", "ID", "ED", "OK", "ADD", "MAP", "ACT", "RE", "PE", "IT"})


#: Where a sentence ends (after its closing punctuation), or a line. No rule reads across one, and
#: "Ms. Rivera" is not an end.
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bMx)(?<!\bDr)(?<!\bSt)(?<!\bvs)(?<!\bNo)(?<!\.[a-z])"
    r"[.!?]+[\"\u201d')\]]*(?=\s)|\n",
    re.IGNORECASE,
)
#: The same for Spanish, where "Sra. Rivera", "Srta.", "Dra.", "Lic." and "Ud." are not an end either.
_SENTENCE_END_ES = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bMx)(?<!\bDr)(?<!\bSt)(?<!\bvs)(?<!\bNo)(?<!\.[a-z])"
    r"(?<!\bSr)(?<!\bSra)(?<!\bSrta)(?<!\bDra)(?<!\bLic)(?<!\bUd)(?<!\bUds)(?<!\bProf)(?<!\bProfa)"
    r"[.!?]+[\"\u201d')\]]*(?=\s)|\n",
    re.IGNORECASE,
)


def check(text: str, rules: ToneRules | None = None) -> list[ToneFinding]:
    """Every stretch of the text that may read as heated, in text order, each with why and instead.

    The patterns run sentence by sentence, and a sentence seen before (the parent is typing in another
    one) is not read again. Without ``rules``: every language's rules, explained in the parent's.
    """
    sets = (rules,) if rules else all_rules()
    written = rules or language_of(text, sets)
    parent = rules or next((r for r in sets if r.language == current()), sets[0])
    ordered = (written, *(r for r in sets if r is not written))  # the message's own language first
    ends = _SENTENCE_END_ES if written.language == "es" else _SENTENCE_END
    folded = text.translate(_FOLD)
    findings: list[ToneFinding] = []
    start = 0
    for end in [m.end() for m in ends.finditer(folded)] + [len(folded)]:
        if end > start:
            for finding in _sentence(ordered, parent, folded[start:end]):
                a, b = finding.start + start, finding.end + start
                words = text[a:b]
                findings.append(
                    ToneFinding(
                        finding.rule_id,
                        finding.category,
                        words,
                        a,
                        b,
                        finding.why if words == finding.words else finding.why.replace(finding.words, words),
                        finding.instead,
                        finding.label,
                    )
                )
        start = end
    findings.extend(_shouting(folded, text, written, parent))
    return sorted(findings, key=lambda f: (f.start, f.end))


def forget() -> None:
    """Drop the sentences kept from earlier checks (on locking: no text of the case stays referenced)."""
    _sentence.cache_clear()


@lru_cache(maxsize=4096)
def _sentence(languages: tuple[ToneRules, ...], parent: ToneRules, sentence: str) -> tuple[ToneFinding, ...]:
    """The pattern findings in one sentence (of the folded text), positions from its start: each
    language's rules in turn, explained in the parent's language."""
    findings: list[ToneFinding] = []
    taken: list[tuple[int, int]] = []
    for rules, rule in ((r, rule) for r in languages for rule in r.rules):
        for match in rule.regex.finditer(sentence):
            start, end = match.span()
            if start == end or any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            words = match.group(0)
            findings.append(
                ToneFinding(
                    rule.id,
                    rule.category,
                    words,
                    start,
                    end,
                    (parent.explanation(rule.id) or rule.why).format(words=words),
                    rule.instead,
                    parent.categories.get(rule.category)
                    or rules.categories.get(rule.category, rule.category),
                )
            )
    return tuple(findings)


def _shouting(folded: str, text: str, rules: ToneRules, parent: ToneRules | None = None) -> list[ToneFinding]:
    """Runs of words in capitals. Acronyms (IEP, FAPE, OT) never count; a run shouts when it has two
    words that are not acronyms, three words of any kind with one that is not, a capitalised word of
    emphasis (NOT, NEVER) or one long word (UNACCEPTABLE)."""
    spec = rules.caps
    parent = parent or rules
    letters = str(spec.get("letters", "A-Z"))
    runs: list[list[re.Match[str]]] = []
    for match in _caps_word(letters).finditer(folded):
        if runs and _BETWEEN_CAPS.fullmatch(folded, runs[-1][-1].end(), match.start()):
            runs[-1].append(match)
        else:
            runs.append([match])
    emphasis = frozenset(str(w) for w in spec.get("emphasis", ()))
    min_words = int(spec.get("min_words", 2))
    min_single = int(spec.get("min_single", 7))
    out = []
    for run in runs:
        words = [m.group(0).strip("'") for m in run]
        plain = [w for w in words if len(w) > 1 and w not in rules.acronyms]
        loud = (
            len(plain) >= min_words
            or (plain and len(words) >= 3)
            or any(w in emphasis or len(w) >= min_single for w in plain)
        )
        if not loud:
            continue
        keep = [m for m in run if m.group(0).strip("'") not in ("I", "A") or len(run) > 1]
        start, end = keep[0].start(), keep[-1].end()
        shouted = text[start:end]
        out.append(
            ToneFinding(
                spec["id"],
                spec["category"],
                shouted,
                start,
                end,
                str(parent.explanation(spec["id"]) or spec["why"]).format(words=shouted),
                str(spec["instead"]).format(
                    calm=_calm_case(shouted, rules.acronyms, _starts_sentence(text, start), letters)
                ),
                parent.categories.get(spec["category"])
                or rules.categories.get(spec["category"], spec["category"]),
            )
        )
    return out


def _starts_sentence(text: str, index: int) -> bool:
    return re.search(r"(?:^|[.!?:]\s+|\n\s*)$", text[max(0, index - 20) : index]) is not None


def _calm_case(words: str, acronyms: frozenset[str], sentence_start: bool, letters: str = "A-Z") -> str:
    """THIS IS UNACCEPTABLE -> This is unacceptable (acronyms and I stay as they are)."""

    def lower(match: re.Match[str]) -> str:
        word = match.group(0)
        keep = word == "I" or (word.upper() in acronyms and word.upper() not in _ALSO_WORDS)
        return word if keep else word.lower()

    calm = re.sub(rf"[{letters}{letters.lower()}']+", lower, words)
    return calm[:1].upper() + calm[1:] if sentence_start else calm


def fill_rewrite(instead: str, facts: Mapping[str, str]) -> str:
    """A rewrite with its [bracketed] prompts filled from what the case knows ("date" -> "March 3,
    2026"); prompts it does not know stay for the parent to fill in."""
    keys = _prompt_keys()
    return _PROMPT.sub(lambda m: facts.get(keys.get(m.group(1), m.group(1))) or m.group(0), instead)


@cache
def _prompt_keys() -> dict[str, str]:
    """Every language's [prompt] -> the fact that fills it ("fecha" -> "date")."""
    return {k: v for rules in all_rules() for k, v in (rules.prompts or {}).items()}


_PROMPT = re.compile(r"\[([^\]\[]+)\]")


def factual_pattern(
    *,
    child: str,
    promise: str = "",
    iep_words: str = "",
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

    Unknown parts are left as [bracketed] prompts for the parent to fill in. iep_words: the IEP's own
    wording of the promise, quoted after it. rules: the letter's language (default_rules("es") for a
    letter in Spanish; English by default).
    """
    quoted = " ".join(iep_words.split()).rstrip(".")
    rules = rules or default_rules()
    words = rules.outline or {}
    values = {
        "recipient": recipient or words["recipient"],
        "child": child or words["child"],
        "iep_date": words["dated"].format(date=iep_date) if iep_date else "",
        "iep_words": words["in_its_words"].format(words=quoted) if quoted else "",
        "promise": promise or words["promise"],
        "when": when or words["when"],
        "what_happened": what_happened or words["what_happened"],
        "request": request or words["request"],
        "by_date": by_date or words["by_date"],
        "parent": parent or words["parent"],
    }
    return rules.template.format(**values)
