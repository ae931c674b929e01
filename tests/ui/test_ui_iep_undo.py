"""Undo and redo across the IEP editor: a deletion, a move, an edit, and typing not saved yet."""

from __future__ import annotations

import factories
from PySide6.QtCore import Qt
from test_ui_iep_support import case_with, final_version, focused, key, open_iep_page, speech, type_text

from iepdesk.model import Provision

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _three_services() -> None:
    version = final_version()
    speech(version.id)
    speech(version.id, title="Occupational therapy", location="OT room")
    speech(version.id, title="Counseling", location="counselor's office")


def _titles() -> list[str]:
    return [p.title for p in Provision.select().order_by(Provision.position)]


def _tree_titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    services = page.tree.model.item(0)
    return [services.child(r).text().split(" · ")[0] for r in range(services.rowCount())]


def test_undo_a_deletion(qtbot, controller, sandbox) -> None:
    page = open_iep_page(qtbot, controller, case_with(sandbox, _three_services))
    occupational = Provision.get(Provision.title == "Occupational therapy")
    page.tree.select_provision(occupational.id)
    page.tree.view.setFocus()

    key(qtbot, Qt.Key.Key_Delete)  # no question asked: it can be undone
    assert _titles() == ["Speech-language therapy", "Counseling"]
    assert _tree_titles(page) == ["Speech-language therapy", "Counseling"]
    assert page.editor.status.text() == "Deleted. Ctrl+Z brings it back."
    assert page.undo_button.toolTip() == "Undo: delete service (Ctrl+Z)"

    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert _titles() == ["Speech-language therapy", "Occupational therapy", "Counseling"]
    back = Provision.get(Provision.title == "Occupational therapy")
    assert back.id == occupational.id and back.location == "OT room"  # the same record, links intact
    assert page.tree.current_id() == occupational.id and page.editor.provision_id == occupational.id

    key(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)  # redo: deleted again
    assert _titles() == ["Speech-language therapy", "Counseling"]
    page.undo_button.click()
    assert _titles() == ["Speech-language therapy", "Occupational therapy", "Counseling"]


def test_reorder_with_alt_arrows_and_undo_it(qtbot, controller, sandbox) -> None:
    page = open_iep_page(qtbot, controller, case_with(sandbox, _three_services))
    counseling = Provision.get(Provision.title == "Counseling")
    page.tree.select_provision(counseling.id)
    page.tree.view.setFocus()
    key(qtbot, Qt.Key.Key_Up, ALT)
    key(qtbot, Qt.Key.Key_Up, ALT)
    assert _titles() == ["Counseling", "Speech-language therapy", "Occupational therapy"]
    assert _tree_titles(page)[0] == "Counseling" and page.tree.current_id() == counseling.id
    assert not page.tree.up_button.isEnabled()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert _titles() == ["Speech-language therapy", "Counseling", "Occupational therapy"]
    page.tree.down_button.click()
    assert _titles() == ["Speech-language therapy", "Occupational therapy", "Counseling"]


def test_ctrl_z_undoes_typing_first_then_saved_edits(qtbot, controller, sandbox) -> None:
    page = open_iep_page(qtbot, controller, case_with(sandbox, _three_services))
    speech_id = Provision.get(Provision.title == "Speech-language therapy").id
    page.tree.select_provision(speech_id)
    page._tree_moved()
    form = page.editor.form
    form.minutes.setFocus()
    form.minutes.selectAll()
    type_text(qtbot, "45")
    key(qtbot, Qt.Key.Key_S, CTRL)
    assert Provision.get_by_id(speech_id).minutes_per_session == 45

    form.location.setFocus()
    type_text(qtbot, " B")  # typed, not saved
    assert form.location.text() == "therapy room B" and page.editor.dirty
    key(qtbot, Qt.Key.Key_Z, CTRL)  # the field's own undo first
    assert form.location.text() == "therapy room"
    key(qtbot, Qt.Key.Key_Z, CTRL)  # nothing left to undo in the field: the saved edit is undone
    assert Provision.get_by_id(speech_id).minutes_per_session == 30
    assert form.minutes.text() == "30" and focused() is form.location
    key(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)
    assert Provision.get_by_id(speech_id).minutes_per_session == 45


