"""The table a school's service-log export is read into (issue 13), before any column is understood.

The readers (``read_csv``, ``read_xlsx``, ``read_pdf``) only turn a file into rows of text; what a
column means (the date, the minutes, the provider) is decided later by the mapping layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iepdesk.i18n import _


@dataclass(frozen=True)
class Table:
    """One file's table: the header row and the data rows under it, every cell as text."""

    source_name: str  # the file's name (no folders)
    kind: str  # "csv" | "tsv" | "xlsx" | "pdf"
    header: tuple[str, ...]  # the header row's cells, whitespace collapsed; "" for an empty cell
    # data rows, each padded/cut to len(header); a real date cell as ISO "YYYY-MM-DD";
    # numbers without a trailing ".0"
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]  # each row's 1-based line (csv) / row (xlsx) / page*1000+line (pdf)
    sha256: str  # hex digest of the file's bytes
    encoding: str = ""  # csv/tsv: the detected encoding
    skipped: tuple[tuple[int, str], ...] = ()  # (row number, why) of rows left out


def skipped_reason(why: str) -> str:
    """A ``skipped`` row's reason as the parent reads it, in the current language ("blank row" /
    "fila en blanco"); the reasons themselves stay English, as the code compares them."""
    return _(why)


class TableError(Exception):
    """A file that cannot be read as a table; str() is a plain sentence for the parent
    (with the row number when there is one)."""


MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000


def read_table(path: Path, *, max_bytes: int = MAX_BYTES, max_rows: int = MAX_ROWS) -> Table:
    """Read ``path`` in this process (the tests and the worker); the window and the CLI call
    :func:`read_table_bounded`. Raises :class:`TableError` for anything that is not a table."""
    from iepdesk.logimport.read_any import read_any

    return read_any(path, max_bytes=max_bytes, max_rows=max_rows)


def read_table_bounded(path: Path, *, timeout_s: float = 30.0, memory_bytes: int = 1 << 30) -> Table:
    """Read ``path`` in a child process (``worker.py``) with a memory limit and a wall-clock
    timeout; raises :class:`TableError` ("... took too long" / "... needs more memory than
    allowed") when the child is stopped."""
    from iepdesk.logimport.worker import run_bounded

    return run_bounded(path, timeout_s=timeout_s, memory_bytes=memory_bytes)
