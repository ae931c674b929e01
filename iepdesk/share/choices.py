"""What the parent can choose to share: the services (by name, across IEP versions) and the documents.

Read from the open case; the window lists them, the command line resolves names and ids with them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepdesk.errors import UsageError
from iepdesk.i18n import _


@dataclass(frozen=True)
class ServiceChoice:
    """A service as the parent names it; ``ids`` are its provisions in every IEP version."""

    title: str
    ids: tuple[int, ...]


@dataclass(frozen=True)
class DocumentChoice:
    id: int
    title: str
    doc_date: dt.date | None


def service_choices() -> list[ServiceChoice]:
    """The services of every IEP version, one per name (case and spaces aside), in the order first met."""
    from iepdesk.model import Provision

    grouped: dict[str, tuple[str, list[int]]] = {}
    for p in Provision.select().where(Provision.kind == "service").order_by(Provision.id):
        title = " ".join(str(p.title).split()) or _("(unnamed service)")
        grouped.setdefault(title.casefold(), (title, []))[1].append(int(p.id))
    return [ServiceChoice(title, tuple(ids)) for title, ids in grouped.values()]


def document_choices() -> list[DocumentChoice]:
    from iepdesk.model import Document

    return [
        DocumentChoice(int(d.id), str(d.title), d.doc_date)
        for d in Document.select().order_by(Document.doc_date.desc(nulls="LAST"), Document.id)
    ]


def services_named(words: list[str]) -> frozenset[int]:
    """The provision ids of the services named (a name, or a provision's id); an unknown one is refused."""
    choices = service_choices()
    by_title = {c.title.casefold(): c.ids for c in choices}
    by_id = {i: c.ids for c in choices for i in c.ids}
    kept: set[int] = set()
    for word in words:
        text = " ".join(word.split())
        ids = by_id.get(int(text)) if text.isdigit() else by_title.get(text.casefold())
        if ids is None:
            names = "; ".join(c.title for c in choices) or _("none")
            raise UsageError(
                _("There is no service named {name} in this case. Its services: {names}.").format(
                    name=word, names=names
                )
            )
        kept.update(ids)
    return frozenset(kept)


def documents_numbered(words: list[str]) -> frozenset[int]:
    """The document ids given (as `vault list` shows them); an unknown one is refused."""
    known = {c.id for c in document_choices()}
    kept: set[int] = set()
    for word in words:
        if not word.strip().isdigit() or int(word) not in known:
            raise UsageError(
                _("There is no document {id} in this case (iepdesk vault list shows the ids).").format(
                    id=word
                )
            )
        kept.add(int(word))
    return frozenset(kept)
