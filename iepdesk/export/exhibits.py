"""Exhibit numbers: the documents appended to the binder, numbered 1 … n in one order a parent can
see (the document's date, undated ones last, then its title), so the binder's contents, each tab
page and the letters that cite a document all give it the same number.

The one function that numbers is ``exhibits``; ``binder_exhibits`` numbers the documents the binder
was last made with (its remembered choices), which is what a letter that goes with the binder cites.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from iepdesk.i18n import _, long_date
from iepdesk.model import CaseSetting, Document


@dataclass(frozen=True)
class Exhibit:
    number: int
    document_id: int
    title: str
    doc_date: dt.date | None


def _order_key(doc: Document) -> tuple[int, dt.date, str, int]:
    day = doc.doc_date
    return (day is None, day or dt.date.min, str(doc.title).casefold(), int(doc.id))


def exhibits(document_ids: Iterable[int]) -> list[Exhibit]:
    """The documents among ``document_ids`` that are in the case, each once, numbered from 1 by date
    (undated last), then title (whatever its capitals), then the order they were added."""
    wanted = list(dict.fromkeys(int(i) for i in document_ids))
    if not wanted:
        return []
    rows = list(
        Document.select(Document.id, Document.title, Document.doc_date).where(Document.id.in_(wanted))
    )
    rows.sort(key=_order_key)
    return [Exhibit(n, int(doc.id), str(doc.title), doc.doc_date) for n, doc in enumerate(rows, start=1)]


def binder_exhibits() -> list[Exhibit]:
    """The exhibits of the binder as last made (its remembered choices); none when it appends no
    documents."""
    from iepdesk.export.binder_data import SETTING_KEY, BinderOptions

    row = CaseSetting.get_or_none(CaseSetting.key == SETTING_KEY)
    if row is None:
        return []
    try:
        options = BinderOptions.from_json(str(row.value))
    except (ValueError, TypeError, KeyError):
        return []
    if "documents" not in options.sections:
        return []
    return exhibits(options.document_ids)


def exhibit_title(exhibit: Exhibit) -> str:
    """What the tab page and the contents say: "Exhibit 2: Speech log"."""
    return _("Exhibit {number}: {title}").format(number=exhibit.number, title=exhibit.title)


def cited(exhibit: Exhibit, with_binder: bool) -> str:
    """How a letter names the document: by its number when the letter goes with the binder
    ("Exhibit 2: Speech log (March 4, 2026)"), otherwise by title and date ("Speech log (March 4,
    2026)"); "undated" when it has no date."""
    day = long_date(exhibit.doc_date) if exhibit.doc_date else _("undated")
    named = _("{title} ({date})").format(title=exhibit.title, date=day)
    if with_binder:
        return _("Exhibit {number}: {named}").format(number=exhibit.number, named=named)
    return named
