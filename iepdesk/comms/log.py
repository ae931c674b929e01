"""The communication log: emails, calls, meetings and letters, with the people, links and follow-ups.

Every read and write the window and the command line make of a communication is here, as plain
functions returning frozen dataclasses; the rules (a known channel and direction, a readable date,
something said) are checked once, in ``check``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from iepdesk.errors import UsageError
from iepdesk.i18n import N_, _
from iepdesk.iep.compare import amount_text
from iepdesk.model import (
    Child,
    Communication,
    CommunicationPerson,
    Contact,
    Incident,
    IncidentProvision,
    Provision,
    database,
)
from iepdesk.model.vault import Channel as Channel
from iepdesk.model.vault import Direction as Direction
from iepdesk.vault import library
from iepdesk.vault.eml import ParsedEmail

#: Shown when an entry says nothing (the window shows it translated).
NOTHING_SAID = N_("Say in a few words what it was about (a subject or a summary).")


class NothingSaidError(UsageError):
    """An entry with neither a subject nor a summary."""

    def __init__(self) -> None:
        super().__init__(_(NOTHING_SAID))


@dataclass(frozen=True)
class Entry:
    """One communication with its people and everything linked to it."""

    id: int
    when: str
    channel: str
    direction: str
    subject: str
    body: str
    other_people: str
    follow_up: dt.date | None
    follow_up_done: bool
    #: Team contacts involved, in the team's order.
    contact_ids: tuple[int, ...]
    #: Linked records, documents included, as (kind, id), sorted.
    links: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class EntryRow:
    """One line of the communication log."""

    id: int
    when: str
    channel: str
    direction: str
    #: The team contacts' names, then the other people.
    people: str
    subject: str
    follow_up: dt.date | None
    follow_up_done: bool
    #: The body or summary, whole.
    body: str = ""


def check(*, when: str, channel: str, direction: str, subject: str = "", body: str = "") -> None:
    """The rules of an entry: a known channel and direction, a date (and time), something said.

    ValueError for a value no form offers; ``NothingSaidError`` when neither a subject nor a summary
    is given."""
    Channel(channel)
    Direction(direction)
    _check_when(when)
    if not (subject.strip() or body.strip()):
        raise NothingSaidError()


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
    follow_up_done: bool = False,
) -> Entry:
    """Save one communication with its people and links (provisions, incidents, documents)."""
    check(when=when, channel=channel, direction=direction, subject=subject, body=body)
    with database.atomic():
        item: Communication = Communication.create(
            when=when,
            channel=channel,
            direction=direction,
            subject=subject.strip()[:300],
            body=body,
            other_people=other_people.strip()[:500],
            follow_up=follow_up,
            follow_up_done=int(follow_up_done),
            entered_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )
        for contact_id in dict.fromkeys(contact_ids or []):
            CommunicationPerson.create(communication=item, contact=contact_id)
        for kind, record_id in links or []:
            library.link("communication", item.id, kind, record_id)
    return entry(int(item.id))


def update(
    communication_id: int,
    *,
    when: str,
    channel: str,
    direction: str,
    subject: str = "",
    body: str = "",
    contact_ids: list[int] | None = None,
    other_people: str = "",
    follow_up: dt.date | None = None,
    follow_up_done: bool = False,
    links: list[tuple[str, int]] | None = None,
) -> Entry:
    """Change an entry: its fields, its people, and its links (to exactly ``links``)."""
    check(when=when, channel=channel, direction=direction, subject=subject, body=body)
    wanted = set(links or [])
    with database.atomic():
        Communication.update(
            when=when,
            channel=channel,
            direction=direction,
            subject=subject.strip()[:300],
            body=body,
            other_people=other_people.strip()[:500],
            follow_up=follow_up,
            follow_up_done=int(follow_up_done),
        ).where(Communication.id == communication_id).execute()
        CommunicationPerson.delete().where(CommunicationPerson.communication == communication_id).execute()
        for contact_id in dict.fromkeys(contact_ids or []):
            CommunicationPerson.create(communication=communication_id, contact=contact_id)
        current = set(library.linked("communication", communication_id))
        for kind, record_id in current - wanted:
            library.unlink("communication", communication_id, kind, record_id)
        for kind, record_id in wanted - current:
            library.link("communication", communication_id, kind, record_id)
    return entry(communication_id)


def delete(communication_id: int) -> None:
    """Remove an entry and its links (its people go with it)."""
    with database.atomic():
        for kind, record_id in library.linked("communication", communication_id):
            library.unlink("communication", communication_id, kind, record_id)
        Communication.delete().where(Communication.id == communication_id).execute()


def mark_done(communication_id: int, done: bool = True) -> None:
    """Tick (or untick) the entry's follow-up."""
    Communication.update(follow_up_done=int(done)).where(Communication.id == communication_id).execute()


def entry(communication_id: int) -> Entry:
    """One entry; peewee's DoesNotExist when there is none with this id."""
    item = Communication.get_by_id(communication_id)
    return Entry(
        id=int(item.id),
        when=str(item.when),
        channel=str(item.channel),
        direction=str(item.direction),
        subject=str(item.subject),
        body=str(item.body),
        other_people=str(item.other_people),
        follow_up=item.follow_up,
        follow_up_done=bool(item.follow_up_done),
        contact_ids=tuple(int(c.id) for c in people_of(communication_id)),
        links=tuple(library.linked("communication", communication_id)),
    )


