"""Typing "August 20, 2026" into a form saves August 20, 2026 (QDateEdit saved December 20), and a
date that cannot be read is never saved: the save says which field to fix. Communications: test_ui_comms."""

from __future__ import annotations

import datetime as dt

from profile_support import child_page
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_ui_calendar_support import INCIDENTS_PAGE, D, build_case, open_page, when_modal
from test_ui_iep_support import case_with, final_version, focused, key, open_iep_page, tab, type_text
from ui_support import open_case

from iepdesk.model import Child, IepVersion, Incident
from ui.calendar.span_dialog import SpanDialog
from ui.incidents.incident_dialog import IncidentDialog
from ui.widgets import unsaved

CTRL = Qt.KeyboardModifier.ControlModifier


def _answer_message(shown: list[str]) -> None:
    def read() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read)
            return
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(0, read)


def test_iep_meeting_date_typed_in_words(qtbot, controller, sandbox) -> None:
    page = open_iep_page(qtbot, controller, case_with(sandbox, lambda: final_version(meeting_date=None)))
    versions = page.versions_view
    page.tabs.setCurrentWidget(versions)
    versions.form.status.setFocus()
    tab(qtbot)  # one Tab from "Signed" reaches the meeting date
    assert focused() is versions.form.meeting_date.edit
    type_text(qtbot, "August 20, 2026")
    assert versions.form.meeting_date.hint.text() == "Thursday, August 20, 2026"
    key(qtbot, Qt.Key.Key_Down)  # a stray arrow changes nothing
    key(qtbot, Qt.Key.Key_S, CTRL)
    assert IepVersion.get().meeting_date == dt.date(2026, 8, 20)


def test_iep_date_that_cannot_be_read_is_not_saved(qtbot, controller, sandbox) -> None:
    meeting = dt.date(2026, 5, 4)
    page = open_iep_page(qtbot, controller, case_with(sandbox, lambda: final_version(meeting_date=meeting)))
    versions = page.versions_view
    page.tabs.setCurrentWidget(versions)
    versions.form.meeting_date.edit.setFocus()
    versions.form.meeting_date.edit.selectAll()
    type_text(qtbot, "2/30/2026")
    shown: list[str] = []
    _answer_message(shown)
    key(qtbot, Qt.Key.Key_S, CTRL)
    assert shown == ["Meeting date cannot be read: February has 28 days, so February 30 does not exist."]
    assert IepVersion.get().meeting_date == meeting  # neither cleared nor guessed


def test_incident_date_typed_in_words(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents)
    page = open_page(qtbot, controller, ids, INCIDENTS_PAGE)

    def fill(dialog: IncidentDialog) -> None:
        assert dialog.focusWidget() is dialog.date.edit  # the dialog opens on the date
        dialog.date.edit.selectAll()
        qtbot.keyClicks(dialog.date.edit, "August 20, 2026")
        qtbot.keyClick(dialog.date.edit, Qt.Key.Key_Down)  # stray arrow: the date stays
        assert dialog.date.value() == D(2026, 8, 20)
        qtbot.keyClicks(dialog.what, "No extended time on the test")
        dialog.save_button.click()

    done = when_modal(qtbot, fill, IncidentDialog)
    qtbot.mouseClick(page.view.add_button, Qt.MouseButton.LeftButton)
    assert done == ["done"]
    assert Incident.get().date == D(2026, 8, 20)


def test_incident_date_that_cannot_be_read_is_refused(qtbot, controller, sandbox, monkeypatch) -> None:
    ids = build_case(sandbox.documents)
    page = open_page(qtbot, controller, ids, INCIDENTS_PAGE)

    def fill(dialog: IncidentDialog) -> None:
        dialog.date.edit.selectAll()
        qtbot.keyClicks(dialog.date.edit, "Agust 20 2026")
        qtbot.keyClicks(dialog.what, "No extended time on the test")
        dialog.save_button.click()
        assert dialog.isVisible()
        assert dialog.problem.text().startswith("Date of the incident cannot be read: This is not a date")
        # Closing asks about the unsaved text: Discard (Save would stay, the date still unreadable).
        monkeypatch.setattr(unsaved, "answer_for_tests", lambda _question: unsaved.Choice.DISCARD)
        dialog.reject()

    done = when_modal(qtbot, fill, IncidentDialog)
    qtbot.mouseClick(page.view.add_button, Qt.MouseButton.LeftButton)
    assert done == ["done"]
    assert Incident.select().count() == 0


def test_day_off_typed_dates(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents)
    page = open_page(qtbot, controller, ids)
    page.tabs.setCurrentWidget(page.school)

    def snow_days(dialog: SpanDialog) -> None:
        dialog.first.edit.selectAll()
        qtbot.keyClicks(dialog.first.edit, "Dec 8 2026")
        qtbot.keyClick(dialog.first.edit, Qt.Key.Key_Tab)
        dialog.last.edit.selectAll()
        qtbot.keyClicks(dialog.last.edit, "2026-12-09")
        dialog.name.setText("Snow days")
        dialog._accept()

    done = when_modal(qtbot, snow_days, SpanDialog)
    qtbot.mouseClick(page.school.days_off.add_button, Qt.MouseButton.LeftButton)
    assert done == ["done"]
    from iepdesk.model import NonSchoolDay

    added = NonSchoolDay.get(NonSchoolDay.label == "Snow days")
    assert (added.first_day, added.last_day) == (D(2026, 12, 8), D(2026, 12, 9))


def test_date_of_birth_typed(qtbot, controller, make_case) -> None:
    open_case(qtbot, controller, make_case())
    page = child_page(controller.main_window, show=True)
    form = page.form
    qtbot.keyClicks(form.date_of_birth.edit, "3/14/15")
    assert form.date_of_birth.hint.text() == "Saturday, March 14, 2015"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert Child.the_child().date_of_birth == dt.date(2015, 3, 14)
