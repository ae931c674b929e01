"""One search over everything in the case: provisions, log notes, incidents, communications and
documents (their titles and the text inside them). The index is an FTS5 table inside the encrypted
database, kept current by triggers (schema v4)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from iepdesk.i18n import N_
from iepdesk.model import Document, database

#: The heading of each kind of hit, translated where it is shown: ``_(KIND_LABELS[kind])``.
KIND_LABELS = {
    "provision": N_("IEP"),
    "incident": N_("Incidents"),
    "service_log_entry": N_("Service log"),
    "communication": N_("Communications"),
    "document": N_("Documents"),
}


@dataclass(frozen=True)
class Hit:
    kind: str
    ref_id: int
    title: str
    snippet: str


def _fts_query(text: str) -> str:
    """Each word must appear (as a prefix), quoted so punctuation can never break the query."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " AND ".join(f'"{w}"*' for w in words[:12])


def search(text: str, limit: int = 200) -> list[Hit]:
    query = _fts_query(text)
    if not query:
        return []
    rows = database.execute_sql(
        "SELECT kind, ref_id, title, snippet(search_index, 3, '[', ']', '…', 12) "
        "FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
        (query, limit),
    ).fetchall()
    return [
        Hit(str(kind), int(ref_id), str(title or "").strip(), str(snippet or ""))
        for kind, ref_id, title, snippet in rows
    ]


def record_title(hit: Hit) -> str:
    """The record's own title where the index title is not it (a document's index title also holds
    its file name); otherwise the index title. Empty when the record has none."""
    if hit.kind == "document":
        document = Document.get_or_none(Document.id == hit.ref_id)
        if document is not None:
            return str(document.title)
    return hit.title


def grouped(hits: list[Hit]) -> dict[str, list[Hit]]:
    """Hits grouped by kind, in the order of KIND_LABELS."""
    groups: dict[str, list[Hit]] = defaultdict(list)
    for hit in hits:
        groups[hit.kind].append(hit)
    return {kind: groups[kind] for kind in KIND_LABELS if kind in groups}
