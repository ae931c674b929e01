"""The Documents page: files dropped on it are stored in the case, PDFs are previewed from memory,
duplicates are offered as a link, and locking leaves no document text in any widget."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QSize, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from ui_support import WAIT_MS, find_case_text, open_case

from iepdesk.model import Document
from ui.vault.page import DocumentsPage

MARKER = "Zyxquorble"  # a word only inside the PDF


def make_pdf(path: Path, first_line: str, pages: int = 2) -> Path:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(612, 792))
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 28)
        pdf.drawString(72, 700, f"{first_line} page {number}")
        pdf.rect(72, 400, 300, 200, fill=1)
        pdf.showPage()
    pdf.save()
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """Files to import, outside the sandboxed home (so leak scans of the home mean something)."""
    folder = tmp_path / "sources"
    folder.mkdir()
    return folder


def documents_page(controller) -> DocumentsPage:
    return next(p for p in controller.main_window.pages if isinstance(p, DocumentsPage))


def drop_files(target: QWidget, paths: list[Path]) -> bool:
    """Drag local files over ``target`` and drop them, as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = target.rect().center()
    enter = QDragEnterEvent(
        centre,  # PySide6 6.11 takes a QPoint here
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        centre,  # PySide6 6.11 takes a QPoint here
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def _rows(page: DocumentsPage) -> list[str]:
    return [page.view.model.row_data(r).title for r in range(page.view.model.rowCount())]


def _select(page: DocumentsPage, title: str) -> None:
    titles = _rows(page)
    page.view.table.selectRow(titles.index(title))


def test_drop_files_then_preview_a_pdf_page(qtbot, controller, make_case, sources, sandbox) -> None:
    open_case(qtbot, controller, make_case())
    page = documents_page(controller)
    controller.main_window.show_page(controller.main_window.pages.index(page))
    pdf = make_pdf(sources / "Spring IEP.pdf", f"Speech minutes {MARKER}")
    notes = sources / "notes.txt"
    notes.write_text("Called Ms. Rivera about the speech sessions.\n", encoding="utf-8")
    assert page.view.empty.isVisibleTo(page)

    assert drop_files(page, [pdf, notes])
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 2, timeout=WAIT_MS)
    assert sorted(_rows(page)) == ["Spring IEP", "notes"]
    assert "Added 2 files." in page.view.info.text()

    _select(page, "Spring IEP")
    preview = page.view.preview
    assert preview.shown_kind == "pdf"
    qtbot.waitUntil(lambda: not preview.pdf.image.isNull(), timeout=WAIT_MS)  # drawn in a child process
    assert preview.pdf.pages() == 2
    assert preview.pdf.page_count.text() == "of 2"
    assert not preview.pdf.previous_button.isEnabled()
    first = preview.pdf.image
    qtbot.mouseClick(preview.pdf.next_button, Qt.MouseButton.LeftButton)
    assert preview.pdf.current_page() == 1
    assert preview.pdf.page.value() == 2
    assert not preview.pdf.next_button.isEnabled()
    qtbot.waitUntil(lambda: preview.pdf.image is not first, timeout=WAIT_MS)
    image = preview.pdf.image.scaled(QSize(306, 396))
    assert not image.isNull()
    dark = sum(
        1 for y in range(0, 396, 6) for x in range(0, 306, 6) if image.pixelColor(x, y).lightness() < 80
    )
    assert 50 < dark < 1500  # the filled rectangle on white paper: the page was really rendered
    qtbot.mouseClick(preview.pdf.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.pdf.zoom_label.text().endswith("%")

    _select(page, "notes")
    assert preview.shown_kind == "text"
    assert "Ms. Rivera" in preview.text.toPlainText()
    assert preview.pdf.pages() == 0  # the PDF was closed when another document was chosen
    assert not preview.pdf.renderer.running

    # the document's words were never written outside the encrypted case
    leaks = [
        f
        for folder in sandbox.folders
        for f in folder.rglob("*")
        if f.is_file() and MARKER.encode() in f.read_bytes()
    ]
    assert leaks == []


def test_drop_on_another_page_switches_and_a_duplicate_is_offered_as_a_link(
    qtbot, controller, make_case, sources
) -> None:
    open_case(qtbot, controller, make_case())
    window = controller.main_window
    page = documents_page(controller)
    pdf = make_pdf(sources / "evaluation.pdf", "Evaluation")
    assert drop_files(window.sidebar, [pdf])  # the Overview is showing
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 1, timeout=WAIT_MS)

    copy = sources / "evaluation copy.pdf"
    copy.write_bytes(pdf.read_bytes())
    page.view.table.clearSelection()
    assert drop_files(page, [copy])
    qtbot.waitUntil(lambda: "not stored twice" in page.view.info.text(), timeout=WAIT_MS)
    assert page.view.model.rowCount() == 1
    assert Document.select().count() == 1
    existing = Document.get()
    assert f'href="doc:{existing.id}"' in page.view.info.text()
    page.view.info.linkActivated.emit(f"doc:{existing.id}")
    assert page.view.selected_ids() == [existing.id]


