"""Hostile .eml files parse quickly and in little memory: header sizes, encoded words, the body read and
the number of parts are capped, the cut fields are marked, and the vault still keeps the whole file.

The files are generated here. Each is parsed in a child process (with an address-space limit, so the
unbounded parser of before fails fast instead of taking the machine's memory); the child reports what
it parsed, its time and its peak memory. Outcomes are asserted; time and memory are printed (-s) for
the record, not asserted (benchmarks/eml_bench.py measures them)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from iepdesk.vault import eml, library, store
from iepdesk.vault.eml import (
    MAX_PARTS,
    MAX_SUBJECT_CHARS,
    TRUNCATION_MARK,
    parse_email,
)

CHILD = textwrap.dedent(
    """
    import hashlib, json, resource, sys, time
    resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))
    from iepdesk.vault.eml import parse_email

    def peak_mib():
        # VmHWM is this process's own high-water mark (ru_maxrss can carry the parent's over exec).
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    data = open(sys.argv[1], "rb").read()
    loaded = peak_mib()
    start = time.perf_counter()
    try:
        mail = parse_email(data)
    except MemoryError:
        print(json.dumps({"error": "MemoryError"}))
        sys.exit(0)
    seconds = time.perf_counter() - start
    print(json.dumps({
        "seconds": seconds,
        "loaded_mib": loaded,
        "peak_mib": peak_mib(),
        "subject": mail.subject,
        "sender": mail.sender,
        "body_start": mail.body[:200],
        "body_end": mail.body[-50:],
        "body_len": len(mail.body),
        "attachments": len(mail.attachments),
        "first_attachment": [mail.attachments[0].filename, mail.attachments[0].media_type,
                             hashlib.sha256(mail.attachments[0].data).hexdigest()]
                            if mail.attachments else None,
        "truncated": list(mail.truncated),
    }))
    """
)

MIB = 1024 * 1024
CRLF = "\r\n"


def _parse_in_child(path: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=240, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    parsed: dict = json.loads(result.stdout)
    assert "error" not in parsed, parsed
    print(
        f"{path.name}: {path.stat().st_size / MIB:.1f} MiB parsed in {parsed['seconds']:.2f} s, "
        f"peak {parsed['peak_mib']:.0f} MiB ({parsed['loaded_mib']:.0f} MiB with the file read)"
    )
    return parsed


def _word(payload: bytes) -> str:
    return "=?utf-8?b?" + base64.b64encode(payload).decode("ascii") + "?="


def encoded_words_email() -> bytes:
    """8 MB: a Subject of 2,000 encoded words of ~4 KB each (each decodes to 2,980 "x")."""
    subject = (CRLF + " ").join([_word(b"x" * 2980)] * 2000)
    return (
        f"From: Dana <d@example.org>{CRLF}To: parent@example.com{CRLF}Subject: {subject}{CRLF}"
        f"Content-Type: text/plain; charset=utf-8{CRLF}{CRLF}The body.{CRLF}"
    ).encode("ascii")


def folded_header_email() -> bytes:
    """4 MB: a Subject folded over a million lines ("ab" on each)."""
    subject = (CRLF + " ").join(["ab"] * 1_000_000)
    return f"From: d@example.org{CRLF}Subject: {subject}{CRLF}{CRLF}The body.{CRLF}".encode("ascii")


def _multipart(parts: list[str], boundary: str = "BOUNDARY") -> str:
    return (
        f"Content-Type: multipart/mixed; boundary={boundary}{CRLF}{CRLF}"
        + "".join(f"--{boundary}{CRLF}{part}{CRLF}" for part in parts)
        + f"--{boundary}--{CRLF}"
    )


def many_parts_email() -> bytes:
    """~30 MB: a short body, then 200,000 tiny attachments."""
    tiny = (
        f"Content-Type: application/octet-stream{CRLF}"
        f'Content-Disposition: attachment; filename="f.bin"{CRLF}'
        f"Content-Transfer-Encoding: base64{CRLF}{CRLF}AAAA"
    )
    body = f"Content-Type: text/plain{CRLF}{CRLF}Hello."
    return (f"From: d@example.org{CRLF}Subject: Parts{CRLF}" + _multipart([body] + [tiny] * 200_000)).encode()


def big_attachment_email(payload: bytes) -> bytes:
    encoded = base64.encodebytes(payload).decode("ascii").replace("\n", CRLF)
    attachment = (
        f"Content-Type: application/pdf{CRLF}Content-Disposition: attachment; filename=log.pdf{CRLF}"
        f"Content-Transfer-Encoding: base64{CRLF}{CRLF}{encoded}"
    )
    body = f"Content-Type: text/plain{CRLF}{CRLF}See the log."
    return (f"From: d@example.org{CRLF}Subject: Log{CRLF}" + _multipart([body, attachment])).encode()


def huge_html_email() -> bytes:
    """~40 MB of HTML as the only body."""
    html = "<p>" + "Speech was missed. " * 2_100_000 + "</p>"
    return (f"From: d@example.org{CRLF}Subject: Long{CRLF}Content-Type: text/html{CRLF}{CRLF}{html}").encode()


def deep_nesting_email() -> bytes:
    """5,000 multiparts, each inside the previous one."""
    depth = 5_000
    opening = "".join(
        f"Content-Type: multipart/mixed; boundary=b{i}{CRLF}{CRLF}--b{i}{CRLF}" for i in range(depth)
    )
    closing = "".join(f"{CRLF}--b{i}--" for i in reversed(range(depth)))
    return (
        f"Subject: Deep{CRLF}" + opening + f"Content-Type: text/plain{CRLF}{CRLF}Inside." + closing
    ).encode()


def huge_part_header_email() -> bytes:
    """A MIME part whose header block is 8 MB (a Content-Disposition with 400,000 parameters)."""
    params = "".join(f";{CRLF} p{i}=v" for i in range(400_000))
    attachment = (
        f"Content-Type: application/pdf{CRLF}Content-Disposition: attachment; filename=a.pdf{params}"
        f"{CRLF}{CRLF}%PDF-1.4"
    )
    body = f"Content-Type: text/plain{CRLF}{CRLF}Hi."
    return (f"From: d@example.org{CRLF}Subject: Params{CRLF}" + _multipart([body, attachment])).encode()


def test_thousands_of_encoded_words_in_the_subject(tmp_path):
    path = tmp_path / "words.eml"
    path.write_bytes(encoded_words_email())
    assert path.stat().st_size > 7_900_000
    parsed = _parse_in_child(path)
    # The subject's words decode to "x" only: the first MAX_SUBJECT_CHARS of them, then the mark.
    assert parsed["subject"] == "x" * MAX_SUBJECT_CHARS + TRUNCATION_MARK
    assert "subject" in parsed["truncated"]
    assert parsed["sender"] == "Dana <d@example.org>"
    assert parsed["body_start"] == "The body."


def test_a_header_folded_over_a_million_lines(tmp_path):
    path = tmp_path / "folded.eml"
    path.write_bytes(folded_header_email())
    parsed = _parse_in_child(path)
    # Unfolded, the subject is "ab ab ab …"; its first 2,000 characters end in "ab" (2,000 = 666 * 3 + 2).
    assert parsed["subject"] == "ab " * 666 + "ab" + TRUNCATION_MARK
    assert parsed["truncated"] == ["headers", "subject"]  # 4 MB of header is more than the block's cap
    assert parsed["body_start"] == "The body."


def test_two_hundred_thousand_parts(tmp_path):
    path = tmp_path / "parts.eml"
    path.write_bytes(many_parts_email())
    parsed = _parse_in_child(path)
    assert parsed["body_start"] == "Hello."
    assert parsed["attachments"] == MAX_PARTS - 1  # the body is the first of the parts read
    assert parsed["first_attachment"] == [
        "f.bin",
        "application/octet-stream",
        hashlib.sha256(b"\x00\x00\x00").hexdigest(),
    ]
    assert "attachments" in parsed["truncated"]


def test_a_50_mb_email_with_one_attachment_comes_out_whole(tmp_path):
    payload = os.urandom(35 * MIB)  # base64 with line breaks: 47.9 MiB, just over 50 MB
    path = tmp_path / "big.eml"
    path.write_bytes(big_attachment_email(payload))
    assert 50 * 1000 * 1000 < path.stat().st_size <= 50 * MIB
    parsed = _parse_in_child(path)
    assert parsed["first_attachment"] == ["log.pdf", "application/pdf", hashlib.sha256(payload).hexdigest()]
    assert parsed["attachments"] == 1
    assert parsed["body_start"] == "See the log."
    assert parsed["truncated"] == []


def test_forty_megabytes_of_html_are_cut(tmp_path):
    path = tmp_path / "html.eml"
    path.write_bytes(huge_html_email())
    parsed = _parse_in_child(path)
    assert parsed["body_start"].startswith("Speech was missed. Speech was missed.")
    assert parsed["body_end"].endswith(TRUNCATION_MARK)
    # At most MAX_BODY_BYTES of HTML are read; the text is shorter than its markup.
    assert parsed["body_len"] <= eml.MAX_BODY_BYTES + len(TRUNCATION_MARK)
    assert parsed["truncated"] == ["body"]


def test_deep_nesting_stops_without_recursion_error(tmp_path):
    path = tmp_path / "deep.eml"
    path.write_bytes(deep_nesting_email())
    parsed = _parse_in_child(path)
    assert parsed["subject"] == "Deep"
    assert "attachments" in parsed["truncated"]  # what lies below MAX_DEPTH is not read


def test_a_part_with_megabytes_of_header(tmp_path):
    path = tmp_path / "params.eml"
    path.write_bytes(huge_part_header_email())
    parsed = _parse_in_child(path)
    assert parsed["body_start"] == "Hi."
    assert parsed["first_attachment"][:2] == ["a.pdf", "application/pdf"]
    assert "headers" in parsed["truncated"]


def test_ordinary_mail_is_read_as_before():
    """Encoded words, an RFC 2231 file name, quoted-printable Latin-1, multipart/related."""
    raw = (
        "From: =?utf-8?q?Jos=C3=A9_N=C3=BA=C3=B1ez?= <jose@example.org>\r\n"
        'To: a@example.org, "Ortiz, R" <r@example.org>\r\n'
        "Subject: =?utf-8?b?w5xiZXI=?= =?utf-8?b?IHRoZSBJRVA=?= meeting\r\n"
        "Content-Type: multipart/mixed; boundary=outer\r\n\r\n"
        "preamble\r\n"
        "--outer\r\n"
        "Content-Type: multipart/related; boundary=inner\r\n\r\n"
        "--inner\r\n"
        "Content-Type: text/plain; charset=iso-8859-1\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        "Caf=E9 at 9.=\r\n Bring the log.\r\n"
        "--inner\r\n"
        "Content-Type: image/png\r\nContent-ID: <logo>\r\n\r\nPNGDATA\r\n"
        "--inner--\r\n"
        "--outer\r\n"
        "Content-Type: application/pdf\r\n"
        "Content-Disposition: attachment; filename*=utf-8''%C3%A9valuation.pdf\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.b64encode(b"%PDF-1.4 eval").decode()
        + "\r\n--outer\r\n"
        'Content-Type: text/plain; name="=?utf-8?q?not=C3=A9s.txt?="\r\n'
        "Content-Disposition: attachment\r\n\r\nnotes\r\n"
        "--outer--\r\nepilogue\r\n"
    ).encode("ascii")
    mail = parse_email(raw)
    assert mail.sender == "José Núñez <jose@example.org>"
    assert mail.to == 'a@example.org, "Ortiz, R" <r@example.org>'
    assert mail.subject == "Über the IEP meeting"
    assert mail.body == "Café at 9. Bring the log."
    assert [(a.filename, a.media_type, a.data) for a in mail.attachments] == [
        ("évaluation.pdf", "application/pdf", b"%PDF-1.4 eval"),
        ("notés.txt", "text/plain", b"notes"),
    ]
    assert mail.truncated == ()


@pytest.mark.usefixtures("case")
def test_the_vault_keeps_the_whole_hostile_file(sources):
    data = encoded_words_email()
    path = sources / "hostile.eml"
    path.write_bytes(data)
    added = library.add_file(path)
    assert added.document is not None and added.error == ""
    stored = store.read_bytes(added.document.id)
    assert hashlib.sha256(stored).digest() == hashlib.sha256(data).digest()
    document = library.documents()[0]
    text = type(document).get_by_id(document.id).text
    assert ("Subject: " + "x" * MAX_SUBJECT_CHARS + TRUNCATION_MARK) in text


def test_raw_utf8_headers_are_read_as_utf8():
    """Some mail programs send 8-bit UTF-8 in headers without encoded words."""
    raw = (
        b"From: Jos\xc3\xa9 <j@example.org>\r\nSubject: caf\xc3\xa9 \xff\r\n"
        b"Content-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nbody caf\xc3\xa9\r\n"
        b'--b\r\nContent-Disposition: attachment; filename="\xc3\xa9t\xc3\xa9.pdf"\r\n\r\nx\r\n--b--\r\n'
    )
    mail = parse_email(raw)
    assert (mail.sender, mail.subject, mail.body) == ("José <j@example.org>", "café \ufffd", "body café")
    assert [a.filename for a in mail.attachments] == ["été.pdf"]
