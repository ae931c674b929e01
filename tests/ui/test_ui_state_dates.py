"""The dates a state counts from, on the Child & team page (issue 19): shown for the states whose
rule needs one, typed, saved through iepdesk.states.clock_dates, kept when another state is chosen,
and a date after today refused with nothing saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import factories
import pytest
from profile_support import child_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import PASSPHRASE, activate, open_case

from iepdesk import profile
from iepdesk.states.clock_dates import clock_dates


@pytest.fixture(autouse=True)
def patient_typing(qapp):  # type: ignore[no-untyped-def]
    """A state's name typed into the list is one search however slowly the machine runs."""
    before = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(24 * 3600 * 1000)
    yield
    QApplication.setKeyboardInputInterval(before)


def _open(qtbot, controller, sandbox, name: str):  # type: ignore[no-untyped-def]
    path: Path = sandbox.documents / name
    factories.new_case(path, "Sam Testchild", PASSPHRASE).lock()
    open_case(qtbot, controller, path)
    window = controller.main_window
    page = child_page(window, show=True)
    activate(qtbot, window)
    return page


def _choose(qtbot, form, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(form.window(), Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(form.state, name)


def _shown(form) -> list[str]:  # type: ignore[no-untyped-def]
    return [t for t, row in form.date_rows.items() if row.isVisibleTo(form)]


def test_alaska_asks_for_the_written_notice_and_saves_it(qtbot, controller, sandbox) -> None:  # type: ignore[no-untyped-def]
    page = _open(qtbot, controller, sandbox, "ak.iepcase")
    form = page.form
    assert _shown(form) == []  # not set: no state's date to ask for
    _choose(qtbot, form, "Alaska")
    assert _shown(form) == ["written_notice"]
    row = form.date_rows["written_notice"]
    assert "Alaska counts a limit from" in row.hint.text() and "AS 14.30.193(a)" in row.hint.text()
    qtbot.keyClick(form.window(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # the label's mnemonic
    assert QApplication.focusWidget() is form.written_notice.edit  # "District's written noti&ce"
    qtbot.keyClicks(form.written_notice.edit, "3/2/2026")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Saved."
    assert profile.load_state() == "AK"
    assert clock_dates() == {"written_notice": dt.date(2026, 3, 2)}

    # Wisconsin counts from another date: its row shows, Alaska's hides and keeps its date.
    _choose(qtbot, form, "Wisconsin")
    assert _shown(form) == ["refusal_or_proposal"]
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert profile.load_state() == "WI"
    assert clock_dates() == {"written_notice": dt.date(2026, 3, 2)}


def test_hawaii_and_new_hampshire_ask_for_the_private_placement(qtbot, controller, sandbox) -> None:  # type: ignore[no-untyped-def]
    form = _open(qtbot, controller, sandbox, "hi.iepcase").form
    _choose(qtbot, form, "Hawaii")
    assert _shown(form) == ["first_day_of_attendance"]
    _choose(qtbot, form, "New Hampshire")
    assert _shown(form) == ["placement"]
    _choose(qtbot, form, "California")
    assert _shown(form) == []


def test_a_date_after_today_is_refused_and_nothing_is_saved(qtbot, controller, sandbox, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr("ui.messages.show_error", lambda _p, _t, text: said.append(str(text)))
    page = _open(qtbot, controller, sandbox, "future.iepcase")
    form = page.form
    _choose(qtbot, form, "Alaska")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    qtbot.keyClicks(form.written_notice.edit, tomorrow.isoformat())
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert said and "after today" in said[0]
    assert profile.load_state() == "" and clock_dates() == {}  # neither the state nor the date
    assert page.has_unsaved_changes()  # what was typed is still there to correct


def test_own_figures_are_typed_saved_with_enter_and_shown_as_the_states_rule_where_there_is_one(
    qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from iepdesk.states.own import own_figures
    from ui.settings.own_figures import OwnFiguresDialog

    with factories.new_case(tmp_path / "own.iepcase", "Sam Testchild", PASSPHRASE):
        dialog = OwnFiguresDialog("CA")
        qtbot.addWidget(dialog)
        dialog.show()
        activate(qtbot, dialog)
        # California's records rule is the app's own: no field for it, the rule named instead.
        assert "records_response" not in dialog.rows and set(dialog.rows) == {
            "before_meeting",
            "meeting_notice",  # California has no notice rule either
            "due_process",
            "reimbursement_placement",
        }
        row = dialog.rows["before_meeting"]
        assert QApplication.focusWidget() in (row.number, row.number.lineEdit())  # the first figure
        row.number.lineEdit().selectAll()
        qtbot.keyClicks(row.number, "3")
        row.unit.setCurrentIndex(row.unit.findData("school_days"))
        qtbot.keyClicks(row.notes, "Read in the state's handbook")
        qtbot.keyClick(row.notes, Qt.Key.Key_Return)  # Enter saves
        assert not dialog.isVisible()
        saved = own_figures()
        assert set(saved) == {"before_meeting"}
        assert (saved["before_meeting"].number, saved["before_meeting"].unit) == (3, "school_days")
        assert saved["before_meeting"].notes == "Read in the state's handbook"

        # Opened again: the figure is shown; None removes it.
        dialog = OwnFiguresDialog("CA")
        qtbot.addWidget(dialog)
        dialog.show()
        row = dialog.rows["before_meeting"]
        assert row.number.value() == 3 and row.unit.currentData() == "school_days"
        row.number.setValue(0)
        assert row.number.text() == "None"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert own_figures() == {}


def test_the_own_figures_button_shows_once_a_state_is_chosen(qtbot, controller, sandbox, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.settings.own_figures import OwnFiguresDialog

    opened: list[str] = []
    monkeypatch.setattr(OwnFiguresDialog, "exec", lambda self: opened.append(self._state) or 0)
    form = _open(qtbot, controller, sandbox, "button.iepcase").form
    assert not form.own_figures_button.isVisibleTo(form)
    _choose(qtbot, form, "Ohio")
    assert form.own_figures_button.isVisibleTo(form)
    qtbot.mouseClick(form.own_figures_button, Qt.MouseButton.LeftButton)
    assert opened == ["OH"]  # for the state shown, saved or not
