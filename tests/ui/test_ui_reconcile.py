"""Issue 13 in the window: the "School's record vs yours" tab of Calendar & log, worked by hand.

build_case(): speech 2 × 30 min a week on Tue and Thu (made individual here), OT 1 × 45 a week. Logged:

  Tue Nov 3   speech  school_record delivered 30          parent_saw delivered      agree
  Thu Nov 5   speech  school_record delivered 30          child_reported missed     disagree
              "Provider: Ms. Lee"
  Tue Nov 10  speech  school_record delivered 20          parent_saw delivered 30   disagree (minutes)
              "Provider: Ms. Lee; Group"                                            group, minutes changed
  Thu Nov 12  speech  school_record delivered 20          —                         school only
              "Provider: Mr. Cole"                                                  minutes, provider
  Wed Nov 4   OT      —                                   parent_saw delivered      parent only

5 sessions: 1 agree, 2 disagree, 1 only the school's, 1 only yours; flags: 1 group, 2 minutes, 1 provider.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from test_ui_calendar_support import SPEECH, D, build_case, calendar_page, when_modal
from ui_support import PASSPHRASE

from iepdesk.casefile import Case
from iepdesk.model import Provision
from iepdesk.schedule import logbook
from ui.calendar.entries_dialog import EntriesDialog
from ui.calendar.reconcile_view import AGREEMENT, PARENT, SCHOOL, ReconcileView


def _log(ids) -> None:  # type: ignore[no-untyped-def]
    Provision.update(delivery="individual").where(Provision.id == ids.speech).execute()
    log = logbook.log_session
    log(ids.speech, D(2026, 11, 3), "delivered", 30, source="school_record")
    log(ids.speech, D(2026, 11, 3), "delivered", source="parent_saw")
    log(ids.speech, D(2026, 11, 5), "delivered", 30, source="school_record", note="Provider: Ms. Lee")
    log(ids.speech, D(2026, 11, 5), "missed", reason="unknown", source="child_reported")
    log(ids.speech, D(2026, 11, 10), "delivered", 20, source="school_record", note="Provider: Ms. Lee; Group")
    log(ids.speech, D(2026, 11, 10), "delivered", 30, source="parent_saw")
    log(ids.speech, D(2026, 11, 12), "delivered", 20, source="school_record", note="Provider: Mr. Cole")
    log(ids.ot, D(2026, 11, 4), "delivered", source="parent_saw")


def _open(qtbot, controller, sandbox) -> ReconcileView:  # type: ignore[no-untyped-def]
    ids = build_case(sandbox.documents)
    with Case.open(ids.path, PASSPHRASE):
        _log(ids)
    page = calendar_page(qtbot, controller, ids)
    bar = page.tabs.tabBar()
    index = page.tabs.indexOf(page.reconcile)
    assert page.tabs.tabText(index) == "School's record vs yours"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.tabs.currentWidget() is page.reconcile
    view = page.reconcile
    qtbot.waitUntil(lambda: view.result is not None and not view.busy.isVisible(), timeout=20_000)
    return view


def _compare(qtbot, view: ReconcileView, start: dt.date, end: dt.date, as_of: dt.date) -> None:  # type: ignore[no-untyped-def]
    view.preset.setCurrentIndex(view.preset.findData("custom"))  # compares once for the dates shown
    qtbot.waitUntil(lambda: not view.busy.isVisible() and view.count_button.isEnabled(), timeout=20_000)
    view.start.setDate(QDate(start.year, start.month, start.day))
    view.end.setDate(QDate(end.year, end.month, end.day))
    view.as_of.edit.setText(f"{as_of.month}/{as_of.day}/{as_of.year}")
    view.as_of.edit.editingFinished.emit()
    view.result = None
    qtbot.mouseClick(view.count_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.result is not None and not view.busy.isVisible(), timeout=20_000)
    assert (view.result.start, view.result.end, view.result.as_of) == (start, end, as_of)


def _cells(view: ReconcileView, column: int) -> list[str]:
    return [view.model.index(r, column).data() for r in range(view.model.rowCount())]


def _grab(window, name: str) -> None:  # type: ignore[no-untyped-def]
    """With IEPDESK_GRABS13 set, save the window as a PNG to look at."""
    folder = os.environ.get("IEPDESK_GRABS13")
    QApplication.processEvents()
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(folder) / f"{name}-{window.width()}x{window.height()}.png"))


def test_the_school_record_beside_yours(qtbot, controller, sandbox) -> None:
    view = _open(qtbot, controller, sandbox)
    _compare(qtbot, view, D(2026, 11, 2), D(2026, 11, 13), as_of=D(2026, 11, 30))
    assert view.counts.text() == (
        "5 sessions: 1 agree, 2 disagree, 1 only in the school's record, 1 only in yours."
    )
    checks = view.checks.text()
    assert "1 in a group where the IEP says individual, 2 with minutes changed" in checks
    assert "gives 20 min a session where the IEP says 30 (2 sessions)" in checks
    assert "34 CFR 300.503(a)" in checks and "the records name Mr. Cole where they named Ms. Lee" in checks
    assert len(_cells(view, AGREEMENT)) == 5

    # Only the disagreements, chosen with the keyboard.
    view.filter.setFocus()
    qtbot.keyClick(view.filter, Qt.Key.Key_Down)
    assert view.filter.currentData() == "disagree"
    assert _cells(view, AGREEMENT) == ["≠ Disagree: what happened", "≠ Disagree: minutes"]
    assert _cells(view, SCHOOL) == ["delivered (30 min)", "delivered (20 min)"]
    assert _cells(view, PARENT) == ["missed (what your child said)", "delivered (30 min, your note)"]
    assert view.sentence.text() == (
        "The school's record says delivered (30 min); you logged missed (what your child said)."
    )
    qtbot.keyClick(view.filter, Qt.Key.Key_Down)  # only one side
    assert [r.agreement.value for r in view.model._rows] == ["parent_only", "school_only"]
    qtbot.keyClick(view.filter, Qt.Key.Key_Down)  # flagged
    assert [r.date for r in view.model._rows] == [D(2026, 11, 10), D(2026, 11, 12)]
    qtbot.keyClick(view.filter, Qt.Key.Key_Up)
    qtbot.keyClick(view.filter, Qt.Key.Key_Up)  # back to the disagreements

    # Enter on a session shows the entries behind it.
    seen: list[list[tuple[str, str | None]]] = []

    def look(dialog: EntriesDialog) -> None:
        seen.append(
            [(dialog.model.row_data(r).status, dialog.model.row_data(r).source) for r in range(2)]  # type: ignore[union-attr]
        )
        assert dialog.model.rowCount() == 2
        dialog.reject()

    done = when_modal(qtbot, look, EntriesDialog)
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: done == ["done"], timeout=10_000)
    assert sorted(seen[0]) == [("delivered", "school_record"), ("missed", "child_reported")]


def test_no_school_records_says_so(qtbot, controller, sandbox) -> None:
    view = _open(qtbot, controller, sandbox)
    _compare(qtbot, view, D(2026, 10, 1), D(2026, 10, 30), as_of=D(2026, 11, 30))
    assert view.counts.text().startswith("No entries from the school's record")
    assert view.model.rowCount() == 0


def test_grabs_at_two_sizes(qtbot, controller, sandbox) -> None:
    """Grabs to look at (IEPDESK_GRABS13=/tmp/grabs13), a disagreement on them, and nothing clipped."""
    from test_ui_fit import clipped

    view = _open(qtbot, controller, sandbox)
    window = controller.main_window
    for size in ((1024, 700), (1920, 1080)):
        window.resize(*size)
        _compare(qtbot, view, D(2026, 11, 2), D(2026, 11, 13), as_of=D(2026, 11, 30))
        view.table.selectRow(2)  # Nov 5: the school says delivered, the child said missed
        assert "Disagree" in _cells(view, AGREEMENT)[2]
        _grab(window, "reconcile")
        assert clipped(window) == []
    assert SPEECH in _cells(view, 1)
