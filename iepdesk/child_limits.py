"""A child process that reads a hostile file: what it does to itself first (cap its own memory, die
with its parent, keep quiet) and how the parent starts it, bounds it in time and reads its end. The
PDF preview's renderer (ui/vault/render_worker.py), the school-log reader (iepdesk/logimport/worker.py)
and the photo reader (iepdesk/vault/photo_worker.py) use these."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


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


#: How a reader child ends when the system or its own allocator stops it (the memory cap).
CRASH_SIGNALS = (
    {-int(signal.SIGKILL), -int(signal.SIGABRT), -int(signal.SIGSEGV)} if os.name != "nt" else set()
)


def child_command(flag: str, module: str) -> list[str]:
    """How to start a reader child: the frozen executable itself with ``flag``, or this Python with
    ``-m module``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, flag]
    return [sys.executable, "-m", module]


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):
        root = str(Path(__file__).resolve().parents[1])  # the folder holding iepdesk/
        existing = env.get("PYTHONPATH", "")
        env["PYTHONPATH"] = root + (os.pathsep + existing if existing else "")
    return env


@dataclass(frozen=True)
class ChildRun:
    """What a reader child gave back, or that it was stopped for taking too long."""

    out: bytes
    err: bytes
    returncode: int | None
    timed_out: bool

    @property
    def crashed(self) -> bool:
        """Stopped by a signal, or out of memory (the cap turns an allocation into MemoryError)."""
        return self.returncode in CRASH_SIGNALS or b"MemoryError" in self.err


def run_child(command: list[str], given: bytes | None, timeout_s: float) -> ChildRun:
    """Run ``command`` (our own interpreter or executable, no shell) with ``given`` on its stdin, and
    kill it after ``timeout_s`` seconds."""
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL if given is None else subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_environment(),
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
    try:
        out, err = process.communicate(input=given, timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return ChildRun(b"", b"", process.returncode, timed_out=True)
    return ChildRun(out, err, process.returncode, timed_out=False)


def child_options(args: list[str], memory: int) -> tuple[int, list[str]]:
    """A reader child's own options taken out of ``args``: ``--memory BYTES`` (else ``memory``) and
    ``--lang LANGUAGE`` (set at once, for the reasons a file is refused). Returns the memory and the
    rest of the arguments."""
    from iepdesk.i18n import set_language

    rest = list(args)
    if "--memory" in rest:
        at = rest.index("--memory")
        memory = int(rest[at + 1])
        del rest[at : at + 2]
    if "--lang" in rest:
        at = rest.index("--lang")
        set_language(rest[at + 1])
        del rest[at : at + 2]
    return memory, rest


def seal_child(memory: int) -> None:
    """Nothing but the answer on stdout and nothing of the file in a log; killed with the parent;
    memory capped."""
    import logging
    import warnings

    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    die_with_parent()
    limit_memory(memory)
