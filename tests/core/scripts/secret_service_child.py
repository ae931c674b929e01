"""Child of the Secret Service test, run inside dbus-run-session with gnome-keyring unlocked.

Usage: secret_service_child.py CASE CHILD_NAME  (the passphrase in IEPDESK_PASSPHRASE)
Checks "remember on this computer" end to end against the real Secret Service; prints one line per
step and "SECRET-SERVICE-OK" at the end. Any failed check raises (non-zero exit).
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys

from iepdesk.casefile import Case, remember, unlock_remembered


def step(text: str) -> None:
    print(text, flush=True)


def main() -> None:
    path, child_name = sys.argv[1], sys.argv[2]
    status = remember.status()
    if not (status.usable and "SecretService" in status.backend):
        raise SystemExit(f"keyring not usable: {status}")
    step(f"backend {status.backend}")

    with Case.open(path, os.environ["IEPDESK_PASSPHRASE"]) as case:
        case_id, key = case.case_id, case.data_key
    if remember.recall(case_id) is not None:
        raise SystemExit("a fresh keyring already holds this case")
    if not remember.remember(case_id, key):
        raise SystemExit("remember() returned False")
    step("stored")

    # It really is in the Secret Service: libsecret's own tool finds it.
    found = subprocess.run(
        ["secret-tool", "lookup", "service", remember.SERVICE, "username", f"case-{case_id}"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    if base64.b64decode(found.stdout.strip()) != key:
        raise SystemExit(f"secret-tool did not find the key: {found!r}")
    step("secret-tool sees it")

    if remember.recall(case_id) != key or not remember.is_remembered(case_id):
        raise SystemExit("recall() did not give the key back")
    unlocked = unlock_remembered(path)
    if unlocked.case is None or unlocked.stale:
        raise SystemExit(f"unlock_remembered failed: {unlocked}")
    with unlocked.case as case:
        if case.child_name != child_name or not case.check().ok:
            raise SystemExit("the remembered key opened something else")
    step("opened with the remembered key")

    if not remember.forget(case_id):
        raise SystemExit("forget() removed nothing")
    if remember.recall(case_id) is not None or remember.forget(case_id):
        raise SystemExit("the entry is still there after forget()")
    again = unlock_remembered(path)
    if again.case is not None or again.stale:
        raise SystemExit(f"unlock_remembered after forget: {again}")
    step("forgotten")
    print("SECRET-SERVICE-OK", flush=True)


if __name__ == "__main__":
    main()
