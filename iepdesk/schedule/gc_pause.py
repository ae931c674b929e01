"""Counting a ten-year log builds ~100,000 small objects that live until the figures are done and
hold no reference cycles; the cyclic collector would walk all of them again and again (~40 % of a
whole-history ledger). ``no_gc_pauses`` holds it off for the call and lets it run after."""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_lock = threading.Lock()
_depth = 0
_was_enabled = False


def no_gc_pauses(func: Callable[P, R]) -> Callable[P, R]:
    """Run ``func`` with the cyclic collector off (nested and threaded calls included), restoring
    it when the outermost call ends; reference counting frees memory as usual meanwhile."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        global _depth, _was_enabled
        with _lock:
            if _depth == 0:
                _was_enabled = gc.isenabled()
                gc.disable()
            _depth += 1
        try:
            return func(*args, **kwargs)
        finally:
            with _lock:
                _depth -= 1
                if _depth == 0 and _was_enabled:
                    gc.enable()

    return wrapper
