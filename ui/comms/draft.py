"""A communication being written, as JSON values for the case's draft store, and back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ui.comms.entries_ctl import EntryData


def to_values(data: EntryData) -> dict[str, Any]:
    return {
        "id": data.id,
        "when": data.when,
        "channel": data.channel,
        "direction": data.direction,
        "subject": data.subject,
        "body": data.body,
        "contact_ids": list(data.contact_ids),
        "other_people": data.other_people,
        "follow_up": data.follow_up.isoformat() if data.follow_up else None,
        "follow_up_done": data.follow_up_done,
        "attachments": list(data.attachments),
        "pending_files": [str(p) for p in data.pending_files],
        "links": [[kind, record_id] for kind, record_id in data.links],
    }


def from_values(values: dict[str, Any]) -> EntryData:
    """The entry a draft holds; a value of the wrong type is left at its default."""
    data = EntryData()

    def text(name: str) -> str:
        value = values.get(name)
        return value if isinstance(value, str) else str(getattr(data, name))

    def ints(name: str) -> list[int]:
        value = values.get(name)
        return [v for v in value if isinstance(v, int)] if isinstance(value, list) else []

    record_id = values.get("id")
    data.id = record_id if isinstance(record_id, int) else None
    for name in ("when", "channel", "direction", "subject", "body", "other_people"):
        setattr(data, name, text(name))
    data.contact_ids = ints("contact_ids")
    data.attachments = ints("attachments")
    follow_up = values.get("follow_up")
    try:
        data.follow_up = dt.date.fromisoformat(follow_up) if isinstance(follow_up, str) else None
    except ValueError:
        data.follow_up = None
    data.follow_up_done = values.get("follow_up_done") is True
    files = values.get("pending_files")
    data.pending_files = [Path(p) for p in files if isinstance(p, str)] if isinstance(files, list) else []
    links = values.get("links")
    data.links = [
        (str(link[0]), int(link[1]))
        for link in (links if isinstance(links, list) else [])
        if isinstance(link, list) and len(link) == 2 and isinstance(link[1], int)
    ]
    return data
