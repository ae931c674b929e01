"""The records request names the child's state's shorter time for records (issue 19), from the
shipped rule and its citation, in the letter's language; with no state, or a state the app has no
records rule for, the letter says only the federal 45 days."""

from __future__ import annotations

import datetime as dt

import pytest

from iepdesk import profile
from iepdesk.casefile import Case
from iepdesk.letters import drafts
from iepdesk.states.own import OwnFigure, set_own_figure

TODAY = dt.date(2026, 3, 2)
FEDERAL = "in no case more than 45 days after it (34 CFR 300.613(a))."


def _letter(language: str = "en") -> str:
    letter = drafts.create_draft("records-request", drafts.Selection(), {}, TODAY, language=language)
    return str(letter.body)


def test_a_california_request_names_five_business_days_and_its_code(case: Case) -> None:
    profile.save_state("CA")
    body = _letter()
    assert (
        FEDERAL + " California law sets a shorter time: 5 business days after the request "
        "(Cal. Educ. Code § 56504)."
    ) in body


def test_in_spanish_the_rule_is_said_in_spanish(case: Case) -> None:
    profile.save_state("IL")
    body = _letter("es")
    assert "La ley de Illinois fija un plazo más corto: 10 días hábiles después de la solicitud" in body
    assert "105 ILCS 10/5" in body


@pytest.mark.parametrize("state", ["", "OH"])
def test_no_state_rule_leaves_the_federal_sentence_alone(case: Case, state: str) -> None:
    profile.save_state(state)
    if state:  # the parent's own figure is theirs to cite: a letter does not state it as law
        set_own_figure(OwnFigure("records_response", 10, "business_days", "my reading"))
    body = _letter()
    assert FEDERAL + " I may also ask" in body
    assert "shorter time" not in body
