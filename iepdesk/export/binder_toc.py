"""The binder's contents, laid out in one pass: each entry reserves one line, and its text and page
number are painted when the pages are written (the page numbers are known by then).

reportlab's TableOfContents needs multiBuild, which lays the whole binder out twice (or more).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from iepdesk.export import fonts


@dataclass(frozen=True)
class TocEntry:
    level: int
    text: str
    key: str


@dataclass
class Toc:
    """The entries in story order, the page each heading landed on, and where each line was placed."""

    entries: list[TocEntry] = field(default_factory=list)
    #: heading key -> page number (1-based), filled while laying out.
    pages: dict[str, int] = field(default_factory=dict)
    #: entry index -> (page, x, y, width) of its reserved line.
    slots: dict[int, tuple[int, float, float, float]] = field(default_factory=dict)

    def lines(self) -> list[Any]:
        """One flowable per entry, to put in the story where the contents go."""
        return [_line(self, i) for i in range(len(self.entries))]

    def paint(self, canvas: Any, page: int) -> None:
        """Draw the entries whose lines are on ``page``, each with a link to its heading."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        for i, (on_page, x, y, width) in self.slots.items():
            if on_page != page:
                continue
            entry = self.entries[i]
            number = self.pages.get(entry.key)
            size = LEVEL_SIZES[entry.level]
            indent = 16 if entry.level else 0
            font = fonts.BOLD if entry.level == 0 else fonts.REGULAR
            canvas.setFont(font, size)
            text = fit(entry.text, font, size, width - indent - 48)
            canvas.drawString(x + indent, y + 3, text)
            if number is not None:
                canvas.drawRightString(x + width, y + 3, str(number))
                if entry.level:
                    canvas.setFont(fonts.REGULAR, size)
                    left = x + indent + stringWidth(text, font, size) + 4
                    right = x + width - stringWidth(str(number), fonts.REGULAR, size) - 4
                    _dots(canvas, left, right, y + 3, size)
                canvas.linkAbsolute("", entry.key, (x, y, x + width, y + LEVEL_HEIGHTS[entry.level]))


LEVEL_SIZES = (10.5, 9.5, 9)
LEVEL_HEIGHTS = (18.0, 14.0, 13.0)


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so it fits ``width`` on one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _dots(canvas: Any, left: float, right: float, y: float, size: float) -> None:
    """Leader dots from ``left`` to ``right``, ending flush at ``right``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    dot = stringWidth(" .", fonts.REGULAR, size)
    count = int((right - left) / dot)
    if count > 0:
        canvas.drawRightString(right, y, " ." * count)


def _line(toc: Toc, index: int) -> Any:
    from reportlab.platypus.flowables import Flowable

    height = LEVEL_HEIGHTS[toc.entries[index].level]

    class Line(Flowable):  # type: ignore[misc]
        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            self.width = aw
            return aw, height

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
            toc.slots[index] = (canvas.getPageNumber(), x, y, self.width)

    return Line()
