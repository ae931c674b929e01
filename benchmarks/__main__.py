"""Speed of the encrypted case, as ratios against floors measured in the same run.

Run with `make bench`. Prints a table; nothing is asserted (timings belong here, not in tests).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import (
    binder_bench,
    hostile_bench,
    import_bench,
    ledger_bench,
    startup_bench,
    vault_bench,
)
from benchmarks.timing import median_seconds, row
from iepdesk.casefile import Argon2Params, Case, calibrate
from iepdesk.casefile import sqlcipher as raw
from iepdesk.model import Contact

PASSPHRASE = "benchmark passphrase"


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="iepdesk-bench-"))
    try:
        print(f"{'measure':<38} {'median':>12}   ratio against the floor")
        calibration = calibrate()
        params = calibration.params
        print(
            f"calibrated KDF: Argon2id {params.memory_kib // 1024} MiB, {params.iterations} passes, "
            f"{params.lanes} lanes ({calibration.seconds:.2f} s)"
        )

        # Unlock (Argon2id + checks + peewee bind) against the bare KDF cost.
        path = work / "bench.iepcase"
        case, _secret = Case.create(path, "Benchmark child", PASSPHRASE, params)
        with case:
            for i in range(500):
                Contact.create(name=f"Contact {i}", role="Teacher", email=f"c{i}@example.org")
        salt = os.urandom(16)
        kdf = median_seconds(lambda: params.derive(PASSPHRASE, salt))
        unlock = median_seconds(lambda: Case.open(path, PASSPHRASE).lock())
        row("unlock (calibrated KDF)", unlock, "KDF alone", kdf)

        # Opening work besides the KDF, against a bare keyed SQLCipher read of page 1.
        key = Case.open(path, PASSPHRASE)
        data_key = key.data_key
        key.lock()

        def bare_open() -> None:
            conn = raw.connect(path, data_key)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.close()

        bare = median_seconds(bare_open, 9)
        with_key = median_seconds(lambda: Case.open_with_key(path, data_key).lock(), 9)
        row("open with a remembered key", with_key, "bare keyed read", bare)

        # Backup through the SQLite backup API, against a plain file copy.
        def do_backup() -> None:
            out = work / f"b-{time.perf_counter_ns()}.iepcase"
            with Case.open_with_key(path, data_key) as c:
                c.backup(out)

        copy = median_seconds(lambda: shutil.copyfile(path, work / f"c-{time.perf_counter_ns()}"), 5)
        backup = median_seconds(do_backup, 5)
        row("backup (verified)", backup, "file copy", copy)

        # Command-line start-up, against the interpreter alone.
        exe = [sys.executable]
        interp = median_seconds(lambda: subprocess.run([*exe, "-c", "pass"], check=True), 5)
        cli = median_seconds(
            lambda: subprocess.run(
                [*exe, "-m", "iepdesk", "--version"], check=True, stdout=subprocess.DEVNULL
            ),
            5,
        )
        row("iepdesk --version start-up", cli, "python -c pass", interp)
        startup_bench.run(work)  # the window's start-up, against a bare PySide6 window
        floor_kdf = median_seconds(lambda: Argon2Params().derive(PASSPHRASE, salt))
        row("KDF calibrated vs floor (64 MiB, 3)", kdf, "floor KDF", floor_kdf)
        ten_years = ledger_bench.run(work)
        binder_bench.run(work, ten_years)
        vault_bench.run(work)
        import_bench.run(work)
        hostile_bench.run(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
