"""A table's header words kept whole: Spanish headers run longer than English ones ("Justificados"
for "Excused"), and a word too long for its column would be cut in two ("Justifica-dos").

When every header word fits its column, nothing changes (the English binder's tables). Otherwise
the columns are widened to their longest header word, the room taken from the columns that have
some to spare, and if that is not enough the header's type is made a little smaller.
"""

from __future__ import annotations

#: Header type sizes tried in turn (the binder's header is 8 pt).
SIZES = (8.0, 7.5, 7.0, 6.5, 6.0)


def _longest(texts: list[str], font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return max((stringWidth(word, font, size) for text in texts for word in text.split()), default=0.0)


def header_fit(
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    fonts: tuple[str, str, float],
    padding: float,
) -> tuple[list[float], float]:
    """Column widths (points, same total) and a header type size so each header word fits its column
    on one line. ``fonts`` is (header font, cell font, cell size); ``padding`` is a cell's left plus
    right padding. A column keeps room for the longest word of its cells too ("Occupational")."""
    head_font, cell_font, cell_size = fonts

    def needed(size: float) -> list[float]:
        return [_longest([text], head_font, size) + padding + 1 for text in header]

    if all(n <= w for n, w in zip(needed(SIZES[0]), widths, strict=True)):
        return widths, SIZES[0]
    total = sum(widths)
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in header]
    cells = [_longest(list(column), cell_font, cell_size) + padding + 1 for column in columns]
    for size in SIZES:
        least = [max(h, c) for h, c in zip(needed(size), cells, strict=True)]
        if sum(least) <= total:
            break
    wider = [max(w, n) for w, n in zip(widths, least, strict=True)]
    # Take the extra from the columns wider than their header needs, in proportion to their spare room.
    extra = sum(wider) - total
    spare = [w - n for w, n in zip(wider, least, strict=True)]
    room = sum(spare)
    if extra <= 0 or room <= 0:
        return wider, size
    share = min(1.0, extra / room)
    return [w - s * share for w, s in zip(wider, spare, strict=True)], size
