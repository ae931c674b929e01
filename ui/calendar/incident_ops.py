"""Incidents through the core: what can be chosen on a day, recording, editing, listing with filters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from iepdesk.errors import UsageError
from iepdesk.iep.versions import in_effect_on, provisions_of
from iepdesk.model import Contact, Incident, IncidentProvision, Provision, database
from iepdesk.model.iep import ProvisionKind
from iepdesk.schedule import logbook
from iepdesk.schedule.expected import lineage_roots

#: The kinds an incident can be about (goals are measured, not "not followed").
KINDS = (
    ProvisionKind.ACCOMMODATION.value,
    ProvisionKind.MODIFICATION.value,
    ProvisionKind.SUPPLEMENTARY_AID.value,
    ProvisionKind.SERVICE.value,
)


@dataclass(frozen=True)
class ProvisionChoice:
    id: int
    kind: str
    title: str


@dataclass(frozen=True)
class IncidentData:
    day: dt.date
    provision_ids: list[int]
    what_happened: str
    reported_by: str = ""
    child_words: str = ""
    evidence: str = ""


@dataclass(frozen=True)
class IncidentRow:
    id: int
    day: dt.date
    what_happened: str
    reported_by: str
    child_words: str
    evidence: str
    provisions: list[ProvisionChoice] = field(default_factory=list)

    def data(self) -> IncidentData:
        return IncidentData(
            self.day,
            [p.id for p in self.provisions],
            self.what_happened,
            self.reported_by,
            self.child_words,
            self.evidence,
        )


def _choice(p: Provision) -> ProvisionChoice:
    return ProvisionChoice(p.id, str(p.kind), str(p.title or ""))


def provisions_on(day: dt.date) -> list[ProvisionChoice]:
    """Accommodations, modifications, aids and services of the IEP in effect that day."""
    version = in_effect_on(day)
    if version is None:
        return []
    found = [p for p in provisions_of(version) if p.kind in KINDS]
    return [_choice(p) for p in sorted(found, key=lambda p: KINDS.index(p.kind))]  # stable: IEP order kept


def reporter_suggestions() -> list[str]:
    return [str(c.name) for c in Contact.ordered()]


def provision_filters() -> list[tuple[str, list[int]]]:
    """One filter per provision line (the same accommodation across IEP versions): (name, ids)."""
    roots = lineage_roots()
    groups: dict[int, list[Provision]] = {}
    for p in Provision.select().where(Provision.kind.in_(KINDS)).order_by(Provision.id):
        groups.setdefault(roots.get(p.id, p.id), []).append(p)
    out = [(str(members[-1].title or ""), [p.id for p in members]) for members in groups.values()]
    return sorted(out, key=lambda item: item[0].lower())


def _row(incident: Incident) -> IncidentRow:
    return IncidentRow(
        incident.id,
        incident.date,
        str(incident.what_happened),
        str(incident.reported_by),
        str(incident.child_words),
        str(incident.evidence),
        [_choice(p) for p in logbook.incident_provisions(incident.id)],
    )


def find(
    start: dt.date | None, end: dt.date | None, provision_ids: list[int] | None, text: str
) -> list[IncidentRow]:
    """Newest first. ``provision_ids`` is a whole provision line (any of its versions)."""
    if not provision_ids:
        found = logbook.find_incidents(start, end, None, text)
    else:
        seen: dict[int, Incident] = {}
        for pid in provision_ids:
            for incident in logbook.find_incidents(start, end, pid, text):
                seen[incident.id] = incident
        found = sorted(seen.values(), key=lambda i: (i.date, i.id), reverse=True)
    return [_row(i) for i in found]


def on_day(day: dt.date) -> list[IncidentRow]:
    return find(day, day, None, "")


def save(data: IncidentData, incident_id: int | None = None) -> int:
    """Record a new incident, or change one; returns its id."""
    if incident_id is None:
        return int(
            logbook.record_incident(
                data.day,
                data.provision_ids,
                data.what_happened,
                data.reported_by,
                data.child_words,
                data.evidence,
            ).id
        )
    if not data.what_happened.strip():
        raise UsageError("Say in a few words what happened.")
    with database.atomic():
        incident = Incident.get_by_id(incident_id)
        incident.date = data.day
        incident.what_happened = data.what_happened.strip()
        incident.reported_by = data.reported_by.strip()
        incident.child_words = data.child_words.strip()
        incident.evidence = data.evidence.strip()
        incident.save()
        IncidentProvision.delete().where(IncidentProvision.incident == incident_id).execute()
        for pid in dict.fromkeys(data.provision_ids):
            IncidentProvision.create(incident=incident_id, provision=pid)
    return incident_id


def delete(incident_id: int) -> None:
    with database.atomic():
        IncidentProvision.delete().where(IncidentProvision.incident == incident_id).execute()
        Incident.delete().where(Incident.id == incident_id).execute()
