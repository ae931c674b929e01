"""The Spanish tone rules (resources/tone/rules.es.json) against a corpus of heated and calm Spanish
messages (tone_corpus_es.json), in the style of test_tone.py: the held-out misses are strict xfails.
Plus: the rewrite in the message's language, the explanation in the parent's, and no collision
between the languages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from iepdesk.comms import tone
from iepdesk.i18n import use_language
from iepdesk.paths import resource_path

CORPUS: dict[str, Any] = json.loads((Path(__file__).with_name("tone_corpus_es.json")).read_text("utf-8"))
ENGLISH: dict[str, Any] = json.loads((Path(__file__).with_name("tone_corpus.json")).read_text("utf-8"))
CATEGORIES = (
    "blame",
    "named-blame",
    "law",
    "threat",
    "punish",
    "shouting",
    "sarcasm",
    "contempt",
    "absolute",
)
SPANISH = tone.default_rules("es")


def categories(text: str) -> set[str]:
    return {f.category for f in tone.check(text)}


@pytest.mark.parametrize("item", CORPUS["heated"], ids=lambda i: i["text"][:40])
def test_heated_spanish_message_raises_its_category(item: dict[str, str]) -> None:
    assert item["category"] in categories(item["text"]), item["why"]


@pytest.mark.parametrize("item", CORPUS["calm"], ids=lambda i: i["text"][:40])
def test_calm_spanish_message_raises_nothing(item: dict[str, str]) -> None:
    assert tone.check(item["text"]) == [], item["why"]


def test_spanish_corpus_covers_every_category_and_rule() -> None:
    heated, calm = CORPUS["heated"], CORPUS["calm"]
    assert len(heated) >= 70 and len(calm) >= 35
    for category in CATEGORIES:
        assert sum(1 for i in heated if i["category"] == category) >= 5, category
    spanish = {r.instead for r in SPANISH.rules}
    fired = {
        f.rule_id
        for i in heated
        for f in tone.check(i["text"])
        if f.instead in spanish or f.instead.startswith("Escríbalo en letras normales")
    }
    assert {r.id for r in SPANISH.rules} | {SPANISH.caps["id"]} <= fired
    assert {r.category for r in SPANISH.rules} <= set(SPANISH.categories)


def _held_out(kind: str) -> list[Any]:
    return [
        pytest.param(i, marks=pytest.mark.xfail(strict=True, reason="held-out miss: " + i["known_miss"]))
        if i.get("known_miss")
        else i
        for i in CORPUS["held_out"][kind]
    ]


@pytest.mark.parametrize("item", _held_out("heated"), ids=lambda i: i["text"][:40])
def test_held_out_heated_spanish(item: dict[str, str]) -> None:
    """Written after the rules and not used to change them; the misses stay as strict xfails."""
    assert item["category"] in categories(item["text"])


@pytest.mark.parametrize("item", _held_out("calm"), ids=lambda i: i["text"][:40])
def test_held_out_calm_spanish(item: dict[str, str]) -> None:
    assert tone.check(item["text"]) == []


@pytest.mark.parametrize("language", ["en", "es"])
def test_one_languages_rules_find_nothing_in_the_others_corpus(language: str) -> None:
    """They do not collide: the Spanish rules stay quiet on every English message, heated or calm,
    and the English rules on every Spanish one."""
    rules = tone.default_rules(language)
    other = CORPUS if language == "en" else ENGLISH
    texts = [i["text"] for i in other["heated"] + other["calm"]]
    texts += [i["text"] for i in other["held_out"]["heated"] + other["held_out"]["calm"]]
    for text in texts:
        hits = [(r.id, m.group(0)) for r in rules.rules for m in r.regex.finditer(text.translate(tone._FOLD))]
        assert [h for h in hits if h[0] != "exclamations"] == [], (language, text, hits)


def test_a_spanish_message_gets_spanish_rewrites_and_the_parents_explanation() -> None:
    text = "Gracias por nada. La Sra. Rivera se negó a darle los apuntes."
    english_parent = tone.check(text)
    assert [(f.rule_id, f.words) for f in english_parent] == [
        ("sarcasm", "Gracias por nada"),
        ("named-blame", "La Sra. Rivera se negó"),
    ]
    assert english_parent[0].why.startswith("'Gracias por nada' reads as sarcasm.")
    assert english_parent[0].label == "Sarcasm"
    assert english_parent[1].instead == (
        "El [fecha], [niño] no recibió [el apoyo]. Me gustaría entender por qué y cómo se va a recuperar."
    )
    with use_language("es"):
        spanish_parent = tone.check(text)
    assert spanish_parent[0].why == (
        "“Gracias por nada” suena sarcástico. Por escrito se lee como desprecio, y el mensaje se pierde."
    )
    assert spanish_parent[0].label == "Sarcasmo"
    assert [f.instead for f in spanish_parent] == [f.instead for f in english_parent]


def test_an_english_message_written_by_a_spanish_speaking_parent() -> None:
    with use_language("es"):
        (finding,) = tone.check("You failed him.")
    assert finding.instead == 'On [date], [what happened]. The IEP says "[the IEP\'s words]".'
    assert finding.why.startswith("“You failed” culpa a quien lo lee.")
    assert finding.label == "Culpar al lector"


def test_spanish_capitals_with_accents_are_shouting_and_calmed() -> None:
    (caps,) = [
        f for f in tone.check("Quiero una respuesta HOY, NO LA PRÓXIMA SEMANA.") if f.rule_id == "all-caps"
    ]
    assert caps.words == "HOY, NO LA PRÓXIMA SEMANA"
    assert caps.instead == "Escríbalo en letras normales: “hoy, no la próxima semana”."
    (read,) = tone.check("LEAN EL IEP.")
    assert read.words == "LEAN EL IEP" and "“Lean el IEP”" in read.instead


def test_spanish_rewrites_read_calmly_and_are_filled_from_the_case() -> None:
    for item in CORPUS["heated"]:
        for finding in tone.check(item["text"]):
            if finding.rule_id != "all-caps":
                assert tone.check(finding.instead) == [], finding.instead
    (blame,) = tone.check("Ustedes ignoraron el IEP.")
    facts = {"date": "3 de marzo de 2026", "what happened": "no hubo sesión de habla"}
    assert tone.fill_rewrite(blame.instead, facts) == (
        "El 3 de marzo de 2026, no hubo sesión de habla. El IEP dice: “[las palabras del IEP]”."
    )


def test_a_spanish_outline() -> None:
    letter = tone.factual_pattern(
        child="Jacob",
        promise="recibe 30 minutos de terapia del habla dos veces por semana",
        iep_date="1 de septiembre de 2025",
        iep_words="Terapia del habla, 30 minutos, 2 veces por semana.",
        rules=SPANISH,
    )
    assert "El IEP de Jacob (con fecha 1 de septiembre de 2025) dice que recibe 30 minutos" in letter
    assert "En sus palabras: “Terapia del habla, 30 minutos, 2 veces por semana.”" in letter
    assert "El [fecha], [lo que pasó en cambio]." in letter
    assert letter.startswith("Apreciable [nombre]:")  # as the letters greet (formal, either gender)
    assert tone.check(letter) == []


def test_tone_rule_files_have_the_english_format() -> None:
    english = json.loads(resource_path("tone", "rules.en.json").read_text("utf-8"))
    spanish = json.loads(resource_path("tone", "rules.es.json").read_text("utf-8"))
    assert (spanish["format"], spanish["version"], spanish["language"]) == (
        english["format"],
        english["version"],
        "es",
    )
    assert set(spanish) == set(english)
    assert set(spanish["all_caps"]) == set(english["all_caps"])
    assert set(spanish["outline"]) == set(english["outline"])
    assert set(spanish["categories"]) == set(english["categories"])
    assert [r["id"] for r in spanish["rules"]] == [r["id"] for r in english["rules"]]
    for rule in spanish["rules"]:
        assert set(rule) == {"id", "category", "patterns", "why", "instead"}


def test_every_tone_rule_is_explained_in_every_language() -> None:
    sets = tone.all_rules()
    ids = {r.id for rules in sets for r in rules.rules} | {rules.caps["id"] for rules in sets}
    for rules in sets:
        for rule_id in ids:
            assert rules.explanation(rule_id), (rules.language, rule_id)


#: Long texts made of one piece repeated: where a pattern with nested or unbounded repeats would
#: backtrack for minutes.
HOSTILE_PIECES = (
    "acceso a ",
    "a ",
    "de ",
    "si no ",
    "you ",
    "if ",
    "Sra. A ",
    "gracias ",
    "y ",
    ", ",
    "é",
    "aaaa",
)


@pytest.mark.timeout(120)
def test_no_pattern_of_any_language_backtracks_on_long_hostile_text() -> None:
    """Every tone pattern of every language (and the whole check) over 5,000-character texts. Not a
    timing assertion: it passes in well under a second and fails only by hanging past the timeout."""
    texts = [piece * (5000 // len(piece)) for piece in HOSTILE_PIECES]
    texts.append("usted nunca " * 400)
    for rules in tone.all_rules():
        for rule in rules.rules:
            for text in texts:
                for _ in rule.regex.finditer(text):
                    pass
    for text in texts:
        tone.check(text)
