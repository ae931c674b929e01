"""A shared copy open in the window: each page's add, edit, delete and save controls are off up front,
saying "Shared copy: read-only" (on the parent's own case they are on); a new letter of each kind is
made from the copy and exported, with a plain line that it is not saved in it, and the copy's file is
not touched (its bytes and time unchanged)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from test_ui_binder import letters_page
from test_ui_letters_case import CHILD, make_letters_case
from ui_support import PASSPHRASE, WAIT_MS, open_case

from iepdesk.casefile import Argon2Params, Case
from iepdesk.letters import drafts
from iepdesk.model import Letter
from iepdesk.share.make import share_case
from iepdesk.share.parts import ShareParts
from ui import messages
from ui.calendar.page import CalendarPage
from ui.comms.page import CommunicationsPage
from ui.iep.page import IepPage
from ui.incidents.page import IncidentsPage
from ui.letters.new_letter import NewLetterWizard
from ui.profile.page import ChildTeamPage
from ui.progress.page import ProgressPage
from ui.vault.page import DocumentsPage
from ui.widgets.read_only import is_held

COPY_PASSPHRASE = "otter violin harbor pepper"
MADE = "This is a shared copy: the letter is made, not saved in it."
REASON = "Shared copy: read-only"


def _copy(path: Path) -> Path:
    out = path.with_name("copy.iepcase")
    with Case.open(path, PASSPHRASE) as case:
        share_case(case, out, COPY_PASSPHRASE, ShareParts(), Argon2Params())
    return out


def _page(controller, kind: type):  # type: ignore[no-untyped-def]
    window = controller.main_window
    index, page = next((i, p) for i, p in enumerate(window.pages) if isinstance(p, kind))
    window.show_page(index)
    return page


def _main_controls(controller) -> dict[str, QPushButton]:  # type: ignore[no-untyped-def]
    """Each page's main add or save controls, by name (those on whatever is chosen are off anyway)."""
    profile, iep = _page(controller, ChildTeamPage), _page(controller, IepPage)
    progress, calendar = _page(controller, ProgressPage), _page(controller, CalendarPage)
    incidents, comms = _page(controller, IncidentsPage), _page(controller, CommunicationsPage)
    documents = _page(controller, DocumentsPage)
    letters = letters_page(controller).letters
    return {
        "add documents": documents.view.add_files_button,
        "document details save": documents.view.details.save_button,
        "team add": profile.team.add_button,
        "IEP new item": iep.main_button,
        "IEP add": iep.versions_view.add_button,
        "progress add": progress.view.add_button,
        "log today": calendar.today_button,
        "school year add": calendar.school.years.add_button,
        "record an incident": incidents.view.add_button,
        "new communication": comms.view.new_button,
        "paste an email": comms.view.paste_button,
        "letter save": letters.save_button,
        "mark sent": letters.check_panel.sent_button,
    }


def test_a_shared_copy_holds_each_pages_edit_controls_off(qtbot, controller, sandbox, monkeypatch) -> None:
    said: list[object] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, _title, text: said.append(text))
    open_case(qtbot, controller, _copy(make_letters_case(sandbox.documents)), COPY_PASSPHRASE)
    controls = _main_controls(controller)
    for name, control in controls.items():
        assert not control.isEnabled(), name
        assert control.accessibleDescription() == REASON and control.toolTip() == REASON, name
        assert is_held(control), name
    # A page turning its button on again (a row chosen, a text typed) cannot: the hold keeps it off.
    incidents = _page(controller, IncidentsPage)
    incidents.view.edit_button.setEnabled(True)
    assert not incidents.view.edit_button.isEnabled()
    # Letters are made from the copy: New letter stays on, as do export and print.
    view = letters_page(controller).letters
    assert view.new_button.isEnabled() and not view.new_button.accessibleDescription()
    profile = _page(controller, ChildTeamPage)
    qtbot.keyClicks(profile.form.school, "Another school")  # the page's own code turns Save on: held off
    assert not profile.save_button.isEnabled() and profile.save_button.toolTip() == REASON
    assert said == []


def test_the_parents_own_case_has_them_on(qtbot, controller, sandbox) -> None:
    open_case(qtbot, controller, make_letters_case(sandbox.documents))
    controls = _main_controls(controller)
    for name in ("team add", "IEP new item", "log today", "school year add", "record an incident"):
        assert controls[name].isEnabled(), name
        assert controls[name].accessibleDescription() != REASON, name
    for name in ("new communication", "paste an email", "add documents"):
        assert controls[name].isEnabled(), name


def _sha(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def _make(qtbot, page, kind: str) -> None:  # type: ignore[no-untyped-def]
    """The new-letter wizard, through to the end with what it offers (its details as they come)."""

    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, NewLetterWizard)
        assert wizard.kind_page.kind() == kind
        if kind == "incident-email":  # it needs its incident
            wizard.next()
            wizard.cites_page.incidents.item(0).setCheckState(Qt.CheckState.Checked)
        wizard.accept()

    QTimer.singleShot(0, drive)
    page.letters.new_letter(kind)


@pytest.mark.parametrize("kind", drafts.KINDS)
def test_each_kind_of_letter_is_made_and_exported_from_a_shared_copy(
    qtbot, controller, files, sandbox, monkeypatch, kind: str
) -> None:
    said: list[object] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, _title, text: said.append(text))
    copy = _copy(make_letters_case(sandbox.documents))
    with Case.open(copy, COPY_PASSPHRASE):
        letters_before = Letter.select().count()
    before = _sha(copy)
    open_case(qtbot, controller, copy, COPY_PASSPHRASE)
    page = letters_page(controller)
    view = page.letters
    _make(qtbot, page, kind)
    assert view.letter is not None and view.letter.kind == kind and view.letter.id == 0
    assert view.status.text() == MADE
    assert CHILD.split(" ")[0] in view.editor.toPlainText()
    # Typed words go into the PDF; the line says again that nothing is saved in the copy.
    view.editor.setFocus()
    qtbot.keyClicks(view.editor, "zorbleflap ")
    assert view.status.text() == MADE and not view.save_button.isEnabled()
    out = sandbox.documents / f"{kind}.pdf"
    files.answers = [out]
    qtbot.mouseClick(view.check_panel.export_button, Qt.MouseButton.LeftButton)
    assert files.asked == ["letter"]
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    assert str(view.letter.title) in text and "zorbleflap" in text
    assert "not encrypted" in view.status.text()
    assert said == []
    controller.lock()
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=WAIT_MS)
    assert _sha(copy) == before  # not a byte, not its time
    with Case.open(copy, COPY_PASSPHRASE):
        assert Letter.select().count() == letters_before
