"""Going from one page of the main window to another (an empty state's "Go to the IEP")."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

Page = TypeVar("Page", bound=QWidget)


def show_page_of(widget: QWidget, page_type: type[Page]) -> Page | None:
    """Show the window's page of ``page_type``; None when there is none or it was not left (the parent
    chose Cancel about unsaved changes)."""
    window = widget.window()
    pages = list(getattr(window, "pages", []))
    page = next((p for p in pages if isinstance(p, page_type)), None)
    show_page = getattr(window, "show_page", None)
    if page is None or show_page is None:
        return None
    show_page(pages.index(page))
    return page if page.isVisibleTo(window) else None
