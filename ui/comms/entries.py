"""What the Communications page asks of the case: the list, one entry, saving, follow-ups, emails.

New entries go through iepdesk.comms.log.record; edits of an existing entry go through the models
(the core has no update function yet).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from iepdesk.comms import log as comms_log
from iepdesk.comms.tone import factual_pattern
from iepdesk.errors import UsageError
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
from iepdesk.model.vault import Channel, Direction
from iepdesk.vault import library
from iepdesk.vault.eml import ParsedEmail

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Communications", text)


def channel_labels() -> dict[str, str]:
    return {
        Channel.EMAIL.value: _t("Email"),
        Channel.PHONE.value: _t("Phone call"),
        Channel.MEETING.value: _t("Meeting"),
        Channel.LETTER.value: _t("Letter"),
        Channel.PORTAL.value: _t("Portal message"),
        Channel.IN_PERSON.value: _t("In person"),
    }


def direction_labels() -> dict[str, str]:
    return {
        Direction.TO_SCHOOL.value: _t("To the school"),
        Direction.FROM_SCHOOL.value: _t("From the school"),
    }


@dataclass
class EntryData:
    id: int | None = None
    when: str = ""
    channel: str = Channel.EMAIL.value
    direction: str = Direction.FROM_SCHOOL.value
    subject: str = ""
    body: str = ""
    contact_ids: list[int] = field(default_factory=list)
    other_people: str = ""
    follow_up: dt.date | None = None
    follow_up_done: bool = False
    #: Documents in the vault.
    attachments: list[int] = field(default_factory=list)
    #: Files to store in the vault when the entry is saved (an imported .eml).
    pending_files: list[Path] = field(default_factory=list)
    #: Provisions, incidents and other records (not documents).
    links: list[tuple[str, int]] = field(default_factory=list)


@dataclass(frozen=True)
class CommRow:
    id: int
    when: str
    channel: str
    direction: str
    people: str
    subject: str
    follow_up: dt.date | None
    follow_up_done: bool


def contacts() -> list[tuple[int, str]]:
    """Team contacts as (id, "Name (role)")."""
    return [
        (int(c.id), f"{c.name} ({c.role})" if c.role else str(c.name))
        for c in Contact.select().order_by(Contact.position, Contact.id)
    ]


def _people(item: Communication, names: dict[int, str]) -> str:
    ids = [int(p.contact_id) for p in item.people_links]
    parts = [names[i] for i in ids if i in names]
    if item.other_people:
        parts.append(str(item.other_people))
    return ", ".join(parts)


def list_rows() -> list[CommRow]:
    names = {int(c.id): str(c.name) for c in Contact.select()}
    query = Communication.select().order_by(Communication.when.desc(), Communication.id.desc())
    return [
        CommRow(
            int(c.id),
            str(c.when),
            str(c.channel),
            str(c.direction),
            _people(c, names),
            str(c.subject),
            c.follow_up,
            bool(c.follow_up_done),
        )
        for c in query
    ]


def load_entry(communication_id: int) -> EntryData:
    item = Communication.get_by_id(communication_id)
    linked = library.linked("communication", communication_id)
    return EntryData(
        id=int(item.id),
        when=str(item.when),
        channel=str(item.channel),
        direction=str(item.direction),
        subject=str(item.subject),
        body=str(item.body),
        contact_ids=[int(c.id) for c in comms_log.people_of(communication_id)],
        other_people=str(item.other_people),
        follow_up=item.follow_up,
        follow_up_done=bool(item.follow_up_done),
        attachments=[i for k, i in linked if k == "document"],
        links=[(k, i) for k, i in linked if k != "document"],
    )


def _store_pending(paths: list[Path]) -> list[int]:
    ids = []
    for path in paths:
        result = library.add_file(path)
        target = result.document or result.duplicate_of
        if result.error:
            raise OSError(result.error)
        if target is not None:
            ids.append(int(target.id))
    return ids


def save_entry(data: EntryData) -> int:
    """Create or update the entry with its people and links; the entry's id."""
    if not (data.subject.strip() or data.body.strip()):
        raise UsageError(_t("Say in a few words what it was about (a subject or a summary)."))
    documents = list(dict.fromkeys([*data.attachments, *_store_pending(data.pending_files)]))
    wanted = {("document", d) for d in documents} | set(data.links)
    if data.id is None:
        item = comms_log.record(
            when=data.when,
            channel=data.channel,
            direction=data.direction,
            subject=data.subject,
            body=data.body,
            contact_ids=data.contact_ids,
            other_people=data.other_people,
            follow_up=data.follow_up,
            links=sorted(wanted),
        )
        if data.follow_up_done:
            mark_done(int(item.id), True)
        return int(item.id)
    Channel(data.channel)
    Direction(data.direction)
    dt.datetime.fromisoformat(data.when)
    with database.atomic():
        Communication.update(
            when=data.when,
            channel=data.channel,
            direction=data.direction,
            subject=data.subject.strip()[:300],
            body=data.body,
            other_people=data.other_people.strip()[:500],
            follow_up=data.follow_up,
            follow_up_done=int(data.follow_up_done),
        ).where(Communication.id == data.id).execute()
        CommunicationPerson.delete().where(CommunicationPerson.communication == data.id).execute()
        for contact_id in dict.fromkeys(data.contact_ids):
            CommunicationPerson.create(communication=data.id, contact=contact_id)
        current = set(library.linked("communication", data.id))
        for kind, record_id in current - wanted:
            library.unlink("communication", data.id, kind, record_id)
            library.unlink(kind, record_id, "communication", data.id)
        for kind, record_id in wanted - current:
            library.link("communication", data.id, kind, record_id)
    return data.id


