"""Launching to the welcome window, against launching to a bare PySide6 window (issue 14).

Each launch is a fresh interpreter (``benchmarks.startup_child``) that shows its window and quits as
soon as the event loop has run once; the median of 7 of each, measured in the same run, the two taking
turns so that a busy moment of the machine falls on both. Goal: the welcome window within 2x the bare
window. Nothing is asserted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.timing import row

ROOT = Path(__file__).resolve().parent.parent


def launch(kind: str, env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "-m", "benchmarks.startup_child", kind],
        check=True,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def seconds(kind: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    launch(kind, env)
    return time.perf_counter() - start


def run(work: Path | None = None, repeat: int = 7) -> float:
    """Print the row; returns the ratio (welcome / bare)."""
    with tempfile.TemporaryDirectory(prefix="iepdesk-startup-", dir=work) as home:
        # The welcome window reads the program's settings: an empty config of its own, not the user's.
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        env["XDG_CONFIG_HOME"] = str(Path(home) / "config")
        # Compiled once, as an installed program is (bytecode in a folder of the run, not the tree).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(home) / "pycache")
        launch("bare", env)  # compile and warm the file cache for both before timing
        launch("welcome", env)
        turns = [(seconds("bare", env), seconds("welcome", env)) for _ in range(repeat)]
        bare = statistics.median(b for b, _ in turns)
        welcome = statistics.median(w for _, w in turns)
    row("launch to the welcome window", welcome, "bare PySide6 window", bare)
    return welcome / bare


if __name__ == "__main__":
    run()
