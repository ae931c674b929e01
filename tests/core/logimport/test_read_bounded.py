"""read_table_bounded: the file read in a child process, and the child stopped at its timeout."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from iepdesk.logimport import TableError, read_table, read_table_bounded

from . import files


def test_reads_a_csv_through_the_worker(tmp_path: Path) -> None:
    path = files.cp1252_with_title(tmp_path)
    assert read_table_bounded(path) == read_table(path)


def test_the_workers_error_comes_back_as_the_same_sentence(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_bytes(b"")
    with pytest.raises(TableError, match=r"^log\.csv is empty\.$"):
        read_table_bounded(path)


def test_a_worker_past_its_timeout_is_killed(tmp_path: Path) -> None:
    path = files.tsv(tmp_path)
    with pytest.raises(TableError) as caught:
        read_table_bounded(path, timeout_s=0.001)  # no Python starts in a millisecond
    assert str(caught.value) == "Reading log.tsv took too long (more than 0.001 seconds) and was stopped."


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_DATA is POSIX; Windows has the timeout only")
def test_a_worker_over_its_memory_limit_gives_the_memory_sentence(tmp_path: Path) -> None:
    path = files.many_rows_xlsx(tmp_path, 200)
    with pytest.raises(TableError) as caught:
        read_table_bounded(path, memory_bytes=16 * 1024 * 1024)  # too little to load openpyxl
    assert (
        str(caught.value) == "Reading rows_200.xlsx needs more memory than allowed (16 MB); it was stopped."
    )
