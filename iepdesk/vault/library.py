"""The vault as a parent uses it: add files (text pulled for search), list, find, and link them."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from iepdesk.errors import CannotWriteError, UsageError, write_failure
from iepdesk.i18n import N_, _
from iepdesk.model import Document, Link, database
from iepdesk.model.vault import DocumentKind as DocumentKind
from iepdesk.vault import store
from iepdesk.vault.extract import MAX_EXTRACT_BYTES, extract
from iepdesk.vault.photo import is_photo

LINK_KINDS = ("document", "communication", "incident", "provision", "log_entry", "iep_version")


@dataclass(frozen=True)
class AddResult:
    path: Path
    document: Document | None
    duplicate_of: Document | None
    error: str = ""

    @property
    def document_id(self) -> int | None:
        """The new document's id (None for a duplicate or a file that could not be read)."""
        return int(self.document.id) if self.document is not None else None

    @property
    def duplicate_id(self) -> int | None:
        return int(self.duplicate_of.id) if self.duplicate_of is not None else None

    @property
    def duplicate_title(self) -> str:
        return str(self.duplicate_of.title) if self.duplicate_of is not None else ""


def add_file(
    path: str | os.PathLike[str],
    *,
    tags: str = "",
    title: str | None = None,
    kind: str | None = None,
    with_text: bool = True,
    progress: store.Progress | None = None,
) -> AddResult:
    """Store a file and (unless ``with_text`` is False, for a background pass) its searchable text.

    A file that cannot be read gives an ``error`` instead of an exception, so one bad file never stops
    the import of the others. ``ImportCancelled`` is raised when the user cancels.
    """
    source = Path(path)
    shown = store.readable_name(source.name)
    try:
        if kind is None and is_photo(source.name):  # read bounded; kept without location data
            from iepdesk.vault.photo_import import add_photo_file

            photo = add_photo_file(source, title=title, tags=tags)
            if photo.error or photo.document is None:
                return photo
            result = store.ImportResult(photo.document, None, shown)
        else:
            result = store.import_file(source, title=title, kind=kind, tags=tags, progress=progress)
    except store.ImportCancelled:
        raise
    except Exception as exc:
        reason = write_failure(exc)
        if reason is not None:  # the whole document was rolled back; the next file would fail too
            raise CannotWriteError(
                _("{reason}: {name} was not stored.").format(reason=reason, name=shown)
            ) from None
        if not isinstance(exc, OSError):
            raise
        return AddResult(
            source,
            None,
            None,
            _("{name} could not be read: {reason}.").format(name=shown, reason=exc.strerror or exc),
        )
    if result.document is not None and with_text:
        try:
            index_text(result.document.id)
        except Exception as exc:
            reason = write_failure(exc)
            if reason is None:
                raise
            raise CannotWriteError(
                _(
                    "{reason}: {name} was stored (document {document}), but its text for search was not."
                ).format(reason=reason, name=shown, document=result.document.id)
            ) from None
    return AddResult(source, result.document, result.duplicate_of)


def store_attachments(paths: list[Path]) -> list[int]:
    """Store each file (an email imported with a communication) and give the ids of the documents
    that hold them (an existing one for a file already in the vault). OSError when one cannot be read."""
    ids = []
    for path in paths:
        result = add_file(path)
        if result.error:
            raise OSError(result.error)
        target = result.document_id if result.document_id is not None else result.duplicate_id
        if target is not None:
            ids.append(target)
    return ids


def release_thread_connection() -> None:
    """Close the case connection this worker thread opened (an import, an index pass, a binder):
    each thread has its own, and the GUI thread keeps its. Nothing open on this thread: nothing to do."""
    with contextlib.suppress(Exception):
        database.close()


def add_folder(folder: str | os.PathLike[str], **options: object) -> list[AddResult]:
    """Every file under ``folder`` (hidden files skipped), one document each."""
    results = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                results.append(add_file(Path(root) / name, **options))  # type: ignore[arg-type]
    return results


def index_text(document_id: int) -> None:
    """Pull the document's text for search (in memory only) and store it with a note if there is none."""
    document = Document.get_by_id(document_id)
    if document.size > MAX_EXTRACT_BYTES:
        note = N_("This file is too large to search inside; it is stored whole.")
        Document.update(text="", preview_note=note).where(Document.id == document_id).execute()
        return
    data = store.read_bytes(document_id)
    result = extract(data, str(document.media_type), str(document.filename))
    Document.update(text=result.text, preview_note=result.note).where(Document.id == document_id).execute()


def documents(kind: str | None = None, tag: str | None = None) -> list[Document]:
    query = Document.select(
        Document.id,
        Document.title,
        Document.filename,
        Document.media_type,
        Document.kind,
        Document.doc_date,
        Document.size,
        Document.sha256,
        Document.tags,
        Document.notes,
        Document.preview_note,
        Document.imported_at,
    )
    if kind:
        query = query.where(Document.kind == kind)
    rows = list(query.order_by(Document.doc_date.desc(nulls="LAST"), Document.id.desc()))
    if tag:
        wanted = tag.strip().lower()
        rows = [d for d in rows if wanted in (t.lower() for t in d.tag_list())]
    return rows


