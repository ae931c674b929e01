"""The documents the parent appends to the binder, as exhibits (numbered by iepdesk.export.exhibits):
a tab page each, then the document's pages (a PDF's pages are placeholders, filled by binder_merge;
an image is scaled onto the page)."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from iepdesk.export.binder_merge import pdf_page_count
from iepdesk.export.binder_words import DOCUMENT_KINDS, word
from iepdesk.export.exhibits import Exhibit, exhibit_title, exhibits
from iepdesk.i18n import _, long_date
from iepdesk.vault import store

MAX_IMAGE_BYTES = 40 * 1024 * 1024
MAX_IMAGE_PIXELS = 80_000_000


def _esc(text: object) -> str:
    return escape(str(text or "")).replace("\n", "<br/>")


def appended_documents(layout: Any, documents: list[Any]) -> list[Any]:
    """Every appended document in exhibit order, each behind its tab page."""
    by_id = {int(d.id): d for d in documents}
    out: list[Any] = []
    for exhibit in exhibits(by_id):
        out += document_pages(layout, exhibit, by_id[exhibit.document_id])
    return out


def document_pages(layout: Any, exhibit: Exhibit, document: Any) -> list[Any]:
    """The exhibit's tab page (its number large, as on a printed tab, then the heading the contents
    lists), then its pages."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Spacer

    title = exhibit_title(exhibit)
    layout.appended_titles.append(title)
    tab = ParagraphStyle("exhibit-tab", parent=layout.s_h1, fontSize=40, leading=48, spaceAfter=18)
    out: list[Any] = [
        *layout._right_hand_break(),
        Spacer(1, 120),
        layout._para(_esc(_("Exhibit {number}").format(number=exhibit.number)), tab),
        layout._heading(title, 1, f"d-{document.id}"),
    ]
    meta = ", ".join(
        x
        for x in (
            long_date(document.doc_date) if document.doc_date else _("undated"),
            word(DOCUMENT_KINDS, document.kind),
            str(document.filename),
        )
        if x
    )
    out.append(layout._para(_esc(meta), layout.s_note))
    media = str(document.media_type)
    if media == "application/pdf":
        count = pdf_page_count(document.id)
        if count is None:
            layout.skipped.append(str(document.title))
            out.append(
                layout._para(
                    _esc(
                        _(
                            "This PDF could not be read, so it is not printed here; it is kept whole in "
                            "the case."
                        )
                    ),
                    layout.s_note,
                )
            )
            return out
        for page in range(count):
            key = f"p-{document.id}-{page}"
            layout.placeholders[key] = (int(document.id), page)
            out += [PageBreak(), _PageMarker(key, layout.placeholder_pages)]
    elif media.startswith("image/"):
        image = _image(layout, document)
        if image is None:
            layout.skipped.append(str(document.title))
            out.append(
                layout._para(
                    _esc(_("This image could not be shown; it is kept whole in the case.")), layout.s_note
                )
            )
        else:
            out += [PageBreak(), image]
    else:
        out.append(
            layout._para(
                _esc(_("This kind of file cannot be printed here; it is kept whole in the case.")),
                layout.s_note,
            )
        )
    return out


def _image(layout: Any, document: Any) -> Any:
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    if document.size > MAX_IMAGE_BYTES:
        return None
    try:
        data = store.read_bytes(document.id)
        reader = ImageReader(io.BytesIO(data))
        w, h = reader.getSize()
        if w <= 0 or h <= 0 or w * h > MAX_IMAGE_PIXELS:
            return None
        box_w, box_h = layout.frame_box[2], layout.frame_box[3] - 20
        scale = min(box_w / w, box_h / h, 1.0 if w > 600 else box_w / w)
        return Image(io.BytesIO(data), width=w * scale, height=h * scale)
    except Exception:  # a broken image must never stop the binder
        return None


class _PageMarker:
    """A zero-size flowable recording the page it lands on."""

    def __new__(cls, key: str, pages: dict[str, int]) -> Any:
        from reportlab.platypus.flowables import Flowable

        class Marker(Flowable):  # type: ignore[misc]
            def wrap(self, aw: float, ah: float) -> tuple[float, float]:
                return 0, 0

            def draw(self) -> None:
                pages[key] = self.canv.getPageNumber()

        return Marker()
