"""Writing files so that a crash leaves either the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from iepdesk.errors import CaseExistsError


def temp_sibling(path: Path, tag: str = "tmp") -> Path:
    """A fresh name in the same folder (so a rename is atomic) that no other file has."""
    return path.with_name(f".{path.name}.{tag}-{secrets.token_hex(4)}")


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
        raise CaseExistsError(f"{dst} already exists; IEPDesk never overwrites a file.") from None
    except OSError:
        # File systems without hard links (FAT, some network shares): check, then rename.
        if dst.exists():
            raise CaseExistsError(f"{dst} already exists; IEPDesk never overwrites a file.") from None
        os.rename(src, dst)
    else:
        src.unlink()
    fsync_dir(dst.parent)
