"""The Spanish letter texts (resources/letters/es.json) mirror the English ones: the same keys at
every level, the same {placeholders} in every text, every text translated (citations and texts made
only of placeholders aside), and every anchor the element check looks for written in the Spanish
template itself."""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterator
from typing import Any

import pytest

from iepdesk.letters.drafts import KINDS
from iepdesk.paths import resource_path

#: Keys whose values are identifiers (ids, placeholder names, flags), the same in every language.
IDENTIFIERS = {"format", "version", "language", "id", "placeholder", "when", "unless"}

#: Texts that stay as they are in Spanish: citations and the numbered items of 300.503(b).
SAME_IN_BOTH = {
    "34 CFR 300.613",
    "34 CFR 300.503",
    "34 CFR 300.153(b)",
    "300.613(a)",
    "300.613(b)",
    "300.503(b)",
    *(f"({n}) " for n in range(1, 8)),
}

#: Anchors written by the case's facts (the ledger sentence, the residence line), not by the template.
FROM_CONTEXT = {
    "en": {"owed": " owed", "homeless_contact": "homeless child"},
    "es": {"owed": " adeuda", "homeless_contact": "sin hogar"},
}


def _load(language: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("letters", f"{language}.json").read_text("utf-8"))
    return data


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _pairs(en: Any, es: Any, path: str = "") -> Iterator[tuple[str, Any, Any]]:
    """Each pair of values at the same place, with a path for the failure message."""
    yield path, en, es
    if isinstance(en, dict) and isinstance(es, dict):
        for key in en.keys() & es.keys():
            yield from _pairs(en[key], es[key], f"{path}/{key}")
    elif isinstance(en, list) and isinstance(es, list):
        for i, (a, b) in enumerate(zip(en, es, strict=False)):
            yield from _pairs(a, b, f"{path}[{i}]")


def _key(path: str) -> str:
    return re.sub(r"\[\d+\]$", "", path).rsplit("/", 1)[-1]


EN, ES = _load("en"), _load("es")


def test_the_spanish_file_says_it_is_spanish() -> None:
    assert EN["language"] == "en"
    assert ES["language"] == "es"
    assert ES["format"] == EN["format"] and ES["version"] == EN["version"]
    assert list(ES["kinds"]) == list(KINDS)


def test_same_keys_and_lengths_at_every_level() -> None:
    for path, en, es in _pairs(EN, ES):
        assert type(en) is type(es), path
        if isinstance(en, dict):
            assert set(en) == set(es), path
        if isinstance(en, list):
            assert len(en) == len(es), path


def test_identifiers_are_the_same() -> None:
    for path, en, es in _pairs(EN, ES):
        if _key(path) in IDENTIFIERS - {"language"} and not isinstance(en, dict | list):
            assert en == es, path
        if _key(path) == "placeholder" and isinstance(en, list):
            assert en == es, path


def test_every_text_has_the_same_placeholders() -> None:
    texts = 0
    for path, en, es in _pairs(EN, ES):
        if isinstance(en, str) and _key(path) not in IDENTIFIERS:
            assert _fields(en) == _fields(es), f"{path}: {en!r} / {es!r}"
            texts += 1
    assert texts > 250  # the walk reached the bodies and labels


def _placeholder_only(text: str) -> bool:
    return not re.search(r"[^\W\d_]", re.sub(r"\{[a-z_]+\}", "", text))


def test_no_text_is_left_in_english() -> None:
    left = [
        f"{path}: {en!r}"
        for path, en, es in _pairs(EN, ES)
        if isinstance(en, str)
        and _key(path) not in IDENTIFIERS
        and en == es
        and en not in SAME_IN_BOTH
        and not _placeholder_only(en)
    ]
    assert left == []


def test_the_allow_list_holds_only_citations() -> None:
    for text in SAME_IN_BOTH:
        assert re.fullmatch(r"(34 CFR )?300\.\d{3}(\([a-z]\))?|\(\d\) ", text), text


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_anchor_is_written_by_the_template(language: str) -> None:
    """An anchor not in the template would make the element check report it missing in every letter."""
    data = _load(language)
    for kind, spec in data["kinds"].items():
        template = "\n".join([spec["title"], *spec["body"]])
        for element in spec["elements"]:
            anchors = element.get("anchor", [])
            for anchor in [anchors] if isinstance(anchors, str) else anchors:
                if FROM_CONTEXT[language].get(element["id"]) == anchor:
                    continue
                assert anchor in template, f"{language} {kind} {element['id']}: {anchor!r}"
            names = element.get("placeholder", [])
            for name in [names] if isinstance(names, str) else names:
                assert name in data["placeholders"], f"{kind} {element['id']}: {name}"


def test_spanish_uses_the_glossary_terms() -> None:
    kinds = ES["kinds"]
    assert "aviso previo por escrito" in kinds["pwn-request"]["label"]
    assert "Queja estatal" in kinds["state-complaint"]["label"]
    assert "Oficina de Derechos Civiles (OCR)" in kinds["ocr-complaint"]["title"]
    assert "IEP (Programa de Educación Individualizado)" in "\n".join(kinds["concerns-letter"]["body"])
    assert ES["disclaimer"].endswith("Esto no es asesoramiento legal.")
    # The citations stay exactly as in English, in the same texts.
    cite = re.compile(r"\d+ CFR [\d.]+(?:\([a-z0-9]+\))*")
    for path, en, es in _pairs(EN, ES):
        if isinstance(en, str):
            assert cite.findall(en) == cite.findall(es), path
