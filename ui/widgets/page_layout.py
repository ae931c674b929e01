"""The one place for page margins and spacing, on the theme's 4-pixel grid (ui.theme.spacing).

Every page of the main window lays its outer layout out with page_margins(); a titled group on a page is
a section(); a column of such groups that should not stretch across a wide window is a readable_column().
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLayout, QScrollArea, QVBoxLayout, QWidget

from ui.theme import spacing
from ui.widgets.labels import scaled

#: Around a page's content (left/right, top, bottom).
PAGE_SIDE = spacing(6)
PAGE_TOP = spacing(5)
PAGE_BOTTOM = spacing(4)
#: Between the blocks of a page (header, panels).
PAGE_GAP = spacing(3)
#: Inside a section box, and between its rows.
SECTION_PAD = spacing(4)
SECTION_GAP = spacing(2)
#: Beyond this (at the usual text size) a form column only stretches its fields: it stops here.
READABLE_WIDTH = 880

__all__ = ["PAGE_GAP", "READABLE_WIDTH", "flush", "page_margins", "readable_column", "section", "spacing"]


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


def readable_column(
    owner: QWidget, width: int = READABLE_WIDTH, gap: int = spacing(4), margins: bool = False
) -> QVBoxLayout:
    """Fill ``owner`` with a scrolling column at most ``width`` wide (grown with large text), kept to the
    left and top; the column is returned for the caller's widgets. margins: the page's own margins
    around it (for a page, not a tab)."""
    content = QWidget()
    column = QVBoxLayout(content)
    if margins:
        page_margins(column)
    else:
        column.setContentsMargins(spacing(4), spacing(3), spacing(4), spacing(3))
    column.setSpacing(gap)
    content.setMaximumWidth(scaled(content, width))
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(content)
    scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    outer = QVBoxLayout(owner)
    flush(outer)
    outer.addWidget(scroll)
    return column
