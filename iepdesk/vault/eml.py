"""Reading emails (.eml files, or text pasted from a mail program) with the standard library."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import re
from dataclasses import dataclass, field
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


def parse_email(data: bytes) -> ParsedEmail:
    """Headers, the readable body (plain text preferred), and attachments. Never raises on odd mail:
    missing parts come back empty."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    body = ""
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        if part is not None:
            content = part.get_content()
            body = html_to_text(content) if part.get_content_type() == "text/html" else str(content)
    except (LookupError, ValueError, AttributeError):
        body = ""
    attachments: list[Attachment] = []
    try:
        for item in message.iter_attachments():
            payload = item.get_payload(decode=True) or b""
            attachments.append(
                Attachment(
                    filename=item.get_filename() or "attachment",
                    media_type=item.get_content_type(),
                    data=payload if isinstance(payload, bytes) else b"",
                )
            )
    except (LookupError, ValueError, AttributeError, TypeError):
        pass
    sent = None
    try:
        if message["Date"]:
            sent = email.utils.parsedate_to_datetime(str(message["Date"]))
    except (TypeError, ValueError, IndexError):
        sent = None
    return ParsedEmail(
        sender=str(message.get("From", "") or ""),
        to=str(message.get("To", "") or ""),
        cc=str(message.get("Cc", "") or ""),
        subject=str(message.get("Subject", "") or ""),
        sent=sent,
        body=body.strip(),
        attachments=attachments,
    )


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