def _rows(items: list[Communication], done: bool | None = None) -> list[EntryRow]:
    names = {int(c.id): str(c.name) for c in Contact.select()}
    people: dict[int, list[int]] = {}
    for link in CommunicationPerson.select().order_by(CommunicationPerson.id):
        people.setdefault(int(link.__data__["communication"]), []).append(int(link.__data__["contact"]))
    out = []
    for c in items:
        parts = [names[i] for i in people.get(int(c.id), []) if i in names]
        if c.other_people:
            parts.append(str(c.other_people))
        out.append(
            EntryRow(
                int(c.id),
                str(c.when),
                str(c.channel),
                str(c.direction),
                ", ".join(parts),
                str(c.subject),
                c.follow_up,
                bool(c.follow_up_done) if done is None else done,
                str(c.body),
            )
        )
    return out


def rows() -> list[EntryRow]:
    """Every entry, the newest first."""
    return _rows(list(Communication.select().order_by(Communication.when.desc(), Communication.id.desc())))


def _check_when(when: str) -> None:
    try:
        dt.datetime.fromisoformat(when) if "T" in when else dt.date.fromisoformat(when)
    except ValueError:
        raise ValueError(
            _("{when!r} is not a date (2026-03-04) or a date and time (2026-03-04T15:30)").format(when=when)
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


def follow_ups_due(until: dt.date) -> list[EntryRow]:
    """Open follow-ups on or before ``until`` (the Overview shows them; the calendar marks them)."""
    items = list(
        Communication.select()
        .where(
            Communication.follow_up.is_null(False)
            & (Communication.follow_up <= until)
            & (Communication.follow_up_done == 0)
        )
        .order_by(Communication.follow_up)
    )
    return _rows(items, done=False)


def rows_between(start: dt.date, end: dt.date) -> list[EntryRow]:
    """The entries from ``start`` to ``end`` (both days whole), the oldest first."""
    return _rows(between(start, end))


def between(start: dt.date, end: dt.date) -> list[Communication]:
    return list(
        Communication.select()
        .where(
            (Communication.when >= start.isoformat())
            & (Communication.when < (end + dt.timedelta(days=1)).isoformat())
        )
        .order_by(Communication.when)
    )


@dataclass(frozen=True)
class EmailFields:
    """A new entry's fields read from an email (not saved)."""

    when: str
    channel: str
    direction: str
    subject: str
    body: str
    contact_ids: tuple[int, ...]
    other_people: str


def from_email(mail: ParsedEmail) -> EmailFields:
    """A new entry's fields from an email; the parent's own address (on the child's page) decides
    the direction."""
    child = Child.the_child()
    own = tuple(a for a in (str(child.parent_email or "").strip(),) if a)
    fields = fields_from_email(mail, own)
    ids = fields["contact_ids"]
    return EmailFields(
        when=str(fields["when"]),
        channel=str(fields["channel"]),
        direction=str(fields["direction"]),
        subject=str(fields["subject"]),
        body=str(fields["body"]),
        contact_ids=tuple(int(i) for i in ids) if isinstance(ids, list) else (),
        other_people=str(fields["other_people"]),
    )


@dataclass(frozen=True)
class LinkedProvision:
    title: str
    iep_wording: str
    #: "60 minutes per week (2 × 30)", or "" (iepdesk.iep.compare.amount_text).
    amount: str
    provider_role: str
    location: str
    #: When its IEP took effect (or, without that, the meeting's date).
    iep_date: dt.date | None


@dataclass(frozen=True)
class LinkedIncident:
    date: dt.date
    what_happened: str


@dataclass(frozen=True)
class MessageFacts:
    """What a message about linked records can say: the child, the parent, the first contact, the
    first linked provision and incident."""

    child: str
    parent: str
    #: The first contact's name ("" without one).
    recipient: str
    provision: LinkedProvision | None
    incident: LinkedIncident | None


def message_facts(links: list[tuple[str, int]], contact_ids: list[int] | None = None) -> MessageFacts:
    """The first linked provision and incident (with an incident but no provision linked, the
    provision the incident is about), the child, the parent and the first contact."""
    provisions = [i for k, i in links if k == "provision"]
    incidents = [i for k, i in links if k == "incident"]
    incident = next(filter(None, (Incident.get_or_none(Incident.id == i) for i in incidents)), None)
    if incident is not None and not provisions:
        about = IncidentProvision.select().where(IncidentProvision.incident == incident.id)
        provisions = [int(link.__data__["provision"]) for link in about.order_by(IncidentProvision.id)]
    provision = next(filter(None, (Provision.get_or_none(Provision.id == i) for i in provisions)), None)
    recipient = ""
    if contact_ids:
        contact = Contact.get_or_none(Contact.id == contact_ids[0])
        if contact is not None:
            recipient = str(contact.name)
    child = Child.the_child()
    linked_provision = None
    if provision is not None:
        version = provision.version
        linked_provision = LinkedProvision(
            title=str(provision.title or ""),
            iep_wording=str(provision.iep_wording or ""),
            amount=amount_text(provision),
            provider_role=str(provision.provider_role or ""),
            location=str(provision.location or ""),
            iep_date=version.effective_from or version.meeting_date,
        )
    return MessageFacts(
        child=str(child.name),
        parent=str(child.parent_name or ""),
        recipient=recipient,
        provision=linked_provision,
        incident=(
            LinkedIncident(incident.date, str(incident.what_happened)) if incident is not None else None
        ),
    )
