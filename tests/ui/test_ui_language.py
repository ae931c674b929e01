"""The window's language: where it comes from, the create wizard's and Settings' choices, Qt's own texts."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from ui_support import open_case

from iepdesk import settings
from iepdesk.i18n import current
from ui.i18n import install_language, window_language


def test_the_language_comes_from_the_run_then_the_choice_then_the_system() -> None:
    spanish_system = {"LANG": "es_MX.UTF-8"}
    assert window_language("", spanish_system) == "es"  # first start: the system's
    assert window_language("en", spanish_system) == "en"  # the parent's choice beats the system
    assert window_language("en", {**spanish_system, "IEPDESK_LANG": "es"}) == "es"  # --lang beats both
    assert window_language("", {"LANG": "fr_FR.UTF-8"}) == "en"  # not Spanish: English
    assert window_language("", {"LANG": "C"}) == "en"
    assert window_language("", {"LANGUAGE": "es:en", "LANG": "en_US.UTF-8"}) == "es"  # as gettext reads it
    assert window_language("fr", {}) == "en"  # a damaged setting is not a language


def test_spanish_installs_ours_and_qts_own_and_english_takes_them_away(qapp: QApplication) -> None:
    install_language(qapp, "es")
    assert current() == "es"
    assert QCoreApplication.translate("CreateCaseWizard", "Create a new case") == "Crear un caso nuevo"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own text, from qtbase_es
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"
    install_language(qapp, "en")
    assert current() == "en"
    assert QCoreApplication.translate("CreateCaseWizard", "Create a new case") == "Create a new case"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"


def test_choosing_spanish_in_the_wizard_speaks_it_at_once_and_keeps_the_name(qtbot, controller) -> None:
    controller.show_welcome()
    qtbot.mouseClick(controller.welcome.create_button, Qt.MouseButton.LeftButton)
    wizard = controller.wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.windowTitle() == "Create a new case"
    wizard.name_page.name.setText("Ana María")  # (keyClicks takes ASCII only)
    combo = wizard.name_page.language
    assert combo.currentData() == "en"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # English → Español, by the keyboard

    again = controller.wizard
    assert again is not None and again is not wizard
    qtbot.waitUntil(again.isVisible)
    assert again.windowTitle() == "Crear un caso nuevo"
    assert again.name_page.name.text() == "Ana María"  # nothing typed is lost
    assert again.name_page.language.currentData() == "es"
    assert controller.welcome.isVisible()
    assert current() == "es"  # the core writes Spanish too
    assert settings.load().language == "es"  # kept for this computer
    assert json.loads(settings.settings_file().read_text("utf-8"))["language"] == "es"
    again.reject()


def test_settings_keeps_the_language_for_the_next_start(qtbot, controller, make_case) -> None:
    open_case(qtbot, controller, make_case())
    page = controller.main_window.settings_page
    assert page.language.currentData() == ""  # as the system, until chosen
    page.language.setCurrentIndex(page.language.findData("es"))
    assert settings.load().language == "es"
    assert current() == "en"  # the open pages stay as they were made; the note says so
    assert "next time" in page.language_note.text()
    page.language.setCurrentIndex(page.language.findData(""))
    assert settings.load().language == ""


def test_spanish_keeps_the_order_the_computer_types_dates_in(qapp: QApplication) -> None:
    """The window's language changes the words, not how a typed date is read: Qt's es_US is day-first,
    but a parent on a US computer who chooses Spanish still types 3/12/2026 for March 12."""
    from ui.widgets.date_field import date_order

    before = date_order()
    install_language(qapp, "es")
    assert date_order() == before == "MDY"  # the tests' system locale is C, read as the US
