"""Helpers of the IEP page tests (no tests here): build a case with an IEP, drive the keyboard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import factories
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from ui_support import PASSPHRASE, activate, open_case

from iepdesk.model import IepVersion
from ui.iep.page import IepPage
from ui.shell.controller import AppController

CHILD = "Jacob Testchild"
TODAY = dt.date.today()


def case_with(sandbox, build: Callable[[], None] | None = None, child: str = CHILD) -> Path:  # type: ignore[no-untyped-def]
    """A locked case whose content ``build`` wrote (inside the open case)."""
    path: Path = sandbox.documents / "iep.iepcase"
    with factories.new_case(path, child, PASSPHRASE):
        if build is not None:
            build()
    return path


def final_version(
    *,
    effective_from: dt.date | None = TODAY - dt.timedelta(days=30),
    effective_to: dt.date | None = None,
    meeting_date: dt.date | None = TODAY - dt.timedelta(days=40),
    kind: str = "annual",
    status: str = "final",
    notes: str = "",
) -> IepVersion:
    """An IEP in effect from 30 days ago with no end, its meeting 40 days ago."""
    return factories.version(
        effective_from, effective_to, meeting_date=meeting_date, kind=kind, status=status, notes=notes
    )


def speech(version_id: int, title: str = "Speech-language therapy", **values: Any) -> int:
    """``factories.service`` (2 x 30 a week, individual, therapy room) named as the IEP page tests
    name it; its id."""
    return int(factories.service(version_id, title, **values).id)


def open_iep_page(qtbot, controller: AppController, path: Path) -> IepPage:  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, path)
    window = controller.main_window
    assert window is not None
    activate(qtbot, window)
    page = next(p for p in window.pages if isinstance(p, IepPage))
    window.show_page(window.pages.index(page))
    return page


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(qtbot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """Press a key where the keyboard focus is, as the parent would."""
    qtbot.keyClick(focused(), k, modifier)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focused(), text)


def tab(qtbot, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        key(qtbot, Qt.Key.Key_Tab)


def fill(qtbot, *entries: str | Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Type each text (or press each key) into the focused field, with Tab between them.

    A key chooses in a list by its first letter; a list adds letters typed within the keyboard input
    interval to one search ("w" then "m" finds nothing), so pause as long as a person would.
    """
    for i, entry in enumerate(entries):
        if i:
            tab(qtbot)
        if isinstance(entry, str):
            type_text(qtbot, entry)
        else:
            qtbot.wait(QApplication.keyboardInputInterval() + 20)
            key(qtbot, entry)
