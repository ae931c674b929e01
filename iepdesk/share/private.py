"""The parent's private notes, left out of a shared copy when asked (``--exclude-private``).

The rule (docs/sharing.md): a private note is the parent's own working text that is not itself a record
of what happened with the school. Left out:

- the notes on each team member (contacts),
- the notes on each IEP version, and on each document,
- what the parent means to propose at the next meeting (a provision's "to propose"),
- letters never marked sent (drafts), the parent's own copies of letters in another language, and the
  earlier saved versions of the letters that were sent (the wording sent is kept).

Kept, because they are the record the copy is made to show: log entries and their notes, incidents,
communications, goal data and progress reports with their notes, the IEP's own words, and sent letters.

Unsaved form text (``draft:`` rows in case_meta) never goes into any copy, whatever is chosen.
"""

from __future__ import annotations

from typing import Any

from iepdesk.drafts import PREFIX as DRAFT_PREFIX

#: (table, column) of each private note that is emptied.
PRIVATE_NOTE_COLUMNS = (
    ("contact", "notes"),
    ("iep_version", "notes"),
    ("document", "notes"),
    ("provision", "to_propose"),
)


def remove_drafts(conn: Any) -> None:
    conn.execute("DELETE FROM case_meta WHERE substr(key, 1, ?) = ?", (len(DRAFT_PREFIX), DRAFT_PREFIX))


def remove_private_notes(conn: Any) -> None:
    """Empty the private notes and remove unsent letters (inside the copy's transaction)."""
    for table, column in PRIVATE_NOTE_COLUMNS:
        conn.execute(f"UPDATE {table} SET {column} = '' WHERE {column} != ''")  # noqa: S608 (constants)
    conn.execute("DELETE FROM letter WHERE sent_on IS NULL OR copy_of IS NOT NULL")
    conn.execute(
        "DELETE FROM letter_revision WHERE id NOT IN (SELECT MAX(id) FROM letter_revision GROUP BY letter_id)"
    )
