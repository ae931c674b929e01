"""Adding a photo of paper from the Documents page (issue 18): the date the photo holds is suggested
and said where it came from, that day's sessions are offered to link, and the copy kept has no place."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import factories
import pytest
from factories.photos import DATE_TIME_ORIGINAL, EXIF_IFD, GPS_IFD, ORIENTATION, bomb_png, photo
from PySide6.QtCore import Qt
from test_ui_documents import documents_page, drop_files
from ui_support import CHILD, PASSPHRASE, WAIT_MS, open_case

from iepdesk.vault import library, store
from ui.vault.page import DocumentsPage
from ui.vault.photo_dialog import PhotoDialog

D = dt.date


@pytest.fixture
def case_path(sandbox) -> tuple[Path, list[int]]:  # type: ignore[no-untyped-def]
    path = sandbox.documents / "photos.iepcase"
    with factories.new_case(path, CHILD, PASSPHRASE):
        version = factories.version(D(2025, 9, 1), D(2026, 8, 31))
        speech = factories.service(version, "Speech therapy", 30, 2, "week")
        ot = factories.service(version, "Occupational therapy", 45, 1, "week")
        on_day = [factories.log(speech, D(2026, 3, 4)).id, factories.log(ot, D(2026, 3, 4), "missed").id]
        factories.log(speech, D(2026, 3, 5))
    return path, [int(i) for i in on_day]


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    return folder


def _page(qtbot, controller, path: Path) -> DocumentsPage:  # type: ignore[no-untyped-def]
    open_case(qtbot, controller, path)
    page = documents_page(controller)
    controller.main_window.show_page(controller.main_window.pages.index(page))
    return page


def _dialog(qtbot, page: DocumentsPage) -> PhotoDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: page.photos.dialog is not None and page.photos.dialog.isVisible(), timeout=WAIT_MS
    )
    dialog = page.photos.dialog
    assert dialog is not None
    return dialog


def _entries(dialog: PhotoDialog) -> list[tuple[str, bool]]:
    items = [dialog.entries.item(r) for r in range(dialog.entries.count())]
    return [(i.text(), bool(i.flags() & Qt.ItemFlag.ItemIsUserCheckable)) for i in items]


def test_drop_a_photo_confirm_its_date_and_link_that_days_session(
    qtbot, controller, case_path, sources
) -> None:  # type: ignore[no-untyped-def]
    path, on_day = case_path
    page = _page(qtbot, controller, path)
    picture = photo(sources / "IMG_0412.jpg", original="2026:03:04 08:15:00")
    assert drop_files(page, [picture])
    dialog = _dialog(qtbot, page)
    assert dialog.date.value() == D(2026, 3, 4)
    assert "the day it was taken (March 4, 2026)" in dialog.source.text()
    assert "GPS" in dialog.location.text()
    assert dialog.entries_box.title() == "Link to the log entries of March 4, 2026"
    offered = _entries(dialog)
    assert [checkable for _t, checkable in offered] == [True, True]
    assert "Speech therapy" in offered[0][0] and "Occupational therapy" in offered[1][0]
    assert dialog.checked_entries() == []  # offered, never ticked for the parent

    # The parent says the paper is from the next day: that day's one session is offered instead.
    dialog.date.edit.setFocus()
    dialog.date.edit.selectAll()
    qtbot.keyClicks(dialog.date.edit, "2026-03-05")
    assert dialog.date.value() == D(2026, 3, 5)
    assert len(_entries(dialog)) == 1
    # ... then back to the day the photo holds, and ticks the speech session with Space.
    dialog.date.edit.selectAll()
    qtbot.keyClicks(dialog.date.edit, "2026-03-04")
    dialog.entries.setFocus()
    dialog.entries.setCurrentRow(0)
    qtbot.keyClick(dialog.entries, Qt.Key.Key_Space)
    assert dialog.checked_entries() == [on_day[0]]
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Speech log sheet")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.view.model.rowCount() == 1, timeout=WAIT_MS)
    assert "1 photo added." in page.view.info.text()
    row = page.view.model.row_data(0)
    assert (row.title, row.doc_date, row.kind) == ("Speech log sheet", D(2026, 3, 4), "photo")
    assert library.linked("document", row.id) == [("log_entry", on_day[0])]
    from PIL import Image

    exif = Image.open(io.BytesIO(store.read_bytes(row.id))).getexif()
    assert exif.get_ifd(GPS_IFD) == {}
    assert exif.get_ifd(EXIF_IFD)[DATE_TIME_ORIGINAL] == "2026:03:04 08:15:00"
    assert exif[ORIENTATION] == 6


def test_no_date_is_said_skip_adds_nothing_and_a_bomb_is_refused(
    qtbot, controller, case_path, sources
) -> None:  # type: ignore[no-untyped-def]
    path, _on_day = case_path
    page = _page(qtbot, controller, path)
    plain = photo(sources / "scan.jpg", exif=False, gps=False)
    page.add_paths([plain, bomb_png(sources / "huge.png")])
    dialog = _dialog(qtbot, page)
    assert dialog.date.value() is None
    assert "holds no date of its own, so none is suggested" in dialog.source.text()
    assert "no place" in dialog.location.text()
    assert _entries(dialog) == [("Give the paper's date to see that day's log entries.", False)]
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.photos.busy, timeout=WAIT_MS)
    info = page.view.info.text()
    assert "huge.png has too many pixels to be read safely; it was not added." in info
    assert "Not added: scan.jpg." in info
    assert page.view.model.rowCount() == 0


def test_skipping_after_typing_asks_first(qtbot, controller, case_path, sources) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    path, _on_day = case_path
    page = _page(qtbot, controller, path)
    page.add_paths([photo(sources / "note.jpg", original="2026:03:04 08:15:00")])
    dialog = _dialog(qtbot, page)
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Reading log")
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["The photo is not added, and what you typed for it is not kept."]
    assert dialog.isVisible() and dialog.title.text() == "Reading log"  # Cancel: still there
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Discard))
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.photos.busy, timeout=WAIT_MS)
    assert len(asked) == 2 and page.view.model.rowCount() == 0


def test_a_lock_closes_the_question_and_keeps_nothing(qtbot, controller, case_path, sources) -> None:  # type: ignore[no-untyped-def]
    path, _on_day = case_path
    page = _page(qtbot, controller, path)
    page.add_paths([photo(sources / "note.jpg", original="2026:03:04 08:15:00")])
    dialog = _dialog(qtbot, page)
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Reading log")  # typed: a skip would ask, a lock does not
    controller.lock()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert page.photos.dialog is None and not page.photos.busy
