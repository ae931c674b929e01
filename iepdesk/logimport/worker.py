"""The log reader's child process (placeholder until the bounded reader lands)."""

from __future__ import annotations

from pathlib import Path

from iepdesk.logimport.table import Table, read_table


def run_bounded(path: Path, *, timeout_s: float, memory_bytes: int) -> Table:
    return read_table(path)
