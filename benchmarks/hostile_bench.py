"""Hostile input, bounded: parsing hostile emails against one sha256 pass over the same bytes, an
impossible calendar rule against icalendar's own parse of the file, and the peak memory of parsing a
50 MB email, measured in a child process."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from benchmarks.timing import median_seconds, row
from iepdesk.schedule import ics
from iepdesk.vault.eml import parse_email

CRLF = "\r\n"

CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    from iepdesk.vault.eml import parse_email

    def peak_kib():
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    data = open(sys.argv[1], "rb").read()
    before = peak_kib()
    start = time.perf_counter()
    parse_email(data)
    print(json.dumps({"seconds": time.perf_counter() - start, "before": before, "peak": peak_kib()}))
    """
)


def encoded_words() -> bytes:
    word = "=?utf-8?b?" + base64.b64encode(b"x" * 2980).decode("ascii") + "?="
    subject = (CRLF + " ").join([word] * 2000)
    return f"From: d@example.org{CRLF}Subject: {subject}{CRLF}{CRLF}Body.{CRLF}".encode("ascii")


def folded() -> bytes:
    subject = (CRLF + " ").join(["ab"] * 1_000_000)
    return f"From: d@example.org{CRLF}Subject: {subject}{CRLF}{CRLF}Body.{CRLF}".encode("ascii")


def many_parts() -> bytes:
    tiny = (
        f"--B{CRLF}Content-Type: application/octet-stream{CRLF}"
        f"Content-Disposition: attachment; filename=f.bin{CRLF}{CRLF}AAAA{CRLF}"
    )
    head = f"Subject: Parts{CRLF}Content-Type: multipart/mixed; boundary=B{CRLF}{CRLF}"
    return (head + tiny * 200_000 + f"--B--{CRLF}").encode("ascii")


def big_attachment() -> bytes:
    encoded = base64.encodebytes(os.urandom(35 * 1024 * 1024)).decode("ascii").replace("\n", CRLF)
    return (
        f"Subject: Log{CRLF}Content-Type: multipart/mixed; boundary=B{CRLF}{CRLF}"
        f"--B{CRLF}Content-Type: text/plain{CRLF}{CRLF}See the log.{CRLF}"
        f"--B{CRLF}Content-Type: application/pdf{CRLF}Content-Disposition: attachment; filename=a.pdf{CRLF}"
        f"Content-Transfer-Encoding: base64{CRLF}{CRLF}{encoded}{CRLF}--B--{CRLF}"
    ).encode("ascii")


def impossible_calendar() -> bytes:
    events = "".join(
        f"BEGIN:VEVENT{CRLF}UID:e{i}{CRLF}DTSTART;VALUE=DATE:2025090{i % 9 + 1}{CRLF}SUMMARY:No school{CRLF}"
        f"RRULE:FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=31{CRLF}END:VEVENT{CRLF}"
        for i in range(20)
    )
    return (
        f"BEGIN:VCALENDAR{CRLF}VERSION:2.0{CRLF}PRODID:-//b//b//EN{CRLF}{events}END:VCALENDAR{CRLF}".encode()
    )


def run(folder: Path) -> None:
    for name, data in (
        ("eml: 2,000 encoded words (8 MB)", encoded_words()),
        ("eml: header folded 1M times (5 MB)", folded()),
        ("eml: 200,000 parts (28 MB)", many_parts()),
    ):
        floor = median_seconds(lambda d=data: hashlib.sha256(d).digest(), 3)  # type: ignore[misc]
        seconds = median_seconds(lambda d=data: parse_email(d), 3)  # type: ignore[misc]
        row(name, seconds, "sha256 of it", floor)

    from icalendar import Calendar

    calendar = impossible_calendar()
    floor = median_seconds(lambda: Calendar.from_ical(calendar), 3)
    seconds = median_seconds(lambda: ics.read_events(calendar), 3)
    row("ics: 20 impossible rules (2.7 KB)", seconds, "icalendar parse", floor)

    big = folder / "big.eml"
    big.write_bytes(big_attachment())
    # Run from the project's folder, so the child imports this checkout's iepdesk.
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(big)],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[1],
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    measured = json.loads(result.stdout)
    size = big.stat().st_size / 1e6
    print(
        f"{'eml: 50 MB, one attachment, peak':<38} {measured['peak'] / 1024:9.1f} MiB "
        f"({measured['before'] / 1024:.1f} MiB with the file read; parsed in {measured['seconds']:.2f} s, "
        f"{size:.1f} MB)"
    )
