"""Typing in an IEP by keyboard only, and the clarity check following the typing live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_ui_iep_support import (
    CHILD,
    TODAY,
    case_with,
    fill,
    final_version,
    focused,
    key,
    open_iep_page,
    tab,
    type_text,
)

from iepdesk.model import IepVersion, Provision

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

SERVICES = [
    ("Speech-language therapy", "30", "2", Qt.Key.Key_W, "therapy room", "speech-language pathologist"),
    ("Occupational therapy", "45", "1", Qt.Key.Key_W, "OT room", "occupational therapist"),
    (
        "Specialized reading instruction",
        "60",
        "4",
        Qt.Key.Key_M,
        "resource room",
        "special education teacher",
    ),
]
ACCOMMODATIONS = [
    ("Extended time (1.5x)", "tests and quizzes", "classroom", "each teacher"),
    ("Separate setting for tests", "tests", "testing room", "case manager"),
    ("Copy of class notes", "all day", "every class", "each teacher"),
    ("Breaks on request card", "classwork", "classroom", "classroom teacher"),
]
# The last three are the aim line's numbers and unit (typed as is); the second goal has none.
GOALS = [
    (
        "Reading fluency",
        "Reading",
        "45 words correct per minute",
        "90 words correct per minute",
        "40",
        "80",
        "percent correct",
    ),
    ("Written expression", "Writing", "2-sentence paragraphs", "5-sentence paragraphs", "", "", ""),
]


def _choose_kind(qtbot, letter: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    key(qtbot, Qt.Key.Key_Tab, SHIFT)  # from "What" back to "Kind"
    key(qtbot, letter)
    tab(qtbot)


def test_enter_an_iep_by_keyboard(qtbot, controller, sandbox) -> None:
    page = open_iep_page(qtbot, controller, case_with(sandbox))
    versions = page.versions_view
    assert page.tabs.currentWidget() is versions  # nothing yet: start with the versions

    versions.add_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    assert focused() is versions.form.kind
    tab(qtbot)
    key(qtbot, Qt.Key.Key_F)  # Final (signed)
    tab(qtbot, 2)  # past the meeting date, to "in effect from"
    assert focused() is versions.form.effective_from.edit  # one Tab stop per date
    type_text(qtbot, TODAY.isoformat())
    key(qtbot, Qt.Key.Key_S, CTRL)
    version = IepVersion.get()
    assert (version.kind, version.status, version.effective_from) == ("initial", "final", TODAY)
    assert versions.model.item(0, 1).text() == "In effect today"

    key(qtbot, Qt.Key.Key_E, ALT)  # "Edit what it promises" (a mnemonic clicks after a short delay)
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.provisions)
    key(qtbot, Qt.Key.Key_N, CTRL)
    form = page.editor.form
    assert focused() is form.title and form.current_kind() == "service"
    for title, minutes, sessions, period, where, who in SERVICES:
        wording = f"{CHILD.split()[0]} will receive {title.lower()}."
        fill(qtbot, title, wording, "p. 12", minutes, sessions, period, Qt.Key.Key_I, where, who)
        key(qtbot, Qt.Key.Key_Return)  # save, and start the next service
        assert focused() is form.title and form.title.text() == ""

    _choose_kind(qtbot, Qt.Key.Key_A)
    assert form.current_kind() == "accommodation"
    for title, when, where, who in ACCOMMODATIONS:
        fill(qtbot, title, f"The student will get {title.lower()}.", "p. 9", when, where, who, Qt.Key.Key_E)
        key(qtbot, Qt.Key.Key_Return)
    _choose_kind(qtbot, Qt.Key.Key_G)
    for title, area, baseline, target, baseline_value, target_value, unit in GOALS:
        # The form's order: the numbers come after "Measured by", before "Progress reported".
        fill(
            qtbot,
            title,
            "",
            "p. 5",
            area,
            baseline,
            target,
            "weekly probes",
            baseline_value,
            target_value,
            unit,
            "quarterly",
        )
        key(qtbot, Qt.Key.Key_Return)

    rows = list(Provision.select().where(Provision.version == version.id).order_by(Provision.position))
    assert [p.kind for p in rows] == ["service"] * 3 + ["accommodation"] * 4 + ["goal"] * 2
    assert [p.title for p in rows] == [s[0] for s in SERVICES] + [a[0] for a in ACCOMMODATIONS] + [
        g[0] for g in GOALS
    ]
    reading = rows[2]
    assert (reading.minutes_per_session, reading.sessions_per_period, reading.period) == (60, 4, "month")
    assert (reading.delivery, reading.location, reading.page_ref) == ("individual", "resource room", "p. 12")
    assert reading.iep_wording == "Jacob will receive specialized reading instruction."
    extended = rows[3]
    assert (extended.applies_when, extended.provider_role, extended.how_given) == (
        "tests and quizzes",
        "each teacher",
        "prompted",
    )
    fluency = rows[7]
    assert (fluency.area, fluency.baseline, fluency.target) == ("Reading", GOALS[0][2], GOALS[0][3])
    assert (fluency.measurement, fluency.reporting_schedule) == ("weekly probes", "quarterly")
    assert (fluency.baseline_value, fluency.target_value, fluency.unit) == ("40", "80", "percent correct")
    writing = rows[8]  # no numbers typed: saved empty, so no aim line
    assert (writing.baseline_value, writing.target_value, writing.unit) == ("", "", "")
    assert writing.reporting_schedule == "quarterly"
    groups = [page.tree.model.item(r).text() for r in range(page.tree.model.rowCount())]
    assert groups == [
        "Services (3)",
        "Accommodations (4)",
        "Modifications (0)",
        "Supplementary aids (0)",
        "Goals (2)",
    ]
    # Every provision was saved with Enter, and the blank form left at the end is not saved.
    assert page.editor.provision_id is None and not page.editor.dirty


def _card_rules(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.rule_id for card in page.editor.findings.cards for f in card.findings]


def test_a_clarity_finding_appears_and_disappears_as_the_text_is_fixed(qtbot, controller, sandbox) -> None:
    page = open_iep_page(qtbot, controller, case_with(sandbox, final_version))
    page.tree.view.setFocus()
    key(qtbot, Qt.Key.Key_N, CTRL)
    _choose_kind(qtbot, Qt.Key.Key_A)
    fill(qtbot, "Testing in the resource room", "Jacob will have access to the resource room for testing")
    wording = page.editor.form.iep_wording
    assert focused() is wording
    assert "access-to-place" in _card_rules(page)
    card = next(c for c in page.editor.findings.cards if c.findings[0].rule_id == "access-to-place")
    assert card.title.text() == "Vague: “access to the resource room” (IEP wording)"
    assert "does not say that anyone must take Jacob there" in card.risks[0].text()
    assert card.suggestion.text() == (
        "The teacher will send Jacob to the resource room for testing, without Jacob having to ask."
    )
    assert len(wording.extraSelections()) == 1  # the flagged words are marked in the text too
    assert page.tree.view.model() is not None

    wording.selectAll()
    key(qtbot, Qt.Key.Key_Delete)
    fill(qtbot, "The special education teacher will take Jacob to the resource room for every test.")
    assert "access-to-place" not in _card_rules(page)
    assert wording.extraSelections() == []
    # The fields still empty are listed, and "Fill in" goes straight to the field.
    missing = next(c for c in page.editor.findings.cards if c.findings[0].category == "missing")
    assert [f.aspect for f in missing.findings] == ["when", "who", "how"]
    assert [b.text() for b in missing.go_buttons] == [
        "Go to “When it applies”",
        "Go to “Who”",
        "Go to “How your child gets it”",
    ]
    missing.go_buttons[0].click()
    assert focused() is page.editor.form.applies_when
    fill(qtbot, "tests and quizzes", "resource room", "special education teacher", Qt.Key.Key_E)
    assert page.editor.findings.cards == []
    assert page.editor.findings.summary.text().startswith("✓ Nothing to point out")


def test_use_the_suggested_wording_and_save_with_findings_left(qtbot, controller, sandbox) -> None:
    # A draft may take the suggested wording (a signed IEP keeps its words: test_ui_iep_signed_wording).
    page = open_iep_page(qtbot, controller, case_with(sandbox, lambda: final_version(status="draft")))
    page.tree.view.setFocus()
    key(qtbot, Qt.Key.Key_N, CTRL)
    _choose_kind(qtbot, Qt.Key.Key_A)
    fill(qtbot, "Testing in the resource room", "Jacob will have access to the resource room for testing.")
    card = next(c for c in page.editor.findings.cards if c.findings[0].rule_id == "access-to-place")
    card.use_button.click()
    wording = page.editor.form.iep_wording.toPlainText()
    assert (
        wording
        == "The teacher will send Jacob to the resource room for testing, without Jacob having to ask."
    )
    assert "access-to-place" not in _card_rules(page)
    assert _card_rules(page)  # the empty fields are still pointed out...
    key(qtbot, Qt.Key.Key_S, CTRL)  # ...and saving does not wait for them
    saved = Provision.get()
    assert saved.iep_wording == wording
    assert page.tree.model.item(1).child(0, 1).text() == "⚠ 3 notes"
    assert page.tree.model.item(1).child(0, 1).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Clarity: 3 findings"
    )
