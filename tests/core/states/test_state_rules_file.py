"""resources/rules/states.json: every rule complete and verified, every citation one of
STATE-RULES.md's, and no unverified lead shipped as a rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iepdesk.paths import resource_path
from iepdesk.states.codes import STATES
from iepdesk.states.rules import TOPICS, TRIGGERS, UNITS, parse, rule_book

REPO = Path(__file__).resolve().parents[3]
STATE_RULES = REPO.parent / "shared" / "domain" / "STATE-RULES.md"
RAW = json.loads(resource_path("rules", "states.json").read_text("utf-8"))


def test_every_rule_has_every_field() -> None:
    for raw in RAW["rules"]:
        assert raw["verified"] is True
        assert raw["state"] in STATES and raw["topic"] in TOPICS and raw["unit"] in UNITS
        assert raw["trigger"]["code"] in TRIGGERS and raw["trigger"]["en"] and raw["trigger"]["es"]
        assert raw["changes"]["en"] and raw["changes"]["es"] and raw["changes"]["en"] != raw["changes"]["es"]
        assert isinstance(raw["number"], int) and raw["number"] > 0
        assert raw["citation"] and raw["source"] and raw["last_checked"] == "2026-12-01"
    assert len(rule_book().rules) == len(RAW["rules"]) == 18  # 15, then 3 meeting notices (MD, DC, TN)


def test_every_citation_is_in_state_rules_md_and_docs() -> None:
    docs = (REPO / "docs" / "state-rules.md").read_text("utf-8")
    for rule in rule_book().rules:
        assert rule.citation in docs, rule.id
    if not STATE_RULES.exists():
        pytest.skip("shared/domain/STATE-RULES.md is not beside the repository")
    text = STATE_RULES.read_text("utf-8")
    for rule in rule_book().rules:
        assert rule.citation in text, rule.id


def test_no_unverified_lead_is_a_rule() -> None:
    shipped = {(r.state, r.topic) for r in rule_book().rules}
    for state, topic in [
        ("LA", "due_process"),
        ("KY", "due_process"),
        ("CT", "due_process"),
        ("OR", "due_process"),
        ("MN", "records_response"),
    ]:
        assert (state, topic) not in shipped
        assert rule_book().caution(state, topic) is not None
    for lead in RAW["check_with_state"]:
        assert set(lead) == {"state", "topic", "caution"}  # no number, no unit: never counted


def test_an_unverified_or_incomplete_rule_is_refused() -> None:
    bad = json.loads(json.dumps(RAW))
    bad["rules"][0]["verified"] = False
    with pytest.raises(ValueError, match="verified"):
        parse(bad)
    bad = json.loads(json.dumps(RAW))
    bad["rules"][0]["unit"] = "weeks"
    with pytest.raises(ValueError, match="unknown topic or unit"):
        parse(bad)
