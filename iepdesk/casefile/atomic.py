"""Writing files so that a crash leaves either the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import threading
import time
from pathlib import Path
from typing import BinaryIO

from iepdesk.errors import CaseExistsError
from iepdesk.i18n import _


def temp_sibling(path: Path, tag: str = "tmp") -> Path:
    """A fresh name in the same folder (so a rename is atomic) that no other file has."""
    return path.with_name(f".{path.name}.{tag}-{secrets.token_hex(4)}")


#: The tag of the temporary files a backup or restore writes (``.NAME.copy-1a2b3c4d``).
COPY_TAG = "copy"
_COPY_NAME = re.compile(r"^\..+\.copy-[0-9a-f]{8}(-journal)?$")
#: A copy younger than this is never taken for a leftover, whatever its lock says.
STALE_AFTER_SECONDS = 10.0
#: Off POSIX (no flock) a copy counts as a leftover only after this long.
STALE_AFTER_SECONDS_NO_LOCKS = 24 * 3600.0
_in_use: set[str] = set()
_in_use_lock = threading.Lock()


def lock_in_use(fd: int) -> None:
    """Mark an open temp file as in use (an exclusive flock, released when the file is closed)."""
    if os.name == "posix":
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


class _Hold:
    def __init__(self, path: Path, handle: BinaryIO | None) -> None:
        self.path, self._handle = path, handle

    def close(self) -> None:
        with _in_use_lock:
            _in_use.discard(str(self.path))
        if self._handle is not None:
            self._handle.close()


def hold_temp(path: Path) -> _Hold:
    """Create ``path`` (empty, never an existing file) and hold it as in use until ``close()``: another
    process's :func:`remove_stale_copies` leaves it alone, and so does this one's. Off POSIX nothing is
    kept open (Windows could not move an open file); the age alone protects it there."""
    handle = None
    if os.name == "posix":
        handle = open(path, "xb")  # noqa: SIM115 (held open on purpose until close())
        try:
            lock_in_use(handle.fileno())
        except BaseException:
            handle.close()
            raise
    with _in_use_lock:
        _in_use.add(str(path))
    return _Hold(path, handle)


def _unused(path: Path) -> bool:
    """True when no program holds the copy (its flock is free); the check itself holds nothing."""
    if os.name != "posix":
        return True
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)  # also releases the flock just taken
    return True


def remove_stale_copies(folder: Path, now: float | None = None) -> list[Path]:
    """Delete what a killed backup or restore left in ``folder``: only files named like our own copies
    (``.NAME.copy-1a2b3c4d`` and its ``-journal``), only regular files, only when no program holds
    them and they are older than a few seconds. Errors are ignored (a read-only folder keeps them).
    Returns what was removed."""
    removed: list[Path] = []
    moment = time.time() if now is None else now
    age = STALE_AFTER_SECONDS if os.name == "posix" else STALE_AFTER_SECONDS_NO_LOCKS
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)  # journals after their copy
    except OSError:
        return removed
    for entry in entries:
        found = _COPY_NAME.match(entry.name)
        if found is None:
            continue
        path = Path(entry.path)
        try:
            if (
                not entry.is_file(follow_symlinks=False)
                or moment - entry.stat(follow_symlinks=False).st_mtime < age
            ):
                continue
            with _in_use_lock:
                if str(path) in _in_use or (found.group(1) and str(path)[: -len("-journal")] in _in_use):
                    continue
            if found.group(1):
                if Path(str(path)[: -len("-journal")]).exists():
                    continue  # its copy decides
            elif not _unused(path):
                continue
            path.unlink()
            removed.append(path)
        except OSError:
            continue
    return removed


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temp file, fsync it, and atomically replace ``path``."""
    tmp = temp_sibling(path)
    try:
        with open(tmp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    fsync_dir(path.parent)


def move_no_clobber(src: Path, dst: Path) -> None:
    """Rename ``src`` to ``dst``, failing (and keeping ``src``) if ``dst`` exists."""
    try:
        os.link(src, dst)
    except FileExistsError:
        raise CaseExistsError(
            _("{path} already exists; IEPDesk never overwrites a file.").format(path=dst)
        ) from None
    except OSError:
        # File systems without hard links (FAT, some network shares): check, then rename.
        if dst.exists():
            raise CaseExistsError(
                _("{path} already exists; IEPDesk never overwrites a file.").format(path=dst)
            ) from None
        os.rename(src, dst)
    else:
        src.unlink()
    fsync_dir(dst.parent)
