"""From raw rows of text to a :class:`Table`: find the header, leave out what is not a data row.

Shared by the CSV and Excel readers (the PDF reader uses the same tests per line). Exports put a
title line or two above the real header ("Speech Services Log", "Lincoln Elementary 2024-25"), so
the header is the first row where most of at least two filled cells are words (not numbers, not
dates) and the rows under it hold dates; when no row is followed by dates, the first row of words
that is about as wide as the table. A second row of words right under it, with the dates only
below that, is the lower half of a header split over two rows (a merged group cell above its
sub-columns) and is joined to it cell by cell.

Under the header, blank rows, total and subtotal rows (no date and "Total", "Subtotal", "Weekly
total" in the first filled cell, or a row holding only a number), repeated header rows, "Page 2 of
5" lines and "-----" separator lines are left out and listed in ``skipped`` with their row number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from iepdesk.i18n import N_, _
from iepdesk.logimport.table import Table, TableError

#: How many rows from the top may hold titles before the header.
HEADER_SEARCH_ROWS = 30
#: The widest table read (a service log has a dozen columns).
MAX_COLUMNS = 256

_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_RES = (
    re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}([ t]\d{1,2}:\d{2}(:\d{2})?\s*([ap]\.?m\.?)?)?$"),
    re.compile(rf"^([a-z]+,?\s+)?{_MONTH}\s+\d{{1,2}}(st|nd|rd|th)?,?\s+\d{{4}}$"),
    re.compile(rf"^([a-z]+,?\s+)?\d{{1,2}}(st|nd|rd|th)?[\s-]+{_MONTH}[\s-]+\d{{2,4}}$"),
)
_NUMBER_RE = re.compile(r"^[-+]?(\d[\d,]*)?\.?\d+\s*(%|min|mins|minutes|hrs?|hours?)?$")
_TOTAL_RE = re.compile(r"\b(sub\s*-?\s*)?totals?\b|^sum\b")
_RULE_RE = re.compile(r"^[-=_*.~\s]+$")
_FOOTER_RE = re.compile(r"^(page\s+\d+(\s*(of|/)\s*\d+)?|\d+\s+of\s+\d+|-\s*\d+\s*-)$")
_SPACE_RE = re.compile(r"\s+")


def collapse(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def is_date(text: str) -> bool:
    value = text.strip().lower()
    return bool(value) and len(value) <= 40 and any(r.match(value) for r in _DATE_RES)


def is_number(text: str) -> bool:
    return bool(_NUMBER_RE.match(text.strip().lower()))


def is_word(text: str) -> bool:
    """A filled cell that reads as a label: not a number, not a date, holding a letter."""
    value = text.strip()
    return bool(value) and not is_number(value) and not is_date(value) and any(c.isalpha() for c in value)


def filled(cells: Sequence[str]) -> list[str]:
    return [c for c in cells if c.strip()]


def is_header_like(cells: Sequence[str]) -> bool:
    full = filled(cells)
    return len(full) >= 2 and sum(is_word(c) for c in full) * 10 >= len(full) * 7


def has_date(cells: Sequence[str]) -> bool:
    return any(is_date(c) for c in cells)


def skip_reason(cells: Sequence[str], header: Sequence[str]) -> str:
    """Why a row under the header is not a data row, or "" when it is one."""
    full = filled(cells)
    if not full:
        return N_("blank row")
    if [collapse(c).lower() for c in cells if c.strip()] == [h.lower() for h in header if h]:
        return N_("repeated header row")
    first = collapse(full[0]).lower()
    if _TOTAL_RE.search(first) and not has_date(cells):
        return N_("total or subtotal row")
    if len(full) == 1 and is_number(full[0]) and len(header) > 1:
        return N_("subtotal row (a number alone)")
    if len(full) == 1 and _FOOTER_RE.match(first):
        return N_("page number line")
    if all(_RULE_RE.match(c) for c in full):
        return N_("separator line")
    return ""


@dataclass(frozen=True)
class HeaderAt:
    index: int  # the header row's position in the rows given
    lines: int  # 1, or 2 for a header split over two rows


def find_header(rows: Sequence[Sequence[str]]) -> HeaderAt | None:
    """Where the header is among the first rows (see the module's docstring)."""
    top = list(rows[:HEADER_SEARCH_ROWS])
    widest = max((len(filled(r)) for r in top), default=0)
    candidates = [i for i, r in enumerate(top) if is_header_like(r)]
    for i in candidates:
        below = [r for r in rows[i + 1 : i + 6] if filled(r)]
        if below and has_date(below[0]):
            return HeaderAt(i, 1)
        if len(below) >= 2 and _upper_half(top[i], below[0]) and has_date(below[1]):
            return HeaderAt(i, 2)
    for i in candidates:
        if len(filled(top[i])) * 2 >= widest:
            return HeaderAt(i, 1)
    return None


def _upper_half(upper: Sequence[str], lower: Sequence[str]) -> bool:
    """Whether ``upper`` is the top half of a two-row header over ``lower`` rather than a title line
    ("Student: Maya R.", "Grade 3") above the header: labels with a colon are titles, and a top half
    fills at least half as many cells as the row under it, or leaves gaps between its cells where a
    group cell was merged over several sub-columns."""
    if not is_header_like(lower) or has_date(lower) or any(":" in c for c in upper):
        return False
    if len(filled(upper)) * 2 >= len(filled(lower)):
        return True
    at = [j for j, c in enumerate(upper) if c.strip()]
    # group cells merged over sub-columns leave gaps between them; a title's cells sit side by side
    return len(at) >= 2 and all(b - a >= 2 for a, b in pairwise(at))


def join_header(upper: Sequence[str], lower: Sequence[str]) -> list[str]:
    """Two header rows into one: "Date" over "of Service" is "Date of Service". A merged group
    cell's text comes only in its first column (read-only Excel and CSV carry no merge ranges), so
    it is put before that column's lower text and not guessed onto its neighbours."""
    width = max(len(upper), len(lower))
    cells = []
    for j in range(width):
        top = upper[j] if j < len(upper) else ""
        bottom = lower[j] if j < len(lower) else ""
        cells.append(collapse(f"{top} {bottom}"))
    return cells


def _cell(text: str) -> str:
    return text.strip().replace("\r\n", "\n").replace("\r", "\n")


def trim(cells: Sequence[str]) -> list[str]:
    out = list(cells)
    while out and not out[-1].strip():
        out.pop()
    return out


def build_table(
    numbered: Sequence[tuple[int, Sequence[str]]],
    *,
    source_name: str,
    kind: str,
    sha256: str,
    encoding: str = "",
    unit: str = "line",
) -> Table:
    """The table under the header found in ``numbered`` ((row number, cells) in file order)."""
    rows = [trim(cells) for _n, cells in numbered]
    numbers = [n for n, _cells in numbered]
    if not any(rows):
        raise TableError(_("{name} holds no rows of text.").format(name=source_name))
    for n, cells in zip(numbers, rows, strict=True):
        if len(cells) > MAX_COLUMNS:
            if unit == "row":
                message = _("{name} has {count:,} columns on row {number}; a service log has far fewer.")
            else:
                message = _("{name} has {count:,} columns on line {number}; a service log has far fewer.")
            raise TableError(message.format(name=source_name, count=len(cells), number=n))
    found = find_header(rows)
    if found is None:
        if unit == "row":
            message = _(
                "{name} has no header row (a row of column names such as Date, Minutes, Provider) in "
                "its first {count} rows."
            )
        else:
            message = _(
                "{name} has no header row (a row of column names such as Date, Minutes, Provider) in "
                "its first {count} lines."
            )
        raise TableError(message.format(name=source_name, count=HEADER_SEARCH_ROWS))
    skipped = [
        (numbers[i], N_("blank row") if not filled(r) else N_("title above the header"))
        for i, r in enumerate(rows[: found.index])
    ]
    header = [collapse(c) for c in rows[found.index]]
    if found.lines == 2:
        lower_at = found.index + 1
        while not filled(rows[lower_at]):
            skipped.append((numbers[lower_at], N_("blank row")))
            lower_at += 1
        header = join_header(header, [collapse(c) for c in rows[lower_at]])
        start = lower_at + 1
    else:
        start = found.index + 1
    kept: list[tuple[int, list[str]]] = []
    for n, cells in zip(numbers[start:], rows[start:], strict=True):
        reason = skip_reason(cells, header)
        if reason:
            skipped.append((n, reason))
        else:
            kept.append((n, [_cell(c) for c in cells]))
    while skipped and skipped[-1][1] == "blank row" and skipped[-1][0] > (kept[-1][0] if kept else 0):
        skipped.pop()  # blank rows after the last data row are not worth listing
    width = max([len(header), *(len(c) for _n, c in kept)])
    header += [""] * (width - len(header))
    return Table(
        source_name=source_name,
        kind=kind,
        header=tuple(header),
        rows=tuple(tuple(c + [""] * (width - len(c))) for _n, c in kept),
        row_numbers=tuple(n for n, _c in kept),
        sha256=sha256,
        encoding=encoding,
        skipped=tuple(skipped),
    )
