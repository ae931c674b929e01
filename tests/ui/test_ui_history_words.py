"""The History window shows a log entry in the entry form's own words (issue 18): what happened,
the minutes (empty: "As planned" when delivered, "Not given" when missed), how you know, how it
counts, the day written out; and the core's words are the very words the forms offer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_ui_calendar_support import D, build_case
from ui_support import PASSPHRASE

from iepdesk.casefile import Case
from iepdesk.history import words
from iepdesk.progress import points
from iepdesk.schedule import entry_edits, logbook
from ui.calendar.texts import counting_choices, sources, status_choices
from ui.comms.entries_ctl import channel_labels, direction_labels
from ui.history.history_dialog import HistoryDialog
from ui.i18n import install_language


def test_a_log_entry_delivered_then_missed_reads_in_the_forms_words(qtbot, sandbox) -> None:
    ids = build_case(sandbox.documents)
    with Case.open(ids.path, PASSPHRASE):
        entry = logbook.log_session(ids.speech, D(2026, 11, 10), "delivered")  # minutes left empty
        entry_edits.update_entry(entry.id, {"status": "missed", "reason": "provider_absent"})
        dialog = HistoryDialog("log_entry", entry.id)
        qtbot.addWidget(dialog)
        dialog.show()
        now = dialog.detail.toPlainText()  # the current version is selected first
        first_item = dialog.list.item(0)
        rect = dialog.list.visualItemRect(first_item)
        qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: dialog.list.currentRow() == 0, timeout=5000)
        first = dialog.detail.toPlainText()
    assert "What happened: Delivered as planned → Missed" in now
    assert "Why: (no reason given) → Provider absent" in now
    assert "Minutes given Not given" in " ".join(now.split())  # the same empty minutes, now missed
    said = " ".join(first.split())
    assert "Date November 10, 2026" in said and "Minutes given As planned" in said
    assert "How you know Not said" in said and "Logged twice One session: count the surer record" in said
    assert "Note (nothing written)" in said and "2026-11-10" not in said and "(empty)" not in said


def test_the_histories_words_are_the_forms_words_in_english_and_spanish(qapp: QApplication) -> None:
    for language in ("en", "es"):
        install_language(qapp, language)
        form = dict(status_choices())
        core = {code: words.status_words(code) for code in form}
        # A missed session is "Perdida" in the form as in the history and the binder (the form's
        # text has its own context, SessionStatus, apart from the ledger's "Perdidos" column).
        assert core == form
        assert form["missed"] == ("Perdida" if language == "es" else "Missed")
        assert {c: words.value_text("source", c, {}) for c, _l in sources()} == {
            c: label for c, label in sources()
        }
        assert {c: words.value_text("counting", c, {}) for c, _l in counting_choices()} == dict(
            counting_choices()
        )
        assert {c: words.value_text("channel", c, {}, "communication") for c in channel_labels()} == (
            channel_labels()
        )
        assert {c: words.value_text("direction", c, {}, "communication") for c in direction_labels()} == (
            direction_labels()
        )
        assert {c: words.value_text("source", c, {}, "data_point") for c in points.SOURCE_WORDS} == {
            c: points.source_words(c) for c in points.SOURCE_WORDS
        }
