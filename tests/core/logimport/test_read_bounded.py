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


def test_the_launchers_worker_flag_runs_the_reader(tmp_path: Path) -> None:
    import json
    import subprocess

    path = files.tsv(tmp_path)
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from ui.launcher import main; sys.exit(main())",
            "--log-reader-worker",
            str(path),
        ],
        capture_output=True,
        cwd=root,
        timeout=120,
        check=True,
    )
    answer = json.loads(done.stdout)
    assert answer["header"] == ["Date", "Minutes", "Provider", "Comments"]
    assert answer["rows"][1] == ["9/5/2024", "30", "J. Smith", "with a | pipe, a comma; a semicolon"]
