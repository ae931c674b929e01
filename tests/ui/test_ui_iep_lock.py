"""After a lock, no widget of the IEP page (nor its Compare dialog) still shows case text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from test_ui_iep_support import TODAY, case_with, final_version, open_iep_page, speech, type_text
from ui_support import activate, find_case_text

from iepdesk.casefile import Case
from iepdesk.iep import edits
from iepdesk.model import Provision

SECRETS = ["Jacob", "Testchild", "Quokkaspeech", "Zebrafloor", "Wombatnook", "Unsavedword", "Pelicanfield"]


def _iep() -> None:
    old = final_version(notes="Pelicanfield attended")
    speech(old.id, title="Quokkaspeech therapy", location="Zebrafloor room")
    edits.add_provision(
        old.id, "accommodation", title="Tests", iep_wording="Jacob will have access to the Wombatnook room."
    )
    new = final_version(effective_from=TODAY - dt.timedelta(days=10))
    speech(new.id, title="Quokkaspeech therapy", location="Zebrafloor room", minutes_per_session=20)


def test_lock_leaves_no_iep_text_and_saves_what_was_typed(qtbot, controller, sandbox) -> None:
    path = case_with(sandbox, _iep)
    page = open_iep_page(qtbot, controller, path)
    tests = Provision.get(Provision.title == "Tests")
    page.choose_version(tests.version_id)
    page.tree.select_provision(tests.id)
    page._tree_moved()
    assert page.editor.findings.cards  # findings name the child and the flagged words
    page.editor.form.page_ref.setFocus()
    type_text(qtbot, "Unsavedword p. 3")  # typed, not saved
    page.tabs.setCurrentWidget(page.versions_view)
    page.open_compare()
    assert page.compare_dialog is not None and "Quokkaspeech" in page.compare_dialog.result.toPlainText()
    assert find_case_text(SECRETS), "the scan must see the IEP while the case is open"

    dialog = page.compare_dialog
    activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L over the dialog
    assert controller.case is None
    assert find_case_text(SECRETS) == []  # at once, before the window is even deleted
    assert page.stack.count() == 0

    with Case.open(path, "maple river lantern cocoa"):
        assert Provision.get_by_id(tests.id).page_ref == "Unsavedword p. 3"
