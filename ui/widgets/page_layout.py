"""The one place for page margins and spacing, on the theme's 4-pixel grid (ui.theme.spacing).

Every page of the main window lays its outer layout out with page_margins(); a titled group on a page is
a section(); a column of such groups that should not stretch across a wide window is a readable_column().
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

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

__all__ = [
    "PAGE_GAP",
    "READABLE_WIDTH",
    "WIDE_PAGE",
    "button_row",
    "flush",
    "named_button",
    "page_margins",
    "readable_column",
    "readable_scroll",
    "section",
    "spacing",
]


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


def named_button(text: str, accessible_name: str) -> QPushButton:
    """A push button with the longer name a screen reader says for it."""
    button = QPushButton(text)
    button.setAccessibleName(accessible_name)
    return button


def button_row(left: tuple[QWidget, ...], right: tuple[QWidget, ...] = ()) -> QHBoxLayout:
    """A page's row of buttons: what adds on the left, what acts on the selection on the right."""
    row = QHBoxLayout()
    for widget in left:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    return row


#: The widest a page of two columns grows (at the usual text size): beyond it, lines get too long to read.
WIDE_PAGE = 1600


def readable_scroll(width: int = READABLE_WIDTH, gap: int = spacing(4)) -> tuple[QScrollArea, QVBoxLayout]:
    """A scrolling column at most ``width`` wide (grown with large text), kept to the left and top: the
    scroll area to place, and the column for the caller's widgets (flush: the page's margins hold)."""
    content = QWidget()
    column = QVBoxLayout(content)
    flush(column)
    column.setSpacing(gap)
    content.setMaximumWidth(scaled(content, width))
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(content)
    scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return scroll, column


def readable_column(
    owner: QWidget, width: int = READABLE_WIDTH, gap: int = spacing(4), margins: bool = False
) -> QVBoxLayout:
    """Fill ``owner`` with a readable_scroll() and return its column. margins: the page's own margins
    inside it (a page); else a little room at the top only (a tab of a page)."""
    scroll, column = readable_scroll(width, gap)
    if margins:
        page_margins(column)
        column.setSpacing(gap)
    else:
        column.setContentsMargins(0, spacing(3), 0, 0)
    outer = QVBoxLayout(owner)
    flush(outer)
    outer.addWidget(scroll)
    return column
