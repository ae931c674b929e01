"""What a shared copy records about itself, in its own ``case_meta`` table (no schema change).

The row ``shared_copy`` holds JSON: the child's name, who shared it ("the parent", or the parent's name
when the case holds it), when it was made, and which parts it holds. Its presence is what makes IEPDesk
open the file read-only (iepdesk.share.readonly).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from iepdesk.i18n import _

#: The case_meta key of the marker (case_meta keys are 64 characters at most).
MARK_KEY = "shared_copy"


@dataclass(frozen=True)
class SharedCopyInfo:
    """Whose copy this is and when it was made, as the copy itself records it."""

    child_name: str
    #: The parent's name as the case held it, or "" (then the copy says "the parent").
    parent_name: str
    #: When the copy was made, UTC ISO 8601 to the second.
    made_at: str
    #: The period it holds ("" = from the first record / to the last).
    date_from: str = ""
    date_to: str = ""
    #: Whether the parent's private notes were left out.
    private_notes_removed: bool = False
    #: True when only some services or documents were put in.
    partial: bool = False

    @property
    def made_on(self) -> dt.date | None:
        try:
            return dt.datetime.fromisoformat(self.made_at).date()
        except ValueError:
            return None

    @property
    def shared_by(self) -> str:
        """ "the parent", or the parent's name: who handed the copy over."""
        return self.parent_name or _("the parent")

    def to_json(self) -> str:
        return json.dumps(
            {
                "child": self.child_name,
                "parent": self.parent_name,
                "shared_by": "parent",
                "made_at": self.made_at,
                "from": self.date_from,
                "to": self.date_to,
                "private_notes_removed": self.private_notes_removed,
                "partial": self.partial,
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> SharedCopyInfo:
        try:
            data: Any = json.loads(text)
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}

        def text_of(key: str) -> str:
            value = data.get(key, "")
            return value if isinstance(value, str) else ""

        return cls(
            child_name=text_of("child"),
            parent_name=text_of("parent"),
            made_at=text_of("made_at"),
            date_from=text_of("from"),
            date_to=text_of("to"),
            private_notes_removed=data.get("private_notes_removed") is True,
            partial=data.get("partial") is True,
        )


def read_marker(conn: Any) -> SharedCopyInfo | None:
    """The marker of the database behind ``conn`` (a DB-API connection), or None: not a shared copy.

    A database without a readable case_meta table is not taken for a shared copy here; the checks that
    open a case say what is wrong with it."""
    try:
        row = conn.execute("SELECT value FROM case_meta WHERE key = ?", (MARK_KEY,)).fetchone()
    except sqlcipher3.DatabaseError:
        return None
    return None if row is None else SharedCopyInfo.from_json(str(row[0]))


def shared_copy() -> SharedCopyInfo | None:
    """The open case's marker: None for the parent's own case (and for a backup of it)."""
    from iepdesk.model import CaseMeta

    text = CaseMeta.get_value(MARK_KEY)
    return SharedCopyInfo.from_json(text) if text else None


def is_shared_copy() -> bool:
    """True when the open case is a shared copy: it opens read-only, nothing can be saved in it."""
    return shared_copy() is not None
