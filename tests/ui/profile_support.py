"""The Child & team page of a main window (the child's details and the team moved there from the
Overview in issue 15)."""

from __future__ import annotations

from typing import Any

from ui.profile.page import ChildTeamPage


def child_page(window: Any, show: bool = False) -> ChildTeamPage:
    """The window's Child & team page; ``show``: shown as when the parent clicks it in the sidebar."""
    pages = list(window.pages)
    page = next(p for p in pages if isinstance(p, ChildTeamPage))
    if show:
        window.show_page(pages.index(page))
    return page


def child_page_index(window: Any) -> int:
    return next(i for i, p in enumerate(window.pages) if isinstance(p, ChildTeamPage))
