"""The month view marks the day documents (and the meeting's notice) are due before an IEP meeting,
from the Overview's deadlines (iepdesk.deadlines.all_deadlines): the mark, its words for a screen
reader, the key, and the day's dialog. A Maryland case; business days skip the case's holiday."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_ui_calendar_support import D, build_case, calendar_page, when_modal
from ui_support import PASSPHRASE

from iepdesk import profile
from iepdesk.casefile import Case
from iepdesk.comms import log as comms_log
from iepdesk.model import IepVersion
from ui.calendar.day_dialog import DayDialog

MEETING = D(2026, 11, 17)  # a Tuesday; Wednesday Nov 11 is the case's holiday (build_case)


def _maryland_case(folder):  # type: ignore[no-untyped-def]
    ids = build_case(folder)
    with Case.open(ids.path, PASSPHRASE):
        profile.save_state("MD")
        IepVersion.create(kind="annual", status="draft", meeting_date=MEETING)
        # A meeting the parent logged for December (no IEP version has that date yet).
        comms_log.record(when="2026-12-08T15:00", channel="meeting", subject="Team meeting")
    return ids


def test_the_due_day_is_marked_and_the_day_before_is_not(qtbot, controller, sandbox) -> None:
    ids = _maryland_case(sandbox.documents)
    page = calendar_page(qtbot, controller, ids)
    view, grid = page.calendar, page.calendar.grid
    view.show_month(2026, 11, 2)

    # Md. Code, Educ. § 8-405, 5 business days before Tue Nov 17: Mon 16 (1), Fri 13 (2), Thu 12 (3),
    # Wed 11 is the holiday, Tue 10 (4), Mon 9 (5) = Nov 9 (without the holiday it would be Nov 10).
    # Notice 10 calendar days before: 17 - 10 = Saturday Nov 7.
    assert [m.label for m in grid.due_on(D(2026, 11, 9))] == ["Documents due"]
    assert [m.label for m in grid.due_on(D(2026, 11, 7))] == ["Meeting notice due"]
    for day in (D(2026, 11, 8), D(2026, 11, 10), D(2026, 11, 6)):  # the days either side: no mark
        assert grid.due_on(day) == [], day
    assert "◆ due before an IEP meeting" in [text for _rect, text in view.legend.entries()]

    # A click on the day: its description (what a screen reader hears) says what is due and why.
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.day_rect(D(2026, 11, 9)).center())
    assert grid.selected == D(2026, 11, 9)
    said = grid.accessibleDescription()
    assert "◆ Documents for the IEP meeting due" in said and "Md. Code, Educ. § 8-405" in said
    assert "the IEP meeting of November 17, 2026" in said and "◆" in view.summary.text()
    assert "◆" in grid.day_text(D(2026, 11, 9))
    qtbot.keyClick(grid, Qt.Key.Key_Left)  # Sunday the 8th: nothing due
    assert grid.selected == D(2026, 11, 8) and "◆" not in grid.accessibleDescription()

    # Enter on the due day: the day's dialog lists it.
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    seen: list[str] = []

    def look(dialog: DayDialog) -> None:
        seen.append(dialog.facts.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    done = when_modal(qtbot, look, DayDialog)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert done == ["done"]
    assert "Documents for the IEP meeting due" in seen[0] and "Md. Code, Educ. § 8-405" in seen[0]

    # December: the meeting logged in Communications on Tue Dec 8 counts too, said as logged:
    # Mon 7 (1), Fri 4 (2), Thu 3 (3), Wed 2 (4), Tue 1 (5) = Dec 1; notice 8 - 10 = Nov 28.
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert [m.label for m in grid.due_on(D(2026, 12, 1))] == ["Documents due"]
    assert grid.due_on(D(2026, 11, 30)) == [] and grid.due_on(D(2026, 12, 2)) == []
    assert "(logged in Communications) is an IEP meeting" in grid.due_on(D(2026, 12, 1))[0].detail


def test_no_mark_and_no_key_entry_without_a_rule(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents)
    with Case.open(ids.path, PASSPHRASE):
        profile.save_state("CA")  # California: no rule on documents before a meeting
        IepVersion.create(kind="annual", status="draft", meeting_date=MEETING)
    page = calendar_page(qtbot, controller, ids)
    view, grid = page.calendar, page.calendar.grid
    view.show_month(2026, 11, 2)
    assert all(grid.due_on(D(2026, 11, n)) == [] for n in range(1, 31))
    assert not [text for _rect, text in view.legend.entries() if "◆" in text]
