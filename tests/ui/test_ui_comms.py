"""The Communications page: logging a call linked to an incident, filling the form from an email,
and the live tone check for messages the parent writes."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

import factories
import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_support import CHILD, PASSPHRASE, WAIT_MS, activate, find_case_text, open_case

from iepdesk import drafts
from iepdesk.casefile import Case
from iepdesk.comms import log as comms_log
from iepdesk.comms import tone as tone_core
from iepdesk.model import Child, Communication, Contact, Document, Provision
from iepdesk.schedule.logbook import record_incident
from iepdesk.vault import library
from ui.comms.page import CommunicationsPage
from ui.comms.paste_dialog import PasteEmailDialog
from ui.vault.link_dialog import LinkPicker

RIVERA = "Ms. Quennaby Rivera"
INCIDENT = "No speech session on Tuesday; the SLP was at a training"


@pytest.fixture
def case_path(sandbox) -> Path:
    path = sandbox.documents / "comms.iepcase"
    with factories.new_case(path, CHILD, PASSPHRASE):
        child = Child.the_child()
        child.parent_email = "parent@home.example"
        child.save()
        factories.contact(RIVERA, "Case manager", email="rivera@school.example")
        version = factories.version(dt.date(2025, 9, 2), None, meeting_date=None)
        provision = factories.service(
            version, "Speech-language therapy", 30, 2, "week", delivery=None, location=""
        )
        record_incident(dt.date(2026, 3, 3), [provision.id], INCIDENT, reported_by="Maya")
    return path


def comms_page(qtbot, controller, path: Path) -> CommunicationsPage:
    open_case(qtbot, controller, path)
    window = controller.main_window
    page = next(p for p in window.pages if isinstance(p, CommunicationsPage))
    window.show_page(window.pages.index(page))
    return page


def _choose_in_picker(kind: str, text: str) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, LinkPicker)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    items = [dialog.list.item(r) for r in range(dialog.list.count())]
    match = next(i for i in items if text in i.text())
    match.setSelected(True)
    dialog.ok_button.click()


def test_log_a_phone_call_linked_to_an_incident(qtbot, controller, case_path) -> None:
    page = comms_page(qtbot, controller, case_path)
    form = page.form
    assert page.view.empty.isVisibleTo(page)
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    form.channel.setCurrentIndex(form.channel.findData("phone"))
    form.direction.setCurrentIndex(form.direction.findData("from_school"))
    assert not form.tone.isVisibleTo(form)  # the school's words are not tone-checked
    form.people.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(form.subject, "Call about the missed speech session")
    qtbot.keyClicks(form.body, "She said the session will be made up next week.")
    form.follow_up.setDate(dt.date.today() + dt.timedelta(days=3))

    QTimer.singleShot(0, lambda: _choose_in_picker("incident", "No speech session"))
    qtbot.mouseClick(form.links.add_button, Qt.MouseButton.LeftButton)
    assert form.links.record_keys()[0][0] == "incident"
    assert "No speech session" in form.links.list.item(0).text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.status.text() == "Saved."

    saved = Communication.get()
    assert (saved.channel, saved.direction) == ("phone", "from_school")
    incident_id = int(library.linked("communication", saved.id)[0][1])
    assert library.linked("communication", saved.id) == [("incident", incident_id)]
    assert [c.name for c in comms_log.people_of(saved.id)] == [RIVERA]
    model = page.view.model
    assert model.rowCount() == 1
    assert [model.data(model.index(0, c)) for c in (1, 2, 3, 4)] == [
        "Phone call",
        "From school",
        RIVERA,
        "Call about the missed speech session",
    ]
    assert page.view.follow_ups.count() == 1

    # the link can be removed again, and the change is saved
    form.links.list.setCurrentRow(0)
    qtbot.mouseClick(form.links.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert library.linked("communication", saved.id) == []
    assert Communication.select().count() == 1


PASTED = """From: Ms. Quennaby Rivera <rivera@school.example>
Sent: Tuesday, March 10, 2026 4:42 PM
To: parent@home.example
Cc: office@school.example
Subject: Speech make-up sessions

