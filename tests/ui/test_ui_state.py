"""The child's state chosen in the window (issue 19): on the Child & team page and in the create wizard,
by keyboard, saved through iepdesk.profile.save_state, asked about when left unsaved, and used by the
Overview's records deadline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import factories
import pytest
from profile_support import child_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from ui_support import PASSPHRASE, WAIT_MS, activate, open_case

from iepdesk import profile
from iepdesk.casefile import Case
from ui.widgets import unsaved
from ui.widgets.unsaved import Choice

MONDAY = dt.date(2026, 3, 2)  # the records request is sent on this day
TODAY = dt.date(2026, 3, 4)


@pytest.fixture(autouse=True)
def today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("iepdesk.iep.store.today", lambda: TODAY)


@pytest.fixture(autouse=True)
def patient_typing(qapp):  # type: ignore[no-untyped-def]
    """Letters typed in a combo box join one search however slowly the machine runs the test (the
    usual 400 ms between keys would make a loaded machine's typing start over): every test here
    types a state's name."""
    before = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(24 * 3600 * 1000)
    yield
    QApplication.setKeyboardInputInterval(before)


def _choose_state_by_keys(qtbot, form, name: str) -> None:  # type: ignore[no-untyped-def]
    """Alt+E (the label's mnemonic) focuses the combo box; typing the name picks it."""
    qtbot.keyClick(form.window(), Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.state
    qtbot.keyClicks(form.state, name)


def _sent_records_request() -> None:
    from iepdesk.model import Letter

    Letter.create(kind="records-request", sent_on=MONDAY)


def test_california_chosen_by_keyboard_is_saved_and_the_overview_names_it(qtbot, controller, sandbox) -> None:
    path: Path = sandbox.documents / "state.iepcase"
    with factories.new_case(path, "Sam Testchild", PASSPHRASE):
        _sent_records_request()
        factories.incident(MONDAY)  # its state complaint window follows federal law in California
    open_case(qtbot, controller, path)
    window = controller.main_window
    page = child_page(window, show=True)
    activate(qtbot, window)
    form = page.form
    assert form.state.currentText() == "Not set: federal rules only"
    assert form.state.accessibleName() == "The child's state"
    assert form.state.accessibleDescription().startswith("Some states set shorter deadlines.")
    assert not page.save_button.isEnabled()
    _choose_state_by_keys(qtbot, form, "California")
    assert form.state.code() == "CA"
    assert page.has_unsaved_changes() and page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Saved."
    assert profile.load_state() == "CA"
    assert not page.has_unsaved_changes()

    # The Overview, shown again, counts the records from the state's rule: sent Monday March 2, five
    # business days are Tue 3, Wed 4, Thu 5, Fri 6 and Mon 9 (no holiday between); 45 days is April 16.
    window.show_page(0)
    overview = window.overview
    qtbot.waitUntil(lambda: len(overview.deadlines.items) > 0, timeout=WAIT_MS)
    texts = [f"{h.text()} {d.text()}" for h, d in overview.deadlines.items]
    records = [t for t in texts if "Records must be available" in t]
    assert len(records) == 1
    assert "California" in records[0] and "45 days" in records[0]
    assert "Mar 9" in records[0] or "March 9" in records[0]
    # The request's day is named once ("sent March 2, 2026."), not again in short ("(Mar 2, 2026)").
    assert "sent March 2, 2026." in records[0] and "Mar 2, 2026" not in records[0]
    # California's note, then the general one worded for the other dates (the incident's state
    # complaint window); never the general sentence beside the state's as if it were about both.
    note = overview.deadlines.state_note.text()
    assert "The app checked California's rule on December 1, 2026" in note
    assert "The other dates follow federal law; your state's rules may differ." in note
    assert "The OCR complaint's 180 days are federal" in note
    assert "Your state's rules may differ" not in note and "This is a federal rule" not in note


def test_leaving_with_the_state_changed_asks_and_cancel_stays(
    qtbot, controller, make_case, monkeypatch
) -> None:
    open_case(qtbot, controller, make_case())
    window = controller.main_window
    page = child_page(window, show=True)
    activate(qtbot, window)
    asked: list[str] = []

    def cancel(question: str) -> Choice:
        asked.append(question)
        return Choice.CANCEL

    monkeypatch.setattr(unsaved, "answer_for_tests", cancel)
    _choose_state_by_keys(qtbot, page.form, "Alaska")
    window.show_page(0)
    assert len(asked) == 1  # asked once, like the other fields
    assert window.stack.currentWidget() is page  # Cancel stays on the page
    assert page.form.state.code() == "AK"
    assert profile.load_state() == ""  # nothing saved without the parent's Save

    monkeypatch.setattr(unsaved, "answer_for_tests", lambda _q: Choice.DISCARD)
    window.show_page(0)
    assert profile.load_state() == ""
    assert page.form.state.code() == ""  # discarded: back to what is saved


def test_the_state_is_kept_as_a_draft_through_a_lock(qtbot, controller, make_case) -> None:
    from test_ui_profile import _lock_and_reopen

    open_case(qtbot, controller, make_case())
    window = controller.main_window
    page = child_page(window, show=True)
    activate(qtbot, window)
    _choose_state_by_keys(qtbot, page.form, "Texas")
    _lock_and_reopen(qtbot, controller)
    page = child_page(controller.main_window)
    assert page.form.state.code() == "TX"  # back as typed, not saved
    assert page.has_unsaved_changes()
    assert profile.load_state() == ""


def test_choosing_not_set_saves_empty(qtbot, controller, sandbox) -> None:
    path: Path = sandbox.documents / "ca.iepcase"
    with factories.new_case(path, "Sam Testchild", PASSPHRASE):
        profile.save_state("CA")
    open_case(qtbot, controller, path)
    window = controller.main_window
    page = child_page(window, show=True)
    activate(qtbot, window)
    assert page.form.state.code() == "CA"
    page.form.state.setFocus()
    qtbot.keyClick(page.form.state, Qt.Key.Key_Home)  # the first item: Not set
    assert page.form.state.code() == ""
    qtbot.keyClick(page.form.name, Qt.Key.Key_Return)  # Enter in a one-line field saves
    assert page.status.text() == "Saved."
    assert profile.load_state() == ""


def test_the_wizard_sets_the_state_of_the_new_case(qtbot, controller, files, sandbox) -> None:
    controller.show_welcome()
    qtbot.mouseClick(controller.welcome.create_button, Qt.MouseButton.LeftButton)
    wizard = controller.wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    activate(qtbot, wizard)
    name_page = wizard.name_page
    name_page.name.setFocus()
    qtbot.keyClicks(name_page.name, "Sam Testchild")
    qtbot.keyClick(name_page.name, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is name_page.state  # next after the name
    qtbot.keyClicks(name_page.state, "Alaska")
    assert name_page.child_state() == "AK"
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    expected = wizard.location_page.path()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    page = wizard.passphrase_page
    qtbot.keyClicks(page.fields.first, PASSPHRASE)
    qtbot.keyClicks(page.fields.second, PASSPHRASE)
    create = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(create.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.kit_page, timeout=WAIT_MS)
    assert profile.load_state() == "AK"
    wizard.kit_page.confirmed.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible())
    assert child_page(controller.main_window).form.state.code() == "AK"
    controller.close_case()
    assert expected is not None
    with Case.open(expected, PASSPHRASE):
        assert profile.load_state() == "AK"


def test_the_states_are_listed_in_the_windows_language_in_reading_order(qapp) -> None:
    from iepdesk import i18n
    from ui.settings.state_field import StateCombo

    before = i18n.current()
    i18n.set_language("es")
    try:
        combo = StateCombo()
        names = [combo.itemText(i) for i in range(combo.count())]
    finally:
        i18n.set_language(before)
    assert len(names) == 1 + 51  # Not set, the 50 states and DC
    # Spanish names; the accent does not push Míchigan after Montana (Mic < Min < Mis < Mon).
    assert names.index("Míchigan") + 1 == names.index("Minnesota")
    assert names.index("Nueva York") < names.index("Nuevo México")
    assert combo.findData("DC") == names.index("Distrito de Columbia")


def test_the_state_chosen_in_the_wizard_is_kept_when_the_language_changes(qtbot, controller) -> None:
    controller.show_welcome()
    qtbot.mouseClick(controller.welcome.create_button, Qt.MouseButton.LeftButton)
    wizard = controller.wizard
    qtbot.waitUntil(wizard.isVisible)
    activate(qtbot, wizard)
    wizard.name_page.state.setFocus()
    qtbot.keyClicks(wizard.name_page.state, "Hawaii")
    assert wizard.name_page.child_state() == "HI"
    language = wizard.name_page.language
    language.setFocus()
    qtbot.keyClick(language, Qt.Key.Key_End)  # the other language: the wizard is made again
    qtbot.waitUntil(lambda: controller.wizard is not None and controller.wizard is not wizard)
    again = controller.wizard
    assert again.name_page.child_state() == "HI"
    assert again.name_page.state.currentText() == "Hawái"  # now in Spanish


def test_typing_michigan_without_the_accent_finds_it_in_spanish(qtbot) -> None:  # type: ignore[no-untyped-def]
    from iepdesk import i18n
    from ui.settings.state_field import StateCombo

    before = i18n.current()
    i18n.set_language("es")
    try:
        combo = StateCombo()
    finally:
        i18n.set_language(before)
    qtbot.addWidget(combo)
    combo.show()
    combo.setFocus()
    qtbot.keyClicks(combo, "michigan")  # lower case, no accent: as typed on an English keyboard
    assert combo.code() == "MI" and combo.currentText() == "Míchigan"


def test_the_same_letter_again_goes_on_to_the_next_state(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.settings.state_field import StateCombo

    combo = StateCombo()
    qtbot.addWidget(combo)
    combo.show()
    combo.setFocus()
    qtbot.keyClicks(combo, "n")
    assert combo.currentText() == "Nebraska"  # the first N state
    qtbot.keyClicks(combo, "n")
    assert combo.currentText() == "Nevada"  # "nn" names none: the next N state
    qtbot.keyClicks(combo, "e")  # "ne": Nevada still begins so
    assert combo.currentText() == "Nevada"


def test_a_name_with_a_space_is_typed_whole_on_the_closed_list(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.settings.state_field import StateCombo

    combo = StateCombo()
    qtbot.addWidget(combo)
    combo.show()
    combo.setFocus()
    qtbot.keyClicks(combo, "New Hampshire")  # the space goes on with the name, it opens no list
    assert combo.code() == "NH" and not combo.view().isVisible()
    qtbot.wait(5)  # at least 5 ms since the last letter
    QApplication.setKeyboardInputInterval(0)  # the typing is over: a space now opens the list
    qtbot.keyClick(combo, Qt.Key.Key_Space)
    assert combo.view().isVisible()
    combo.hidePopup()
