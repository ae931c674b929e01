"""Putting files into the encrypted case and getting them out again.

A file is streamed in chunks of ``CHUNK_BYTES``: memory stays flat whatever the file's size, and the
whole document is one transaction, so a cancelled or killed import leaves no partial document. The
sha256 is computed while reading and checked again on export.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import mimetypes
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from iepdesk.casefile.atomic import move_no_clobber, temp_sibling
from iepdesk.i18n import _
from iepdesk.model import Document, DocumentChunk, IepVersion, Link, database
from iepdesk.model.vault import DocumentKind

CHUNK_BYTES = 1024 * 1024
#: Progress callback: (bytes done, bytes in all). Return False to cancel.
Progress = Callable[[int, int], bool | None]


class ImportCancelled(Exception):
    """The user cancelled; nothing of the document was kept."""


class IntegrityError(Exception):
    """A document's bytes no longer match the sha256 recorded when it was imported."""


@dataclass(frozen=True)
class ImportResult:
    document: Document | None
    #: An existing document with the same bytes (the file was not stored a second time).
    duplicate_of: Document | None
    name: str


def _kind_for(name: str, media_type: str) -> str:
    lowered = name.lower()
    if media_type.startswith("image/"):
        return DocumentKind.PHOTO.value
    if lowered.endswith(".eml") or media_type == "message/rfc822":
        return DocumentKind.EMAIL.value
    for words, kind in (
        (("iep", "individualized education"), DocumentKind.IEP),
        (("eval", "assessment", "psychoed"), DocumentKind.EVALUATION),
        (("progress",), DocumentKind.PROGRESS_REPORT),
        (("report card", "report_card", "reportcard"), DocumentKind.REPORT_CARD),
        (("letter",), DocumentKind.LETTER),
    ):
        if any(w in lowered for w in words):
            return kind.value
    return DocumentKind.OTHER.value


def readable_name(name: str) -> str:
    """A file name as text that can be stored and shown. On Linux a name is bytes, and one that is not
    UTF-8 (``b"caf\\xe9.pdf"``, from an old zip or a Windows disk) reaches Python with surrogate
    escapes, which SQLite and the screen refuse: the bytes that are not UTF-8 become U+FFFD."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


def media_type_of(name: str) -> str:
    guessed, _encoding = mimetypes.guess_type(name)
    if name.lower().endswith(".eml"):
        return "message/rfc822"
    return guessed or "application/octet-stream"


def find_duplicate(sha256: str) -> Document | None:
    found: Document | None = Document.get_or_none(Document.sha256 == sha256)
    return found


def sha256_of_file(path: Path, progress: Progress | None = None) -> str:
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with open(path, "rb") as handle:
        while block := handle.read(CHUNK_BYTES):
            digest.update(block)
            done += len(block)
            if progress is not None and progress(done, total) is False:
                raise ImportCancelled()
    return digest.hexdigest()


def import_file(
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    kind: str | None = None,
    tags: str = "",
    doc_date: dt.date | None = None,
    allow_duplicate: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Store one file. A file whose bytes are already in the vault is not stored again (unless
    ``allow_duplicate``): the result names the existing document so the caller can link to it."""
    source = Path(path)
    name = readable_name(source.name)
    with open(source, "rb") as handle:
        return import_stream(
            handle,
            name,
            size=source.stat().st_size,
            title=title,
            kind=kind,
            tags=tags,
            doc_date=doc_date or _file_date(source),
            allow_duplicate=allow_duplicate,
            progress=progress,
        )


def import_bytes(data: bytes, name: str, **options: object) -> ImportResult:
    """Store bytes held in memory (an email attachment); same options as ``import_file``."""
    return import_stream(io.BytesIO(data), name, size=len(data), **options)  # type: ignore[arg-type]


