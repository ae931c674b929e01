"""Child of the share safety test: runs ``iepdesk share CASE OUT`` and stalls while the copy is written.

Usage: stalled_share.py CASE OUT WHERE  (passphrases in IEPDESK_PASSPHRASE, IEPDESK_SHARE_PASSPHRASE)
WHERE is "copied" (the whole case is in the temporary copy, nothing left out yet) or "sealed" (the parts
and private notes are removed, before VACUUM and the move). It prints WHERE and sleeps, so the parent
can kill it at exactly that point.
"""

from __future__ import annotations

import sys
import time

from iepdesk import cli
from iepdesk.share import make

original = make._seal
where = sys.argv[3]


def stall() -> None:
    print(where, flush=True)
    while True:
        time.sleep(0.05)


def stalling_seal(conn, case_id, chosen):  # type: ignore[no-untyped-def]
    if where == "copied":
        stall()
    info = original(conn, case_id, chosen)
    stall()
    return info


make._seal = stalling_seal  # type: ignore[assignment]
sys.exit(cli.main(["share", sys.argv[1], sys.argv[2], "--exclude-private"]))
