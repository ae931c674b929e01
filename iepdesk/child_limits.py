"""What a child process that reads a hostile file does to itself first: cap its own memory, and die
with its parent. The PDF preview's renderer (ui/vault/render_worker.py) and the school-log reader
(iepdesk/logimport/worker.py) both start with these."""

from __future__ import annotations

import signal
import sys


def limit_memory(limit: int) -> bool:
    """Cap this process's data segment (RLIMIT_DATA) at ``limit`` bytes. RLIMIT_AS cannot be used:
    PDFium's allocator reserves (but does not use) tens of GiB of address space and aborts at once
    under any address-space limit. False where it cannot be set (Windows: the parent's wall-clock
    timeout is the bound there)."""
    try:
        import resource
    except ImportError:
        return False
    _soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    value = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_DATA, (value, value))
    except (ValueError, OSError):
        return False
    return True


def die_with_parent() -> None:
    """On Linux, be killed with the parent, even if it crashes while a file keeps this one busy."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
