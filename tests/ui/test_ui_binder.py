"""The meeting binder: built off the GUI thread with progress; Cancel stops it and writes nothing."""

from __future__ import annotations

import threading

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from test_ui_letters_case import make_letters_case
from ui_support import WAIT_MS, open_case

from iepdesk.export import binder_pdf
from ui.letters import binder_ctl
from ui.letters.page import LettersPage


def letters_page(controller) -> LettersPage:
    """The Letters & binder page, shown in the active main window (as when the parent clicks on it)."""
    window = controller.main_window
    index, page = next((i, p) for i, p in enumerate(window.pages) if isinstance(p, LettersPage))
    window.show_page(index)
    window.activateWindow()
    return page


def outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader.outline)
    return titles


def test_binder_builds_with_progress_cancel_and_a_second_build(
    qtbot, controller, files, sandbox, monkeypatch
) -> None:
    path = make_letters_case(sandbox.documents)
    open_case(qtbot, controller, path)
    page = letters_page(controller)
    binder = page.binder
    page.tabs.setCurrentWidget(binder)
    gui = threading.get_ident()

    # The first build pauses after its first step until the test has pressed Cancel, so the
    # cancel lands mid-way whatever the speed of the machine.
    cancel_pressed = threading.Event()
    seen: list[tuple[int, int, int]] = []
    real_build = binder_pdf.build_binder

    def gated_build(options, progress):  # type: ignore[no-untyped-def]
        def watched(step: int, total: int, what: str) -> bool:
            seen.append((step, total, threading.get_ident()))
            keep_going = progress(step, total, what)
            if len(seen) == 1:
                assert cancel_pressed.wait(WAIT_MS / 1000)
            return keep_going

        return real_build(options, watched)

    monkeypatch.setattr(binder_ctl, "build_binder", gated_build)
    qtbot.mouseClick(binder.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: binder.progress is not None and binder.progress.isVisible())
    dialog = binder.progress
    qtbot.waitUntil(lambda: dialog.value() == 0 and dialog.maximum() == 100)  # the first step arrived
    assert not binder.build_button.isEnabled()
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    cancel_pressed.set()
    qtbot.waitUntil(lambda: "Cancelled" in binder.status.text(), timeout=WAIT_MS)

    assert seen and all(thread != gui for _, _, thread in seen)  # built off the GUI thread
    assert len(seen) == 2  # the step after Cancel was refused, so nothing more was built
    assert files.asked == []  # no save dialog, and so no file
    assert list(sandbox.documents.glob("*.pdf")) == []
    assert not binder.save_button.isEnabled()
    assert binder.build_button.isEnabled()

    # A second build, on A4 and double-sided, runs to the end and is saved where the parent chose.
    monkeypatch.setattr(binder_ctl, "build_binder", real_build)
    binder.page_size.setCurrentIndex(binder.page_size.findData("a4"))
    binder.duplex.setChecked(True)
    binder.documents.set_all(True)
    binder.concerns.setPlainText("Extended time is not given on spelling tests.")
    out = sandbox.documents / "binder.pdf"
    files.answers = [out]
    qtbot.mouseClick(binder.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: binder.progress is None)
    assert files.asked == ["binder"]
    reader = PdfReader(out)
    assert reader.pages[0].mediabox.width < 600  # A4 is 595 points wide; Letter is 612
    titles = outline_titles(reader)
    for heading in ("Team contacts", "Incidents", "Parent concerns", "Documents"):
        assert heading in titles
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Extended time is not given on spelling tests." in text
    assert "Quarterly progress report" in text  # the appended document
    assert binder.save_button.isEnabled()
    assert "ready" in binder.status.text() or "Saved" in binder.status.text()

    # The choice is remembered for this case.
    binder.load()
    assert binder.page_size.currentData() == "a4"
    assert binder.duplex.isChecked()


def test_locking_during_a_build_cancels_it_and_forgets_the_form(
    qtbot, controller, files, sandbox, monkeypatch
) -> None:
    path = make_letters_case(sandbox.documents)
    open_case(qtbot, controller, path)
    page = letters_page(controller)
    binder = page.binder
    release = threading.Event()
    real_build = binder_pdf.build_binder

    def slow_build(options, progress):  # type: ignore[no-untyped-def]
        def held(step: int, total: int, what: str) -> bool:
            release.wait(0.5)  # slow enough that the lock lands mid-build
            return progress(step, total, what)

        return real_build(options, held)

    monkeypatch.setattr(binder_ctl, "build_binder", slow_build)
    binder.concerns.setPlainText("zorbleflap concerns typed but not built")
    qtbot.mouseClick(binder.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: binder.progress is not None)
    controller.lock()
    assert controller.case is None
    assert binder.progress is None
    assert binder.concerns.toPlainText() == ""
    assert not binder.concerns.document().isUndoAvailable()
    assert binder.documents.count() == 0
    assert files.asked == []
    qtbot.wait(100)  # a late result from the worker is dropped, not shown
    assert list(sandbox.documents.glob("*.pdf")) == []


def test_start_from_my_concerns_letter_follows_the_drafts(qtbot, controller, sandbox) -> None:
    from ui.letters import letters_ctl
    from ui.letters.letters_ctl import Selection

    path = make_letters_case(sandbox.documents)
    open_case(qtbot, controller, path)
    page = letters_page(controller)
    binder = page.binder
    page.tabs.setCurrentWidget(binder)
    assert not binder.from_letter.isEnabled()  # no concerns letter yet

    # The parent writes a concerns letter on the Letters tab, then comes back to the binder.
    page.tabs.setCurrentWidget(page.letters)
    letter = letters_ctl.create("concerns-letter", Selection(), {}, page.services.today())
    page.letters.load(select_id=int(letter.id))
    page.tabs.setCurrentWidget(binder)
    assert binder.from_letter.isEnabled()
    binder.from_letter.setFocus()
    qtbot.keyClick(binder.from_letter, Qt.Key.Key_Space)
    assert binder.concerns.toPlainText().strip() == str(letter.body).strip()

    controller.lock()
    assert not binder.from_letter.isEnabled()
