"""Text for search and a note when a file has no preview: PDF text (pypdf), email bodies, plain text.

Works on bytes in memory; never writes a temporary file. Malformed or hostile files give an empty text
and a plain note; they never raise.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from iepdesk.i18n import N_

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 2_000_000
MAX_PDF_PAGES = 1_000
#: Larger files are stored, but no text is pulled from them.
MAX_EXTRACT_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Extracted:
    text: str
    note: str


def extract(data: bytes, media_type: str, filename: str) -> Extracted:
    name = filename.lower()
    if len(data) > MAX_EXTRACT_BYTES:
        return Extracted("", N_("This file is too large to search inside; it is stored whole."))
    try:
        if media_type == "application/pdf" or name.endswith(".pdf"):
            return _pdf(data)
        if media_type == "message/rfc822" or name.endswith(".eml"):
            from iepdesk.vault.eml import parse_email

            mail = parse_email(data)
            header = f"From: {mail.sender}\nTo: {mail.to}\nSubject: {mail.subject}\n"
            return Extracted((header + "\n" + mail.body)[:MAX_TEXT_CHARS], "")
        if media_type.startswith("text/") or name.endswith((".txt", ".md", ".csv")):
            return Extracted(_decode(data)[:MAX_TEXT_CHARS], "")
        if media_type.startswith("image/"):
            return Extracted("", "")
    except Exception as exc:  # a hostile file must never stop an import
        log.info("text extraction failed: %s", type(exc).__name__)
        return Extracted("", N_("No text could be read from this file; it is stored unchanged."))
    return Extracted("", N_("No preview is available for this kind of file; it is stored unchanged."))


def _decode(data: bytes) -> str:
    for encoding in ("utf-8", "utf-16"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _pdf(data: bytes) -> Extracted:
    from pypdf import PdfReader

    if not data.startswith(b"%PDF") and b"%PDF" not in data[:1024]:
        return Extracted("", N_("This file is named as a PDF but is not one; it is stored unchanged."))
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        return Extracted("", N_("This PDF is password-protected, so its text cannot be searched."))
    parts: list[str] = []
    size = 0
    for number, page in enumerate(reader.pages):
        if number >= MAX_PDF_PAGES or size >= MAX_TEXT_CHARS:
            break
        text = page.extract_text() or ""
        parts.append(text)
        size += len(text)
    text = "\n".join(parts)[:MAX_TEXT_CHARS]
    note = (
        "" if text.strip() else N_("This PDF has no text layer (a scan?), so it cannot be searched inside.")
    )
    return Extracted(text, note)
