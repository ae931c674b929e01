"""What the Documents page asks of the case: the list with its filters, details, links, export.

Plain values in and out; the widgets never hold a model object.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from iepdesk import search
from iepdesk.errors import UsageError
from iepdesk.vault import library, store
from iepdesk.vault.library import DocumentKind, clean_tags
from iepdesk.vault.library import DocumentRow as DocRow
from ui.i18n import translate
from ui.vault import records_ctl

__all__ = ["DocRow", "clean_tags"]

log = logging.getLogger(__name__)


def kind_labels() -> dict[str, str]:
    return {
        DocumentKind.IEP.value: translate("Documents", "IEP"),
        DocumentKind.EVALUATION.value: translate("Documents", "Evaluation"),
        DocumentKind.PROGRESS_REPORT.value: translate("Documents", "Progress report"),
        DocumentKind.REPORT_CARD.value: translate("Documents", "Report card"),
        DocumentKind.EMAIL.value: translate("Documents", "Email"),
        DocumentKind.LETTER.value: translate("Documents", "Letter"),
        DocumentKind.PHOTO.value: translate("Documents", "Photo"),
        DocumentKind.OTHER.value: translate("Documents", "Other"),
        DocumentKind.SERVICE_LOG.value: translate("Documents", "School's service log"),
    }


def human_size(size: int) -> str:
    value = float(size)
    for unit in (translate("Documents", "bytes"), "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return (
                f"{int(value)} {unit}" if unit == translate("Documents", "bytes") else f"{value:.1f} {unit}"
            )
        value /= 1024
    return f"{size}"


def list_rows(kind: str | None = None, tag: str | None = None, words: str = "") -> list[DocRow]:
    """Documents, newest first, narrowed by kind, tag and words (in the title, tags, notes or the
    text inside the document)."""
    rows = library.document_rows(kind or None, tag or None)
    wanted = words.lower().split()
    if not wanted:
        return rows
    inside = {h.ref_id for h in search.search(words) if h.kind == "document"}

    def matches(row: DocRow) -> bool:
        haystack = f"{row.title} {row.filename} {row.tags} {row.notes}".lower()
        return row.id in inside or all(w in haystack for w in wanted)

    return [r for r in rows if matches(r)]


def get_row(document_id: int) -> DocRow | None:
    return library.document_row(document_id)


def all_tags() -> list[str]:
    return library.all_tags()


def save_details(
    document_id: int, title: str, doc_date: dt.date | None, kind: str, tags: str, notes: str
) -> None:
    try:
        library.save_details(document_id, title=title, doc_date=doc_date, kind=kind, tags=tags, notes=notes)
    except library.NoTitleError:
        raise UsageError(translate("Documents", "A document needs a title.")) from None


def links_of(document_id: int) -> list[tuple[str, int, str]]:
    """(kind, id, description) of every record linked to this document."""
    return [
        (kind, rid, records_ctl.describe(kind, rid)) for kind, rid in library.linked("document", document_id)
    ]


def add_links(document_id: int, pairs: list[tuple[str, int]]) -> None:
    for kind, record_id in pairs:
        if (kind, record_id) != ("document", document_id):
            library.link("document", document_id, kind, record_id)


def remove_link(document_id: int, kind: str, record_id: int) -> None:
    library.unlink("document", document_id, kind, record_id)
    library.unlink(kind, record_id, "document", document_id)


@dataclass(frozen=True)
class ExportResult:
    written: list[Path]
    failed: list[str]


def export(document_ids: list[int], folder: Path) -> ExportResult:
    written: list[Path] = []
    failed: list[str] = []
    for document_id in document_ids:
        try:
            written.append(store.export_document(document_id, folder))
        except Exception as exc:  # one damaged document never stops the others
            log.info("export failed: %s", type(exc).__name__)
            row = get_row(document_id)
            failed.append(row.title if row else str(document_id))
    return ExportResult(written, failed)


def delete(document_ids: list[int]) -> None:
    for document_id in document_ids:
        store.delete_document(document_id)
