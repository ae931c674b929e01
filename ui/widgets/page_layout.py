"""The one place for page margins and spacing, on a 4-pixel grid.

ui/theme/ (spacing(n)) did not exist when this was written: the grid constants live here. Every page of
the main window lays its outer layout out with page_margins(); a titled group on a page is a section().
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLayout, QVBoxLayout, QWidget

#: The grid every margin and gap is a multiple of.
GRID = 4


def spacing(steps: int) -> int:
    """steps grid units, in pixels."""
    return steps * GRID


#: Around a page's content (left/right, top, bottom).
PAGE_SIDE = spacing(6)
PAGE_TOP = spacing(5)
PAGE_BOTTOM = spacing(4)
#: Between the blocks of a page (header, panels).
PAGE_GAP = spacing(3)
#: Inside a section box, and between its rows.
SECTION_PAD = spacing(4)
SECTION_GAP = spacing(2)
#: Beyond this a form column or a panel of one control only stretches: it stops here (at 9 pt text).
READABLE_WIDTH = 880


def page_margins(layout: QLayout) -> None:
    """The same margins and gap on every page."""
    layout.setContentsMargins(PAGE_SIDE, PAGE_TOP, PAGE_SIDE, PAGE_BOTTOM)
    layout.setSpacing(PAGE_GAP)


def flush(layout: QLayout) -> None:
    """A layout nested inside a page's: no margins of its own (the page's already apply)."""
    layout.setContentsMargins(0, 0, 0, 0)


def section(title: str, parent: QWidget | None = None) -> tuple[QGroupBox, QVBoxLayout]:
    """A titled group of a page with the same padding everywhere: the box and its column."""
    box = QGroupBox(title, parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(SECTION_PAD, SECTION_PAD, SECTION_PAD, SECTION_PAD)
    column.setSpacing(SECTION_GAP)
    return box, column
