"""The log entry form's "What happened" says one session's status: in Spanish "Perdida" (a session, la
sesión), not the ledger column's "Perdidos" (minutos), which is the same English word "Missed"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.calendar.entry_form import EntryForm
from ui.calendar.ledger_model import figure_label
from ui.i18n import install_language


def _choose_missed(qtbot: QtBot) -> EntryForm:
    form = EntryForm()
    qtbot.addWidget(form)
    form.show()
    form.status.setFocus()
    qtbot.waitUntil(form.status.hasFocus, timeout=5000)
    # The choices in order: delivered, cut short, missed, make-up. Two steps down from the first.
    qtbot.keyClick(form.status, Qt.Key.Key_Home)  # type: ignore[no-untyped-call]
    qtbot.keyClick(form.status, Qt.Key.Key_Down)  # type: ignore[no-untyped-call]
    qtbot.keyClick(form.status, Qt.Key.Key_Down)  # type: ignore[no-untyped-call]
    assert form.status.currentData() == "missed"
    return form


def test_a_missed_session_reads_perdida_in_spanish(qtbot: QtBot) -> None:
    install_language(QApplication.instance(), "es")  # type: ignore[arg-type]
    form = _choose_missed(qtbot)
    assert form.status.currentText() == "Perdida"
    assert [form.status.itemText(i) for i in range(form.status.count())] == [
        "Dada según lo previsto",
        "Acortada",
        "Perdida",
        "Sesión de recuperación",
    ]
    # The ledger's column of missed minutes keeps its own word.
    assert figure_label("missed") == "Perdidos"


def test_english_still_says_missed(qtbot: QtBot) -> None:
    assert _choose_missed(qtbot).status.currentText() == "Missed"