Hello,
We will make up the two missed sessions on March 16 and 18.
"""


def test_paste_an_email_fills_the_form(qtbot, controller, case_path) -> None:
    page = comms_page(qtbot, controller, case_path)

    def paste() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PasteEmailDialog)
        assert not dialog.ok_button.isEnabled()
        dialog.text.setPlainText(PASTED)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, paste)
    qtbot.mouseClick(page.view.paste_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form.subject.text() == "Speech make-up sessions"
    assert "March 16 and 18" in form.body.toPlainText()
    assert form.channel.currentData() == "email"
    assert form.direction.currentData() == "from_school"
    assert form.contact_ids() == [Contact.get().id]
    assert form.others.text() == "office@school.example"  # the parent's own address is left out
    assert form.when.dateTime().toString("yyyy-MM-ddTHH:mm") == "2026-03-10T16:42"
    assert form.dirty and "Check it" in form.status.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert Communication.get().subject == "Speech make-up sessions"


def test_import_an_eml_keeps_the_email_as_a_document(qtbot, controller, case_path, tmp_path) -> None:
    page = comms_page(qtbot, controller, case_path)
    message = EmailMessage()
    message["From"] = "Parent <parent@home.example>"
    message["To"] = "Ms. Quennaby Rivera <rivera@school.example>"
    message["Subject"] = "Request for the speech log"
    message["Date"] = "Wed, 11 Mar 2026 08:15:00 -0000"
    message.set_content("Please send the speech log for February.")
    message.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="log.pdf")
    eml = tmp_path / "request.eml"
    eml.write_bytes(bytes(message))

    class Files:
        def email_file(self, _parent, _folder):
            return eml

    page.files = Files()
    qtbot.mouseClick(page.view.eml_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form.subject.text() == "Request for the speech log"
    assert form.direction.currentData() == "to_school"  # Rivera is the team; the sender is not
    assert "request.eml" in form.attachments.list.item(0).text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = Communication.get()
    document = Document.get()
    assert document.filename == "request.eml"
    assert ("document", document.id) in library.linked("communication", saved.id)


def test_tone_check_flags_heated_words_and_not_calm_ones(qtbot, controller, case_path) -> None:
    page = comms_page(qtbot, controller, case_path)
    form = page.form
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    form.direction.setCurrentIndex(form.direction.findData("to_school"))
    tone = form.tone
    assert tone.isVisibleTo(form)

    qtbot.keyClicks(form.body, "You NEVER send the notes!!")
    qtbot.waitUntil(lambda: len(tone.findings) > 0, timeout=WAIT_MS)
    advice = tone.advice_text()
    assert "“You NEVER”" in advice and "blames the reader" in advice
    assert advice.count("Instead:") == len(tone.findings)
    highlighted = [s.cursor.selectedText() for s in form.body.extraSelections()]
    assert "You NEVER" in highlighted and "!!" in highlighted
    assert tone.advice.isVisibleTo(tone) and not tone.all_clear.isVisibleTo(tone)
    tone.advice.anchorClicked.emit(QUrl("f:0"))  # the flagged words' link in the advice
    assert form.body.textCursor().selectedText() == "You NEVER"

    form.body.clear()
    qtbot.keyClicks(form.body, "Could you please send the speech notes from March 3 by Friday? Thank you.")
    qtbot.waitUntil(lambda: tone.all_clear.isVisibleTo(tone), timeout=WAIT_MS)
    assert tone.findings == [] and tone.advice_text() == ""
    assert tone.all_clear.text() == "Nothing heated found."
    assert form.body.extraSelections() == []


def test_factual_outline_uses_the_linked_promise_and_incident(qtbot, controller, case_path) -> None:
    page = comms_page(qtbot, controller, case_path)
    form = page.form
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    form.direction.setCurrentIndex(form.direction.findData("to_school"))
    form.people.item(0).setCheckState(Qt.CheckState.Checked)
    QTimer.singleShot(0, lambda: _choose_in_picker("provision", "Speech-language therapy"))
    qtbot.mouseClick(form.links.add_button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, lambda: _choose_in_picker("incident", "No speech session"))
    qtbot.mouseClick(form.links.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.tone.outline_button, Qt.MouseButton.LeftButton)
    text = form.body.toPlainText()
    assert f"Dear {RIVERA}," in text
    assert (
        "IEP (dated September 2, 2025) says that Maya will receive speech-language therapy, 60 minutes"
        in text
    )
    assert "On March 3, 2026, no speech session on Tuesday" in text
    assert CHILD in text
    qtbot.waitUntil(lambda: not tone_busy(form), timeout=WAIT_MS)
    assert form.tone.findings == []  # the outline itself reads calmly


def tone_busy(form) -> bool:
    return form.tone._timer.isActive()


def _new_message_to_school(qtbot, controller, case_path):
    page = comms_page(qtbot, controller, case_path)
    form = page.form
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    form.direction.setCurrentIndex(form.direction.findData("to_school"))
    qtbot.waitUntil(lambda: not form.tone.outline_button.rect().isEmpty(), timeout=WAIT_MS)  # laid out
    return form


def test_outline_starts_on_a_new_line_after_what_the_parent_typed(qtbot, controller, case_path) -> None:
    form = _new_message_to_school(qtbot, controller, case_path)
    form.people.item(0).setCheckState(Qt.CheckState.Checked)
    typed = "Hello, I am writing about the speech sessions."
    qtbot.keyClicks(form.body, typed)
    qtbot.mouseClick(form.tone.outline_button, Qt.MouseButton.LeftButton)
    text = form.body.toPlainText()
    assert text.startswith(typed + "\n\nDear " + RIVERA + ",\n\n")
    assert (
        form.body.textCursor().selectedText()
        == "[what the IEP promises: how many minutes, how often, who, where]"
    )
    form.body.undo()  # one step takes the whole outline back out
    assert form.body.toPlainText() == typed

    form.body.clear()  # in the middle: a blank line on each side, nothing of the parent's lost
    qtbot.keyClicks(form.body, "First line.")
    form.body.insertPlainText("\nLast line.")
    cursor = form.body.textCursor()
    cursor.setPosition(len("First line."))
    form.body.setTextCursor(cursor)
    qtbot.mouseClick(form.tone.outline_button, Qt.MouseButton.LeftButton)
    text = form.body.toPlainText()
    assert text.startswith("First line.\n\nDear ") and text.endswith("\n\nLast line.")
    assert "\n\n\n" not in text


def test_outline_fills_the_incidents_date_and_the_provisions_own_words(qtbot, controller, case_path) -> None:
    form = _new_message_to_school(qtbot, controller, case_path)
    Provision.update(iep_wording="Maya will receive speech-language therapy 2 x 30 minutes weekly.").execute()
    QTimer.singleShot(0, lambda: _choose_in_picker("incident", "No speech session"))  # the incident only
    qtbot.mouseClick(form.links.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.tone.outline_button, Qt.MouseButton.LeftButton)
    text = form.body.toPlainText()
    assert text.startswith("Dear [name],")  # nothing typed before: no blank line at the top
    assert "says that Maya will receive speech-language therapy, 60 minutes per week (2 × 30)" in text
    assert "In its words: “Maya will receive speech-language therapy 2 x 30 minutes weekly.”" in text
    assert "On March 3, 2026, no speech session on Tuesday; the SLP was at a training." in text
    qtbot.waitUntil(lambda: not tone_busy(form), timeout=WAIT_MS)
    assert form.tone.findings == []


def test_rewrites_are_filled_from_the_linked_incident_and_provision(qtbot, controller, case_path) -> None:
    form = _new_message_to_school(qtbot, controller, case_path)
    Provision.update(iep_wording="Maya will receive speech-language therapy 2 x 30 minutes weekly.").execute()
    QTimer.singleShot(0, lambda: _choose_in_picker("incident", "No speech session"))
    qtbot.mouseClick(form.links.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.body, "You have failed Maya. Ms. Rivera refused to help.")
    qtbot.waitUntil(lambda: len(form.tone.findings) == 2, timeout=WAIT_MS)
    advice = form.tone.advice_text()
    assert "Instead: On March 3, 2026, no speech session on Tuesday; the SLP was at a training." in advice
    assert 'The IEP says "Maya will receive speech-language therapy 2 x 30 minutes weekly".' in advice
    assert "Instead: On March 3, 2026, Maya did not receive speech-language therapy." in advice

    form.body.clear()  # a by-date is a week ahead, never the incident's date
    qtbot.keyClicks(form.body, "This is ridiculous.")
    qtbot.waitUntil(lambda: [f.category for f in form.tone.findings] == ["contempt"], timeout=WAIT_MS)
    week = dt.date.today() + dt.timedelta(days=7)
    assert f"by {week:%B} {week.day}, {week.year}." in form.tone.advice_text()


def test_tone_box_shows_the_kind_and_a_factual_rewrite_for_each_finding(qtbot, controller, case_path) -> None:
    form = _new_message_to_school(qtbot, controller, case_path)
    tone = form.tone
    qtbot.keyClicks(
        form.body, "You are not doing this accommodation and I am sick of it. THIS IS UNACCEPTABLE."
    )
    qtbot.waitUntil(lambda: len(tone.findings) >= 4, timeout=WAIT_MS)
    advice = tone.advice_text()
    assert "“You are not doing” (Blame in the second person)" in advice
    assert "Instead: On [date], [what happened]. The IEP says" in advice
    assert "“I am sick of” (Contempt or exasperation)" in advice
    assert (
        "“THIS IS UNACCEPTABLE” (Shouting)" in advice and 'normal letters: "This is unacceptable"' in advice
    )
    assert advice.count("Instead:") == len(tone.findings)

    form.body.clear()
    qtbot.keyClicks(form.body, "Fix it by Friday or I will file a complaint. She should be fired.")
    qtbot.waitUntil(lambda: {f.category for f in tone.findings} == {"threat", "punish"}, timeout=WAIT_MS)
    advice = tone.advice_text()
    assert (
        "Instead: I would like to resolve this with the team. If we cannot, I understand my options" in advice
    )
    assert "(A demand that staff be punished)" in advice

    form.body.clear()
    qtbot.keyClicks(
        form.body, "I understand I may file a state complaint. The IEP, BIP and FBA are attached."
    )
    qtbot.waitUntil(lambda: tone.all_clear.isVisibleTo(tone), timeout=WAIT_MS)
    assert tone.findings == []


def test_lock_leaves_no_communication_text(qtbot, controller, case_path) -> None:
    page = comms_page(qtbot, controller, case_path)
    form = page.form
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    form.direction.setCurrentIndex(form.direction.findData("to_school"))
    qtbot.keyClicks(form.subject, "Blorptastic follow-up")
    qtbot.keyClicks(form.body, "You NEVER answer about Blorptastic!!")
    qtbot.waitUntil(lambda: len(form.tone.findings) > 0, timeout=WAIT_MS)
    secrets = ["Blorptastic", RIVERA, "No speech session"]
    assert find_case_text(secrets)
    controller.lock()
    assert find_case_text(secrets) == []
    assert tone_core._sentence.cache_info().currsize == 0  # the tone check keeps no sentence either
    with Case.open(case_path, PASSPHRASE):  # the unsaved entry is kept as a draft, not saved as a record
        assert Communication.select().count() == 0
        draft = drafts.load("communications")
        assert draft is not None and draft.values["entry"]["subject"] == "Blorptastic follow-up"


def test_a_typed_date_and_time_is_saved_as_typed(qtbot, controller, case_path) -> None:
    page = comms_page(qtbot, controller, case_path)
    form = page.form
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.subject, "Meeting request")
    form.when.edit.selectAll()
    qtbot.keyClicks(form.when.edit, "August 20, 2026 9:09 AM")
    form.follow_up.edit.setFocus()
    qtbot.keyClicks(form.follow_up.edit, "Aug 27 2026")
    assert form.follow_up.hint.text() == "Thursday, August 27, 2026"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = Communication.get()
    assert (saved.when, saved.follow_up) == ("2026-08-20T09:09", dt.date(2026, 8, 27))


def test_an_unreadable_date_is_not_saved_and_the_save_says_which(qtbot, controller, case_path) -> None:
    page = comms_page(qtbot, controller, case_path)
    activate(qtbot, controller.main_window)
    form = page.form
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.subject, "Meeting request")
    form.subject.setFocus()
    qtbot.keyClicks(form.follow_up.edit, "2/30/2026")
    shown: list[str] = []

    def read_message() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_message)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert shown == ["Follow-up date cannot be read: February has 28 days, so February 30 does not exist."]
    assert Communication.select().count() == 0  # not saved with no follow-up, nor with another date
    assert form.follow_up.edit.selectedText() == "2/30/2026"  # the field to fix, selected


def test_a_new_entry_takes_the_time_it_is_started_at(qtbot, controller, case_path, monkeypatch) -> None:
    import ui.comms.form as form_module

    clock = {"now": QDateTime(QDate(2026, 12, 1), QTime(8, 58))}

    class Clock(QDateTime):
        @staticmethod
        def currentDateTime() -> QDateTime:  # type: ignore[override]
            return clock["now"]

    monkeypatch.setattr(form_module, "QDateTime", Clock)
    page = comms_page(qtbot, controller, case_path)  # the empty form is shown at 08:58
    form = page.form
    assert form.when.dateTime() == QDateTime(QDate(2026, 12, 1), QTime(8, 58))
    clock["now"] = QDateTime(QDate(2026, 12, 1), QTime(9, 9))
    qtbot.keyClicks(form.subject, "Call from the school")  # the parent starts writing at 09:09
    assert form.when.dateTime() == QDateTime(QDate(2026, 12, 1), QTime(9, 9))
    clock["now"] = QDateTime(QDate(2026, 12, 1), QTime(9, 30))
    qtbot.keyClicks(form.body, "She called.")  # started already: the time stays
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert Communication.get().when == "2026-12-01T09:09"
    clock["now"] = QDateTime(QDate(2026, 12, 1), QTime(10, 15))
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)  # New: now, not the page's time
    assert form.when.dateTime() == QDateTime(QDate(2026, 12, 1), QTime(10, 15))


def test_the_outline_is_in_the_windows_language_dates_and_all(qtbot, controller, case_path) -> None:
    """In a Spanish window the outline is Spanish throughout: its frame, the promise's words, its dates
    (it mixed an English frame and English month names with Spanish pieces before)."""
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_language

    install_language(QApplication.instance(), "es")
    page = comms_page(qtbot, controller, case_path)
    form = page.form
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    form.people.item(0).setCheckState(Qt.CheckState.Checked)
    QTimer.singleShot(0, lambda: _choose_in_picker("incident", "No speech session"))
    qtbot.mouseClick(form.links.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.tone.outline_button, Qt.MouseButton.LeftButton)
    text = form.body.toPlainText()
    assert "3 de marzo de 2026" in text  # the incident's day, as Spanish writes it
    assert "2 de septiembre de 2025" in text  # the IEP's date
    assert "March" not in text and "Dear" not in text and "September" not in text
