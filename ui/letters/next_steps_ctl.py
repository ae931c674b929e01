"""Next steps for the window: the steps from the core (iepdesk.next_steps), and the way to the IEP page's
clarity check. Nothing here reads the case itself."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from iepdesk import next_steps
from iepdesk.next_steps import NextSteps
from ui.iep.page import IepPage


def case_steps(today: dt.date) -> NextSteps:
    """The steps, marked from the open case."""
    return next_steps.next_steps(today)


def blank_steps() -> NextSteps:
    """The steps with nothing marked (no case open, or it could not be read)."""
    return next_steps.build(next_steps.CaseProgress())


def open_clarity_check(widget: QWidget) -> bool:
    """Go to the IEP page and show its clarity check. False when the page was not left (the parent
    chose Cancel about unsaved changes) or there is no IEP page."""
    window = widget.window()
    pages = list(getattr(window, "pages", []))
    page = next((p for p in pages if isinstance(p, IepPage)), None)
    show_page = getattr(window, "show_page", None)
    if page is None or show_page is None:
        return False
    show_page(pages.index(page))
    if not page.isVisibleTo(window):
        return False
    page.show_clarity_check()
    return True
