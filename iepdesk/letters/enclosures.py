"""The documents a letter encloses, listed at its end under "Enclosures:".

A letter that goes with the meeting binder cites each document the binder appends by its exhibit
number, the same number the binder's contents and tab page give it (iepdesk.export.exhibits); any
other document, and every document of a letter sent on its own, is named by its title and date.
The list is written into the letter when it is drafted: a binder made later with other documents
can number them differently, so the parent drafts the letter again (or edits the list) then.
"""

from __future__ import annotations

from typing import Protocol

from iepdesk.export.exhibits import binder_exhibits, cited, exhibits
from iepdesk.i18n import _


class Encloses(Protocol):
    @property
    def documents(self) -> tuple[int, ...]: ...

    @property
    def with_binder(self) -> bool: ...


def enclosure_notes(selection: Encloses, body: str) -> list[str]:
    """A note when a document the letter lists as sent with it is no longer in the case, and when
    the letter, going with the binder, names a document by another number than the binder made last
    gives it (or one the binder no longer holds): the list was written earlier."""
    if not selection.documents:
        return []
    notes: list[str] = []
    if len(exhibits(selection.documents)) < len(set(selection.documents)):
        notes.append(
            _(
                "A document this letter lists as sent with it is no longer in the case: correct its "
                "list of documents sent, or add the document again."
            )
        )
    if not selection.with_binder:
        return notes
    wanted = enclosures_text(selection).splitlines()[1:]
    if not all(line in body for line in wanted):
        notes.append(
            _(
                "The binder's exhibits have changed since this letter listed its documents: draft the "
                "letter again, or correct its list of documents sent."
            )
        )
    return notes


def enclosures_text(selection: Encloses) -> str:
    """ "Enclosures:" and one line per document still in the case, in exhibit order; "" when it
    encloses none (or none of them is in the case any more)."""
    enclosed = exhibits(selection.documents) if selection.documents else []
    if not enclosed:
        return ""
    in_binder = {e.document_id: e for e in binder_exhibits()} if selection.with_binder else {}
    lines = [_("Enclosures:")]
    for own in enclosed:
        numbered = in_binder.get(own.document_id)
        lines.append("- " + (cited(numbered, True) if numbered is not None else cited(own, False)))
    return "\n".join(lines)
