"""Enter in every dialog: it presses the main action for what the parent filled in.

Each case opens a real dialog, fills what a parent would, presses Enter on the widget that has the
focus (or the one named), and checks the main action happened (and not a quick button or Cancel).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from test_ui_calendar_support import OT, SPEECH, D, build_case
from ui_support import PASSPHRASE

from iepdesk.casefile import Case
from iepdesk.model import ServiceLogEntry, database
from ui.calendar import log_ops
from ui.calendar.log_ops import ServiceChoice

CHOICE = ServiceChoice(service_id=1, provision_id=1, name=SPEECH, minutes_per_session=30, due=True)
OTHER = ServiceChoice(service_id=2, provision_id=2, name=OT, minutes_per_session=45)


@dataclass
class Case_:
    """One dialog: how to build it, what to fill, where to press Enter, and what must have happened."""

    build: Callable[[Any], QDialog]
    default: str  # the attribute naming the default button
    fill: Callable[[QtBot, Any], QWidget | None]  # returns where to press Enter (None: the focus)
    check: Callable[[Any, Any], None]
    key: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def opened_case(sandbox) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    ids = build_case(sandbox.documents)
    case = Case.open(ids.path, PASSPHRASE)
    yield ids
    case.lock()
    database.initialize(None)


def _logged() -> list[tuple[int, str, str]]:
    return sorted((e.__data__["provision"], e.status, e.note) for e in ServiceLogEntry.select())


# ---- the day's log -------------------------------------------------------------------------------
def _day(ids: Any) -> QDialog:
    from ui.calendar.day_dialog import DayDialog
    from ui.calendar.undo import LogController

    day = D(2026, 11, 10)
    return DayDialog(day, log_ops.services_on(day), "", 0, LogController())


def _day_makeup_note(qtbot: QtBot, dialog: Any) -> QWidget:
    dialog.form.status.setCurrentIndex(dialog.form.status.findData("makeup"))
    dialog.form.note.setFocus()
    qtbot.keyClicks(dialog.form.note, "made up for Nov 5")
    return dialog.form.note


def _day_logged_makeup(ids: Any, dialog: Any) -> None:
    first = dialog.form.provision_id()
    assert _logged() == [(first, "makeup", "made up for Nov 5")]  # not "delivered" by a quick button
    assert dialog.isVisible()


# ---- the quick question after D ------------------------------------------------------------------
def _quick_one(_ids: Any) -> QDialog:
    from ui.calendar.quick_dialog import QuickLogDialog

    return QuickLogDialog(D(2026, 11, 10), "delivered", [CHOICE])


def _quick_two(_ids: Any) -> QDialog:
    from ui.calendar.quick_dialog import QuickLogDialog

    return QuickLogDialog(D(2026, 11, 10), "delivered", [CHOICE, OTHER])


def _accepted_with(names: list[str]) -> Callable[[Any, Any], None]:
    def check(_ids: Any, dialog: Any) -> None:
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert [choice.name for choice in dialog.chosen] == names

    return check


def _nothing(qtbot: QtBot, dialog: Any) -> None:
    return None


CASES: dict[str, Case_] = {
    "day: make-up with a note": Case_(_day, "add_button", _day_makeup_note, _day_logged_makeup),
    "delivered as planned, one service": Case_(_quick_one, "ok_button", _nothing, _accepted_with([SPEECH])),
    "delivered as planned, two services": Case_(
        _quick_two, "ok_button", _nothing, _accepted_with([SPEECH])
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_enter_does_the_main_action(qtbot: QtBot, opened_case: Any, name: str) -> None:
    case = CASES[name]
    dialog = case.build(opened_case)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isActiveWindow())
    default = getattr(dialog, case.default)
    assert isinstance(default, QPushButton)
    target = case.fill(qtbot, dialog) or QApplication.focusWidget()
    assert target is not None and target.window() is dialog
    assert not isinstance(target, QPushButton) or target is default, f"focus on {target.text()!r}"
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisible()]
    assert defaults == [default]
    qtbot.keyClick(target, Qt.Key.Key_Return, case.key)
    case.check(opened_case, dialog)
