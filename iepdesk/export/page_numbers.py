"""A reportlab canvas that knows the page count when it draws each page's footer ("Page 3 of 12")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: Draws the footer on ``canvas`` for page ``number`` of ``total``.
FooterPainter = Callable[[Any, int, int], None]


def numbered_canvas(paint_footer: FooterPainter, initial_font: str | None = None) -> Any:
    """A canvas class for ``doc.build(..., canvasmaker=...)``: pages are held until the end, then each
    gets its footer with the total, then they are written. ``initial_font`` (a registered, embedded
    font) replaces the Helvetica that reportlab names in every page's preamble, unembedded."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if initial_font is not None and not kwargs.get("initialFontName"):
                kwargs["initialFontName"] = initial_font  # platypus passes None
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.saveState()
                paint_footer(self, self._pageNumber, total)
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas
