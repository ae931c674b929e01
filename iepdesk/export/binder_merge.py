"""Documents appended to the binder: counted and laid onto their placeholder pages with pypdf."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from iepdesk.i18n import _
from iepdesk.vault import store

MAX_APPENDED_PAGES = 2000

#: (step done, steps in all, what is happening). Return False to cancel.
Progress = Callable[[int, int, str], bool | None]
#: Progress runs 0..PROGRESS_TOTAL: gathering up to LAYOUT_FROM, laying out up to DOCUMENTS_FROM,
#: then the appended documents.
PROGRESS_TOTAL = 100
LAYOUT_FROM = 5
DOCUMENTS_FROM = 90


class BinderCancelled(Exception):
    """The parent cancelled; nothing was written."""


def pdf_page_count(document_id: int) -> int | None:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(store.read_bytes(document_id, limit=200 * 1024 * 1024)), strict=False)
        if reader.is_encrypted:
            return None
        count = len(reader.pages)
        return count if 0 < count <= MAX_APPENDED_PAGES else None
    except Exception:  # a hostile PDF is skipped, never fatal
        return None


def merge_documents(pdf: bytes, layout: Any, progress: Progress | None) -> tuple[bytes, int]:
    """Lay each appended document's pages onto their placeholder pages, scaled into the content area."""
    from pypdf import PdfReader, PdfWriter, Transformation

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    by_doc: dict[int, list[tuple[int, int]]] = {}
    for key, (doc_id, index) in layout.placeholders.items():
        page_number = layout.placeholder_pages.get(key)
        if page_number is not None:
            by_doc.setdefault(doc_id, []).append((index, page_number))
    x0, y0, w, h = layout.frame_box
    total = max(1, len(by_doc))
    for n, (doc_id, pages) in enumerate(sorted(by_doc.items()), start=1):
        done = DOCUMENTS_FROM + (PROGRESS_TOTAL - DOCUMENTS_FROM - 1) * (n - 1) // total
        what = _("Adding document {number} of {total}").format(number=n, total=total)
        if progress is not None and progress(done, PROGRESS_TOTAL, what) is False:
            raise BinderCancelled()
        source = PdfReader(io.BytesIO(store.read_bytes(doc_id)), strict=False)
        for i, (index, page_number) in enumerate(pages):
            # A long document: Cancel is heard inside it, every 20 pages.
            if progress is not None and i and i % 20 == 0 and progress(done, PROGRESS_TOTAL, what) is False:
                raise BinderCancelled()
            page = source.pages[index]
            box = page.mediabox
            pw, ph = float(box.width), float(box.height)
            scale = min(w / pw, h / ph)
            tx = x0 + (w - pw * scale) / 2 - float(box.left) * scale
            ty = y0 + (h - ph * scale) / 2 - float(box.bottom) * scale
            target = writer.pages[page_number - 1]
            target.merge_transformed_page(page, Transformation().scale(scale).translate(tx, ty))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), len(writer.pages)
