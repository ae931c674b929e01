"""Kill -9 in the middle of writing: every commit that was reported is there, nothing else is half there,
and both integrity checks pass when the case is opened again."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from core_support import PASSPHRASE, SCRIPTS, keys_of

from iepdesk.casefile import Case
from iepdesk.model import Child, Contact

WRITER = SCRIPTS / "crash_writer.py"


def _run_and_kill(path: Path, key: bytes, first: int, delay: float) -> list[int]:
    """Start the writer, SIGKILL it ``delay`` seconds after it is ready; the numbers it reported."""
    env = {**os.environ, "CRASH_DATA_KEY": key.hex()}
    return _kill_after_ready([sys.executable, str(WRITER), str(path), str(first)], env, delay)


def _kill_after_ready(command: list[str], env: dict[str, str], delay: float) -> list[int]:
    # Unbuffered (bufsize=0): readline() then takes the "ready" line only, byte by byte. A buffered
    # reader would also take the numbers already written after it into its own buffer, where
    # communicate() (which reads the pipe itself) never looks: under load, reported lines were lost.
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, bufsize=0)
    try:
        assert child.stdout is not None
        ready = child.stdout.readline()
        assert ready == b"ready\n", (ready, child.stderr.read() if child.stderr else b"")
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        rest, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, err.decode("utf-8", "replace")
    # A line cut by the kill is not a report (the number was not fully printed).
    lines = rest.decode().split("\n")
    return [int(line) for line in lines[:-1]]


def _crash_loop(path: Path, delays: list[float]) -> None:
    with Case.open(path, PASSPHRASE) as case:
        key = case.data_key
    next_number = 0
    kept: set[int] = set()
    for delay in delays:
        reported = _run_and_kill(path, key, next_number, delay)
        assert reported == list(range(next_number, next_number + len(reported)))
        with Case.open_with_key(path, key) as case:
            present = {int(c.name.split()[1]) for c in Contact.select(Contact.name)}
            result = case.check()
            grade = Child.the_child().grade
        assert result.ok, (delay, result.problems)
        assert set(reported) <= present, (delay, sorted(set(reported) - present))
        # Whole transactions only: what is there is every number up to the last reported, plus at
        # most the one in flight when the process died (it may have committed before printing).
        last = reported[-1] if reported else next_number - 1
        assert present in (
            kept | set(range(next_number, last + 1)),
            kept | set(range(next_number, last + 2)),
        ), (delay, last, len(present))
        top = max(present, default=-1)
        if top >= 0 and top // 5 * 5 >= next_number:
            assert grade == f"after row {top // 5 * 5}"  # the child row moved with its transaction
        kept = present
        next_number = top + 1
    # The case still opens the ordinary way, with everything kept.
    with Case.open(path, PASSPHRASE) as case:
        assert case.check().ok
        assert Contact.select().count() == len(kept) == next_number
    # No temp files; at most a journal that is no longer hot (SQLite removes it on the next write).
    left = sorted(p.name for p in path.parent.iterdir() if not p.name.endswith("-journal"))
    assert left == [path.name, keys_of(path).name]


def test_lines_written_right_after_ready_are_not_lost():
    """The numbers arrive in the same write as "ready" (as under load): every one is returned."""
    writer = "import os, signal; os.write(1, b'ready\\n0\\n1\\n2\\n3'); signal.pause()"
    assert _kill_after_ready([sys.executable, "-c", writer], dict(os.environ), 0) == [0, 1, 2]


def test_kill_during_writes_loses_no_reported_commit(make_case):
    path, _ = make_case()
    # 24 kill points, from right after opening to well into the stream of commits.
    delays = [0.002 + 0.011 * i for i in range(24)]
    _crash_loop(path, delays)


@pytest.mark.slow
def test_kill_during_writes_many_more_points(make_case):
    path, _ = make_case()
    rng = random.Random(20240501)
    delays = [rng.uniform(0.0, 0.4) for _ in range(80)]
    _crash_loop(path, delays)
