"""The preview of one document, made in memory only: a PDF, an image, text, an email, or a note
saying why there is none. Anything that fails to open says "No preview available", never crashes."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from iepdesk.vault.eml import parse_email
from ui.vault import pdf_worker
from ui.vault.documents_ctl import DocRow
from ui.vault.email_view import EmailPreview
from ui.vault.pdf_view import PdfPreview

log = logging.getLogger(__name__)

#: The most bytes read into memory for each kind of preview.
LIMITS = {
    "pdf": 128 * 1024 * 1024,
    "image": 48 * 1024 * 1024,
    "text": 8 * 1024 * 1024,
    "email": 48 * 1024 * 1024,
}
#: Images larger than this many pixels are not decoded (a few bytes can declare gigapixels).
MAX_PIXELS = 50_000_000
#: Qt refuses to allocate more than this for one image (set before every decode).
ALLOCATION_LIMIT_MB = 256
MAX_TEXT_CHARS = 1_000_000

Reader = Callable[[int, int], bytes]  # (document id, limit) -> bytes


def preview_kind(row: DocRow) -> str | None:
    name = row.filename.lower()
    media = row.media_type.lower()
    if media == "application/pdf" or name.endswith(".pdf"):
        return "pdf"
    if media == "message/rfc822" or name.endswith(".eml"):
        return "email"
    if media.startswith("image/"):
        return "image"
    if media.startswith("text/") or name.endswith((".txt", ".md", ".csv", ".log")):
        return "text"
    return None


def decode_image(data: bytes) -> QImage | None:
    """The image, or None when it cannot be read or declares dimensions too large to hold."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()  # from the header only
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        return None
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader.setAutoTransform(True)  # photos taken sideways are shown upright
    image = reader.read()
    buffer.close()
    return None if image.isNull() else image


def decode_text(data: bytes) -> str:
    for encoding in ("utf-8", "utf-16"):
        try:
            return data.decode(encoding)[:MAX_TEXT_CHARS]
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")[:MAX_TEXT_CHARS]


class ImagePreview(QScrollArea):
    """The image scaled to fit the space it has (never enlarged beyond its own size)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAccessibleName(self.tr("Picture"))
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def show_image(self, image: QImage) -> None:
        self._image = image
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._image.isNull():
            self.label.clear()
            return
        space = self.viewport().size() - QSize(8, 8)
        size = self._image.size()
        if size.width() > space.width() or size.height() > space.height():
            size = size.scaled(space, Qt.AspectRatioMode.KeepAspectRatio)
        scaled = self._image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.label.setPixmap(QPixmap.fromImage(scaled))

    def clear(self) -> None:
        self._image = QImage()
        self.label.clear()


class PreviewPanel(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Preview"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setAccessibleName(self.tr("Why there is no preview"))
        self.note.setMargin(24)
        note_page = QWidget()
        note_layout = QVBoxLayout(note_page)
        note_layout.addWidget(self.note)
        self.pdf = PdfPreview()
        self.pdf.failed.connect(self._pdf_failed)
        self._row: DocRow | None = None  # the document shown or on its way
        self.image = ImagePreview()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the document"))
        self.email = EmailPreview()
        for widget in (note_page, self.pdf, self.image, self.text, self.email):
            self.addWidget(widget)
        self.shown_kind: str | None = None
        self.clear()

    def show_document(self, row: DocRow, read: Reader) -> str | None:
        """Preview ``row``; the kind shown ("pdf", "image", "text", "email") or None for a note."""
        self.clear()
        self._row = row
        kind = preview_kind(row)
        if kind is None:
            self._say(self._no_preview(row))
            return None
        if row.size > LIMITS[kind]:
            self._say(self.tr("This file is too large to preview here. Export a copy to open it elsewhere."))
            return None
        try:
            data = read(row.id, LIMITS[kind])
            shown = self._show(kind, data)
        except Exception as exc:  # a hostile or damaged file: say so, never crash
            log.info("no preview: %s", type(exc).__name__)
            shown = False
        if not shown:
            self.clear()
            self._say(self._no_preview(row))
            return None
        self.shown_kind = kind
        return kind

    def _no_preview(self, row: DocRow) -> str:
        text = self.tr("No preview available.")
        if row.preview_note:
            text += "\n\n" + row.preview_note
        return text + "\n\n" + self.tr("Export a copy to open it in another program.")

    def _show(self, kind: str, data: bytes) -> bool:
        if kind == "pdf":
            self.pdf.load(data)  # in a child process: the page, or _pdf_failed, follows
            self.setCurrentWidget(self.pdf)
        elif kind == "image":
            image = decode_image(data)
            if image is None:
                return False
            self.setCurrentWidget(self.image)
            self.image.show_image(image)
        elif kind == "text":
            self.text.setPlainText(decode_text(data))
            self.setCurrentWidget(self.text)
        else:
            self.email.show_email(parse_email(data))
            self.setCurrentWidget(self.email)
        return True

    def _pdf_failed(self, reason: str) -> None:
        row, self._row = self._row, None
        if reason == pdf_worker.TOO_LONG:
            text = self.tr(
                "This PDF could not be shown safely: it took too long to open. "
                "The file is kept in your case; you can export it."
            )
        elif reason == pdf_worker.TOO_MUCH_MEMORY:
            text = self.tr(
                "This PDF could not be shown safely: it needed too much memory. "
                "The file is kept in your case; you can export it."
            )
        elif reason == pdf_worker.NOT_STARTED:
            text = self.tr(
                "The PDF preview could not be started. The file is kept in your case; you can export it."
            )
        else:  # damaged, or protected by a password
            text = self._no_preview(row) if row is not None else self.tr("No preview available.")
        log.info("no PDF preview: %s", reason)
        self._say(text)

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.setCurrentIndex(0)
        self.shown_kind = None

    def clear(self) -> None:
        """Forget the shown document: the PDF and its buffer, the image, the text, the email."""
        self.pdf.clear()
        self.image.clear()
        self.text.clear()
        self.email.clear()
        self._say(self.tr("Choose a document to see it here."))
