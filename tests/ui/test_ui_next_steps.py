"""Next steps: the whole path is shown, what the case shows is marked done, and the buttons lead on."""

from __future__ import annotations

import datetime as dt
import re

import factories
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from test_ui_binder import letters_page
from test_ui_letters_case import fill_case, make_letters_case
from ui_support import CHILD, PASSPHRASE, open_case

from iepdesk import next_steps
from iepdesk.casefile import Case
from iepdesk.model import Letter
from ui.iep.page import IepPage
from ui.letters.new_letter import NewLetterWizard
from ui.letters.next_steps_texts import table

TITLES = [
    "Keep a dated record",
    "Make the IEP's wording precise",
    "Write to the school, calmly and with facts",
    "Ask for an IEP meeting, with a concerns letter",
    "Bring an advocate",
    "Ask your state's Protection & Advocacy agency",
    "Connect with other parents",
    "Ask your state's department of education about your options",
    "File a state complaint",
    "If it is discrimination: an OCR complaint",
    "Talk to a special education attorney",
    "Or take the path of least resistance",
]


def shown_texts(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def log_entries_of_fill_case() -> int:
    """fill_case logs speech on every Tuesday and Thursday from 100 days ago until yesterday."""
    today = dt.date.today()
    days = (today - dt.timedelta(days=n) for n in range(1, 101))
    return sum(1 for day in days if day.weekday() in (1, 3))


def open_steps(qtbot, controller, path):  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, path)
    page = letters_page(controller)
    page.tabs.setCurrentWidget(page.next_steps)
    return page, page.next_steps


def test_the_page_shows_the_whole_path_and_marks_what_the_case_shows(qtbot, controller, sandbox) -> None:
    path = make_letters_case(sandbox.documents, incidents=3)
    with Case.open(path, PASSPHRASE):
        Letter.create(
            kind="concerns-letter", title="Concerns", sent_on=dt.date.today() - dt.timedelta(days=4)
        )
    _page, steps = open_steps(qtbot, controller, path)

    headings = [box.heading.text() for box in steps.boxes.values()]
    assert headings == [f"{n}. {title}" for n, title in enumerate(TITLES, start=1)]
    record = steps.boxes["record"]
    assert record.mark.text() == "✓" and record.accessibleName() == "Keep a dated record: done"
    assert record.accessibleDescription().startswith("Documented: ")
    assert record.shows.text().startswith(
        f"Documented: {log_entries_of_fill_case()} service log entries, 3 incidents."
    )
    assert steps.boxes["wording"].mark.text() == "○"  # fill_case's provisions have clarity notes
    assert "With wording to check: 3." in steps.boxes["wording"].shows.text()
    assert steps.boxes["write"].mark.text() == "✓"  # the case holds an email to the school
    assert steps.boxes["meeting"].mark.text() == "✓"
    assert "Meeting requested on" in steps.boxes["meeting"].shows.text()
    assert steps.boxes["advocate"].mark.text() == "○"  # no advocate on the team
    assert steps.boxes["advocate"].accessibleName().endswith("not yet")
    for key in ("pa", "parents", "doe", "other"):  # nothing in a case shows these: no mark at all
        assert steps.boxes[key].mark.text() == ""
    assert "the one-year window closes on" in steps.boxes["complaint"].shows.text()
    assert "the 180-day window closes on" in steps.boxes["ocr"].shows.text()

    text = shown_texts(steps)
    for needed in ("\u201cFind your P&A\u201d", "The Arc", "Decoding Dyslexia", "No one should judge it"):
        assert needed in text
    assert "Suing a teacher rarely works" in shown_texts(steps.expect)
    assert not re.search(r"\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|https?:|www\.|\.(org|gov|com)\b", text)
    # Every button can be reached with the keyboard and says what it does.
    for button in steps.action_buttons.values():
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus and button.accessibleName()


def test_the_clarity_check_button_opens_the_iep_page_on_a_provision_with_findings(
    qtbot, controller, sandbox
) -> None:  # type: ignore[no-untyped-def]
    path = make_letters_case(sandbox.documents, incidents=1)
    _page, steps = open_steps(qtbot, controller, path)
    window = controller.main_window
    iep = next(p for p in window.pages if isinstance(p, IepPage))

    qtbot.mouseClick(steps.clarity_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is iep)
    assert iep.tabs.currentWidget() is iep.provisions
    assert iep.editor.provision_id is not None
    assert iep.editor.findings.findings()  # its clarity findings are shown beside it


def test_the_concerns_letter_button_starts_that_letter(qtbot, controller, sandbox) -> None:
    path = make_letters_case(sandbox.documents, incidents=1)
    page, steps = open_steps(qtbot, controller, path)
    seen: list[str] = []

    def cancel_wizard() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, NewLetterWizard)
        seen.append(wizard.kind_page.kind())
        wizard.reject()

    QTimer.singleShot(0, cancel_wizard)
    qtbot.mouseClick(steps.concerns_button, Qt.MouseButton.LeftButton)
    assert seen == ["concerns-letter"]
    assert page.tabs.currentWidget() is page.letters


def test_a_case_without_incidents_or_letters(qtbot, controller, sandbox) -> None:
    path = sandbox.documents / "empty.iepcase"
    with factories.new_case(path, CHILD, PASSPHRASE):
        fill_case(sandbox.documents, incidents=0, advocate=True)
    _page, steps = open_steps(qtbot, controller, path)
    assert steps.boxes["record"].mark.text() == "✓"  # the service log alone is a record
    assert steps.boxes["meeting"].mark.text() == "○"
    assert steps.boxes["advocate"].mark.text() == "✓"
    assert "The window counts from an incident" in steps.boxes["complaint"].shows.text()


def test_the_window_shows_every_core_text_through_its_translation_table() -> None:
    texts = table()
    assert set(texts) == set(next_steps.TEXTS)
    # With no translation loaded, the table's English is the core's, word for word.
    assert {k: v for k, v in texts.items() if v != next_steps.TEXTS[k]} == {}
