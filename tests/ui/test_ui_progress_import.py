"""Importing a goal's data points from a file in the window (ui/progress/import_dialog.py): the file
chosen through the scripted chooser, read off the GUI thread, the plan shown, Enter adds the points.

Worked example: a goal with unit "percent"; the file's rows (lines 2-5) are 2026-09-08 40,
2026-09-15 "45%" (read as 45: the unit is percent), 2026-09-22 "n/a" (left out), 2026-09-29 50.
Enter adds 3 points; the same file again shows 3 already recorded and adds nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from test_ui_calendar_support import when_modal
from ui_support import CHILD, PASSPHRASE, WAIT_MS, open_case

from iepdesk.casefile import Argon2Params, Case
from iepdesk.model import IepVersion, Provision
from iepdesk.progress import points
from ui.progress.import_dialog import GoalImportDialog, open_import

D = dt.date
FILE = "Date,Score\n2026-09-08,40\n2026-09-15,45%\n2026-09-22,n/a\n2026-09-29,50\n"


def _case(folder: Path) -> tuple[Path, int]:
    path = folder / "progress.iepcase"
    case, _secret = Case.create(path, CHILD, PASSPHRASE, Argon2Params())
    with case:
        version = IepVersion.create(
            kind="annual",
            status="final",
            meeting_date=D(2026, 8, 28),
            effective_from=D(2026, 9, 1),
            effective_to=D(2027, 8, 31),
        )
        goal = Provision.create(
            version=version,
            kind="goal",
            title="Reading fluency",
            area="Reading",
            baseline_value="30",
            target_value="80",
            unit="percent",
            position=1,
        )
    return path, int(goal.id)


def _import_once(qtbot, controller, goal: int, act) -> list[int]:  # type: ignore[no-untyped-def]
    done: list[int] = []
    window = controller.main_window
    outcome = when_modal(qtbot, act, GoalImportDialog)
    open_import(window, controller.services, goal, lambda: done.append(1))
    qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT_MS)
    assert outcome == ["done"]
    return done


def test_enter_adds_the_ready_rows_and_the_same_file_adds_nothing(qtbot, controller, files, sandbox) -> None:  # type: ignore[no-untyped-def]
    path, goal = _case(sandbox.documents)
    data = sandbox.documents / "fluency.csv"
    data.write_text(FILE, encoding="utf-8")
    open_case(qtbot, controller, path)
    files.always["goal_data"] = data
    seen: dict[str, object] = {}

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, GoalImportDialog)
        qtbot.waitUntil(lambda: dialog.plan is not None and not dialog._busy, timeout=WAIT_MS)
        seen["summary"] = dialog.summary.text()
        seen["rows"] = [dialog.rows.item(r, 4).text() for r in range(dialog.rows.rowCount())]
        seen["button"] = dialog.add_button.text()
        qtbot.keyClick(dialog.rows, Qt.Key.Key_Return)  # Enter from the table: Add

    done = _import_once(qtbot, controller, goal, add)
    assert seen["summary"] == (
        "3 ready to add, 1 cannot be read, 0 already recorded. Rows that cannot be read are left out."
    )
    assert seen["rows"] == [
        "Ready",
        "Ready (“45%” read as 45: the unit is percent)",
        "Left out: Type a number, such as 45 or 62.5 (up to 4 decimals).",
        "Ready",
    ]
    assert seen["button"] == "&Add 3 data points"
    assert done == [1]
    assert [(p.day, p.value, p.unit, p.source) for p in points.points_of([goal])] == [
        (D(2026, 9, 8), "40", "percent", "provider_data"),
        (D(2026, 9, 15), "45", "percent", "provider_data"),
        (D(2026, 9, 29), "50", "percent", "provider_data"),
    ]

    def again(dialog: QWidget) -> None:
        assert isinstance(dialog, GoalImportDialog)
        qtbot.waitUntil(lambda: dialog.plan is not None and not dialog._busy, timeout=WAIT_MS)
        seen["again"] = dialog.summary.text()
        assert not dialog.add_button.isEnabled()
        qtbot.keyClick(dialog.rows, Qt.Key.Key_Escape)

    assert _import_once(qtbot, controller, goal, again) == []
    assert str(seen["again"]).startswith("0 ready to add, 1 cannot be read, 3 already recorded.")
    assert len(points.points_of([goal])) == 3


def test_a_binary_file_is_refused_plainly_and_adds_nothing(qtbot, controller, files, sandbox) -> None:  # type: ignore[no-untyped-def]
    path, goal = _case(sandbox.documents)
    data = sandbox.documents / "fluency.csv"
    data.write_bytes(bytes(range(256)) * 64)
    open_case(qtbot, controller, path)
    files.always["goal_data"] = data
    seen: list[str] = []

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, GoalImportDialog)
        qtbot.waitUntil(lambda: dialog._failed, timeout=WAIT_MS)
        seen.append(dialog.busy_text.text())
        qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Return)  # Close is the default now

    assert _import_once(qtbot, controller, goal, close) == []
    assert seen[0].startswith("fluency.csv does not look like a text table (CSV)")
    assert seen[0].endswith("Nothing was added to the goal.")
    assert points.points_of([goal]) == []


def test_a_date_read_two_ways_waits_for_the_parents_order(qtbot, controller, files, sandbox) -> None:  # type: ignore[no-untyped-def]
    # "03/04/2026" is March 4 or April 3 and the file's only date: nothing is added until the parent
    # says day first, then it is April 3, 2026.
    path, goal = _case(sandbox.documents)
    data = sandbox.documents / "fluency.csv"
    data.write_text("Date,Score\n03/04/2026,40\n", encoding="utf-8")
    open_case(qtbot, controller, path)
    files.always["goal_data"] = data
    seen: list[object] = []

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, GoalImportDialog)
        qtbot.waitUntil(lambda: dialog.plan is not None and not dialog._busy, timeout=WAIT_MS)
        seen.append(dialog.add_button.isEnabled())
        seen.append(dialog.order.isVisibleTo(dialog))
        dialog.order.setFocus()
        qtbot.keyClick(dialog.order, Qt.Key.Key_Down)  # Month first
        qtbot.keyClick(dialog.order, Qt.Key.Key_Down)  # Day first
        qtbot.waitUntil(
            lambda: dialog.plan is not None and not dialog._busy and dialog.plan.ready_count == 1,
            timeout=WAIT_MS,
        )
        qtbot.keyClick(dialog.rows, Qt.Key.Key_Return)

    assert _import_once(qtbot, controller, goal, choose) == [1]
    assert seen == [False, True]
    assert [(p.day, p.value) for p in points.points_of([goal])] == [(D(2026, 4, 3), "40")]
