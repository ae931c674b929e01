"""Marks drawn in the text take the new theme's colours at once when the theme changes: a letter's
placeholders and the tone check's highlights (before, they kept the old ones until the text changed)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import QApplication, QPlainTextEdit

import ui.theme.apply as theme_apply
from ui.comms.tone_box import ToneBox
from ui.letters.placeholders import PlaceholderHighlighter
from ui.theme import DARK, LIGHT, apply_theme


@pytest.fixture(autouse=True)
def back_to_light(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(theme_apply.ENV, raising=False)
    apply_theme(qapp, "light")
    yield
    apply_theme(qapp, "system")


def _placeholder_ground(document: QTextDocument) -> str:
    ranges = document.firstBlock().layout().formats()
    assert ranges, "the placeholder is marked"
    return ranges[0].format.background().color().name()


def test_a_letters_placeholders_follow_a_theme_switch(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    editor = QPlainTextEdit()  # as the letter's editor holds its document
    qtbot.addWidget(editor)
    document = editor.document()
    highlighter = PlaceholderHighlighter(document)
    editor.setPlainText("Dear [name of the case manager],")
    qtbot.waitUntil(lambda: bool(document.firstBlock().layout().formats()))
    assert _placeholder_ground(document) == QColor(LIGHT.colours.mark).name()
    apply_theme(qapp, "dark")  # the text does not change
    assert _placeholder_ground(document) == QColor(DARK.colours.mark).name()
    assert LIGHT.colours.mark != DARK.colours.mark
    del highlighter


def test_the_tone_checks_marks_follow_a_theme_switch(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    editor = QPlainTextEdit()
    box = ToneBox(editor)
    qtbot.addWidget(editor)
    qtbot.addWidget(box)
    editor.setPlainText("You people never read the IEP.")
    box.set_active(True)
    assert box.findings, "the heated sentence is found"
    ground = [s.format.background().color().name() for s in editor.extraSelections()]
    assert ground and set(ground) == {QColor(LIGHT.colours.mark).name()}
    apply_theme(qapp, "dark")
    qapp.processEvents()  # the palette change reaches the box as an event
    ground = [s.format.background().color().name() for s in editor.extraSelections()]
    assert set(ground) == {QColor(DARK.colours.mark).name()}
