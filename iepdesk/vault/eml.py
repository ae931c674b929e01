"""Reading emails (.eml files, or text pasted from a mail program) with the standard library."""

from __future__ import annotations

import binascii
import datetime as dt
import email
import email.parser
import email.policy
import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from html.parser import HTMLParser


@dataclass(frozen=True)
class Attachment:
    filename: str
    media_type: str
    data: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class ParsedEmail:
    sender: str
    to: str
    cc: str
    subject: str
    sent: dt.datetime | None
    body: str
    attachments: list[Attachment]
    #: The fields that were cut because the file exceeded a bound ("subject", "body", "attachments",
    #: "headers", …); each cut text also ends with TRUNCATION_MARK.
    truncated: tuple[str, ...] = ()


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("br", "p", "div", "li", "tr", "h1", "h2", "h3"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextOnly()
    parser.feed(html)
    text = "".join(parser.parts)
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+", " ", text)).strip()


#: Bounds that keep a hostile .eml (megabytes of header, thousands of encoded words or parts) from
#: taking minutes and gigabytes. The whole file is still stored in the vault; only what is read out
#: of it here is cut, and the cut fields are named in ``ParsedEmail.truncated``.
MAX_HEADER_BYTES = 256 * 1024  # the message's own header block
MAX_PART_HEADER_BYTES = 16 * 1024  # the header block of one MIME part
MAX_HEADER_CHARS = 8_000  # one header's value, unfolded, before its encoded words are decoded
MAX_SUBJECT_CHARS = 2_000
MAX_ADDRESS_CHARS = 8_000
MAX_BODY_BYTES = 4 * 1024 * 1024  # the readable body, before decoding
MAX_PARTS = 1_000
MAX_DEPTH = 16
#: Put at the end of a field that was cut.
TRUNCATION_MARK = " […]"

_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_BODY_TYPES = {("text", "plain"), ("text", "html"), ("multipart", "related"), ("multipart", "alternative")}


class _Part:
    """One MIME part: its structural headers (compat32: no slow header parsing) and where its body
    lies in the file; ``children`` for a multipart."""

    __slots__ = ("body_end", "body_start", "children", "headers")

    def __init__(self, headers: Message, body_start: int, body_end: int) -> None:
        self.headers = headers
        self.body_start = body_start
        self.body_end = body_end
        self.children: list[_Part] | None = None

    def content_type(self) -> tuple[str, str]:
        maintype, _, subtype = self.headers.get_content_type().partition("/")
        return maintype, subtype

    def is_attachment(self) -> bool:
        return self.headers.get_content_disposition() == "attachment"


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.parts = 0
        self.truncated: set[str] = set()

    def split_head(self, start: int, end: int, cap: int) -> tuple[bytes, int]:
        """The header block (at most ``cap`` bytes, cut at a line break) and where the body starts."""
        data = self.data
        blank = _BLANK_LINE.search(data, start, min(end, start + cap + 4))
        if blank is not None:
            return data[start : blank.start()], blank.end()
        if end - start <= cap:
            return data[start:end], end
        self.truncated.add("headers")
        cut = data.rfind(b"\n", start, start + cap)
        head = data[start : cut if cut > start else start + cap]
        blank = _BLANK_LINE.search(data, start + cap, end)
        return head, blank.end() if blank is not None else end

    def part(self, start: int, end: int, depth: int, cap: int) -> tuple[_Part, Message]:
        head, body_start = self.split_head(start, end, cap)
        headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head + b"\n\n")
        structural = Message()
        for name in ("Content-Type", "Content-Disposition", "Content-Transfer-Encoding", "Content-ID"):
            value = _raw_header(headers, name)
            if value is not None:
                structural[name] = value[:2_000]
        part = _Part(structural, body_start, end)
        maintype, _ = part.content_type()
        boundary = structural.get_boundary()
        if maintype == "multipart" and boundary:
            if depth >= MAX_DEPTH:
                self.truncated.add("attachments")
            else:
                part.children = [
                    self.part(s, e, depth + 1, MAX_PART_HEADER_BYTES)[0]
                    for s, e in self.delimited(body_start, end, boundary)
                ]
        return part, headers

    def delimited(self, start: int, end: int, boundary: str) -> list[tuple[int, int]]:
        """(start, end) of each part between the boundary lines, at most MAX_PARTS in the message."""
        data = self.data
        delimiter = b"--" + boundary.encode("ascii", "surrogateescape")
        found: list[tuple[int, int]] = []
        current: int | None = None
        pos = start
        while True:
            if pos == start and data.startswith(delimiter, start):
                line = start
            else:
                at = data.find(b"\n" + delimiter, pos, end)
                if at < 0:
                    break
                line = at + 1
            after = line + len(delimiter)
            closing = data.startswith(b"--", after)
            line_end = data.find(b"\n", after, min(end, after + 1_000))
            line_end = end if line_end < 0 else line_end
            if data[after + (2 if closing else 0) : line_end].strip():
                pos = after  # "--boundaryXYZ" is not this boundary
                continue
            if current is not None:
                stop = line - 1 if line > start else line
                if stop > current and data[stop - 1 : stop] == b"\r":
                    stop -= 1
                found.append((current, max(current, stop)))
            if closing:
                return found
            if self.parts >= MAX_PARTS:
                self.truncated.add("attachments")
                return found
            self.parts += 1
            current = min(line_end + 1, end)
            pos = line_end
        if current is not None:
            found.append((current, end))
        return found

    def payload(self, part: _Part, limit: int | None = None) -> bytes:
        raw = memoryview(self.data)[part.body_start : part.body_end]
        if limit is not None and len(raw) > limit:
            raw = raw[:limit]
            self.truncated.add("body")
        encoding = str(part.headers.get("Content-Transfer-Encoding", "")).strip().lower()
        try:
            if encoding == "base64":
                return _base64(raw)
            if encoding == "quoted-printable":
                return binascii.a2b_qp(raw)
        except (binascii.Error, ValueError):
            pass
        return bytes(raw)