@dataclass(frozen=True)
class DocumentRow:
    """A document as the window lists and shows it (never its bytes or its text)."""

    id: int
    title: str
    filename: str
    media_type: str
    kind: str
    doc_date: dt.date | None
    size: int
    tags: str
    notes: str
    preview_note: str


def _row(doc: Document) -> DocumentRow:
    note = str(doc.preview_note)  # stored in English (marked N_ where it is made), shown translated
    return DocumentRow(
        id=int(doc.id),
        title=str(doc.title),
        filename=str(doc.filename),
        media_type=str(doc.media_type),
        kind=str(doc.kind),
        doc_date=doc.doc_date,
        size=int(doc.size),
        tags=str(doc.tags),
        notes=str(doc.notes),
        preview_note=_(note) if note else "",
    )


def document_rows(kind: str | None = None, tag: str | None = None) -> list[DocumentRow]:
    """``documents`` as rows: newest first, narrowed by kind and tag."""
    return [_row(d) for d in documents(kind, tag)]


def document_row(document_id: int) -> DocumentRow | None:
    doc = Document.get_or_none(Document.id == document_id)
    return _row(doc) if doc is not None else None


def all_tags() -> list[str]:
    """Every tag in the vault once (the first spelling seen), in alphabetical order."""
    tags: dict[str, str] = {}
    for doc in Document.select(Document.tags):
        for tag in doc.tag_list():
            tags.setdefault(tag.lower(), tag)
    return sorted(tags.values(), key=str.lower)


def clean_tags(text: str) -> str:
    """Tags as stored: comma-separated, spaces tidied, each once whatever its capitals."""
    seen: dict[str, str] = {}
    for tag in text.split(","):
        tag = " ".join(tag.split())
        if tag:
            seen.setdefault(tag.lower(), tag)
    return ", ".join(seen.values())


#: Shown when a document's title is left empty (the window shows it translated).
NO_TITLE = N_("A document needs a title.")


class NoTitleError(UsageError):
    def __init__(self) -> None:
        super().__init__(_(NO_TITLE))


def save_details(
    document_id: int, *, title: str, doc_date: dt.date | None, kind: str, tags: str, notes: str
) -> None:
    """What the parent says about a document: a title (required), its date, kind, tags and notes."""
    if not title.strip():
        raise NoTitleError()
    update_document(
        document_id,
        title=title.strip()[:300],
        doc_date=doc_date,
        kind=kind,
        tags=clean_tags(tags)[:500],
        notes=notes,
    )


def update_document(document_id: int, **fields: object) -> None:
    allowed = {"title", "kind", "doc_date", "tags", "notes"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"cannot change {', '.join(sorted(unknown))}")
    if (
        "doc_date" in fields
        and fields["doc_date"] is not None
        and not isinstance(fields["doc_date"], dt.date)
    ):
        raise ValueError("doc_date must be a date")
    Document.update(**fields).where(Document.id == document_id).execute()


def link(from_kind: str, from_id: int, to_kind: str, to_id: int) -> None:
    for kind in (from_kind, to_kind):
        if kind not in LINK_KINDS:
            raise ValueError(f"unknown kind of record: {kind}")
    exists = (
        Link.select()
        .where(
            (Link.from_kind == from_kind)
            & (Link.from_id == from_id)
            & (Link.to_kind == to_kind)
            & (Link.to_id == to_id)
        )
        .exists()
    )
    if not exists:
        Link.create(from_kind=from_kind, from_id=from_id, to_kind=to_kind, to_id=to_id)


def unlink(from_kind: str, from_id: int, to_kind: str, to_id: int) -> None:
    """Remove the link between two records, whichever way it was made (``linked`` reads both ways)."""
    Link.delete().where(
        (
            (Link.from_kind == from_kind)
            & (Link.from_id == from_id)
            & (Link.to_kind == to_kind)
            & (Link.to_id == to_id)
        )
        | (
            (Link.from_kind == to_kind)
            & (Link.from_id == to_id)
            & (Link.to_kind == from_kind)
            & (Link.to_id == from_id)
        )
    ).execute()


def linked(kind: str, record_id: int) -> list[tuple[str, int]]:
    """Every record linked to this one, in either direction."""
    out = [
        (str(row.to_kind), int(row.to_id))
        for row in Link.select().where((Link.from_kind == kind) & (Link.from_id == record_id))
    ]
    out += [
        (str(row.from_kind), int(row.from_id))
        for row in Link.select().where((Link.to_kind == kind) & (Link.to_id == record_id))
    ]
    return sorted(set(out))
