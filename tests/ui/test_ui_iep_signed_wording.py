"""A signed IEP keeps its words: a suggestion becomes a note to propose at the next meeting. And the
editor's labels say what is there: the heading follows the Kind, the clarity card and summary name
each question once and only those the provision answers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_ui_iep_support import case_with, fill, final_version, focused, key, open_iep_page, tab

from iepdesk.model import Provision

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
VAGUE = "Jacob will have access to the resource room for testing."
SUGGESTION = "The teacher will send Jacob to the resource room for testing, without Jacob having to ask."


def _choose_kind(qtbot, letter: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    key(qtbot, Qt.Key.Key_Tab, SHIFT)  # from "What" back to "Kind"
    key(qtbot, letter)
    tab(qtbot)


def _new_accommodation(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.tree.view.setFocus()
    key(qtbot, Qt.Key.Key_N, CTRL)
    _choose_kind(qtbot, Qt.Key.Key_A)


def _rules(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.rule_id for card in page.editor.findings.cards for f in card.findings]


def test_on_a_signed_iep_a_suggestion_is_kept_for_the_next_meeting(qtbot, controller, sandbox) -> None:
    page = open_iep_page(qtbot, controller, case_with(sandbox, final_version))  # signed, in effect
    _new_accommodation(qtbot, page)
    fill(qtbot, "Testing in the resource room", VAGUE)
    card = next(c for c in page.editor.findings.cards if c.findings[0].rule_id == "access-to-place")
    assert card.use_button.text() == "Propose at the next meeting"
    card.use_button.click()
    assert page.editor.form.iep_wording.toPlainText() == VAGUE  # the IEP's words stay
    assert "access-to-place" in _rules(page)  # and so does the flag
    assert page.editor.findings.proposals.text() == SUGGESTION
    assert page.editor.findings.proposals.isVisible()
    card = next(c for c in page.editor.findings.cards if c.findings[0].rule_id == "access-to-place")
    card.use_button.click()  # twice: kept once
    key(qtbot, Qt.Key.Key_S, CTRL)
    saved = Provision.get()
    assert (saved.iep_wording, saved.to_propose) == (VAGUE, SUGGESTION)

    # Opened again, the note shows with it.
    page.new_provision("accommodation")
    assert not page.editor.findings.proposals.isVisible()
    page.editor.edit(saved.__data__["version"], saved.id, store_values(saved))
    assert page.editor.findings.proposals.text() == SUGGESTION


def store_values(p: Provision) -> dict[str, object]:
    from iepdesk.iep.edits import provision_fields

    return {name: getattr(p, name) for name in provision_fields()}


def test_on_a_draft_the_suggestion_replaces_the_wording(qtbot, controller, sandbox) -> None:
    page = open_iep_page(qtbot, controller, case_with(sandbox, lambda: final_version(status="draft")))
    _new_accommodation(qtbot, page)
    fill(qtbot, "Testing in the resource room", VAGUE)
    card = next(c for c in page.editor.findings.cards if c.findings[0].rule_id == "access-to-place")
    assert card.use_button.text() == "Use this wording"
    card.use_button.click()
    assert page.editor.form.iep_wording.toPlainText() == SUGGESTION
    key(qtbot, Qt.Key.Key_S, CTRL)
    assert (Provision.get().iep_wording, Provision.get().to_propose) == (SUGGESTION, "")


def test_the_heading_follows_the_kind(qtbot, controller, sandbox) -> None:
    page = open_iep_page(qtbot, controller, case_with(sandbox, final_version))
    page.tree.view.setFocus()
    key(qtbot, Qt.Key.Key_N, CTRL)
    assert page.editor.header.text() == "New service"
    _choose_kind(qtbot, Qt.Key.Key_A)
    assert page.editor.form.current_kind() == "accommodation"
    assert page.editor.header.text() == "New accommodation"
    kind = page.editor.form.kind  # chosen from its list this time
    kind.setCurrentIndex(kind.findData("goal"))
    assert page.editor.form.current_kind() == "goal"
    assert page.editor.header.text() == "New goal"


def test_a_goal_card_names_each_question_once(qtbot, controller, sandbox) -> None:
    page = open_iep_page(qtbot, controller, case_with(sandbox, final_version))
    page.tree.view.setFocus()
    key(qtbot, Qt.Key.Key_N, CTRL)
    _choose_kind(qtbot, Qt.Key.Key_G)
    fill(qtbot, "Reading fluency")
    missing = next(c for c in page.editor.findings.cards if c.findings[0].category == "missing")
    assert missing.title.text() == (
        "Not written down: what, when, how much, the baseline, how it is measured"
    )


def test_nothing_to_point_out_names_only_what_is_there(qtbot, controller, sandbox) -> None:
    page = open_iep_page(qtbot, controller, case_with(sandbox, final_version))
    _new_accommodation(qtbot, page)
    # What, IEP wording, page, when, where (left empty), who, how
    fill(qtbot, "Extended time (1.5x)", "", "p. 9", "tests and quizzes", "", "each teacher", Qt.Key.Key_E)
    assert page.editor.findings.cards == []
    summary = page.editor.findings.summary.text()
    assert summary == "✓ Nothing to point out: it says who, what, when and how."
    assert focused() is page.editor.form.how_given
