"""The binder's language: the window's by default, and a Spanish binder from an English window."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from test_ui_binder import letters_page, outline_titles
from test_ui_letters_case import make_letters_case
from ui_support import WAIT_MS, open_case

from iepdesk.i18n import current


def test_a_spanish_binder_from_an_english_window(qtbot, controller, files, sandbox) -> None:
    path = make_letters_case(sandbox.documents)
    open_case(qtbot, controller, path)
    page = letters_page(controller)
    binder = page.binder
    page.tabs.setCurrentWidget(binder)

    # The choice offers each language in its own name, and starts at the window's language.
    names = [binder.language.itemText(i) for i in range(binder.language.count())]
    assert names == ["English", "Español"]
    assert binder.language.currentData() == "en" == current()

    binder.language.setCurrentIndex(binder.language.findData("es"))
    out = sandbox.documents / "carpeta.pdf"
    files.answers = [out]
    qtbot.mouseClick(binder.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: binder.progress is None)
    reader = PdfReader(out)
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Carpeta para la reunión del IEP" in text
    assert "Página 1 de" in text and "Page 1 of" not in text
    titles = outline_titles(reader)
    assert "Contactos del equipo" in titles and "Team contacts" not in titles
    # The window stays in English: only the binder was written in Spanish.
    assert current() == "en"
    assert "ready" in binder.status.text() or "Saved" in binder.status.text()

    # Opening the form again starts from the window's language once more.
    binder.load()
    assert binder.language.currentData() == "en"
