"""The records a document or a communication can be linked to: their names in plain words.

Reads through iepdesk.vault.records; shared by the Documents and Communications pages.
"""

from __future__ import annotations

import logging

from iepdesk.vault import records as core_records
from iepdesk.vault.records import LINKABLE, RecordSummary
from ui.i18n import translate

__all__ = ["LINKABLE", "choices", "describe", "kind_name"]

log = logging.getLogger(__name__)


def kind_name(kind: str) -> str:
    return {
        "iep_version": translate("Records", "IEP version"),
        "incident": translate("Records", "Incident"),
        "communication": translate("Records", "Communication"),
        "log_entry": translate("Records", "Service log entry"),
        "provision": translate("Records", "IEP item"),
        "document": translate("Records", "Document"),
    }.get(kind, kind)


def _status(value: str) -> str:
    return {
        "delivered": translate("Records", "delivered"),
        "shortened": translate("Records", "shortened"),
        "missed": translate("Records", "missed"),
        "makeup": translate("Records", "make-up"),
    }.get(value, value)


def _short(text: str, limit: int = 70) -> str:
    line = " ".join(str(text or "").split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _when(value: object) -> str:
    text = str(value or "")
    return text.replace("T", " ") if text else translate("Records", "no date")


def _label(row: RecordSummary) -> str:
    kind = row.kind
    if kind == "iep_version":
        return row.title
    if kind == "incident":
        return f"{_when(row.when)} · {_short(row.title)}"
    if kind == "communication":
        subject = _short(row.title) or translate("Records", "(no subject)")
        return f"{_when(row.when)} · {subject}"
    if kind == "log_entry":
        title = _short(row.title, 40) or translate("Records", "service")
        return f"{_when(row.when)} · {title} · {_status(row.status)}"
    if kind == "provision":
        return _short(row.title) or _short(row.wording) or translate("Records", "(untitled)")
    if kind == "document":
        return f"{_short(row.title)} ({_when(row.when)})"
    return f"{kind} {row.id}"


def session_label(row: RecordSummary) -> str:
    """A log entry where its day is already said: "Speech therapy · delivered"."""
    title = _short(row.title, 40) or translate("Records", "service")
    return f"{title} · {_status(row.status)}"


def choices(kind: str, limit: int = 500) -> list[tuple[int, str]]:
    """The records of one kind, newest first, as (id, label)."""
    return [(row.id, _label(row)) for row in core_records.summaries(kind, limit)]


def describe(kind: str, record_id: int) -> str:
    """ "Incident: 2026-03-04 · No speech session", or a plain note when the record is gone."""
    row = core_records.summary(kind, record_id)
    if row is None:
        return translate("Records", "{kind} (no longer in the case)").format(kind=kind_name(kind))
    return f"{kind_name(kind)}: {_label(row)}"