def test_duplicate_then_undo_and_delete_is_refused_when_the_log_refers_to_it(
    qtbot, controller, sandbox, monkeypatch
) -> None:
    import datetime as dt

    from ui import messages

    page = open_iep_page(qtbot, controller, case_with(sandbox, _three_services))
    counseling = Provision.get(Provision.title == "Counseling")
    page.tree.select_provision(counseling.id)
    page.tree.duplicate_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    assert focused() is page.editor.form.title  # ready to change what differs in the copy
    assert page.editor.provision_id != counseling.id
    assert _titles() == ["Speech-language therapy", "Occupational therapy", "Counseling", "Counseling"]
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert _titles() == ["Speech-language therapy", "Occupational therapy", "Counseling"]

    factories.log(counseling.id, dt.date.today(), "delivered")
    said: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, _title, text: said.append(str(text)))
    page.tree.select_provision(counseling.id)
    page.tree.delete_button.click()
    assert len(_titles()) == 3 and "service log" in said[0]


def test_version_edits_undo_too(qtbot, controller, sandbox) -> None:
    from iepdesk.model import IepVersion

    page = open_iep_page(qtbot, controller, case_with(sandbox, _three_services))
    first = IepVersion.get()
    versions = page.versions_view
    page.tabs.setCurrentWidget(versions)
    versions.add_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    added = IepVersion.select().where(IepVersion.id != first.id).get()
    assert (added.kind, added.status) == ("annual", "draft") and page.version_id == added.id
    assert versions.model.rowCount() == 2 and versions.current_id() == added.id

    key(qtbot, Qt.Key.Key_Down)  # kind: from "Annual IEP" to "Amendment"
    versions.form.notes.setFocus()
    type_text(qtbot, "Meeting on the reading goal")
    key(qtbot, Qt.Key.Key_S, CTRL)
    saved = IepVersion.get_by_id(added.id)
    assert (saved.kind, saved.notes) == ("amendment", "Meeting on the reading goal")
    assert versions.status.text() == "Saved."

    key(qtbot, Qt.Key.Key_Z, CTRL)  # the details go back
    assert IepVersion.get_by_id(added.id).kind == "annual"
    assert versions.form.notes.toPlainText() == ""
    key(qtbot, Qt.Key.Key_Z, CTRL)  # and the version itself
    assert IepVersion.select().count() == 1 and page.version_id == first.id
    key(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)
    assert IepVersion.get_by_id(added.id).kind == "annual" and page.version_id == added.id


def test_details_typed_then_another_version_chosen_are_saved(qtbot, controller, sandbox) -> None:
    from iepdesk.model import IepVersion

    def two_versions() -> None:
        _three_services()
        final_version(kind="amendment", effective_from=None, status="draft")

    page = open_iep_page(qtbot, controller, case_with(sandbox, two_versions))
    draft = IepVersion.get(IepVersion.status == "draft")
    versions = page.versions_view
    page.tabs.setCurrentWidget(versions)
    page.choose_version(draft.id)
    versions.form.notes.setFocus()
    type_text(qtbot, "Asked for more OT")
    page.choose_version(IepVersion.get(IepVersion.status == "final").id)
    assert IepVersion.get_by_id(draft.id).notes == "Asked for more OT"
    assert versions.form.notes.toPlainText() == ""


def test_the_editor_changing_while_the_page_is_torn_down_does_not_reach_the_deleted_stack(
    qtbot, controller, sandbox
) -> None:
    """Qt deletes the page's undo stack (its first child) before the editor; an editor that says it
    changed in between reached the deleted stack: "RuntimeError: QUndoStack already deleted"."""
    import shiboken6

    page = open_iep_page(qtbot, controller, case_with(sandbox, _three_services))
    shiboken6.delete(page.stack)  # the state between the two deletions
    with qtbot.capture_exceptions() as raised:
        page.editor.dirty_changed.emit(True)
    from PySide6.QtGui import QUndoStack

    page.stack = QUndoStack(page)  # a live stack again for the lock at the end of the test
    assert raised == []
