"""Vault import throughput for a 500 MiB file beside a floor (raw chunked inserts into a SQLCipher
database with the same key and pragmas), and the import's peak memory, measured in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from iepdesk.casefile import Argon2Params, Case
from iepdesk.casefile import sqlcipher as raw
from iepdesk.vault import store

SIZE_MIB = 500
PASS = "benchmark passphrase"

CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    from iepdesk.casefile import Case

    def peak_kib():
        # VmHWM is this process's own high-water mark; ru_maxrss can carry the parent's over exec.
        try:
            for line in open("/proc/self/status"):
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    # The key comes on stdin so the KDF's 64 MiB does not hide the import's own memory.
    case = Case.open_with_key(sys.argv[1], bytes.fromhex(sys.stdin.readline().strip()))
    before = peak_kib()
    start = time.perf_counter()
    if sys.argv[4] == "import":
        from iepdesk.vault import library
        library.add_file(sys.argv[2], with_text=False)
    seconds = time.perf_counter() - start
    after = peak_kib()
    case.lock()
    print(json.dumps({"seconds": seconds, "rss_before_kib": before, "rss_peak_kib": after}))
    """
)


def run(folder: Path) -> None:
    big = folder / "big.bin"
    block = os.urandom(store.CHUNK_BYTES)
    with open(big, "wb") as handle:
        for i in range(SIZE_MIB):
            handle.write(block[i % 4096 :] + block[: i % 4096])
    case_path = folder / "vault-bench.iepcase"
    case, _ = Case.create(case_path, "Benchmark child", PASS, Argon2Params())
    key = case.data_key
    case.lock()

    # Floor: the same bytes, read in the same chunks, inserted into a bare table, one transaction.
    floor_db = folder / "floor.db"
    conn = raw.connect(floor_db, key)
    raw.apply_pragmas(conn)
    conn.execute("CREATE TABLE chunk (id INTEGER PRIMARY KEY, seq INTEGER, data BLOB)")
    start = time.perf_counter()
    conn.execute("BEGIN")
    with open(big, "rb") as handle:
        seq = 0
        while data := handle.read(store.CHUNK_BYTES):
            conn.execute("INSERT INTO chunk (seq, data) VALUES (?, ?)", (seq, data))
            seq += 1
    conn.execute("COMMIT")
    floor = time.perf_counter() - start
    conn.close()

    script = folder / "child.py"
    script.write_text(CHILD)
    result = subprocess.run(
        [sys.executable, str(script), str(case_path), str(big), PASS, "import"],
        input=key.hex() + "\n",
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    measured = json.loads(result.stdout)
    seconds = measured["seconds"]
    mib_s = SIZE_MIB / seconds
    print(
        f"{'vault import, 500 MiB':<38} {seconds * 1000:9.1f} ms   {seconds / floor:7.2f} x raw chunked "
        f"inserts ({floor * 1000:.1f} ms); {mib_s:.0f} MiB/s"
    )
    grew = (measured["rss_peak_kib"] - measured["rss_before_kib"]) / 1024
    print(
        f"{'vault import peak memory':<38} {measured['rss_peak_kib'] / 1024:9.1f} MiB "
        f"(grew {grew:.1f} MiB during the import of a {SIZE_MIB} MiB file)"
    )
