"""The Spanish user guide (docs/user-guide.es.md) follows the English one and says what the screen says.

Both guides mark a window label (a page, tab, button, field or menu item) in **bold**; the Spanish
guide keeps bold for labels and key names only (emphasis is in *italics*), so every bold text in it
must be a Spanish translation in the window's catalogue, word for word as the window shows it (without
the & accelerator, the "…" and the {placeholders}). The messages quoted in its trouble-shooting table
are pieces of the Spanish messages the window or the core really give.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUIDE_EN = ROOT / "docs" / "user-guide.md"
GUIDE_ES = ROOT / "docs" / "user-guide.es.md"
WINDOW_ES = ROOT / "resources" / "i18n" / "iepdesk_es.ts"
CORE_ES = ROOT / "resources" / "locale" / "es" / "LC_MESSAGES" / "iepdesk.po"

#: Key names stay as they are on the keyboard (Ctrl+L, F4, Alt+Down, Enter, D).
KEY = re.compile(r"(?:(?:Ctrl|Alt|Shift)\+)*(?:Enter|Down|Up|Esc|Tab|F\d{1,2}|[A-Z0-9])")
#: The buttons of Qt's own Save / Discard / Cancel box come from Qt's catalogue (qtbase_es), not ours;
#: tests/ui/test_ui_help_es.py checks that Qt gives this word.
QT_OWN = {"Descartar"}
#: A menu path in the guide: "Ayuda › Guía del usuario".
PATH_SEPARATOR = " › "


def label(text: str) -> str:
    """A window text as the guide writes it: no & accelerator, no "…", no {placeholder}, no leading
    symbol (✓, ◧, ≠), no trailing colon."""
    text = re.sub(r"&(&|(?=\S))", lambda m: m.group(1), text)
    text = re.sub(r"\{\w+\}", "", text.replace("…", ""))
    text = re.sub(r"^[^\w¿¡\[(]+", "", text.strip())
    return text.strip().rstrip(":").strip()


def window_translations() -> set[str]:
    out: set[str] = set()
    for message in ET.parse(WINDOW_ES).getroot().iter("message"):  # noqa: S314 (our own catalogue)
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        out |= {label(form) for form in forms if form}
    return out


def core_translations() -> list[str]:
    """Every msgstr of the core's Spanish catalogue, joined from its quoted lines."""
    text = CORE_ES.read_text(encoding="utf-8")
    out = []
    for block in re.findall(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', text, re.MULTILINE):
        out.append("".join(re.findall(r'"((?:[^"\\]|\\.)*)"', block)).replace('\\"', '"'))
    return out


def sections(text: str) -> list[str]:
    return re.findall(r"^## (.+)$", text, re.MULTILINE)


def bold(text: str) -> list[str]:
    """The bold texts, each on one line (a bold text may wrap in the Markdown source)."""
    return list(dict.fromkeys(" ".join(b.split()) for b in re.findall(r"\*\*(.+?)\*\*", text, re.DOTALL)))


def table_rows(text: str) -> list[list[str]]:
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    return [[cell.strip() for cell in row.strip("|").split(" | ")] for row in rows[1:]]  # no header


def test_the_guides_have_the_same_sections_links_and_table() -> None:
    en, es = GUIDE_EN.read_text(encoding="utf-8"), GUIDE_ES.read_text(encoding="utf-8")
    assert len(sections(es)) == len(sections(en)) == 9
    numbered = [re.match(r"\d+\.", s) for s in sections(en)]
    assert [re.match(r"\d+\.", s) and s.split()[0] for s in sections(es)] == [
        m and m.group(0) for m in numbered
    ]
    links = re.compile(r"\]\(([^)]+)\)")
    assert links.findall(es) == links.findall(en)
    assert len(table_rows(es)) == len(table_rows(en)) == 6
    assert es.startswith("# Cómo usar IEPDesk\n")


def test_every_bold_text_is_a_window_label_or_a_key() -> None:
    translations = window_translations()
    marked = bold(GUIDE_ES.read_text(encoding="utf-8"))
    assert len(marked) > 60  # the guide names the window's labels throughout
    unknown = []
    for text in marked:
        for part in text.split(PATH_SEPARATOR):
            part = label(part)
            if not (KEY.fullmatch(part) or part in QT_OWN or part in translations):
                unknown.append(part)
    assert unknown == [], "bold in docs/user-guide.es.md but not a label of the Spanish window"


def test_the_checks_tell_a_label_from_a_made_up_one() -> None:
    translations = window_translations()
    assert label("&Crear un caso nuevo…") == "Crear un caso nuevo"
    assert label("A &fecha de:") == "A fecha de"
    assert label("≠ No coinciden: {what}") == "No coinciden"
    assert "Crear un caso nuevo" in translations
    assert "Crear caso nuevo" not in translations  # close is not enough: the screen's own words
    assert not KEY.fullmatch("Guardar")


@pytest.mark.parametrize("row", range(6))
def test_the_trouble_table_quotes_real_messages(row: int) -> None:
    first = table_rows(GUIDE_ES.read_text(encoding="utf-8"))[row][0]
    quoted = re.findall(r'"([^"]+)"', first)
    if first.startswith("`"):  # a field path of the case format, the same in every language
        assert quoted == []
        return
    assert len(quoted) == 1
    messages = core_translations() + sorted(window_translations())
    pieces = [p.strip() for p in quoted[0].split("…") if p.strip()]
    for piece in pieces:
        assert any(piece.rstrip(":") in m for m in messages), piece
