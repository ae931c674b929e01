"""Adding a photo of paper to the vault: read it (bounded, iepdesk.vault.photo_worker), suggest the
date it holds, store the copy without location data, and link it to that day's log entries.

The window shows the suggestion and where it came from; the parent confirms or changes the date and
ticks the entries. What is stored is what the parent confirmed: the file's own date (when it was
copied, not taken) is never used.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

from iepdesk.model import ServiceLogEntry
from iepdesk.model.vault import DocumentKind
from iepdesk.vault import library, store
from iepdesk.vault.photo import PhotoError, PhotoFacts, is_photo
from iepdesk.vault.photo_worker import read_bounded, read_bounded_bytes
from iepdesk.vault.records import RecordSummary, summary

__all__ = ["PhotoError", "PhotoFacts", "add_photo", "entries_on", "is_photo", "read_photo_file"]


def read_photo_file(path: str | os.PathLike[str]) -> PhotoFacts:
    """The photo's suggested date and its copy to keep; PhotoError with a plain reason otherwise.
    Reads in a child process: call it off the window's thread."""
    return read_bounded(path)


def entries_on(day: dt.date) -> list[RecordSummary]:
    """The service log entries of ``day`` (what a photo of that day's note can be linked to), in the
    order of the log."""
    ids = [
        int(row.id)
        for row in ServiceLogEntry.select(ServiceLogEntry.id)
        .where(ServiceLogEntry.date == day)
        .order_by(ServiceLogEntry.provision, ServiceLogEntry.id)
    ]
    found = [summary("log_entry", i) for i in ids]
    return [s for s in found if s is not None]


def add_photo(
    facts: PhotoFacts,
    *,
    title: str | None = None,
    doc_date: dt.date | None = None,
    tags: str = "",
    log_entries: Iterable[int] = (),
) -> library.AddResult:
    """Store the photo's kept copy (without location data) with the date the parent confirmed
    (``doc_date``; None: undated) and link it to ``log_entries``. A photo already in the vault is not
    stored twice; the existing one is linked instead."""
    result = store.import_bytes(
        facts.data,
        facts.name,
        title=title or None,
        kind=DocumentKind.PHOTO.value,
        tags=library.clean_tags(tags),
        doc_date=doc_date,
    )
    target = result.document or result.duplicate_of
    if target is not None:
        for entry_id in dict.fromkeys(log_entries):
            library.link("document", int(target.id), "log_entry", int(entry_id))
    return library.AddResult(Path(facts.name), result.document, result.duplicate_of)


def add_photo_file(path: Path, *, title: str | None = None, tags: str = "") -> library.AddResult:
    """A photo added without the window's questions (a folder, the command line): the date it holds
    (none when it holds none; never the file's own date) and no links. A picture that cannot be
    decoded (damaged, too large, not a picture at all) is kept as it is, without its location data
    when it holds any, and undated; one whose location cannot be removed gives an ``error``."""
    try:
        facts = read_bounded(path)
    except PhotoError as error:
        if error.kept is None:
            return library.AddResult(path, None, None, str(error))
        name = store.readable_name(path.name)
        kept = store.import_bytes(error.kept, name, title=title, tags=library.clean_tags(tags))
        return library.AddResult(path, kept.document, kept.duplicate_of)
    added = add_photo(facts, title=title, doc_date=facts.taken, tags=tags)
    return library.AddResult(path, added.document, added.duplicate_of)


def add_photo_bytes(data: bytes, name: str, *, linked_to: int | None = None) -> library.AddResult:
    """A photo held in memory (an email's attachment) stored as its own document, as a folder's photo
    is (``add_photo_file``): its own date or none, without location data; linked to the document
    ``linked_to`` (the email) when given. Reads in a child process: call it off the window's thread."""
    shown = store.readable_name(name)
    try:
        facts = read_bounded_bytes(data, shown)
    except PhotoError as error:
        if error.kept is None:
            return library.AddResult(Path(shown), None, None, str(error))
        kept = store.import_bytes(error.kept, shown)
        result = library.AddResult(Path(shown), kept.document, kept.duplicate_of)
    else:
        result = add_photo(facts, doc_date=facts.taken)
    target = result.document_id if result.document_id is not None else result.duplicate_id
    if target is not None and linked_to is not None and target != linked_to:
        library.link("document", target, "document", linked_to)
    return result
