"""Reading a school's file in a child process, so a hostile file cannot hang or exhaust the window.

The parent (:func:`run_bounded`, what ``read_table_bounded`` calls) starts this module with the
file's path (``python -m iepdesk.logimport.worker PATH --memory N``, or the frozen executable with
``--log-reader-worker``); the child caps its own data segment (RLIMIT_DATA), reads the file with
:func:`read_table` and writes one JSON object to stdout: the Table, or ``{"error": "..."}``. The
parent kills it when the wall-clock timeout passes. The child reads the parent's own file and
writes nothing to disk; nothing of the file's content is logged (its stderr is read and dropped).
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from iepdesk.child_limits import child_command, child_options, run_child, seal_child
from iepdesk.i18n import _, current
from iepdesk.logimport.read_any import megabytes
from iepdesk.logimport.table import Table, TableError, read_table

FLAG = "--log-reader-worker"
MEMORY = "memory"


def worker_command() -> list[str]:
    """How to start the reader: the frozen executable itself, or this Python with -m."""
    return child_command(FLAG, "iepdesk.logimport.worker")


def table_to_json(table: Table) -> str:
    return json.dumps(dataclasses.asdict(table), ensure_ascii=False)


def table_from_json(raw: dict[str, Any]) -> Table:
    def strings(value: Any) -> tuple[str, ...]:
        return tuple(str(v) for v in value)

    return Table(
        source_name=str(raw["source_name"]),
        kind=str(raw["kind"]),
        header=strings(raw["header"]),
        rows=tuple(strings(r) for r in raw["rows"]),
        row_numbers=tuple(int(n) for n in raw["row_numbers"]),
        sha256=str(raw["sha256"]),
        encoding=str(raw.get("encoding", "")),
        skipped=tuple((int(n), str(why)) for n, why in raw.get("skipped", ())),
    )


def main(argv: list[str] | None = None) -> int:
    memory, args = child_options(list(sys.argv[1:] if argv is None else argv), 1 << 30)
    if len(args) != 1:
        sys.stderr.write("usage: worker PATH [--memory BYTES] [--lang LANGUAGE]\n")
        return 2
    seal_child(memory)
    path = Path(args[0])
    try:
        answer = table_to_json(read_table(path))
    except TableError as error:
        answer = json.dumps({"error": str(error)}, ensure_ascii=False)
    except MemoryError:
        answer = json.dumps({"error": MEMORY, "reason": MEMORY})
    except Exception:  # no detail: an exception's text may quote the file
        answer = json.dumps({"error": _("{name} could not be read as a table.").format(name=path.name)})
    sys.stdout.buffer.write(answer.encode("utf-8"))
    sys.stdout.buffer.flush()
    return 0


def run_bounded(path: Path, *, timeout_s: float, memory_bytes: int) -> Table:
    name = path.name
    too_much = TableError(
        _("Reading {name} needs more memory than allowed ({size}); it was stopped.").format(
            name=name, size=megabytes(memory_bytes)
        )
    )
    run = run_child(
        [*worker_command(), str(path), "--memory", str(memory_bytes), "--lang", current()], None, timeout_s
    )
    if run.timed_out:
        raise TableError(
            _("Reading {name} took too long (more than {seconds:g} seconds) and was stopped.").format(
                name=name, seconds=timeout_s
            )
        )
    try:
        answer = json.loads(run.out.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        answer = None
    if isinstance(answer, dict) and "error" in answer:
        if answer.get("reason") == MEMORY:
            raise too_much
        raise TableError(str(answer["error"]))
    if isinstance(answer, dict):
        try:
            return table_from_json(answer)
        except (KeyError, TypeError, ValueError):
            pass
    if run.crashed:
        raise too_much
    raise TableError(_("{name} could not be read (the reader stopped unexpectedly).").format(name=name))


if __name__ == "__main__":
    sys.exit(main())
