"""Help → User guide shows the guide in the window's language: the Spanish guide when the window is in
Spanish, the English one in English, and the English one when a language has no guide of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from ui_support import activate, open_case

from iepdesk.i18n import current as current_language
from ui.dialogs import help as help_dialog
from ui.dialogs.help import UserGuideDialog, guide_path
from ui.i18n import install_language


def _when_modal(act) -> list[str]:  # type: ignore[no-untyped-def]
    """Run ``act`` on the next modal dialog, then close it (the dialog runs its own event loop)."""
    done: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
            done.append("done")
        finally:
            dialog.reject()

    QTimer.singleShot(0, poll)
    return done


def _guide_from_the_menu(qtbot, controller, make_case) -> tuple[str, str, list[str]]:  # type: ignore[no-untyped-def]
    """Open a case, choose Help → User guide; (the Help menu's title, the dialog's title, its text)."""
    open_case(qtbot, controller, make_case())
    window = controller.main_window
    activate(qtbot, window)
    help_menu = window.menuBar().actions()[-1]
    assert window.guide_action in help_menu.menu().actions()
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, UserGuideDialog)
        seen.extend([dialog.windowTitle(), dialog.browser.toPlainText()])

    outcome = _when_modal(read)
    window.guide_action.trigger()
    assert outcome == ["done"]
    return help_menu.text(), seen[0], seen[1:]


def test_in_spanish_help_user_guide_shows_the_spanish_guide(qapp, qtbot, controller, make_case) -> None:
    install_language(qapp, "es")
    try:
        assert current_language() == "es"
        menu, title, (text,) = _guide_from_the_menu(qtbot, controller, make_case)
        assert menu == "Ay&uda"
        assert title == "Guía del usuario de IEPDesk"
        assert text.startswith("Cómo usar IEPDesk")  # the Markdown heading, rendered (no "#")
        assert "1. Crear un caso" in text
        assert "Si algo sale mal" in text
        assert "Create a case" not in text
    finally:
        install_language(qapp, "en")
    assert current_language() == "en"


def test_in_english_help_user_guide_shows_the_english_guide(qtbot, controller, make_case) -> None:
    menu, title, (text,) = _guide_from_the_menu(qtbot, controller, make_case)
    assert menu == "&Help"
    assert title == "IEPDesk user guide"
    assert text.startswith("Using IEPDesk")
    assert "1. Create a case" in text
    assert "Crear un caso" not in text


def test_a_language_without_a_guide_gets_the_english_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "user-guide.md").write_text("# Using IEPDesk\n", encoding="utf-8")
    monkeypatch.setattr(help_dialog, "bundled_doc", lambda name: tmp_path / name)
    assert guide_path("es") == tmp_path / "user-guide.md"  # no user-guide.es.md here
    (tmp_path / "user-guide.es.md").write_text("# Cómo usar IEPDesk\n", encoding="utf-8")
    assert guide_path("es") == tmp_path / "user-guide.es.md"
    assert guide_path("en") == tmp_path / "user-guide.md"


def test_the_spanish_guide_is_bundled() -> None:
    assert guide_path("es").name == "user-guide.es.md" and guide_path("es").is_file()
    import sys

    sys.path.insert(0, str(guide_path("en").parents[1] / "packaging"))
    try:
        import bundle_data
    finally:
        sys.path.pop(0)
    assert "docs/user-guide.es.md" in bundle_data.BUNDLED_DOCS
    assert any(
        src.endswith("user-guide.es.md") and dest == "docs" for src, dest in bundle_data.resource_datas()
    )


def test_the_guide_names_the_discard_button_as_qt_shows_it_in_spanish(qapp, qtbot) -> None:
    # tests/core/test_user_guide_es.py accepts "Descartar" because Qt's own catalogue gives it.
    install_language(qapp, "es")
    try:
        box = QMessageBox()
        qtbot.addWidget(box)
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        words = [
            box.button(b).text().replace("&", "")
            for b in (
                QMessageBox.StandardButton.Save,
                QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Cancel,
            )
        ]
        assert words == ["Guardar", "Descartar", "Cancelar"]
        assert "**Guardar**, **Descartar** o **Cancelar**" in guide_path("es").read_text(encoding="utf-8")
    finally:
        install_language(qapp, "en")
