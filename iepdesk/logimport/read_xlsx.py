"""Excel (.xlsx) exports, read with openpyxl in read-only, values-only mode (a stream: a large sheet
is not held as cell objects).

Before openpyxl sees the file, the zip's directory is checked: a workbook whose parts would expand
to more than 200 MB and more than 20 times its packed size (a zip bomb) is refused, and so is one
with thousands of parts. Python's zip reader also stops each part at its declared size, so a part
cannot expand past what was checked; the worker's memory limit is the last bound.

The sheet: the first visible sheet whose header is followed by dates (a log), else the first one
with a header at all. Cells: a date-formatted cell (openpyxl turns it into a datetime) becomes
"YYYY-MM-DD" (with " HH:MM" when it has a time of day); a plain number a school's system wrote as a
date serial (45538) stays digits, for the mapping layer to decide; 30.0 becomes "30".

Merged cells: read-only mode does not parse the sheet's merge ranges (they come after all the rows
in the file). A merged cell's value is in its first (top-left) cell and the others read empty, so
a merged title over the table is a row with one filled cell, a title; a group header merged over
two sub-columns ("Session" over "Date" and "Minutes") keeps its text in its first column only,
and the header split over two rows is joined cell by cell (see ``read_rows``).
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from typing import Any

from iepdesk.i18n import _
from iepdesk.logimport.read_any import megabytes
from iepdesk.logimport.read_rows import build_table, filled, find_header, has_date
from iepdesk.logimport.table import Table, TableError

MAX_UNPACKED = 200 * 1024 * 1024
MAX_RATIO = 20
MAX_PARTS = 10_000
#: Rows looked at on each sheet to choose the sheet.
PEEK_ROWS = 40


def check_zip(data: bytes, name: str) -> None:
    """Refuse a workbook that is not a zip, or whose parts would expand to far more than a log."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except MemoryError:
        raise
    except Exception:  # BadZipFile, NotImplementedError("zip file version ..."), EOFError...
        raise damaged(name) from None
    if len(parts) > MAX_PARTS:
        raise TableError(
            _("{name} holds {parts:,} parts, far more than a workbook has; it was not opened.").format(
                name=name, parts=len(parts)
            )
        )
    unpacked = sum(p.file_size for p in parts)
    packed = sum(p.compress_size for p in parts)
    if unpacked > MAX_UNPACKED and unpacked > MAX_RATIO * max(packed, 1):
        raise TableError(
            _(
                "{name} would expand to {size} when opened ({times:,} times its size), "
                "far more than a service log needs; it was not opened."
            ).format(name=name, size=megabytes(unpacked), times=unpacked // max(packed, 1))
        )
    names = {p.filename for p in parts}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise TableError(_("{name} is a zip file but not an Excel workbook (.xlsx).").format(name=name))


def damaged(name: str) -> TableError:
    return TableError(
        _(
            "{name} could not be read as an Excel workbook (.xlsx); it may be "
            "damaged or incomplete. Try opening it in Excel and saving it again, "
            "or save it as CSV."
        ).format(name=name)
    )


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M" if value.second == 0 else "%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M" if value.second == 0 else "%H:%M:%S")
    if isinstance(value, dt.timedelta):
        minutes, seconds = divmod(int(value.total_seconds()), 60)
        hours, minutes = divmod(minutes, 60)
        return f"{hours}:{minutes:02d}" + (f":{seconds:02d}" if seconds else "")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".15g")
    return str(value).strip()


def _texts(values: Sequence[Any]) -> list[str]:
    cells = [cell_text(v) for v in values]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _rows(sheet: Any) -> Iterable[list[str]]:
    for values in sheet.iter_rows(values_only=True):
        yield _texts(values)


def _choose_sheet(book: Any) -> Any:
    """The first visible sheet that looks like a log (a header with dates under it), else the first
    with a header, else the first visible sheet."""
    sheets = [s for s in book.worksheets if getattr(s, "sheet_state", "visible") == "visible"]
    sheets = sheets or list(book.worksheets)
    with_header = None
    for sheet in sheets:
        sheet.reset_dimensions()  # trust the rows, not the sheet's stated size (it can claim XFD1048576)
        peek: list[list[str]] = []
        for cells in _rows(sheet):
            peek.append(cells)
            if len(peek) >= PEEK_ROWS:
                break
        found = find_header(peek)
        if found is None:
            continue
        under = [r for r in peek[found.index + found.lines :] if filled(r)]
        if under and has_date(under[0]):
            return sheet
        with_header = with_header or sheet
    return with_header or (sheets[0] if sheets else None)


def read_xlsx(data: bytes, *, name: str, sha256: str, max_rows: int) -> Table:
    check_zip(data, name)
    with warnings.catch_warnings():  # openpyxl's warnings can quote the workbook; none reach a log
        warnings.simplefilter("ignore")
        return _read_book(data, name=name, sha256=sha256, max_rows=max_rows)


def _read_book(data: bytes, *, name: str, sha256: str, max_rows: int) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except MemoryError:
        raise
    except Exception:  # a hostile or damaged file can fail anywhere inside openpyxl
        raise damaged(name) from None
    try:
        sheet = _choose_sheet(book)
        if sheet is None:
            raise TableError(_("{name} has no worksheet with a table on it.").format(name=name))
        numbered: list[tuple[int, list[str]]] = []
        count = 0
        for number, cells in enumerate(_rows(sheet), start=1):
            if not cells:
                continue  # blank rows are numbered by their place; trailing ones are never kept
            count = number
            if count > max_rows:
                continue
            numbered.append((number, cells))
        if count > max_rows:
            raise TableError(
                _(
                    "{name} has {count:,} rows on its sheet; IEPDesk reads at most "
                    "{max_rows:,} rows from one file."
                ).format(name=name, count=count, max_rows=max_rows)
            )
    except (TableError, MemoryError):
        raise
    except Exception:
        raise damaged(name) from None
    finally:
        book.close()
    return build_table(_with_blanks(numbered), source_name=name, kind="xlsx", sha256=sha256, unit="row")


def _with_blanks(numbered: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """The blank rows between filled ones put back (with their row numbers), for ``skipped``."""
    out: list[tuple[int, list[str]]] = []
    previous = 0
    for number, cells in numbered:
        out.extend((n, []) for n in range(previous + 1, number))
        out.append((number, cells))
        previous = number
    return out
