"""The child's profile and the team: edits are saved through the models and survive a lock."""

from __future__ import annotations

from datetime import date

from profile_support import child_page
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from ui_support import PASSPHRASE, activate, open_case, unlock_with

from iepdesk.casefile import Case
from iepdesk.model import Child, Contact
from ui.dialogs.contact import ContactDialog


def _lock_and_reopen(qtbot, controller) -> None:
    qtbot.keyClick(controller.main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.case is None
    unlock_with(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.isVisible(), timeout=20_000
    )


def test_profile_edits_persist_after_lock_and_reopen(qtbot, controller, make_case) -> None:
    path = make_case()
    open_case(qtbot, controller, path)
    page = child_page(controller.main_window, show=True)
    form = page.form
    assert not page.save_button.isEnabled()

    form.name.selectAll()
    qtbot.keyClicks(form.name, "Maya R. Testchild")
    qtbot.keyClicks(form.grade, "4th grade")
    qtbot.keyClicks(form.school, "Lincoln Elementary")
    qtbot.keyClicks(form.date_of_birth.edit, "March 14, 2015")
    assert form.date_of_birth.hint.text() == "Saturday, March 14, 2015"
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Saved."
    assert controller.main_window.windowTitle().startswith("Maya R. Testchild")

    # typed but not saved: locking saves it rather than losing it
    qtbot.keyClicks(form.district, "Springfield Unified")
    _lock_and_reopen(qtbot, controller)

    form = child_page(controller.main_window).form
    assert form.name.text() == "Maya R. Testchild"
    assert form.grade.text() == "4th grade"
    assert form.school.text() == "Lincoln Elementary"
    assert form.district.text() == "Springfield Unified"
    assert form.date_of_birth.value() == date(2015, 3, 14)

    controller.close_case()
    with Case.open(path, PASSPHRASE):
        child = Child.the_child()
        assert (child.school, child.date_of_birth) == ("Lincoln Elementary", date(2015, 3, 14))


def test_date_of_birth_can_be_unset(qtbot, controller, make_case) -> None:
    path = make_case()
    open_case(qtbot, controller, path)
    form = child_page(controller.main_window).form
    assert form.date_of_birth.value() is None
    assert form.date_of_birth.edit.text() == ""
    assert form.date_of_birth.hint.text() == "Type a date like 8/20/2026, or leave it empty"


def _fill_contact(qtbot, name: str, role: str, email: str) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ContactDialog)
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.role.lineEdit(), role)
    qtbot.keyClicks(dialog.email, email)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_add_reorder_and_remove_contacts(qtbot, controller, make_case, monkeypatch) -> None:
    path = make_case()
    open_case(qtbot, controller, path)
    team = child_page(controller.main_window, show=True).team
    assert team.model.rowCount() == 0 and team.empty_note.isVisibleTo(team)

    QTimer.singleShot(0, lambda: _fill_contact(qtbot, "Ms. Rivera", "Case manager", "rivera@school.example"))
    qtbot.mouseClick(team.add_button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, lambda: _fill_contact(qtbot, "Mr. Chen", "Speech-language pathologist", ""))
    qtbot.mouseClick(team.add_button, Qt.MouseButton.LeftButton)

    assert [team.model.row_data(r).name for r in range(2)] == ["Ms. Rivera", "Mr. Chen"]
    assert team.model.data(team.model.index(0, 1)) == "Case manager"
    assert team.selected().name == "Mr. Chen"  # the one just added
    qtbot.mouseClick(team.up_button, Qt.MouseButton.LeftButton)
    assert [team.model.row_data(r).name for r in range(2)] == ["Mr. Chen", "Ms. Rivera"]

    _lock_and_reopen(qtbot, controller)
    team = child_page(controller.main_window).team
    assert [team.model.row_data(r).name for r in range(2)] == ["Mr. Chen", "Ms. Rivera"]

    confirmations: list[str] = []
    monkeypatch.setattr("ui.messages.confirm", lambda _p, _t, text, **_k: confirmations.append(text) or True)
    team.table.selectRow(1)
    qtbot.mouseClick(team.delete_button, Qt.MouseButton.LeftButton)
    assert confirmations and "Ms. Rivera" in confirmations[0]
    assert team.model.rowCount() == 1

    controller.close_case()
    with Case.open(path, PASSPHRASE):
        assert [(c.name, c.role) for c in Contact.ordered()] == [("Mr. Chen", "Speech-language pathologist")]


def test_child_and_team_is_its_own_page_right_after_the_overview(qtbot, controller, make_case) -> None:
    open_case(qtbot, controller, make_case())
    window = controller.main_window
    titles = [window.sidebar.item(r).text() for r in range(window.sidebar.count())]
    assert titles[:3] == ["Overview", "Child & team", "IEP"]
    assert child_page(window) is window.pages[1]
    assert not hasattr(window.overview, "form")  # the Overview holds no form any more


def test_enter_saves_the_childs_name_and_leaving_unsaved_asks(
    qtbot, controller, make_case, monkeypatch
) -> None:
    from ui.widgets import unsaved
    from ui.widgets.unsaved import Choice

    path = make_case()
    open_case(qtbot, controller, path)
    window = controller.main_window
    page = child_page(window, show=True)
    activate(qtbot, window)
    page.form.name.setFocus()
    page.form.name.selectAll()
    qtbot.keyClicks(page.form.name, "Nora Testchild")
    qtbot.keyClick(page.form.name, Qt.Key.Key_Return)
    assert page.status.text() == "Saved." and not page.save_button.isEnabled()
    assert window.windowTitle().startswith("Nora Testchild")

    asked: list[str] = []
    answers = [Choice.CANCEL, Choice.SAVE]
    monkeypatch.setattr(
        unsaved, "answer_for_tests", lambda question: asked.append(question) or answers.pop(0)
    )
    qtbot.keyClicks(page.form.school, "Lincoln Elementary")
    window.show_page(0)  # Cancel: the page stays, the text too
    assert window.stack.currentWidget() is page and page.form.school.text() == "Lincoln Elementary"
    window.show_page(0)  # Save: saved, then the Overview
    assert len(asked) == 2 and "Child & team" in asked[0]
    assert window.stack.currentIndex() == 0
    controller.close_case()
    with Case.open(path, PASSPHRASE):
        child = Child.the_child()
        assert (child.name, child.school) == ("Nora Testchild", "Lincoln Elementary")