def test_a_broken_pdf_says_no_preview(qtbot, controller, make_case, sources) -> None:
    open_case(qtbot, controller, make_case())
    page = documents_page(controller)
    broken = sources / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00\xff garbage " * 2000)
    huge = sources / "huge.png"
    huge.write_bytes(_png_header(60_000, 60_000))  # 14 GB once decoded: Qt's own limit refuses it
    large = sources / "large.png"
    large.write_bytes(_blank_png(7_500, 7_500))  # a valid picture of 56 million pixels, from 7 kB
    # As a folder: a picture picked on its own is asked about, and one too large is refused then
    # (tests/ui/test_ui_photos.py); from a folder it is kept, and its preview must still refuse it.
    page.add_paths([sources])
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 3, timeout=WAIT_MS)
    for title in ("broken", "huge", "large"):
        _select(page, title)
        qtbot.waitUntil(  # the PDF is tried in a child process first
            lambda: page.view.preview.note.text().startswith("No preview available."), timeout=WAIT_MS
        )
        assert page.view.preview.shown_kind is None
        assert page.view.preview.currentIndex() == 0


def _png_header(width: int, height: int) -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def _blank_png(width: int, height: int) -> bytes:
    """A real one-bit PNG: it decodes, but its header says it is far too large to show."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = (b"\0" + b"\0" * ((width + 7) // 8)) * height
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def test_lock_clears_the_list_preview_and_details(qtbot, controller, make_case, sources) -> None:
    open_case(qtbot, controller, make_case())
    page = documents_page(controller)
    page.add_paths([make_pdf(sources / "Quarterly progress Wobblestone.pdf", "Progress")])
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 1, timeout=WAIT_MS)
    page.view.table.selectRow(0)
    details = page.view.details
    details.tags.setText("speech, Wobbletag")
    details.tags.textEdited.emit(details.tags.text())
    secrets = ["Wobblestone", "Wobbletag"]
    assert find_case_text(secrets)
    pdf = page.view.preview.pdf
    qtbot.waitUntil(lambda: not pdf.image.isNull(), timeout=WAIT_MS)
    assert pdf.pages() == 2

    controller.lock()
    assert find_case_text(secrets) == []
    assert pdf.pages() == 0
    assert pdf.image.isNull() and pdf.page_image.pixmap().isNull()
    assert not pdf.renderer.running  # the child that held the PDF's bytes is gone


def test_cancelled_import_leaves_nothing(qtbot, controller, make_case, sources) -> None:
    from PySide6.QtWidgets import QPushButton

    open_case(qtbot, controller, make_case())
    page = documents_page(controller)
    small = [sources / f"note {n}.txt" for n in range(3)]
    for n, path in enumerate(small):
        path.write_text(f"note number {n}\n", encoding="utf-8")
    big = sources / "scan.bin"
    with open(big, "wb") as handle:
        for _ in range(96):
            handle.write(bytes(range(256)) * 4096)  # 96 MiB
    page.add_paths([*small, big])
    importer = page.importer
    qtbot.waitUntil(lambda: importer._dialog is not None and importer._dialog.value() > 0, timeout=WAIT_MS)
    assert importer._dialog.value() < 1000
    importer._dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    qtbot.waitUntil(lambda: "cancelled" in page.view.info.text(), timeout=WAIT_MS)
    assert Document.select().count() == 0
    assert page.view.model.rowCount() == 0


def test_details_filters_links_and_export(
    qtbot, controller, make_case, sources, tmp_path, monkeypatch
) -> None:
    from iepdesk.schedule.logbook import record_incident
    from iepdesk.vault import library

    open_case(qtbot, controller, make_case())
    page = documents_page(controller)
    incident = record_incident(dt.date(2026, 3, 3), [], "Speech session missed")
    report = make_pdf(sources / "scan 0042.pdf", "Second quarter progress")
    photo = sources / "worksheet.txt"
    photo.write_text("spelling words", encoding="utf-8")
    page.add_paths([report, photo])
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 2, timeout=WAIT_MS)

    _select(page, "scan 0042")
    details = page.view.details
    assert not details.save_button.isEnabled()
    details.title.selectAll()
    qtbot.keyClicks(details.title, "Progress report Q2")
    details.kind.setCurrentIndex(details.kind.findData("progress_report"))
    details.kind.activated.emit(details.kind.currentIndex())
    qtbot.keyClicks(details.tags, "speech,  goals , Speech")
    assert details.save_button.isEnabled()
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    saved = Document.get(Document.filename == "scan 0042.pdf")
    assert (saved.title, saved.kind, saved.tags) == ("Progress report Q2", "progress_report", "speech, goals")

    # link it to the incident through the picker
    from ui.vault import link_dialog

    monkeypatch.setattr(link_dialog, "pick", lambda *_a, **_k: [("incident", incident.id)])
    qtbot.mouseClick(details.add_link_button, Qt.MouseButton.LeftButton)
    assert library.linked("document", saved.id) == [("incident", incident.id)]
    assert "Speech session missed" in details.links.item(0).text()

    # filters: kind, tag, and words inside the PDF
    view = page.view
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("progress_report"))
    view.kind_filter.activated.emit(view.kind_filter.currentIndex())
    assert _rows(page) == ["Progress report Q2"]
    view.kind_filter.setCurrentIndex(0)
    view.tag_filter.setCurrentIndex(view.tag_filter.findData("goals"))
    view.tag_filter.activated.emit(view.tag_filter.currentIndex())
    assert _rows(page) == ["Progress report Q2"]
    view.tag_filter.setCurrentIndex(0)
    view.tag_filter.activated.emit(0)
    assert len(_rows(page)) == 2
    qtbot.keyClicks(view.words, "quarter")  # only inside the PDF's text
    qtbot.waitUntil(lambda: _rows(page) == ["Progress report Q2"], timeout=WAIT_MS)
    view.words.clear()
    qtbot.waitUntil(lambda: len(_rows(page)) == 2, timeout=WAIT_MS)

    # export both, after the warning that the copies are not encrypted
    out = tmp_path / "exported"
    out.mkdir()
    warnings: list[str] = []
    monkeypatch.setattr("ui.messages.confirm", lambda _p, _t, text, **_k: warnings.append(text) or True)
    monkeypatch.setattr(page.files, "export_folder", lambda *_a: out)
    view.table.selectAll()
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert warnings and "not encrypted" in warnings[0]
    qtbot.waitUntil(lambda: "Saved 2 copies" in view.info.text(), timeout=WAIT_MS)
    assert "not encrypted" in view.info.text()
    assert sorted(p.name for p in out.iterdir()) == ["scan 0042.pdf", "worksheet.txt"]
    assert (out / "scan 0042.pdf").read_bytes() == report.read_bytes()


def test_an_email_attachment_becomes_its_own_document(qtbot, controller, make_case, sources) -> None:
    from email.message import EmailMessage

    from iepdesk.vault import library

    open_case(qtbot, controller, make_case())
    page = documents_page(controller)
    message = EmailMessage()
    message["From"] = "Ms. Rivera <rivera@school.example>"
    message["To"] = "parent@home.example"
    message["Subject"] = "Quarterly progress"
    message.set_content("The progress report is attached.")
    attached = make_pdf(sources / "attached.pdf", "Goal progress", pages=1).read_bytes()
    message.add_attachment(attached, maintype="application", subtype="pdf", filename="Q2 progress.pdf")
    eml = sources / "Quarterly progress.eml"
    eml.write_bytes(bytes(message))
    page.add_paths([eml])
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 1, timeout=WAIT_MS)
    page.view.table.selectRow(0)
    email_view = page.view.preview.email
    assert page.view.preview.shown_kind == "email"
    assert email_view.subject.text() == "Quarterly progress"
    assert "attached" in email_view.body.toPlainText()
    assert email_view.attachments.count() == 1 and "Q2 progress.pdf" in email_view.attachments.item(0).text()

    qtbot.mouseClick(email_view.add_button, Qt.MouseButton.LeftButton)
    assert page.view.model.rowCount() == 2
    new = Document.get(Document.filename == "Q2 progress.pdf")
    assert ("document", Document.get(Document.filename == eml.name).id) in library.linked("document", new.id)
    assert "was added as its own document" in page.view.info.text()
    qtbot.mouseClick(email_view.add_button, Qt.MouseButton.LeftButton)  # a second time: not stored twice
    assert Document.select().count() == 2
    assert "not stored twice" in page.view.info.text()

    page.view.table.selectRow(page.view.model.row_of(Document.get(Document.filename == eml.name).id))
    assert email_view.attachments.count() == 1
    controller.lock()
    assert find_case_text(["Quarterly progress", "Q2 progress", "rivera@school.example"]) == []


def test_add_a_whole_folder(qtbot, controller, make_case, sources, monkeypatch) -> None:
    open_case(qtbot, controller, make_case())
    page = documents_page(controller)
    folder = sources / "school papers"
    (folder / "2025-26").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    (folder / "report card.txt").write_text("Reading: 3", encoding="utf-8")
    (folder / "2025-26" / "evaluation summary.txt").write_text("Speech: below", encoding="utf-8")
    (folder / ".hidden" / "secret.txt").write_text("skipped", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\0\1")
    monkeypatch.setattr(page.files, "folder_to_add", lambda *_a: folder)
    qtbot.mouseClick(page.view.add_folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 2, timeout=WAIT_MS)
    assert sorted(_rows(page)) == ["evaluation summary", "report card"]
    assert {d.kind for d in Document.select()} == {"evaluation", "report_card"}
