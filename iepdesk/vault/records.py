"""The records a document or a communication can be linked to, each as the few values that name it.

The window puts them into (translated) words; the kinds are ``library.LINK_KINDS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from iepdesk.model import Communication, Document, IepVersion, Incident, Provision, ServiceLogEntry

#: Kinds of record, in the order they are offered when linking.
LINKABLE = ("iep_version", "incident", "communication", "log_entry", "provision", "document")


@dataclass(frozen=True)
class RecordSummary:
    kind: str
    id: int
    #: What names it: the IEP version's label, what happened, the subject, the service's title, the
    #: provision's or the document's title ("" when it has none).
    title: str
    #: Its date (and time) as ISO text, "" without one; unused for an IEP version and a provision.
    when: str = ""
    #: A provision's own wording (it names one that has no title).
    wording: str = ""
    #: A service log entry's status ("delivered", "missed", …).
    status: str = ""


def _query(kind: str) -> Any:
    if kind == "iep_version":
        return IepVersion.select().order_by(
            IepVersion.effective_from.desc(nulls="LAST"), IepVersion.id.desc()
        )
    if kind == "incident":
        return Incident.select().order_by(Incident.date.desc(), Incident.id.desc())
    if kind == "communication":
        return Communication.select().order_by(Communication.when.desc(), Communication.id.desc())
    if kind == "log_entry":
        return ServiceLogEntry.select().order_by(ServiceLogEntry.date.desc(), ServiceLogEntry.id.desc())
    if kind == "provision":
        return Provision.select().order_by(Provision.version.desc(), Provision.position, Provision.id)
    if kind == "document":
        return Document.select(Document.id, Document.title, Document.doc_date).order_by(Document.id.desc())
    raise ValueError(f"unknown kind of record: {kind}")


def _text(value: object) -> str:
    return str(value or "")


def _summary(kind: str, row: Any) -> RecordSummary:
    record_id = int(row.id)
    if kind == "iep_version":
        return RecordSummary(kind, record_id, str(row.label()))
    if kind == "incident":
        return RecordSummary(kind, record_id, _text(row.what_happened), _text(row.date))
    if kind == "communication":
        return RecordSummary(kind, record_id, _text(row.subject), _text(row.when))
    if kind == "log_entry":
        title = _text(row.provision.title)
        return RecordSummary(kind, record_id, title, _text(row.date), status=_text(row.status))
    if kind == "provision":
        return RecordSummary(kind, record_id, _text(row.title), wording=_text(row.iep_wording))
    return RecordSummary(kind, record_id, _text(row.title), _text(row.doc_date))


def summaries(kind: str, limit: int = 500) -> list[RecordSummary]:
    """The records of one kind, newest first. ValueError for a kind that cannot be linked."""
    return [_summary(kind, row) for row in _query(kind).limit(limit)]


def summary(kind: str, record_id: int) -> RecordSummary | None:
    """One record; None when it is gone (deleted since it was linked) or the kind is unknown."""
    try:
        query = _query(kind)
        row = query.where(query.model.id == record_id).get()
    except Exception:  # deleted since it was linked, or an unknown kind: say so, never fail
        return None
    return _summary(kind, row)