def _base64(raw: memoryview) -> bytes:
    try:
        return binascii.a2b_base64(raw)
    except binascii.Error:  # bad padding: keep what decodes
        clean = re.sub(rb"[^A-Za-z0-9+/]", b"", raw)
        clean = clean[: len(clean) - len(clean) % 4]
        return binascii.a2b_base64(clean)


def _find_body(part: _Part, preferences: tuple[str, ...]) -> Iterator[tuple[int, _Part]]:
    """email.message.MIMEPart._find_body over our parts (the same choice of body)."""
    if part.is_attachment():
        return
    maintype, subtype = part.content_type()
    if maintype == "text":
        if subtype in preferences:
            yield preferences.index(subtype), part
        return
    if maintype != "multipart" or part.children is None:
        return
    if subtype != "related":
        for child in part.children:
            yield from _find_body(child, preferences)
        return
    start = part.headers.get_param("start")
    candidate = next((c for c in part.children if start and c.headers.get("Content-ID") == start), None)
    if candidate is None and part.children:
        candidate = part.children[0]
    if candidate is not None:
        yield from _find_body(candidate, preferences)


def _body_part(root: _Part) -> _Part | None:
    preferences = ("plain", "html")
    best, body = len(preferences), None
    for priority, part in _find_body(root, preferences):
        if priority < best:
            best, body = priority, part
            if priority == 0:
                break
    return body


def _attachments(root: _Part) -> list[_Part]:
    """email.message.MIMEPart.iter_attachments over our parts."""
    maintype, subtype = root.content_type()
    if maintype != "multipart" or subtype == "alternative" or root.children is None:
        return []
    parts = list(root.children)
    if subtype == "related":
        start = root.headers.get_param("start")
        if start and any(p.headers.get("Content-ID") == start for p in parts):
            return [p for p in parts if p.headers.get("Content-ID") != start]
        return parts[1:]
    seen: list[str] = []
    out = []
    for part in parts:
        kind = part.content_type()
        if kind in _BODY_TYPES and not part.is_attachment() and kind[1] not in seen:
            seen.append(kind[1])
            continue
        out.append(part)
    return out


def _raw_header(headers: Message, name: str) -> str | None:
    """The first ``name`` header as it was written, unfolded; 8-bit bytes (kept as surrogate escapes
    by the parser) are read as UTF-8, as most mail programs that send them mean."""
    wanted = name.lower()
    for key, value in headers.raw_items():
        if key.lower() == wanted:
            raw = value if isinstance(value, str) else str(value)
            return _FOLD.sub("", raw).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return None


