"""PDF printouts of a service log whose text is a table (not a scan).

Why pypdf's layout text and not a table library: no table extractor is installed, and pdfplumber or
camelot would be a new dependency (with pdfminer, or Ghostscript and OpenCV) in an offline app that
already ships pypdf. A school's printout is a report writer's grid of text, so
``extract_text(extraction_mode="layout")`` keeps each line's words where they were printed, in a
fixed-width text. The columns are then the header line's cells: the line is split on runs of two or
more spaces, and each piece goes to the header column it overlaps most. The columns are taken
again from each page's repeated header (the layout shifts a character or two between pages).

The header is looked for on the first three pages (a cover page may come first). Left out and
listed in ``skipped``: a cover page's lines, the lines above the header (titles), on later pages the lines
above the repeated header (the page heading) and the repeated header itself, "Page 2 of 5" lines,
blank, total and subtotal lines. A line with only a piece or two and an empty first column is
the wrapped end of the previous row's text and is joined to it.

Bounds: more than 200 pages is refused before any text is taken; a password-protected PDF is
refused unless it opens with the empty password (only printing or copying is restricted).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from iepdesk.i18n import N_, _, ngettext
from iepdesk.logimport.read_any import quiet
from iepdesk.logimport.read_rows import (
    HeaderAt,
    collapse,
    filled,
    find_header,
    has_date,
    join_header,
    skip_reason,
)
from iepdesk.logimport.table import Table, TableError

MAX_PAGES = 200
#: Pages looked at for the header (a cover page may come first).
HEADER_PAGES = 3
_PIECE_RE = re.compile(r"\S+(?: \S+)*")


@dataclass(frozen=True)
class Line:
    number: int  # page * 1000 + line on the page
    pieces: tuple[tuple[int, int, str], ...]  # (start, end, text) of each run of text

    @property
    def texts(self) -> list[str]:
        return [t for _, _, t in self.pieces]


def _lines(page_number: int, text: str) -> list[Line]:
    out = []
    for index, raw in enumerate(text.splitlines(), start=1):
        pieces = tuple((m.start(), m.end(), m.group()) for m in _PIECE_RE.finditer(raw))
        out.append(Line(page_number * 1000 + index, pieces))
    return out


def assign(pieces: Sequence[tuple[int, int, str]], starts: Sequence[int]) -> list[str]:
    """Each piece into the column (from ``starts``) it overlaps most."""
    cells = [""] * len(starts)
    for start, end, text in pieces:
        best, best_overlap = 0, -1
        for j, left in enumerate(starts):
            low = left if j else -(10**9)
            high = starts[j + 1] if j + 1 < len(starts) else 10**9
            overlap = min(end, high) - max(start, low)
            if overlap > best_overlap:
                best, best_overlap = j, overlap
        cells[best] = f"{cells[best]} {text}".strip()
    return cells


def _open(data: bytes, name: str) -> list[list[Line]]:
    """Every page's lines. pypdf logs what it repairs, quoting the file's bytes: its logger is
    switched off meanwhile, so nothing of the file reaches a log."""
    with quiet("pypdf"):
        return _pages(data, name)


def _pages(data: bytes, name: str) -> list[list[Line]]:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise TableError(
                _(
                    "{name} is protected by a password; print it to a new PDF or export the log as CSV."
                ).format(name=name)
            )
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise TableError(
                _("{name} has {count:,} pages; IEPDesk reads printouts of up to {max_pages} pages.").format(
                    name=name, count=count, max_pages=MAX_PAGES
                )
            )
        return [
            _lines(n, page.extract_text(extraction_mode="layout")) for n, page in enumerate(reader.pages, 1)
        ]
    except (TableError, MemoryError):
        raise
    except Exception:  # a hostile or damaged PDF can fail anywhere inside pypdf
        raise TableError(
            _("{name} could not be read as a PDF; it may be damaged or protected.").format(name=name)
        ) from None


def _locate_header(pages: Sequence[Sequence[Line]]) -> tuple[int, HeaderAt, list[Line]] | None:
    """The page (from 0) the header is on, where it is among that page's lines, and those lines;
    a cover page or two may come first."""
    for index, page in enumerate(pages[:HEADER_PAGES]):
        lines = [line for line in page if line.pieces]
        found = find_header([line.texts for line in lines])
        if found is not None:
            return index, found, lines
    return None


def read_pdf(data: bytes, *, name: str, sha256: str, max_rows: int) -> Table:
    pages = _open(data, name)
    if not any(line.pieces for page in pages for line in page):
        raise TableError(
            _(
                "{name} has no text to read (it may be a scanned image); ask the school for a CSV export."
            ).format(name=name)
        )
    located = _locate_header(pages)
    if located is None:
        raise TableError(
            ngettext(
                "{name} has no header line (column names such as Date, Minutes, Provider) on its first "
                "{count} page(s).",
                "{name} has no header line (column names such as Date, Minutes, Provider) on its first "
                "{count} page(s).",
                min(len(pages), HEADER_PAGES),
            ).format(name=name, count=min(len(pages), HEADER_PAGES))
        )
    header_page, found, first = located
    skipped = [
        (line.number, N_("before the table")) for page in pages[:header_page] for line in page if line.pieces
    ]
    head = first[found.index : found.index + found.lines]
    starts = [s for s, _end, _text in head[-1].pieces]
    header = [collapse(t) for t in head[-1].texts]
    if found.lines == 2:
        header = join_header(assign(head[0].pieces, starts), header)
    header_key = [collapse(" ".join(line.texts)).lower() for line in head]
    titles = {collapse(" ".join(line.texts)).lower() for line in first[: found.index]}
    skipped += [(line.number, N_("title above the header")) for line in first[: found.index]]
    numbers: list[int] = []
    rows: list[list[str]] = []
    for page_index, page in enumerate(pages[header_page:], start=header_page):
        body = [line for line in page if line.pieces]
        if page_index == header_page:
            body = body[found.index + found.lines :]
        else:
            keys = [collapse(" ".join(line.texts)).lower() for line in body]
            at = next((i for i in range(len(keys)) if keys[i : i + len(header_key)] == header_key), -1)
            if at >= 0:
                for line, key in zip(body[:at], keys, strict=False):
                    skipped.append(
                        (line.number, N_("repeated page title") if key in titles else N_("page heading"))
                    )
                for line in body[at : at + len(header_key)]:
                    skipped.append((line.number, N_("repeated header row")))
                starts = [s for s, _end, _text in body[at + len(header_key) - 1].pieces]
                body = body[at + len(header_key) :]
        for line in body:
            cells = assign(line.pieces, starts)
            reason = skip_reason(cells, header)
            if not reason and collapse(" ".join(line.texts)).lower() in titles:
                reason = N_("repeated page title")
            if reason:
                skipped.append((line.number, reason))
                continue
            if (
                rows
                and not cells[0]
                and not has_date(cells)
                and len(filled(cells)) <= max(1, len(cells) // 3)
            ):
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
                continue
            rows.append(cells)
            numbers.append(line.number)
            if len(rows) > max_rows:
                raise TableError(
                    _(
                        "{name} has more than {max_rows:,} rows; IEPDesk reads at most that "
                        "many from one file."
                    ).format(name=name, max_rows=max_rows)
                )
    return Table(
        source_name=name,
        kind="pdf",
        header=tuple(header),
        rows=tuple(tuple(r) for r in rows),
        row_numbers=tuple(numbers),
        sha256=sha256,
        skipped=tuple(skipped),
    )
