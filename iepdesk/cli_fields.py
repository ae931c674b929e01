"""What the area commands (log, incident, comms, tone, calendar) share: dates typed as YYYY-MM-DD and
read strictly, the --from/--to range of a list, and JSON on standard output.

A date is read only as it was typed: ``2026-03-04``. Python's own reader also takes ``20260304`` and
``2026-W10-3``; a script that typed either by mistake gets exit 2 and a message, never another day.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from iepdesk import errors
from iepdesk.i18n import _

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_WHEN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}:[0-9]{2})?", re.ASCII)
#: The widest range a list covers when --from or --to is left out.
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(9998, 12, 31)


def day(text: str) -> dt.date:
    """An argparse type: YYYY-MM-DD, a real day of the calendar."""
    if not _DAY.fullmatch(text):
        raise argparse.ArgumentTypeError(
            _("{text} is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31").format(text=repr(text))
        )
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not a day of the calendar (YYYY-MM-DD, e.g. 2026-03-31)").format(text=repr(text))
        ) from None


def when(text: str) -> str:
    """An argparse type: YYYY-MM-DD or YYYY-MM-DDTHH:MM (a communication's date, its time if known)."""
    if not _WHEN.fullmatch(text):
        raise argparse.ArgumentTypeError(
            _("{text} is not a date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM, e.g. 2026-03-04T15:30").format(
                text=repr(text)
            )
        )
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not a day and time of the calendar").format(text=repr(text))
        ) from None
    return text


def add_range(p: argparse.ArgumentParser, since: str, until: str) -> None:
    """--from and --to of a list, both days included (``since`` and ``until``: their help texts)."""
    p.add_argument("--from", dest="from_", type=day, metavar="YYYY-MM-DD", help=since)
    p.add_argument("--to", type=day, metavar="YYYY-MM-DD", help=until)


def the_range(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    """(first, last) of a list; the widest range for an end left out. Exit 2 when --from is after --to."""
    first: dt.date = args.from_ or FIRST_DAY
    last: dt.date = args.to or LAST_DAY
    if last < first:
        raise errors.UsageError(
            _("--from {first} is after --to {last}.").format(first=first.isoformat(), last=last.isoformat())
        )
    return first, last


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def print_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def print_id(record_id: int) -> None:
    """What an add prints: the new record's id alone, for a script to keep."""
    sys.stdout.write(f"{record_id}\n")


Row = TypeVar("Row")


def listed(
    args: argparse.Namespace,
    read: Callable[[dt.date, dt.date], Sequence[Row]],
    as_json: Callable[[Row], dict[str, Any]],
    nothing: str,
) -> Sequence[Row] | None:
    """What every ``list`` command does first: read the rows of --from/--to inside the open case, then
    print them as JSON (and return None: nothing more to print) or, with none, say ``nothing``."""
    from iepdesk.casefile import Case
    from iepdesk.cli_common import _out, _passphrase

    first, last = the_range(args)
    with Case.open(args.path, _passphrase()):
        rows = read(first, last)
    if args.json:
        print_json([as_json(r) for r in rows])
        return None
    if not rows:
        _out(nothing)
    return rows


def by_first_word(
    args: argparse.Namespace,
    actions: Sequence[str],
    actions_parser: Callable[[], argparse.ArgumentParser],
    show_parser: Callable[[], argparse.ArgumentParser],
    show: Callable[[argparse.Namespace], int],
) -> int:
    """A command whose listing and actions share one word (``progress CASE``, ``progress add CASE``):
    its parser kept the first word and the rest as they were; read them again with the parser of
    what the first word names (one of ``actions``, or else the case of the listing)."""
    argv = [args.first, *args.rest]
    if args.first in actions:
        parsed = actions_parser().parse_args(argv)
        code: int = parsed.func(parsed)
        return code
    return show(show_parser().parse_args(argv))
