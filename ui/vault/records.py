"""The records a document or a communication can be linked to: their names in plain words.

Reads through the models only; shared by the Documents and Communications pages.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from iepdesk.model import (
    Communication,
    Document,
    IepVersion,
    Incident,
    Provision,
    ServiceLogEntry,
)

log = logging.getLogger(__name__)

#: Kinds of record, in the order they are offered when linking.
LINKABLE = ("iep_version", "incident", "communication", "log_entry", "provision", "document")


def _t(text: str) -> str:
    return QCoreApplication.translate("Records", text)


def kind_name(kind: str) -> str:
    return {
        "iep_version": _t("IEP version"),
        "incident": _t("Incident"),
        "communication": _t("Communication"),
        "log_entry": _t("Service log entry"),
        "provision": _t("IEP item"),
        "document": _t("Document"),
    }.get(kind, kind)


def _status(value: str) -> str:
    return {
        "delivered": _t("delivered"),
        "shortened": _t("shortened"),
        "missed": _t("missed"),
        "makeup": _t("make-up"),
    }.get(value, value)


def _short(text: str, limit: int = 70) -> str:
    line = " ".join(str(text or "").split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _when(value: object) -> str:
    text = str(value or "")
    return text.replace("T", " ") if text else _t("no date")


def _label(kind: str, row: object) -> str:
    if kind == "iep_version":
        return str(row.label())  # type: ignore[attr-defined]
    if kind == "incident":
        return f"{_when(row.date)} · {_short(row.what_happened)}"  # type: ignore[attr-defined]
    if kind == "communication":
        subject = _short(row.subject) or _t("(no subject)")  # type: ignore[attr-defined]
        return f"{_when(row.when)} · {subject}"  # type: ignore[attr-defined]
    if kind == "log_entry":
        title = _short(row.provision.title, 40) or _t("service")  # type: ignore[attr-defined]
        return f"{_when(row.date)} · {title} · {_status(str(row.status))}"  # type: ignore[attr-defined]
    if kind == "provision":
        return _short(row.title) or _short(row.iep_wording) or _t("(untitled)")  # type: ignore[attr-defined]
    if kind == "document":
        return f"{_short(row.title)} ({_when(row.doc_date)})"  # type: ignore[attr-defined]
    return f"{kind} {getattr(row, 'id', '')}"


def _query(kind: str):  # type: ignore[no-untyped-def]
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


def choices(kind: str, limit: int = 500) -> list[tuple[int, str]]:
    """The records of one kind, newest first, as (id, label)."""
    return [(int(row.id), _label(kind, row)) for row in _query(kind).limit(limit)]


def describe(kind: str, record_id: int) -> str:
    """ "Incident: 2026-03-04 · No speech session", or a plain note when the record is gone."""
    try:
        row = _query(kind).where(_query(kind).model.id == record_id).get()
    except Exception:  # deleted since it was linked, or an unknown kind: say so, never fail
        return _t("{kind} (no longer in the case)").format(kind=kind_name(kind))
    return f"{kind_name(kind)}: {_label(kind, row)}"
