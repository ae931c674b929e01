"""Tone rules with messages that should and should not trigger them."""

from __future__ import annotations

import pytest

from iepdesk.comms import tone

EXAMPLES: dict[str, tuple[list[str], list[str]]] = {
    "you-blame": (
        [
            "You failed to give Jacob his extra time.",
            "Your staff ignored the IEP again.",
            "You people do not read the IEP.",
            "This is your failure, not his.",
        ],
        ["Jacob did not receive extra time on the March 3 math test.", "Thank you for your help with this."],
    ),
    "absolute": (
        ["He never gets his notes.", "This happens every single day.", "The IEP is always ignored."],
        ["He did not get notes on 5 of the 8 days since March 2.", "Could you send the notes each Friday?"],
    ),
    "sarcasm": (
        [
            "Thanks a lot for nothing.",
            "Obviously nobody read it.",
            "Why was it skipped again?!",
            'The so-called "support" never came.',
        ],
        ["Thanks for meeting with me on Tuesday.", "Why was the session moved? I would like to understand."],
    ),
    "threat": (
        ["I will sue the district.", "See you in court.", "You'll regret this.", "I'm going to report you."],
        [
            "If this cannot be resolved, I will consider my options, including a state complaint.",
            "I would like to request an IEP meeting.",
        ],
    ),
    "insult": (
        ["This is ridiculous.", "The aide is useless.", "Your response was pathetic."],
        ["The response did not answer my question about speech minutes."],
    ),
    "all-caps": (
        ["He DID NOT GET his accommodations.", "THIS IS THE THIRD TIME."],
        ["The IEP and the FAPE requirement under IDEA apply.", "Please see the attached PDF from the SLP."],
    ),
}


def rule_ids(text: str) -> set[str]:
    return {f.rule_id for f in tone.check(text)}


def test_every_rule_has_examples() -> None:
    rules = tone.default_rules()
    assert {r.id for r in rules.rules} | {rules.caps["id"]} == set(EXAMPLES)


@pytest.mark.parametrize(("rule", "text"), [(r, t) for r, (yes, _) in EXAMPLES.items() for t in yes])
def test_rule_triggers(rule: str, text: str) -> None:
    assert rule in rule_ids(text)


@pytest.mark.parametrize(("rule", "text"), [(r, t) for r, (_, no) in EXAMPLES.items() for t in no])
def test_calm_message_raises_nothing(rule: str, text: str) -> None:
    assert tone.check(text) == [], f"{rule}: false alarm on {text!r}"


def test_findings_point_at_the_words_and_explain() -> None:
    text = "Hello. You failed to give extra time and this is RIDICULOUS AND UNFAIR!!"
    findings = tone.check(text)
    assert [f.rule_id for f in findings] == ["you-blame", "insult", "all-caps", "sarcasm"]
    for f in findings:
        assert text[f.start : f.end] == f.words
        assert f.words in f.why
        assert f.instead


def test_factual_pattern_fills_what_it_knows() -> None:
    letter = tone.factual_pattern(
        child="Jacob",
        promise="he receives 30 minutes of speech therapy twice a week",
        iep_date="2025-09-01",
        when="March 3 and March 5",
        what_happened="the sessions did not take place",
    )
    assert "Jacob's IEP (dated 2025-09-01) says that he receives 30 minutes" in letter
    assert "On March 3 and March 5, the sessions did not take place." in letter
    assert "[what you are asking for" in letter
    assert tone.check(letter) == []