def _header_text(headers: Message, name: str, limit: int, truncated: set[str], field: str) -> str:
    """One header, unfolded and decoded (encoded words, addresses) with its size bounded first."""
    raw = _raw_header(headers, name)
    if raw is None:
        return ""
    value = raw.strip()
    cut = False
    if len(value) > MAX_HEADER_CHARS:
        space = value.rfind(" ", 0, MAX_HEADER_CHARS)
        value = value[: space if space > MAX_HEADER_CHARS // 2 else MAX_HEADER_CHARS]
        cut = True
    try:
        text = str(email.policy.default.header_factory(name, value))
    except Exception:  # the header parser's own defects: keep the text as it came
        text = value
    if len(text) > limit:
        text = text[:limit]
        cut = True
    if cut:
        truncated.add(field)
        return text.rstrip() + TRUNCATION_MARK
    return text


def _text_of(reader: _Reader, part: _Part) -> str:
    data = reader.payload(part, MAX_BODY_BYTES)
    charset = part.headers.get_content_charset()
    try:
        text = data.decode(charset or "utf-8", errors="strict" if charset is None else "replace")
    except (LookupError, UnicodeDecodeError):
        text = data.decode("utf-8", errors="replace") if charset else data.decode("latin-1")
    return html_to_text(text) if part.content_type() == ("text", "html") else text


def parse_email(data: bytes) -> ParsedEmail:
    """Headers, the readable body (plain text preferred), and attachments. Never raises on odd mail:
    missing parts come back empty. Bounded: header sizes, encoded words, the body read and the number
    of parts are capped (see the MAX_ constants), so any file parses in seconds and little memory;
    what was cut is named in ``truncated`` and marked in the text."""
    reader = _Reader(bytes(data))
    root, headers = reader.part(0, len(reader.data), 0, MAX_HEADER_BYTES)
    truncated = reader.truncated
    fields = {
        field: _header_text(headers, name, limit, truncated, field)
        for field, name, limit in (
            ("sender", "From", MAX_ADDRESS_CHARS),
            ("to", "To", MAX_ADDRESS_CHARS),
            ("cc", "Cc", MAX_ADDRESS_CHARS),
            ("subject", "Subject", MAX_SUBJECT_CHARS),
        )
    }
    body = ""
    part = _body_part(root)
    if part is not None:
        body = _text_of(reader, part).strip()
        if "body" in truncated:
            body += TRUNCATION_MARK
    attachments = [
        Attachment(
            filename=_decode_words(str(item.headers.get_filename() or ""))[:300] or "attachment",
            media_type=item.headers.get_content_type(),
            data=b"" if item.children is not None else reader.payload(item),
        )
        for item in _attachments(root)
    ]
    sent = None
    date = (_raw_header(headers, "Date") or "")[:200]
    if date.strip():
        try:
            sent = email.utils.parsedate_to_datetime(date)
        except (TypeError, ValueError, IndexError):
            sent = None
    return ParsedEmail(
        sender=fields["sender"],
        to=fields["to"],
        cc=fields["cc"],
        subject=fields["subject"],
        sent=sent,
        body=body,
        attachments=attachments,
        truncated=tuple(sorted(truncated)),
    )


_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")


def _decode_words(text: str) -> str:
    """RFC 2047 encoded words in a short text (a file name); whitespace between two words is dropped."""
    out: list[str] = []
    pos = 0
    for match in _ENCODED_WORD.finditer(text):
        between = text[pos : match.start()]
        if not (pos and not between.strip()):
            out.append(between)
        charset, kind, payload = match.groups()
        try:
            if kind in "bB":
                raw = _base64(memoryview(payload.encode("ascii")))
            else:
                raw = binascii.a2b_qp(payload.encode("ascii"), header=True)
            out.append(raw.decode(charset.split("*")[0], errors="replace"))
        except (LookupError, ValueError, UnicodeEncodeError):
            out.append(match.group(0))
        pos = match.end()
    out.append(text[pos:])
    return "".join(out)


def parse_pasted(text: str) -> ParsedEmail:
    """An email copied from a mail program: "From:", "Sent:"/"Date:", "To:", "Subject:" lines, then
    the body. Lines that are not headers start the body."""
    headers: dict[str, str] = {}
    lines = text.strip().splitlines()
    body_start = 0
    for i, line in enumerate(lines):
        match = re.match(r"^\s*(From|To|Cc|Sent|Date|Subject)\s*:\s*(.*)$", line, re.IGNORECASE)
        if match and i == body_start:
            headers[match.group(1).lower()] = match.group(2).strip()
            body_start = i + 1
        elif not line.strip() and i == body_start:
            body_start = i + 1
        else:
            break
    sent = None
    date_text = headers.get("sent") or headers.get("date")
    if date_text:
        # Mail programs copy dates as "Tuesday, March 10, 2026 4:42 PM"; the email module misreads
        # those (it drops the PM), so dateutil reads them, RFC 2822 dates included.
        from dateutil import parser as date_parser

        try:
            sent = date_parser.parse(date_text, fuzzy=True)
        except (ValueError, OverflowError):
            sent = None
    return ParsedEmail(
        sender=headers.get("from", ""),
        to=headers.get("to", ""),
        cc=headers.get("cc", ""),
        subject=headers.get("subject", ""),
        sent=sent,
        body="\n".join(lines[body_start:]).strip(),
        attachments=[],
    )