def import_stream(
    handle: BinaryIO,
    name: str,
    *,
    size: int,
    title: str | None = None,
    kind: str | None = None,
    tags: str = "",
    doc_date: dt.date | None = None,
    allow_duplicate: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    media_type = media_type_of(name)
    digest = hashlib.sha256()
    done = 0
    with database.atomic() as transaction:
        document = Document.create(
            title=(title or Path(name).stem or name)[:300],
            filename=name[:300],
            media_type=media_type,
            kind=kind or _kind_for(name, media_type),
            doc_date=doc_date,
            size=0,
            sha256="",
            tags=tags,
            imported_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )
        seq = 0
        while block := handle.read(CHUNK_BYTES):
            digest.update(block)
            DocumentChunk.insert(document=document.id, seq=seq, data=block).execute()
            seq += 1
            done += len(block)
            if progress is not None and progress(done, max(size, done)) is False:
                transaction.rollback()
                raise ImportCancelled()
        sha = digest.hexdigest()
        existing = (
            None
            if allow_duplicate
            else Document.get_or_none((Document.sha256 == sha) & (Document.id != document.id))
        )
        if existing is not None:
            transaction.rollback()
            return ImportResult(document=None, duplicate_of=existing, name=name)
        document.size = done
        document.sha256 = sha
        document.save()
    return ImportResult(document=document, duplicate_of=None, name=name)


def _file_date(path: Path) -> dt.date | None:
    try:
        return dt.date.fromtimestamp(path.stat().st_mtime)
    except (OSError, ValueError):
        return None


def iter_bytes(document_id: int) -> Iterator[bytes]:
    """The document's bytes, chunk by chunk, in order (one chunk in memory at a time)."""
    last = -1
    while True:
        chunk = (
            DocumentChunk.select(DocumentChunk.seq, DocumentChunk.data)
            .where((DocumentChunk.document == document_id) & (DocumentChunk.seq > last))
            .order_by(DocumentChunk.seq)
            .first()
        )
        if chunk is None:
            return
        last = chunk.seq
        yield bytes(chunk.data)


def read_bytes(document_id: int, limit: int | None = None) -> bytes:
    """The whole document in memory (for previews and text extraction); ``limit`` guards size."""
    document = Document.get_by_id(document_id)
    if limit is not None and document.size > limit:
        raise ValueError(
            _("{filename} is too large to open here ({size} bytes).").format(
                filename=document.filename, size=document.size
            )
        )
    return b"".join(iter_bytes(document_id))


def verify(document_id: int) -> bool:
    document = Document.get_by_id(document_id)
    digest = hashlib.sha256()
    for block in iter_bytes(document_id):
        digest.update(block)
    return digest.hexdigest() == document.sha256


def export_document(document_id: int, folder: str | os.PathLike[str], name: str | None = None) -> Path:
    """Write the document into ``folder`` (a place the user chose), never overwriting a file.

    The copy is written under a temporary name, its sha256 checked, then moved into place.
    The exported copy is NOT encrypted.
    """
    document = Document.get_by_id(document_id)
    target = _free_name(Path(folder), name or str(document.filename))
    tmp = temp_sibling(target, "export")
    digest = hashlib.sha256()
    try:
        with open(tmp, "xb") as out:
            for block in iter_bytes(document_id):
                digest.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != document.sha256:
            raise IntegrityError(
                _("{filename} is damaged inside the case (its checksum differs).").format(
                    filename=document.filename
                )
            )
        move_no_clobber(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return target


#: File systems allow 255 bytes in a name; keep room for " (n)" and the temporary name's prefix.
MAX_NAME_BYTES = 200


def _fit(name: str, limit: int = MAX_NAME_BYTES) -> str:
    """``name`` cut to ``limit`` UTF-8 bytes, keeping its extension."""
    if len(name.encode()) <= limit:
        return name
    stem, suffix = Path(name).stem, Path(name).suffix
    if len(suffix.encode()) > 20:
        stem, suffix = name, ""
    return stem.encode()[: limit - len(suffix.encode())].decode("utf-8", "ignore") + suffix


def _free_name(folder: Path, name: str) -> Path:
    safe = _fit(
        "".join(c if c not in '<>:"/\\|?*\0' and ord(c) >= 32 else "_" for c in name).strip(" .")
        or "document"
    )
    candidate = folder / safe
    stem, suffix = Path(safe).stem, Path(safe).suffix
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({n}){suffix}"
        n += 1
    return candidate


def delete_document(document_id: int) -> None:
    with database.atomic():
        Link.delete().where(
            ((Link.from_kind == "document") & (Link.from_id == document_id))
            | ((Link.to_kind == "document") & (Link.to_id == document_id))
        ).execute()
        IepVersion.update(document_id=None).where(IepVersion.document_id == document_id).execute()
        Document.delete().where(Document.id == document_id).execute()
