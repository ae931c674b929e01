"""Reading emails (files and pasted text) into communication entries; follow-ups and links."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

import factories

from iepdesk.casefile import Case
from iepdesk.comms import log
from iepdesk.schedule import logbook
from iepdesk.vault import library
from iepdesk.vault.eml import parse_email, parse_pasted


def realistic_email() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Dana Whitfield <d.whitfield@example-district.org>"
    msg["To"] = "parent.smith@example.com"
    msg["Cc"] = "Principal Ortiz <r.ortiz@example-district.org>"
    msg["Subject"] = "Re: Speech sessions in March"
    msg["Date"] = "Tue, 10 Mar 2026 16:42:00 -0500"
    msg.set_content("Hi Ms. Smith,\n\nThe SLP was out on March 3 and 5. We will schedule make-ups.\n\nDana")
    msg.add_alternative("<p>Hi Ms. Smith,</p><p>The SLP was out on <b>March 3 and 5</b>.</p>", subtype="html")
    msg.add_attachment(
        b"%PDF-1.4 fake log", maintype="application", subtype="pdf", filename="service log.pdf"
    )
    return bytes(msg)


def test_parse_email_file() -> None:
    mail = parse_email(realistic_email())
    assert mail.subject == "Re: Speech sessions in March"
    assert mail.sent == dt.datetime(2026, 3, 10, 16, 42, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert mail.body.startswith("Hi Ms. Smith,")
    assert "make-ups" in mail.body
    assert [(a.filename, a.media_type, a.size) for a in mail.attachments] == [
        ("service log.pdf", "application/pdf", 17)
    ]


def test_html_only_email_and_garbage_do_not_crash() -> None:
    msg = EmailMessage()
    msg["Subject"] = "Notice"
    msg.set_content(
        "<html><body><p>Meeting on <b>Friday</b></p><script>x()</script></body></html>", subtype="html"
    )
    assert parse_email(bytes(msg)).body == "Meeting on Friday"
    odd = parse_email(b"\x00\xff not an email at all")
    assert odd.subject == ""
    assert odd.attachments == []


def test_pasted_email() -> None:
    pasted = """From: Dana Whitfield <d.whitfield@example-district.org>
Sent: Tuesday, March 10, 2026 4:42 PM
To: parent.smith@example.com
Subject: Re: Speech sessions in March

Hi Ms. Smith,
The SLP was out on March 3 and 5."""
    mail = parse_pasted(pasted)
    assert mail.subject == "Re: Speech sessions in March"
    assert mail.sent == dt.datetime(2026, 3, 10, 16, 42)
    assert mail.body == "Hi Ms. Smith,\nThe SLP was out on March 3 and 5."


def test_email_becomes_a_communication_linked_to_an_incident(case: Case) -> None:
    dana = factories.contact("Dana Whitfield", "Case manager", email="d.whitfield@example-district.org")
    version = factories.version(dt.date(2025, 9, 1), None, meeting_date=None)
    speech = factories.provision(version, "service", "Speech therapy")
    incident = logbook.record_incident(dt.date(2026, 3, 3), [speech.id], "No speech session")
    fields = log.fields_from_email(
        parse_email(realistic_email()), own_addresses=("parent.smith@example.com",)
    )
    assert fields["direction"] == "from_school"
    assert fields["contact_ids"] == [dana.id]
    assert fields["when"] == "2026-03-10T16:42"
    assert "r.ortiz@example-district.org" in str(fields["other_people"])
    item = log.record(**fields, follow_up=dt.date(2026, 3, 17), links=[("incident", incident.id)])  # type: ignore[arg-type]
    assert [c.name for c in log.people_of(item.id)] == ["Dana Whitfield"]
    assert library.linked("incident", incident.id) == [("communication", item.id)]
    assert [c.id for c in log.follow_ups_due(dt.date(2026, 3, 20))] == [item.id]
    assert log.follow_ups_due(dt.date(2026, 3, 16)) == []
    from iepdesk import search

    assert [h.kind for h in search.search("make-ups")] == ["communication"]


def test_phone_call_validation(case: Case) -> None:
    import pytest

    with pytest.raises(ValueError, match="not a date"):
        log.record(when="last Tuesday", channel="phone")
    with pytest.raises(ValueError, match="fax"):
        log.record(when="2026-03-04", channel="fax")
    call = log.record(
        when="2026-03-04T15:30", channel="phone", direction="to_school", subject="Called about OT"
    )
    assert [c.id for c in log.between(dt.date(2026, 3, 4), dt.date(2026, 3, 4))] == [call.id]
