"""What the Communications page asks of the case: the list, one entry, saving, follow-ups, emails.

Every read and write goes through iepdesk.comms.log (the rules of an entry are checked there); this
module turns the form's values into its calls and puts the case's facts into translated words.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from dataclasses import dataclass, field
from pathlib import Path

from iepdesk import profile
from iepdesk.comms import log as comms_log
from iepdesk.comms.log import Channel, Direction, LinkedProvision
from iepdesk.comms.log import EntryRow as CommRow
from iepdesk.comms.tone import default_rules, factual_pattern
from iepdesk.errors import UsageError
from iepdesk.i18n import current, long_date
from iepdesk.vault import library
from iepdesk.vault.eml import ParsedEmail
from ui.i18n import translate

__all__ = ["CommRow", "EntryData"]

log = logging.getLogger(__name__)


def channel_labels() -> dict[str, str]:
    return {
        Channel.EMAIL.value: translate("Communications", "Email"),
        Channel.PHONE.value: translate("Communications", "Phone call"),
        Channel.MEETING.value: translate("Communications", "Meeting"),
        Channel.LETTER.value: translate("Communications", "Letter"),
        Channel.PORTAL.value: translate("Communications", "Portal message"),
        Channel.IN_PERSON.value: translate("Communications", "In person"),
    }


def direction_labels() -> dict[str, str]:
    return {
        Direction.TO_SCHOOL.value: translate("Communications", "To the school"),
        Direction.FROM_SCHOOL.value: translate("Communications", "From the school"),
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


def contacts() -> list[tuple[int, str]]:
    """Team contacts as (id, "Name (role)")."""
    return [
        (int(c.id), f"{c.name} ({c.role})" if c.role else str(c.name))
        for c in profile.list_contacts()
        if c.id is not None
    ]


def list_rows() -> list[CommRow]:
    return comms_log.rows()


def load_entry(communication_id: int) -> EntryData:
    item = comms_log.entry(communication_id)
    return EntryData(
        id=item.id,
        when=item.when,
        channel=item.channel,
        direction=item.direction,
        subject=item.subject,
        body=item.body,
        contact_ids=list(item.contact_ids),
        other_people=item.other_people,
        follow_up=item.follow_up,
        follow_up_done=item.follow_up_done,
        attachments=[i for k, i in item.links if k == "document"],
        links=[(k, i) for k, i in item.links if k != "document"],
    )


def save_entry(data: EntryData) -> int:
    """Create or update the entry with its people and links; the entry's id."""
    try:  # before the pending files are stored: an entry that cannot be saved stores nothing
        comms_log.check(
            when=data.when,
            channel=data.channel,
            direction=data.direction,
            subject=data.subject,
            body=data.body,
        )
    except comms_log.NothingSaidError:
        raise UsageError(
            translate("Communications", "Say in a few words what it was about (a subject or a summary).")
        ) from None
    stored = library.store_attachments(data.pending_files)
    documents = list(dict.fromkeys([*data.attachments, *stored]))
    wanted = sorted({("document", d) for d in documents} | set(data.links))
    save = comms_log.record if data.id is None else functools.partial(comms_log.update, data.id)
    saved = save(
        when=data.when,
        channel=data.channel,
        direction=data.direction,
        subject=data.subject,
        body=data.body,
        contact_ids=data.contact_ids,
        other_people=data.other_people,
        follow_up=data.follow_up,
        follow_up_done=data.follow_up_done,
        links=wanted,
    )
    return saved.id


def delete_entry(communication_id: int) -> None:
    comms_log.delete(communication_id)


def follow_ups(days_ahead: int = 7) -> list[CommRow]:
    return comms_log.follow_ups_due(dt.date.today() + dt.timedelta(days=days_ahead))


def mark_done(communication_id: int, done: bool = True) -> None:
    comms_log.mark_done(communication_id, done)


def from_email(mail: ParsedEmail) -> EntryData:
    """A new entry filled from an email (the parent's own address decides the direction)."""
    fields = comms_log.from_email(mail)
    return EntryData(
        when=fields.when if "T" in fields.when else f"{fields.when}T09:00",
        channel=fields.channel,
        direction=fields.direction,
        subject=fields.subject,
        body=fields.body,
        contact_ids=list(fields.contact_ids),
        other_people=fields.other_people,
    )


def _promise(provision: LinkedProvision, child_name: str) -> str:
    """What the IEP promises, as the end of "…'s IEP says that …": "Maya will receive speech-language
    therapy, 60 minutes per week (2 × 30), from the speech-language pathologist, in the speech room"."""
    title = " ".join(provision.title.split())
    if not title:
        wording = " ".join(provision.iep_wording.split())
        return f"“{wording}”" if wording else ""
    first = child_name.split()[0] if child_name.split() else child_name
    parts = [
        translate("Communications", "{child} will receive {what}").format(
            child=first, what=_lower_first(title)
        )
    ]
    if provision.amount:
        parts.append(provision.amount)
    if provision.provider_role:
        parts.append(translate("Communications", "from the {role}").format(role=provision.provider_role))
    if provision.location:
        parts.append(translate("Communications", "in the {place}").format(place=provision.location))
    return ", ".join(parts)


def _lower_first(text: str) -> str:
    """ "No session was given" reads on after "On March 4," as "no session was given"."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def rewrite_facts(links: list[tuple[str, int]]) -> dict[str, str]:
    """What fills the tone check's rewrites ([date], [what happened], [the IEP's words], [child],
    [the support]) from the linked incident and provision, and the by-date the outline also uses."""
    found = comms_log.message_facts(links)
    first = found.child.split()[0] if found.child.split() else found.child
    facts = {"child": first, "a date about a week away": long_date(dt.date.today() + dt.timedelta(days=7))}
    if found.incident is not None:
        facts["date"] = long_date(found.incident.date)
        facts["what happened"] = _lower_first(" ".join(found.incident.what_happened.split())).rstrip(".")
    if found.provision is not None:
        facts["the IEP's words"] = " ".join(found.provision.iep_wording.split()).rstrip(".")
        facts["the support"] = _lower_first(" ".join(found.provision.title.split()))
    return facts


def outline(contact_ids: list[int], links: list[tuple[str, int]]) -> str:
    """A calm letter outline (factual_pattern) filled from what the form already knows: the first
    contact, the first linked provision (its summary, its IEP's date and its own wording), the first
    linked incident (its date and what happened); with an incident but no provision linked, the
    provision the incident is about. In the window's language, its dates too."""
    found = comms_log.message_facts(links, contact_ids)
    when = what_happened = promise = iep_words = iep_date = ""
    if found.incident is not None:
        when = long_date(found.incident.date)
        what_happened = _lower_first(" ".join(found.incident.what_happened.split()))
    if found.provision is not None:
        promise = _promise(found.provision, found.child)
        wording = " ".join(found.provision.iep_wording.split())
        if wording and found.provision.title.strip():  # without a title the promise is the wording
            iep_words = wording
        if found.provision.iep_date:
            iep_date = long_date(found.provision.iep_date)
    return factual_pattern(
        child=found.child,
        parent=found.parent,
        recipient=found.recipient,
        when=when,
        what_happened=what_happened,
        promise=promise,
        iep_words=iep_words,
        iep_date=iep_date,
        by_date=long_date(dt.date.today() + dt.timedelta(days=7)),
        rules=default_rules(current()),  # the parent's language, as the promise's words above
    )
