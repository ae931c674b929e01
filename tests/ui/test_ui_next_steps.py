"""Next steps: what the case already shows is marked done; help is named, never given as numbers."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from test_ui_binder import letters_page
from test_ui_letters_case import fill_case, make_letters_case
from ui_support import CHILD, PASSPHRASE, open_case

from iepdesk.casefile import Argon2Params, Case
from iepdesk.letters import drafts
from ui.letters.new_letter import NewLetterWizard


def shown_texts(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def test_incidents_recorded_marks_the_first_step_done(qtbot, controller, sandbox) -> None:
    path = make_letters_case(sandbox.documents, incidents=3)
    with Case.open(path, PASSPHRASE):
        sent = dt.date.today() - dt.timedelta(days=4)
        letter = drafts.create_draft("concerns-letter")
        drafts.mark_sent(letter.id, sent)
    open_case(qtbot, controller, path)
    page = letters_page(controller)
    page.tabs.setCurrentWidget(page.next_steps)
    steps = page.next_steps

    assert steps.record.mark.text() == "✓"
    assert steps.record.accessibleName().endswith("done")
    assert "Incidents recorded: 3" in steps.record.shows.text()
    assert steps.communicate.mark.text() == "✓"  # the case holds an email to the school
    assert steps.meeting.mark.text() == "✓"
    assert "Meeting requested on" in steps.meeting.shows.text()
    assert str(sent.year) in steps.meeting.shows.text()
    assert steps.help.mark.text() == "○"  # no advocate on the team
    # The formal routes show their windows, each with the date it counts from, and that states differ.
    windows = steps.windows.text()
    assert "State complaint (one year)" in windows and "34 CFR 300.153(c)" in windows
    assert "for the incident of" in windows
    text = shown_texts(steps)
    assert "Your state's rules may differ" in text
    # The finders are named; no address, phone number or web address is given.
    assert "\u201cFind your P&A\u201d" in text and "\u201cFind your Parent Center\u201d" in text
    assert not re.search(r"\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|https?:|www\.", text)
    assert not re.search(r"\.(org|gov|com)\b", shown_texts(steps.help))
    assert "your record stays yours" in steps.stop_line.text()

    # A button there starts the matching letter.
    def cancel_wizard() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, NewLetterWizard)
        assert wizard.kind_page.kind() == "state-complaint"
        wizard.reject()

    QTimer.singleShot(0, cancel_wizard)
    qtbot.mouseClick(steps.state_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.letters


def test_a_case_without_incidents_shows_the_first_step_not_done(qtbot, controller, sandbox) -> None:
    path = sandbox.documents / "empty.iepcase"
    case, _ = Case.create(path, CHILD, PASSPHRASE, Argon2Params())
    with case:
        fill_case(sandbox.documents, incidents=0, advocate=True)
    open_case(qtbot, controller, path)
    steps = letters_page(controller).next_steps
    assert steps.record.mark.text() == "○"
    assert steps.record.accessibleName().endswith("not yet")
    assert "No incidents recorded yet" in steps.record.shows.text()
    assert steps.help.mark.text() == "✓"  # an advocate is on the team
    assert "none is recorded yet" in steps.windows.text()
    assert steps.meeting.mark.text() == "○"
