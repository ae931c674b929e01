"""Child of the crash-safety test: commits numbered rows, one transaction each, until it is killed.

Usage: crash_writer.py CASE FIRST_NUMBER  (the data key, hex, in CRASH_DATA_KEY)
Prints "ready", then each number after its transaction has committed (flushed), so the parent knows
exactly which numbers the case promised to keep.
"""

from __future__ import annotations

import os
import sys

from iepdesk.casefile import Case
from iepdesk.model import Child, Contact, database


def main() -> None:
    path, first = sys.argv[1], int(sys.argv[2])
    case = Case.open_with_key(path, bytes.fromhex(os.environ["CRASH_DATA_KEY"]))
    print("ready", flush=True)
    number = first
    child = Child.the_child()
    while True:
        # Transactions of varied size: some fit one page, some spill over several (overflow pages),
        # and every fifth also rewrites the child row, so the journal holds several pages.
        with database.atomic():
            Contact.create(name=f"row {number}", position=number, notes="n" * ((number * 397) % 9000))
            if number % 5 == 0:
                child.grade = f"after row {number}"
                child.save()
        print(number, flush=True)
        number += 1
    case.lock()  # never reached


if __name__ == "__main__":
    main()
