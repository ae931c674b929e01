"""The translations use the glossary's terms (docs/glossary-es.md), the same way everywhere.

The glossary's rows marked ✓ are read from the document itself (one home for the words): wherever an
English text of a catalogue or a letter file holds the term, its Spanish holds the glossary's
rendering (plural or singular).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary-es.md"


def terms() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """(term, how the English is found, what its Spanish must hold) for each row marked ✓."""
    found = []
    for line in GLOSSARY.read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or "✓" not in cells[0]:
            continue
        english = re.sub(r"\s*\(.*?\)\s*", " ", cells[0].replace("✓", "")).strip()
        spanish = re.sub(r"\s*\(.*?\)", "", cells[1]).strip()
        english_words = [re.escape(w) for w in english.split()]
        find = re.compile(r"\b" + r"\s+".join(english_words) + r"s?\b", re.IGNORECASE)
        stems = [re.escape(w[: max(4, len(w) - 2)]) if len(w) > 4 else re.escape(w) for w in spanish.split()]
        # One word may come between ("minutos compensatorios adeudados" for "compensatory minutes owed").
        want = re.compile(r"\b" + r"\w*\s+(?:\w+\s+)?".join(stems) + r"\w*", re.IGNORECASE)
        found.append((english, find, want))
    return found


def test_the_glossary_marks_the_terms_checked() -> None:
    names = {name for name, _, _ in terms()}
    assert {"prior written notice", "state complaint", "compensatory services", "IEP"} <= names
    _, find, want = next(t for t in terms() if t[0] == "state complaint")
    assert find.search("File a State complaints now") and want.search("Presente las quejas estatales")
    assert not want.search("una queja ante el estado")  # not the glossary's words


def pairs() -> Iterator[tuple[str, str, str]]:
    """(where, English, Spanish) for every translated text."""
    with (ROOT / "resources/locale/es/LC_MESSAGES/iepdesk.po").open("rb") as handle:
        for message in read_po(handle, locale="es"):
            if not message.id:
                continue
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if all(strings):
                yield "core", ids[-1], strings[-1]
    root = ET.parse(ROOT / "resources/i18n/iepdesk_es.ts").getroot()  # noqa: S314 (our own file)
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            yield f"window {context.findtext('name')}", message.findtext("source") or "", forms[-1]
    english = json.loads((ROOT / "resources/letters/en.json").read_text("utf-8"))
    spanish = json.loads((ROOT / "resources/letters/es.json").read_text("utf-8"))
    yield from _aligned("letters", english, spanish)


def _aligned(where: str, english: object, spanish: object) -> Iterator[tuple[str, str, str]]:
    if isinstance(english, dict) and isinstance(spanish, dict):
        for key, value in english.items():
            if key in spanish:
                yield from _aligned(f"{where}/{key}", value, spanish[key])
    elif isinstance(english, list) and isinstance(spanish, list) and len(english) == len(spanish):
        for index, (a, b) in enumerate(zip(english, spanish, strict=True)):
            yield from _aligned(f"{where}[{index}]", a, b)
    elif isinstance(english, str) and isinstance(spanish, str):
        yield where, english, spanish


@pytest.mark.parametrize("term", [t[0] for t in terms()])
def test_every_translation_of_a_term_uses_the_glossary(term: str) -> None:
    _, find, want = next(t for t in terms() if t[0] == term)
    wrong = [
        f"{where}: {english[:70]!r} -> {spanish[:90]!r}"
        for where, english, spanish in pairs()
        if find.search(english) and not want.search(spanish)
    ]
    assert wrong == [], f"'{term}' is not rendered as the glossary says:\n" + "\n".join(wrong[:30])
