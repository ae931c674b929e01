"""What every page of the main window can be asked to do."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from iepdesk.drafts import Draft


class CasePage(QWidget):
    """A page that shows case content. The main window calls these; nothing else reaches in.

    A page with a form answers the unsaved-changes protocol of ui.widgets.unsaved (the window asks
    Save / Discard / Cancel before leaving it) and, for the lock, draft_values() / restore_draft().
    """

    #: The page's key in the case's draft store (iepdesk.drafts); empty: the page keeps no drafts.
    draft_form = ""
    #: Keys of drafts kept from the page's dialogs (open when the case locked), also given to
    #: restore_draft().
    dialog_draft_forms: tuple[str, ...] = ()

    def load(self) -> None:
        """Read what the page shows from the unlocked case."""

    def save_pending(self) -> None:
        """Finish background work before the case locks (never saves a form: see draft_values). Must not
        raise."""

    def has_unsaved_changes(self) -> bool:
        return False

    def save_unsaved(self) -> bool:
        """Save what is unsaved, as the page's Save button would. False: not saved (the parent was told
        why), so stay on the page."""
        return True

    def discard_unsaved(self) -> None:
        """Throw the unsaved changes away: show what is saved again."""

    def draft_values(self) -> dict[str, Any] | None:
        """What is unsaved, as JSON values, kept in the case when it locks (None: nothing). Must not
        raise."""
        return None

    def restore_draft(self, draft: Draft) -> bool:
        """Put a draft kept at the last lock back into the form, marked as restored; True when shown."""
        return False

    def clear(self) -> None:
        """Forget every bit of case text the page shows (called when the case locks)."""
