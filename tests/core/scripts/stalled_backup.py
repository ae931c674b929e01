"""Child of the leftovers test: runs ``iepdesk backup CASE OUT`` and stalls inside the copy.

Usage: stalled_backup.py CASE OUT  (passphrase in IEPDESK_PASSPHRASE)
The first progress report of the copy prints "copying" (the temporary copy exists then) and sleeps,
so the parent can kill the process at exactly that point, with SIGKILL or SIGTERM.
"""

from __future__ import annotations

import sys
import time

from iepdesk import cli
from iepdesk.casefile import case as case_module

original = case_module._copy_database


def stalling_copy(source, target, data_key, progress):  # type: ignore[no-untyped-def]
    def report(done: int, total: int) -> None:
        print("copying", flush=True)
        while True:
            time.sleep(0.05)  # Python code runs here, so a SIGTERM handler gets its turn

    return original(source, target, data_key, report)


case_module._copy_database = stalling_copy  # type: ignore[assignment]
sys.exit(cli.main(["backup", sys.argv[1], sys.argv[2]]))
