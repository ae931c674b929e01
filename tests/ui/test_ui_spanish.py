"""The window in Spanish: every page and tab of a populated case, at 1024×700 and 1920×1080.

Spanish runs about a quarter longer than English, so the fit walk of test_ui_fit.py runs again with the
Spanish catalogues installed: no visible label, button, drop-down item or header may be clipped, and no
page may grow the window. The walk also fails when a page still shows English words where the Spanish
catalogue has them (a text built outside the catalogues).

Set IEPDESK_GRABS=/tmp/grabs to save each page as a PNG to look at.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from test_ui_fit import _grabs, _open_populated, walk
from ui_support import widget_texts

from iepdesk.i18n import current
from ui.i18n import install_language

SIZES = [(1024, 700), (1920, 1080)]
#: English words that no Spanish page should show (each is translated in every catalogue).
#: Words of the window only, never of the case's own (English) data, which the pages show as typed.
ENGLISH = (
    " Overview ",
    " Settings ",
    " Save ",
    " Delete ",
    " Cancel ",
    " Minutes owed ",
    " School year ",
    " Print ",
    " Export ",
    " Next steps ",
    " Add ",
    " Edit ",
    " Search ",
    " Help ",
)
#: Dates in words in English (written by the computer's locale or strftime, not in the window's language).
MONTHS_AND_DAYS = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "iepdesk_es.ts"


@cache
def translated_sources() -> frozenset[str]:
    """Every English window text that the Spanish catalogue gives other words (mnemonics dropped):
    shown whole in a Spanish window, it is English left over (built before the translator was in,
    or outside the catalogue). Short words and texts with placeholders are left out."""
    sources = set()
    for message in ET.parse(TS).getroot().iter("message"):  # noqa: S314 (our own committed catalogue)
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        if message.get("numerus") == "yes" or not (translation.text or "").strip():
            continue
        plain = source.replace("&", "").strip()
        spanish = (translation.text or "").replace("&", "").strip()
        if plain != spanish and len(plain) >= 8 and not re.search(r"[{%<]", plain):
            sources.add(plain)
    return frozenset(sources)


def english_left(text: str) -> bool:
    """A window text in English: one of the ENGLISH words, a date in English words, or a whole
    catalogue text still in its English form."""
    padded = f" {text.replace('&', '')} "
    return (
        any(word in padded for word in ENGLISH)
        or bool(MONTHS_AND_DAYS.search(text))
        or text.replace("&", "").strip() in translated_sources()
    )


@pytest.fixture
def spanish_window(qtbot, controller, sandbox):  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    install_language(app, "es")  # type: ignore[arg-type]
    assert current() == "es"
    return _open_populated(qtbot, controller, sandbox)  # type: ignore[no-untyped-call]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_page_fits_in_spanish(qtbot, spanish_window, size) -> None:  # type: ignore[no-untyped-def]
    problems = walk(spanish_window, size, _grabs(), "es")
    assert problems == [], "\n".join(problems)


def test_the_pages_speak_spanish(qtbot, spanish_window) -> None:  # type: ignore[no-untyped-def]
    window = spanish_window
    window.resize(1024, 700)
    english = []
    for index in range(window.stack.count()):
        window.show_page(index)
        page = window.stack.currentWidget()
        for widget in [page, *page.findChildren(QWidget)]:
            if not widget.isVisibleTo(window):
                continue
            for text in widget_texts(widget):
                if english_left(text):
                    english.append(f"page {index}: {type(widget).__name__}: {text[:80]!r}")
    assert sorted(set(english)) == []


def test_every_page_fits_in_spanish_when_the_case_is_new(qtbot, controller, make_case) -> None:  # type: ignore[no-untyped-def]
    """A new case: the empty states in place of the lists and tabs, and each page's header, in Spanish."""
    from test_ui_fit import _headers_problems
    from ui_support import open_case

    install_language(QApplication.instance(), "es")  # type: ignore[arg-type]
    open_case(qtbot, controller, make_case())
    window = controller.main_window
    problems = walk(window, (1024, 700), _grabs(), "es-new")
    problems += _headers_problems(window, (1024, 700))
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_page_header_fits_in_spanish(qtbot, spanish_window, size) -> None:  # type: ignore[no-untyped-def]
    """Each header's main action wholly in view, its title and purpose whole (on one line when wide)."""
    from test_ui_fit import _headers_problems

    assert _headers_problems(spanish_window, size) == []


def test_every_page_fits_in_spanish_with_text_at_200_percent(qtbot, controller, sandbox) -> None:  # type: ignore[no-untyped-def]
    """test_ui_fit's 200 % walk (the font and the window doubled) with the Spanish catalogues."""
    from PySide6.QtGui import QFont

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "es")
    original = QFont(app.font())
    font = QFont(original)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 2)
    else:
        font.setPixelSize(font.pixelSize() * 2)
    app.setFont(font)
    try:
        window = _open_populated(qtbot, controller, sandbox)  # type: ignore[no-untyped-call]
        problems = walk(window, (2048, 1400), _grabs(), "es-2x")
    finally:
        app.setFont(original)
    assert problems == [], "\n".join(problems)
