"""Reading a photo in a child process, so a hostile picture cannot hang or exhaust the window: the
same bounds as the school-log reader (iepdesk.logimport.worker) and the PDF preview.

The parent (:func:`read_bounded`) starts this module with the photo's path (``python -m
iepdesk.vault.photo_worker PATH --memory N``, or the frozen executable with ``--photo-reader-worker``);
the child caps its own data segment (iepdesk.child_limits), reads the photo with
:func:`iepdesk.vault.photo.read_photo`, and writes to stdout one line of JSON (the date, where it came
from, the size, or ``{"error": "..."}``) and then the bytes of the copy to keep. The parent kills it
when the wall-clock timeout passes. Nothing is written to disk; the kept copy goes from the pipe
straight into the encrypted case. Nothing of the photo is logged (the child's stderr is dropped).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

from iepdesk.child_limits import child_command, child_options, run_child, seal_child
from iepdesk.i18n import _, current
from iepdesk.vault.photo import MAX_PHOTO_BYTES, PhotoError, PhotoFacts, read_photo, without_location

FLAG = "--photo-reader-worker"
#: Seconds a photo may take to be read (a large phone photo takes well under one).
TIMEOUT_S = 30.0
#: Memory the reader may use: the largest picture allowed, decoded, with room to spare.
MEMORY_BYTES = 1536 * 1024 * 1024
_MEMORY = "memory"


def worker_command() -> list[str]:
    """How to start the reader: the frozen executable itself, or this Python with -m."""
    return child_command(FLAG, "iepdesk.vault.photo_worker")


def _answer(path: Path | None, name: str) -> tuple[dict[str, object], bytes]:
    """Read the photo at ``path`` (None: from stdin, an email's attachment held in memory)."""
    data = b""
    try:
        if path is not None and path.stat().st_size > MAX_PHOTO_BYTES:
            raise PhotoError(_("{name} is too large to add as a photo.").format(name=name))
        if path is None:
            data = sys.stdin.buffer.read(MAX_PHOTO_BYTES + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(MAX_PHOTO_BYTES + 1)
        facts = read_photo(data, name)
    except PhotoError as error:
        try:
            kept = without_location(data)
        except Exception:  # its structure cannot be followed either: nothing can be kept
            return {"error": str(error)}, b""
        return {"error": str(error), "kept": len(kept)}, kept
    except MemoryError:
        return {"error": _MEMORY, "reason": _MEMORY}, b""
    except OSError:
        return {"error": _("{name} could not be read.").format(name=name)}, b""
    except Exception:  # no detail: an exception's text may quote the file
        return {"error": _("{name} is damaged and could not be read.").format(name=name)}, b""
    head: dict[str, object] = {
        "taken": facts.taken.isoformat() if facts.taken else None,
        "source": facts.source,
        "location_removed": facts.location_removed,
        "width": facts.width,
        "height": facts.height,
        "size": len(facts.data),
    }
    return head, facts.data


def main(argv: list[str] | None = None) -> int:
    memory, args = child_options(list(sys.argv[1:] if argv is None else argv), MEMORY_BYTES)
    name = ""
    if "--name" in args:  # the photo's name when it comes on stdin (PATH is "-")
        at = args.index("--name")
        name = args[at + 1]
        del args[at : at + 2]
    if len(args) != 1:
        sys.stderr.write("usage: photo_worker PATH|- [--name NAME] [--memory BYTES] [--lang LANGUAGE]\n")
        return 2
    seal_child(memory)
    path = None if args[0] == "-" else Path(args[0])
    head, data = _answer(path, name or (path.name if path is not None else "photo"))
    sys.stdout.buffer.write(json.dumps(head, ensure_ascii=False).encode("utf-8") + b"\n" + data)
    sys.stdout.buffer.flush()
    return 0


def read_bounded(
    path: str | os.PathLike[str], *, timeout_s: float = TIMEOUT_S, memory_bytes: int = MEMORY_BYTES
) -> PhotoFacts:
    """The photo's date and its copy without location, read in a child process bounded in time and
    memory. PhotoError with a plain sentence when it cannot be read, is too large, or takes too long."""
    source = Path(path)
    return _run([str(source)], None, source.name, timeout_s, memory_bytes)


def read_bounded_bytes(
    data: bytes, name: str, *, timeout_s: float = TIMEOUT_S, memory_bytes: int = MEMORY_BYTES
) -> PhotoFacts:
    """``read_bounded`` for a photo held in memory (an email's attachment): its bytes go to the child
    through a pipe, never a file."""
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError(_("{name} is too large to add as a photo.").format(name=name))
    return _run(["-", "--name", name], data, name, timeout_s, memory_bytes)


def _run(args: list[str], given: bytes | None, name: str, timeout_s: float, memory_bytes: int) -> PhotoFacts:
    too_much = PhotoError(
        _("{name} needs more memory to read than allowed; it was stopped and not added.").format(name=name)
    )
    command = [*worker_command(), *args, "--memory", str(memory_bytes), "--lang", current()]
    run = run_child(command, given, timeout_s)
    if run.timed_out:
        raise PhotoError(
            _("Reading {name} took too long (more than {seconds:g} seconds) and was stopped.").format(
                name=name, seconds=timeout_s
            )
        )
    line, _sep, data = run.out.partition(b"\n")
    try:
        head = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        head = None
    if isinstance(head, dict) and "error" in head:
        if head.get("reason") == _MEMORY:
            raise too_much
        kept = data if head.get("kept") == len(data) else None
        raise PhotoError(str(head["error"]), kept)
    if isinstance(head, dict) and head.get("size") == len(data):
        try:
            taken = head.get("taken")
            return PhotoFacts(
                name=name,
                data=data,
                taken=dt.date.fromisoformat(str(taken)) if taken else None,
                source=str(head.get("source") or ""),
                location_removed=bool(head.get("location_removed")),
                width=int(head["width"]),
                height=int(head["height"]),
            )
        except (KeyError, TypeError, ValueError):
            pass
    if run.crashed:
        raise too_much
    raise PhotoError(_("{name} could not be read (the reader stopped unexpectedly).").format(name=name))


if __name__ == "__main__":
    sys.exit(main())
