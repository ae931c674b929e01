"""A shared copy in the window, the parts its pages' make_page does not cover: the Overview's today
buttons (and their D and M keys) and Settings' Change passphrase are held off; leaving a page where
something was typed asks nothing (the copy saves nothing) and keeps the typing on the page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import factories
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from test_ui_iep_support import case_with
from ui_support import PASSPHRASE, WAIT_MS, activate, open_case

from iepdesk.casefile import Argon2Params, Case
from iepdesk.model import ServiceLogEntry
from iepdesk.share.make import share_case
from iepdesk.share.parts import ShareParts
from ui.profile.page import ChildTeamPage
from ui.widgets import unsaved
from ui.widgets.read_only import is_held

COPY_PASSPHRASE = "otter violin harbor pepper"
REASON = "Shared copy: read-only"
THURSDAY = dt.date(2026, 3, 5)


@pytest.fixture(autouse=True)
def thursday(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("iepdesk.iep.store.today", lambda: THURSDAY)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every Save / Discard / Cancel question (answered Save, as conftest does)."""
    questions: list[str] = []

    def answer(question: str) -> unsaved.Choice:
        questions.append(question)
        return unsaved.Choice.SAVE

    monkeypatch.setattr(unsaved, "answer_for_tests", answer)
    return questions


def _two_services() -> None:
    # Speech on Tuesdays and Thursdays, OT on Thursdays: two sessions today (Thursday, March 5).
    factories.school_year()
    version = factories.version()
    factories.service(version, "Speech therapy", 30, 2, "week", days_of_week="2,4")
    factories.service(version, "Occupational therapy", 45, 1, "week", days_of_week="4")
    factories.contact()


def _copy(path: Path) -> Path:
    out = path.with_name("copy.iepcase")
    with Case.open(path, PASSPHRASE) as case:
        share_case(case, out, COPY_PASSPHRASE, ShareParts(), Argon2Params())
    return out


def _click_area(qtbot, window, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = window.sidebar.visualItemRect(window.sidebar.item(row))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_overview_logs_nothing_and_the_passphrase_cannot_change(qtbot, controller, sandbox) -> None:  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, _copy(case_with(sandbox, _two_services)), COPY_PASSPHRASE)
    window = controller.main_window
    activate(qtbot, window)
    today = window.overview.today
    assert today.list.count() == 2  # the two sessions are shown, to read
    for control in (today.delivered_button, today.missed_button, window.settings_page.change_button):
        assert is_held(control) and control.toolTip() == REASON
    assert today.hint.text() == REASON
    # Choosing a session turns nothing back on; D and M log nothing and ask nothing.
    today.list.setFocus()
    qtbot.keyClick(today.list, Qt.Key.Key_Down)  # type: ignore[no-untyped-call]
    assert not today.delivered_button.isEnabled() and not today.missed_button.isEnabled()
    qtbot.keyClick(today.list, Qt.Key.Key_D)  # type: ignore[no-untyped-call]
    qtbot.keyClick(today.list, Qt.Key.Key_M)  # type: ignore[no-untyped-call]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert ServiceLogEntry.select().count() == 0
    assert window.overview.status.text() == ""


def test_the_parents_own_case_still_logs_and_changes_the_passphrase(qtbot, controller, sandbox) -> None:  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, case_with(sandbox, _two_services))
    window = controller.main_window
    today = window.overview.today
    assert not is_held(today.delivered_button) and not is_held(window.settings_page.change_button)
    assert window.settings_page.change_button.isEnabled()
    activate(qtbot, window)
    today.list.setFocus()
    qtbot.keyClick(today.list, Qt.Key.Key_D)  # type: ignore[no-untyped-call]
    assert ServiceLogEntry.select().count() == 1


def test_leaving_a_page_typed_on_asks_nothing_and_keeps_the_typing(qtbot, controller, sandbox, asked) -> None:  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, _copy(case_with(sandbox, _two_services)), COPY_PASSPHRASE)
    window = controller.main_window
    activate(qtbot, window)
    profile_row = next(i for i, p in enumerate(window.pages) if isinstance(p, ChildTeamPage))
    _click_area(qtbot, window, profile_row)
    profile = window.pages[profile_row]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is profile, timeout=WAIT_MS)
    profile.form.school.setFocus()
    qtbot.keyClicks(profile.form.school, " typed")
    assert profile.has_unsaved_changes()
    _click_area(qtbot, window, 0)  # the Overview
    assert window.stack.currentIndex() == 0 and window.sidebar.currentRow() == 0
    assert asked == []
    _click_area(qtbot, window, profile_row)
    assert profile.form.school.text().endswith(" typed")
    assert window.settle_all() and asked == []  # closing the copy asks nothing either
    assert window.keep_drafts() == {}  # and keeps no draft in it


def test_on_the_parents_own_case_leaving_still_asks(qtbot, controller, sandbox, asked) -> None:  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, case_with(sandbox, _two_services))
    window = controller.main_window
    activate(qtbot, window)
    profile_row = next(i for i, p in enumerate(window.pages) if isinstance(p, ChildTeamPage))
    _click_area(qtbot, window, profile_row)
    profile = window.pages[profile_row]
    profile.form.school.setFocus()
    qtbot.keyClicks(profile.form.school, " typed")
    _click_area(qtbot, window, 0)
    assert len(asked) == 1
