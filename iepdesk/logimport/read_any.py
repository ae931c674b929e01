"""Choosing the reader for a file by its name and its first bytes, after the size check."""

from __future__ import annotations

from pathlib import Path

from iepdesk.logimport.table import Table, TableError


def read_any(path: Path, *, max_bytes: int, max_rows: int) -> Table:
    raise TableError(f"{path.name} could not be read yet (the readers are being written).")
