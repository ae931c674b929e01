"""The communication log: emails, calls, meetings and letters, with the people, links and follow-ups."""

from __future__ import annotations

import datetime as dt
import re

from iepdesk.model import Communication, CommunicationPerson, Contact, database
from iepdesk.model.vault import Channel, Direction
from iepdesk.vault import library
from iepdesk.vault.eml import ParsedEmail


def record(
    *,
    when: str,
    channel: str = Channel.EMAIL.value,
    direction: str = Direction.FROM_SCHOOL.value,
    subject: str = "",
    body: str = "",
    contact_ids: list[int] | None = None,
    other_people: str = "",
    follow_up: dt.date | None = None,
    links: list[tuple[str, int]] | None = None,
) -> Communication:
    """Save one communication with its people and links (provisions, incidents, documents)."""
    Channel(channel)
    Direction(direction)
    _check_when(when)
    with database.atomic():
        item: Communication = Communication.create(
            when=when,
            channel=channel,
            direction=direction,
            subject=subject.strip()[:300],
            body=body,
            other_people=other_people.strip()[:500],
            follow_up=follow_up,
        )
        for contact_id in dict.fromkeys(contact_ids or []):
            CommunicationPerson.create(communication=item, contact=contact_id)
        for kind, record_id in links or []:
            library.link("communication", item.id, kind, record_id)
    return item


def _check_when(when: str) -> None:
    try:
        dt.datetime.fromisoformat(when) if "T" in when else dt.date.fromisoformat(when)
    except ValueError:
        raise ValueError(
            f"{when!r} is not a date (2026-03-04) or a date and time (2026-03-04T15:30)"
        ) from None


def people_of(communication_id: int) -> list[Contact]:
    return list(
        Contact.select()
        .join(CommunicationPerson, on=(CommunicationPerson.contact == Contact.id))
        .where(CommunicationPerson.communication == communication_id)
        .order_by(Contact.position, Contact.id)
    )


def fields_from_email(mail: ParsedEmail, own_addresses: tuple[str, ...] = ()) -> dict[str, object]:
    """A communication's fields filled from an email: date, direction, subject, body, and the team
    contacts whose addresses appear in it. Sent by the parent (one of ``own_addresses``) means to school."""
    contacts = {str(c.email).lower(): c.id for c in Contact.select() if c.email}
    addresses = {
        a.lower() for a in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", f"{mail.sender} {mail.to} {mail.cc}")
    }
    sender = {a.lower() for a in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", mail.sender)}
    from_parent = bool(sender & {a.lower() for a in own_addresses}) or (
        bool(sender) and not (sender & set(contacts)) and bool(addresses & set(contacts))
    )
    when = (
        mail.sent.replace(tzinfo=None).isoformat(timespec="minutes")
        if mail.sent
        else dt.date.today().isoformat()
    )
    known = [contacts[a] for a in sorted(addresses) if a in contacts]
    return {
        "when": when,
        "channel": Channel.EMAIL.value,
        "direction": Direction.TO_SCHOOL.value if from_parent else Direction.FROM_SCHOOL.value,
        "subject": mail.subject,
        "body": mail.body,
        "contact_ids": known,
        "other_people": ", ".join(
            sorted(a for a in addresses if a not in contacts and a not in own_addresses)
        ),
    }


def follow_ups_due(until: dt.date) -> list[Communication]:
    """Open follow-ups on or before ``until`` (the Overview shows them; the calendar marks them)."""
    return list(
        Communication.select()
        .where(
            Communication.follow_up.is_null(False)
            & (Communication.follow_up <= until)
            & (Communication.follow_up_done == 0)
        )
        .order_by(Communication.follow_up)
    )


def between(start: dt.date, end: dt.date) -> list[Communication]:
    return list(
        Communication.select()
        .where(
            (Communication.when >= start.isoformat())
            & (Communication.when < (end + dt.timedelta(days=1)).isoformat())
        )
        .order_by(Communication.when)
    )
