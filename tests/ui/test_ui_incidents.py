"""Incidents: record one (date, the provisions of that day's IEP, what happened, who, the child's words,
evidence), find it with the filters, see it flagged on the calendar, change and delete it."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from test_ui_calendar_support import (
    ACCOMMODATION,
    CALENDAR_PAGE,
    INCIDENTS_PAGE,
    OT,
    SPEECH,
    D,
    build_case,
    open_page,
    when_modal,
)
from ui_support import PASSPHRASE

from iepdesk.casefile import Case
from iepdesk.model import Incident
from iepdesk.schedule import logbook
from ui.incidents.incident_dialog import IncidentDialog

WHAT = "No extended time on the fractions test"
WORDS = "They took my paper when the bell rang"


def _tick(dialog: IncidentDialog, title: str) -> None:
    for row in range(dialog.provisions.count()):
        item = dialog.provisions.item(row)
        if title in item.text():
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{title} is not offered")


def test_record_an_incident_and_find_it(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents)
    page = open_page(qtbot, controller, ids, INCIDENTS_PAGE)
    view = page.view
    assert view.empty.isVisible()

    def fill(dialog: IncidentDialog) -> None:
        dialog.date.setDate(QDate(2026, 8, 20))  # before the IEP: nothing to tick
        assert dialog.provisions.count() == 0 and dialog.no_iep.isVisibleTo(dialog)
        dialog.date.setDate(QDate(2026, 11, 6))
        offered = [dialog.provisions.item(i).text() for i in range(dialog.provisions.count())]
        assert offered == [f"Accommodation: {ACCOMMODATION}", f"Service: {SPEECH}", f"Service: {OT}"]
        _tick(dialog, ACCOMMODATION)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # nothing said yet: refused
        assert dialog.isVisible() and dialog.problem.isVisibleTo(dialog)
        assert dialog.problem.text() == "Say in a few words what happened."
        dialog.problem.clear()
        qtbot.keyClicks(dialog.what, "   ")  # only spaces say nothing either
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.problem.text() == "Say in a few words what happened."
        qtbot.keyClicks(dialog.what, WHAT)
        dialog.reported_by.setEditText("My child")
        qtbot.keyClicks(dialog.child_words, WORDS)
        qtbot.keyClicks(dialog.evidence, "Photo of the test")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    done = when_modal(qtbot, fill, IncidentDialog)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert done == ["done"]

    incident = Incident.get()
    assert (incident.date, incident.what_happened, incident.reported_by, incident.child_words) == (
        D(2026, 11, 6),
        WHAT,
        "My child",
        WORDS,
    )
    assert [p.id for p in logbook.incident_provisions(incident.id)] == [ids.accommodation]
    assert view.model.rowCount() == 1
    assert view.selected() is not None and WORDS in view.details.toPlainText()

    # another one, about speech, a week later
    logbook.record_incident(D(2026, 11, 13), [ids.speech], "Speech cancelled for an assembly", "Ms. Rivera")
    view.load()
    assert view.model.rowCount() == 2

    # filters: words, provision, dates
    view.words.setText("fractions")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.row_data(0).what_happened == WHAT
    view.words.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    view.provision.setCurrentIndex(view.provision.findText(SPEECH))
    assert [r.what_happened for r in view.model._rows] == ["Speech cancelled for an assembly"]
    view.provision.setCurrentIndex(0)
    view.since.set_value(D(2026, 11, 10))
    view.since.changed.emit()
    assert view.model.rowCount() == 1
    assert "filtered" in view.count.text()

    # the calendar shows a flag on both days
    controller.main_window.show_page(CALENDAR_PAGE)
    calendar = controller.main_window.stack.currentWidget().calendar
    calendar.show_month(2026, 11, 6)
    assert calendar.grid.cell(D(2026, 11, 6)).incidents == [incident.id]
    assert len(calendar.grid.cell(D(2026, 11, 13)).incidents) == 1
    assert "incident" in calendar.summary.text()


def test_change_and_delete_an_incident(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents)
    with Case.open(ids.path, PASSPHRASE):
        logbook.record_incident(D(2026, 11, 6), [ids.accommodation], WHAT, "My child")
    page = open_page(qtbot, controller, ids, INCIDENTS_PAGE)
    view = page.view
    view.table.selectRow(0)

    def change(dialog: IncidentDialog) -> None:
        assert dialog.what.toPlainText() == WHAT
        _tick(dialog, SPEECH)
        dialog.evidence.setPlainText("Email from the teacher")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    done = when_modal(qtbot, change, IncidentDialog)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert done == ["done"]
    incident = Incident.get()
    assert incident.evidence == "Email from the teacher"
    assert sorted(p.id for p in logbook.incident_provisions(incident.id)) == sorted(
        [ids.accommodation, ids.speech]
    )

    view.table.selectRow(0)

    def confirm(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == "Delete").click()

    done = when_modal(qtbot, confirm, QMessageBox)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert done == ["done"]
    assert Incident.select().count() == 0
    assert view.model.rowCount() == 0
