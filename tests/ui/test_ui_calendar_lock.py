"""After lock, nothing of the calendar, ledger, school calendar or incidents still shows case text, even
with the day's log open when the case locks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_ui_calendar_support import (
    ACCOMMODATION,
    CALENDAR_PAGE,
    DAY_OFF,
    INCIDENTS_PAGE,
    OT,
    SPEECH,
    D,
    build_case,
    calendar_page,
    when_modal,
)
from ui_support import PASSPHRASE, WAIT_MS, find_case_text

from iepdesk.casefile import Case
from iepdesk.schedule import logbook
from ui.calendar.day_dialog import DayDialog

INCIDENT = "Blorptastic worksheet was never modified"
SECRETS = [SPEECH, OT, ACCOMMODATION, DAY_OFF, INCIDENT, "Quorvath", "Plimbly", "Zentrafold", "Zorblax"]


def test_lock_with_the_day_open_leaves_no_case_text(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents, log=True)
    with Case.open(ids.path, PASSPHRASE):
        logbook.record_incident(
            D(2026, 11, 12), [ids.accommodation], INCIDENT, "Ms. Rivera", "It was too hard"
        )
    page = calendar_page(qtbot, controller, ids)
    window = controller.main_window
    # fill every part: the ledger, the school calendar, the rules, the incidents, the calendar
    page.tabs.setCurrentWidget(page.ledger)
    qtbot.waitUntil(lambda: page.ledger.ledger is not None, timeout=WAIT_MS)
    page.tabs.setCurrentWidget(page.school)
    window.show_page(INCIDENTS_PAGE)
    incidents = window.stack.currentWidget().view
    incidents.table.selectRow(0)
    window.show_page(CALENDAR_PAGE)
    page.tabs.setCurrentWidget(page.calendar)
    page.calendar.show_month(2026, 11, 12)
    page.calendar.grid.setFocus()
    shown = find_case_text(SECRETS)
    for secret in (SPEECH, DAY_OFF, INCIDENT, ACCOMMODATION):
        assert any(secret in line for line in shown), f"the scan must see {secret!r} while the case is open"

    found_at_lock: list[list[str]] = []

    def lock_now(dialog: DayDialog) -> None:
        qtbot.mouseClick(dialog.quick_buttons[ids.ot][0], Qt.MouseButton.LeftButton)  # a change, then lock
        assert dialog.model.rowCount() == 2
        controller.lock()
        found_at_lock.append(find_case_text(SECRETS))

    done = when_modal(qtbot, lock_now, DayDialog)
    qtbot.keyClick(page.calendar.grid, Qt.Key.Key_Return)
    assert done == ["done"]
    assert controller.case is None
    assert found_at_lock == [[]]  # at once, before anything is deleted
    assert find_case_text(SECRETS) == []
    assert page.calendar.log.stack.count() == 0  # undo history holds entry values: dropped

    # the entry made just before the lock was saved
    with Case.open(ids.path, PASSPHRASE):
        from iepdesk.model import ServiceLogEntry

        assert ServiceLogEntry.select().where(ServiceLogEntry.date == D(2026, 11, 12)).count() == 2
