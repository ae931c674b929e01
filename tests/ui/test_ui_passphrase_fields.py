"""The new-passphrase fields judge the strength once per burst of typing, not once per key.

zxcvbn takes up to ~0.1 s of the GUI thread on a long passphrase: judged on every key, typing 40
characters quickly held the window for seconds (the monkey test measured a 4.6 s stall).
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

import ui.widgets.passphrase as fields_module
from ui.strength import Strength
from ui.widgets.passphrase import NewPassphraseFields

PASSPHRASE = "maple river lantern cocoa"


@pytest.fixture
def judged(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = fields_module.judge

    def counting(text: str, hints: list[str] | None = None) -> Strength:
        seen.append(text)
        return real(text, hints)

    monkeypatch.setattr(fields_module, "judge", counting)
    return seen


def test_a_burst_of_typing_is_judged_once(qtbot: QtBot, judged: list[str]) -> None:
    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    assert judged == [""]  # the tip for an empty field, at once
    qtbot.keyClicks(fields.first, PASSPHRASE)
    qtbot.waitUntil(lambda: "Strength" in fields.verdict.text())
    assert judged == ["", PASSPHRASE]
    qtbot.keyClicks(fields.second, PASSPHRASE)  # the second field says only whether they match
    assert fields.match.text() == "The two passphrases match."
    qtbot.wait(fields_module.JUDGE_AFTER_MS * 2)
    assert judged == ["", PASSPHRASE]


def test_the_strength_asked_for_is_the_text_as_it_is_now(qtbot: QtBot, judged: list[str]) -> None:
    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    qtbot.keyClicks(fields.first, "aaaaaaaa")
    weak = fields.strength()  # asked before typing paused: judged now, not left stale
    assert judged[-1] == "aaaaaaaa" and weak.weak
    fields.first.setText(PASSPHRASE)
    assert fields.strength().score > weak.score
    assert judged[-1] == PASSPHRASE
    fields.first.clear()
    assert fields.verdict.text().startswith("Tip:")  # emptied: the tip comes back at once