def delete_entry(communication_id: int) -> None:
    with database.atomic():
        for kind, record_id in library.linked("communication", communication_id):
            library.unlink("communication", communication_id, kind, record_id)
            library.unlink(kind, record_id, "communication", communication_id)
        Communication.delete().where(Communication.id == communication_id).execute()


def follow_ups(days_ahead: int = 7) -> list[CommRow]:
    names = {int(c.id): str(c.name) for c in Contact.select()}
    until = dt.date.today() + dt.timedelta(days=days_ahead)
    return [
        CommRow(int(c.id), str(c.when), str(c.channel), str(c.direction), _people(c, names), str(c.subject),
                c.follow_up, False)
        for c in comms_log.follow_ups_due(until)
    ]  # fmt: skip


def mark_done(communication_id: int, done: bool = True) -> None:
    Communication.update(follow_up_done=int(done)).where(Communication.id == communication_id).execute()


def from_email(mail: ParsedEmail) -> EntryData:
    """A new entry filled from an email (the parent's own address decides the direction)."""
    child = Child.the_child()
    own = tuple(a for a in (str(child.parent_email or "").strip(),) if a)
    fields = comms_log.fields_from_email(mail, own)
    when = str(fields["when"])
    return EntryData(
        when=when if "T" in when else f"{when}T09:00",
        channel=str(fields["channel"]),
        direction=str(fields["direction"]),
        subject=str(fields["subject"]),
        body=str(fields["body"]),
        contact_ids=list(fields["contact_ids"]),  # type: ignore[call-overload]
        other_people=str(fields["other_people"]),
    )


def _promise(provision: Provision, child_name: str) -> str:
    """What the IEP promises, as the end of "…'s IEP says that …": "Maya will receive speech-language
    therapy, 60 minutes per week (2 × 30), from the speech-language pathologist, in the speech room"."""
    title = " ".join(str(provision.title).split())
    if not title:
        wording = " ".join(str(provision.iep_wording).split())
        return f"“{wording}”" if wording else ""
    first = child_name.split()[0] if child_name.split() else child_name
    parts = [_t("{child} will receive {what}").format(child=first, what=_lower_first(title))]
    amount = amount_text(provision)
    if amount:
        parts.append(amount)
    if provision.provider_role:
        parts.append(_t("from the {role}").format(role=provision.provider_role))
    if provision.location:
        parts.append(_t("in the {place}").format(place=provision.location))
    return ", ".join(parts)


def _long_date(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _lower_first(text: str) -> str:
    """ "No session was given" reads on after "On March 4," as "no session was given"."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _linked(links: list[tuple[str, int]]) -> tuple[Provision | None, Incident | None]:
    """The first linked provision and incident; with an incident but no provision linked, the
    provision the incident is about."""
    provisions = [i for k, i in links if k == "provision"]
    incidents = [i for k, i in links if k == "incident"]
    incident = next(filter(None, (Incident.get_or_none(Incident.id == i) for i in incidents)), None)
    if incident is not None and not provisions:
        about = IncidentProvision.select().where(IncidentProvision.incident == incident.id)
        provisions = [int(link.provision_id) for link in about.order_by(IncidentProvision.id)]
    provision = next(filter(None, (Provision.get_or_none(Provision.id == i) for i in provisions)), None)
    return provision, incident


def rewrite_facts(links: list[tuple[str, int]]) -> dict[str, str]:
    """What fills the tone check's rewrites ([date], [what happened], [the IEP's words], [child],
    [the support]) from the linked incident and provision, and the by-date the outline also uses."""
    child = Child.the_child()
    first = str(child.name).split()[0] if str(child.name).split() else str(child.name)
    facts = {"child": first, "a date about a week away": _long_date(dt.date.today() + dt.timedelta(days=7))}
    provision, incident = _linked(links)
    if incident is not None:
        facts["date"] = _long_date(incident.date)
        facts["what happened"] = _lower_first(" ".join(str(incident.what_happened).split())).rstrip(".")
    if provision is not None:
        facts["the IEP's words"] = " ".join(str(provision.iep_wording).split()).rstrip(".")
        facts["the support"] = _lower_first(" ".join(str(provision.title).split()))
    return facts


def outline(contact_ids: list[int], links: list[tuple[str, int]]) -> str:
    """A calm letter outline (factual_pattern) filled from what the form already knows: the first
    contact, the first linked provision (its summary, its IEP's date and its own wording), the first
    linked incident (its date and what happened); with an incident but no provision linked, the
    provision the incident is about."""
    child = Child.the_child()
    values: dict[str, str] = {"child": str(child.name), "parent": str(child.parent_name or "")}
    if contact_ids:
        contact = Contact.get_or_none(Contact.id == contact_ids[0])
        if contact is not None:
            values["recipient"] = str(contact.name)
    provision, incident = _linked(links)
    if incident is not None:
        values["when"] = _long_date(incident.date)
        values["what_happened"] = _lower_first(" ".join(str(incident.what_happened).split()))
    if provision is not None:
        values["promise"] = _promise(provision, str(child.name))
        wording = " ".join(str(provision.iep_wording).split())
        if wording and str(provision.title).strip():  # without a title the promise is the wording
            values["iep_words"] = wording
        version = provision.version
        when = version.effective_from or version.meeting_date
        if when:
            values["iep_date"] = _long_date(when)
    by = dt.date.today() + dt.timedelta(days=7)
    values["by_date"] = _long_date(by)
    return factual_pattern(**values)
