"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(
    func: Callable[[], object], repeat: int = 5, setup: Callable[[], object] | None = None
) -> float:
    """The median time of ``func``; ``setup`` runs before each call, untimed."""
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def row(name: str, seconds: float, floor_name: str, floor: float) -> None:
    ratio = seconds / floor if floor else float("inf")
    print(f"{name:<38} {seconds * 1000:9.1f} ms   {ratio:7.2f} x {floor_name} ({floor * 1000:.1f} ms)")
