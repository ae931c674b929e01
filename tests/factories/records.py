"""A case to work in, and what is recorded in it: service-log entries, incidents, the team,
communications."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from iepdesk.casefile import Argon2Params, Case
from iepdesk.comms import log as comms_log
from iepdesk.comms.log import Entry
from iepdesk.model import Contact, Incident, Provision, ServiceLogEntry
from iepdesk.profile import ContactData, add_contact
from iepdesk.schedule import logbook

#: The passphrase of the cases tests make (a fast Argon2 setting: ``Argon2Params()`` in tests).
PASSPHRASE = "test passphrase"


def new_case(path: Path, child: str = "Jacob Smith", passphrase: str = PASSPHRASE) -> Case:
    """A new case at ``path``, open (the caller locks it)."""
    opened, _secret = Case.create(path, child, passphrase, Argon2Params())
    return opened


def log(
    provision: Provision | int,
    day: dt.date,
    status: str = "delivered",
    minutes: int | None = None,
    reason: str | None = None,
    source: str | None = None,
    note: str = "",
    counting: str = "",
) -> ServiceLogEntry:
    """One service-log entry (``minutes`` None means "as planned", ``source`` None "not said");
    ``counting`` as ``logbook.set_counting`` takes it ("" by the order of sources, "separate",
    "preferred")."""
    entry = logbook.log_session(
        _id(provision), day, status, minutes=minutes, reason=reason, source=source, note=note
    )
    if counting:
        logbook.set_counting(entry.id, counting)
        entry = ServiceLogEntry.get_by_id(entry.id)
    return entry


def incident(
    day: dt.date,
    provisions: Sequence[Provision | int] = (),
    what_happened: str = "No extra time on the spelling test.",
    reported_by: str = "",
    child_words: str = "",
    evidence: str = "",
) -> Incident:
    """An incident of ``day`` about ``provisions`` (none: about no provision in particular)."""
    return logbook.record_incident(
        day,
        [_id(p) for p in provisions],
        what_happened,
        reported_by=reported_by,
        child_words=child_words,
        evidence=evidence,
    )


def contact(
    name: str = "Dana Whitfield",
    role: str = "Case manager",
    email: str = "",
    phone: str = "",
    notes: str = "",
) -> Contact:
    """A member of the team, at the end of the list (as ``profile.add_contact`` adds one)."""
    saved = add_contact(ContactData(name=name, role=role, email=email, phone=phone, notes=notes))
    row: Contact = Contact.get_by_id(saved.id)
    return row


def communication(
    when: str = "2026-03-04T15:30",
    channel: str = "email",
    direction: str = "from_school",
    subject: str = "",
    body: str = "",
    **links: Any,
) -> Entry:
    """A communication (``when`` ISO text, the time may be left out), as ``comms.log.record`` saves it;
    ``links`` as it takes them: contact_ids, other_people, follow_up, links, follow_up_done."""
    return comms_log.record(
        when=when, channel=channel, direction=direction, subject=subject, body=body, **links
    )


def _id(record: Provision | int) -> int:
    return record if isinstance(record, int) else int(record.id)
