"""Fixtures of the UI tests: a controller with fast key parameters and scripted file dialogs (one
ScriptedFiles, tests/ui/scripted_files.py, which the controller hands to every page).

The shared tests/conftest.py already runs Qt offscreen and sandboxes HOME, TMPDIR and XDG folders.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from scripted_files import ScriptedFiles
from ui_support import CHILD, PASSPHRASE

from iepdesk.casefile import Argon2Params, Case
from iepdesk.casefile.remember import KeyringStatus
from iepdesk.i18n import current as current_language
from iepdesk.model import database
from ui.i18n import install_language
from ui.shell.app import make_application
from ui.shell.controller import AppController
from ui.widgets import unsaved

NO_KEYRING = KeyringStatus(False, "test", "No password store in tests.")


@pytest.fixture(autouse=True)
def _english_window(qapp: QApplication) -> Iterator[None]:
    """Every UI test starts with the window in English, its plural forms installed ("1 session"); a
    test that switches to Spanish is put back afterwards."""
    if qapp.property("iepdesk-test-language") != "en":
        install_language(qapp, "en")
        qapp.setProperty("iepdesk-test-language", "en")
        qapp.setProperty("iepdesk-translated", True)
    yield
    if current_language() != "en":
        install_language(qapp, "en")


@pytest.fixture(autouse=True)
def _answer_unsaved_with_save(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real Save / Discard / Cancel box would wait for ever offscreen: unless a test answers it
    itself (tests/ui/test_ui_unsaved.py), the question is answered Save."""
    monkeypatch.setattr(unsaved, "answer_for_tests", lambda _question: unsaved.Choice.SAVE)


@pytest.fixture
def files() -> ScriptedFiles:
    return ScriptedFiles()


@pytest.fixture
def controller(qapp: QApplication, files: ScriptedFiles) -> Iterator[AppController]:
    make_application()
    app = AppController(kdf=Argon2Params, files=files, keyring=NO_KEYRING)
    yield app
    app.tasks.wait(30_000)
    if app.case is not None:
        app.case.lock()
        app.case = None  # locked here, not by the controller: closing the window must not save into it
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    app.idle.stop()
    app.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    database.initialize(None)


MakeCase = Callable[..., Path]


@pytest.fixture
def make_case(sandbox) -> MakeCase:  # type: ignore[no-untyped-def]
    """``make_case(file_name="case.iepcase", child=CHILD) -> path`` of a locked case."""

    def make(file_name: str = "case.iepcase", child: str = CHILD, passphrase: str = PASSPHRASE) -> Path:
        path: Path = sandbox.documents / file_name
        case, _secret = Case.create(path, child, passphrase, Argon2Params())
        case.lock()
        return path

    return make
