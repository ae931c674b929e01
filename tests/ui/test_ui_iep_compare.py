"""Start the next IEP from this one, change it, and compare the two versions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from test_ui_iep_support import case_with, final_version, key, open_iep_page, speech, type_text

from iepdesk.iep import edits
from iepdesk.model import IepVersion, Provision

CTRL = Qt.KeyboardModifier.ControlModifier


def _annual_iep() -> None:
    version = final_version()
    speech(version.id, sessions_per_period=2, minutes_per_session=30)  # 60 minutes per week
    for title in ("Extended time on tests", "Preferential seating"):
        edits.add_provision(
            version.id,
            "accommodation",
            title=title,
            applies_when="tests",
            provider_role="each teacher",
            how_given="prompted",
        )
    edits.add_provision(version.id, "goal", title="Reading fluency", area="Reading", target="90 wcpm")


def test_start_the_next_iep_change_it_and_compare(qtbot, controller, sandbox) -> None:
    page = open_iep_page(qtbot, controller, case_with(sandbox, _annual_iep))
    first = IepVersion.get()
    page.tabs.setCurrentWidget(page.versions_view)
    menu = page.versions_view.next_button.menu()
    next_annual = next(a for a in menu.actions() if a.text() == "The next annual IEP")
    next_annual.trigger()

    draft = IepVersion.select().where(IepVersion.id != first.id).get()
    assert (draft.kind, draft.status) == ("annual", "draft")
    assert Provision.select().where(Provision.version == draft.id).count() == 4
    assert page.version_id == draft.id and page.versions_view.model.item(0, 1).text() == "Draft"

    page.tabs.setCurrentWidget(page.provisions)
    copied_speech = Provision.get((Provision.version == draft.id) & (Provision.kind == "service"))
    page.tree.select_provision(copied_speech.id)
    page._tree_moved()
    form = page.editor.form
    form.sessions.setFocus()
    form.sessions.selectAll()
    type_text(qtbot, "1")
    form.location.setFocus()
    form.location.selectAll()
    type_text(qtbot, "classroom")
    key(qtbot, Qt.Key.Key_S, CTRL)
    seating = Provision.get((Provision.version == draft.id) & (Provision.title == "Preferential seating"))
    page.tree.select_provision(seating.id)
    page.tree.view.setFocus()
    key(qtbot, Qt.Key.Key_Delete)

    page.tabs.setCurrentWidget(page.versions_view)
    page.versions_view.compare_button.click()
    dialog = page.compare_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.old.currentData() == first.id and dialog.new.currentData() == draft.id
    text = dialog.result.toPlainText()
    assert "Changed (1)" in text
    assert "Speech-language therapy: 60 → 30 minutes per week; location: therapy room → classroom" in text
    assert "Removed (1)" in text and "Accommodation: Preferential seating" in text
    assert "Added (0)" in text
    assert "2 provisions are the same in both." in text

    dialog.new.setCurrentIndex(dialog.new.findData(first.id))  # the same version twice
    assert dialog.result.toPlainText() == "Choose two different versions."
    close = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Close")
    close.click()
    assert page.compare_dialog is None and dialog.result.toPlainText() == ""
