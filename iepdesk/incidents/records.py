"""Incidents: what can be chosen on a day, recording and changing one (one check for both), listing
with filters, deleting with a snapshot that puts it back under the same id."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from iepdesk.errors import UsageError
from iepdesk.i18n import N_, _
from iepdesk.iep.versions import in_effect_on, provisions_of
from iepdesk.model import Contact, Incident, IncidentProvision, Provision, database
from iepdesk.model.iep import ProvisionKind
from iepdesk.schedule.expected import lineage_roots

#: The kinds an incident can be about (goals are measured, not "not followed").
KINDS = (
    ProvisionKind.ACCOMMODATION.value,
    ProvisionKind.MODIFICATION.value,
    ProvisionKind.SUPPLEMENTARY_AID.value,
    ProvisionKind.SERVICE.value,
)

#: What :func:`problem` answers when nothing says what happened.
NO_WHAT_HAPPENED = "no_what_happened"
_MESSAGES = {NO_WHAT_HAPPENED: N_("Say in a few words what happened.")}


class IncidentError(UsageError, ValueError):
    """An incident that cannot be saved as it is (a ValueError too, as record_incident raised)."""

    def __init__(self, code: str) -> None:
        super().__init__(_(_MESSAGES[code]))
        self.code = code


@dataclass(frozen=True)
class ProvisionChoice:
    id: int
    kind: str
    title: str


@dataclass(frozen=True)
class IncidentData:
    day: dt.date
    #: Kept as a tuple, whatever sequence is given.
    provision_ids: Sequence[int]
    what_happened: str
    reported_by: str = ""
    child_words: str = ""
    evidence: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "provision_ids", tuple(self.provision_ids))


@dataclass(frozen=True)
class IncidentRow:
    id: int
    day: dt.date
    what_happened: str
    reported_by: str
    child_words: str
    evidence: str
    provisions: tuple[ProvisionChoice, ...] = ()
    entered_at: str = ""

    def data(self) -> IncidentData:
        return IncidentData(
            self.day,
            tuple(p.id for p in self.provisions),
            self.what_happened,
            self.reported_by,
            self.child_words,
            self.evidence,
        )


@dataclass(frozen=True)
class DeletedIncident:
    """What :func:`delete` removed, for :func:`restore` (undo)."""

    row: IncidentRow
    #: The provision links as they were, in the order they were made.
    provision_ids: tuple[int, ...]


def problem(data: IncidentData) -> str | None:
    """Why an incident cannot be saved (a code: NO_WHAT_HAPPENED), or None. The one check, for
    recording and changing alike."""
    if not data.what_happened.strip():
        return NO_WHAT_HAPPENED
    return None


def check(data: IncidentData) -> None:
    """Raise IncidentError (with the plain message) when :func:`problem` finds one."""
    code = problem(data)
    if code is not None:
        raise IncidentError(code)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _choice(p: Provision) -> ProvisionChoice:
    return ProvisionChoice(int(p.id), str(p.kind), str(p.title or ""))


def _link(incident_id: int, provision_ids: Sequence[int]) -> None:
    for pid in dict.fromkeys(provision_ids):
        IncidentProvision.create(incident=incident_id, provision=pid)


def record(data: IncidentData) -> Incident:
    """A new incident, checked; the stored row (for the core's own callers: logbook.record_incident)."""
    check(data)
    with database.atomic():
        incident: Incident = Incident.create(
            date=data.day,
            what_happened=data.what_happened.strip(),
            reported_by=data.reported_by.strip(),
            child_words=data.child_words.strip(),
            evidence=data.evidence.strip(),
            entered_at=_now(),
        )
        _link(incident.id, data.provision_ids)
    return incident


def save(data: IncidentData, incident_id: int | None = None) -> int:
    """Record a new incident, or change one; returns its id. Both are checked the same way."""
    if incident_id is None:
        return int(record(data).id)
    check(data)
    with database.atomic():
        incident = Incident.get_or_none(Incident.id == incident_id)
        if incident is None:
            raise UsageError(_("There is no incident {number}.").format(number=incident_id))
        incident.date = data.day
        incident.what_happened = data.what_happened.strip()
        incident.reported_by = data.reported_by.strip()
        incident.child_words = data.child_words.strip()
        incident.evidence = data.evidence.strip()
        incident.save()
        IncidentProvision.delete().where(IncidentProvision.incident == incident_id).execute()
        _link(incident_id, data.provision_ids)
    return incident_id


def linked_provisions(incident_id: int) -> list[Provision]:
    """The provisions an incident is about, in the IEP's order (stored rows, for the core)."""
    return list(
        Provision.select()
        .join(IncidentProvision, on=(IncidentProvision.provision == Provision.id))
        .where(IncidentProvision.incident == incident_id)
        .order_by(Provision.position)
    )


def query(
    start: dt.date | None = None,
    end: dt.date | None = None,
    provision_id: int | None = None,
    text: str = "",
    limit: int | None = None,
) -> list[Incident]:
    """Stored incidents filtered by date range, one provision and words, newest first (for the core);
    ``limit``: only the newest that many."""
    found = Incident.select()
    if start is not None:
        found = found.where(Incident.date >= start)
    if end is not None:
        found = found.where(Incident.date <= end)
    if provision_id is not None:
        found = found.where(
            Incident.id.in_(
                IncidentProvision.select(IncidentProvision.incident).where(
                    IncidentProvision.provision == provision_id
                )
            )
        )
    if text.strip():
        needle = f"%{text.strip()}%"
        found = found.where(
            Incident.what_happened**needle
            | Incident.child_words**needle
            | Incident.reported_by**needle
            | Incident.evidence**needle
        )
    found = found.order_by(Incident.date.desc(), Incident.id.desc())
    return list(found if limit is None else found.limit(limit))


def provisions_on(day: dt.date) -> list[ProvisionChoice]:
    """Accommodations, modifications, aids and services of the IEP in effect that day."""
    version = in_effect_on(day)
    if version is None:
        return []
    found = [p for p in provisions_of(version) if p.kind in KINDS]
    return [_choice(p) for p in sorted(found, key=lambda p: KINDS.index(p.kind))]  # stable: IEP order kept


def reporter_suggestions() -> list[str]:
    """The contacts' names, in the order the parent keeps them."""
    return [str(c.name) for c in Contact.ordered()]


def provision_filters() -> list[tuple[str, list[int]]]:
    """One filter per provision line (the same accommodation across IEP versions): (name, ids)."""
    roots = lineage_roots()
    groups: dict[int, list[Provision]] = {}
    for p in Provision.select().where(Provision.kind.in_(KINDS)).order_by(Provision.id):
        groups.setdefault(roots.get(p.id, p.id), []).append(p)
    out = [(str(members[-1].title or ""), [int(p.id) for p in members]) for members in groups.values()]
    return sorted(out, key=lambda item: item[0].lower())


def _row(incident: Incident, linked: list[Provision] | None = None) -> IncidentRow:
    return IncidentRow(
        int(incident.id),
        incident.date,
        str(incident.what_happened),
        str(incident.reported_by),
        str(incident.child_words),
        str(incident.evidence),
        tuple(_choice(p) for p in (linked_provisions(incident.id) if linked is None else linked)),
        str(incident.entered_at),
    )


#: Incidents whose links are read in one query (SQLite's limit on bound values is far above it).
_LINKS_AT_ONCE = 500


def _rows(found: list[Incident]) -> list[IncidentRow]:
    """The incidents as rows, their provisions read in a few queries, not one per incident (the
    Overview of a ten-year case has thousands)."""
    linked: dict[int, list[Provision]] = {int(i.id): [] for i in found}
    ids = list(linked)
    for start in range(0, len(ids), _LINKS_AT_ONCE):
        chunk = ids[start : start + _LINKS_AT_ONCE]
        rows = (
            Provision.select(Provision, IncidentProvision.incident.alias("about"))
            .join(IncidentProvision, on=(IncidentProvision.provision == Provision.id))
            .where(IncidentProvision.incident.in_(chunk))
            .order_by(Provision.position, Provision.id)
        )
        for p in rows.objects():
            linked[int(getattr(p, "about"))].append(p)  # noqa: B009 - the alias peewee sets
    return [_row(i, linked[int(i.id)]) for i in found]


def find(
    start: dt.date | None = None,
    end: dt.date | None = None,
    provision_ids: Sequence[int] | None = None,
    text: str = "",
    limit: int | None = None,
) -> list[IncidentRow]:
    """Newest first. ``provision_ids`` is a whole provision line (any of its versions): an incident
    about any of them is found. ``limit``: only the newest that many."""
    if not provision_ids:
        found = query(start, end, None, text, limit)
    else:
        seen: dict[int, Incident] = {}
        for pid in provision_ids:
            for incident in query(start, end, pid, text):
                seen[incident.id] = incident
        found = sorted(seen.values(), key=lambda i: (i.date, i.id), reverse=True)
    return _rows(found if limit is None else found[:limit])


def on_day(day: dt.date) -> list[IncidentRow]:
    return find(day, day, None, "")


def get(incident_id: int) -> IncidentRow | None:
    incident = Incident.get_or_none(Incident.id == incident_id)
    return None if incident is None else _row(incident)


def delete(incident_id: int) -> DeletedIncident | None:
    """Remove an incident and its links; returns what :func:`restore` needs (None: there was none)."""
    with database.atomic():
        row = get(incident_id)
        if row is None:
            return None
        linked: list[Any] = list(
            IncidentProvision.select(IncidentProvision.provision)
            .where(IncidentProvision.incident == incident_id)
            .order_by(IncidentProvision.id)
            .tuples()
        )
        # The incident first: its history keeps the version removed with what it was about (the
        # links go with it, ON DELETE CASCADE; the second delete is for a case without the cascade).
        Incident.delete().where(Incident.id == incident_id).execute()
        IncidentProvision.delete().where(IncidentProvision.incident == incident_id).execute()
    return DeletedIncident(row, tuple(int(pid) for (pid,) in linked))


def restore(snapshot: DeletedIncident) -> int:
    """Put a deleted incident back, under the same id, with the same links; returns the id."""
    row = snapshot.row
    with database.atomic():
        Incident.insert(
            id=row.id,
            date=row.day,
            what_happened=row.what_happened,
            reported_by=row.reported_by,
            child_words=row.child_words,
            evidence=row.evidence,
            entered_at=row.entered_at,
        ).execute()
        _link(row.id, snapshot.provision_ids)
    return row.id
