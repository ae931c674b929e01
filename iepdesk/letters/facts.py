"""The facts a letter cites, read once through the core: the figures of a period per service (from
build_ledger, counted as of the letter's date), the date and reason of every missed or cut-short
session, the IEP version in effect on each cited date, and the incidents and communications chosen.

Every letter kind, the window and the CLI take their facts from ``letter_facts``; the wording is in
iepdesk.letters.wording.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepdesk.i18n import N_, _
from iepdesk.i18n import long_date as _long_date
from iepdesk.iep.versions import in_effect_on
from iepdesk.letters.progress_facts import DisagreementFact, MissingReportFact
from iepdesk.model import Communication, IepVersion, Incident, Provision, ServiceLogEntry
from iepdesk.schedule import logbook
from iepdesk.schedule.figures import LedgerRow
from iepdesk.schedule.ledger import build_ledger, ledger_notes
from iepdesk.schedule.reasons import BY_CODE


def long_date(day: dt.date) -> str:
    """ "December 1, 2026" / "1 de diciembre de 2026", in the language the letter is written in."""
    return _long_date(day)


#: The IEP version's kind in a letter's words (the kind is stored as an identifier).
_VERSION_WORDS = {
    "": N_("the IEP in effect from {date}"),
    "initial": N_("the initial IEP in effect from {date}"),
    "annual": N_("the annual IEP in effect from {date}"),
    "amendment": N_("the amendment IEP in effect from {date}"),
}


def version_words(version: IepVersion | None) -> str:
    """The IEP version as a letter names it: "the annual IEP in effect from September 1, 2025"."""
    if version is None or version.effective_from is None:
        return _("no IEP entered in IEPDesk for that date")
    kind = str(version.kind or "").replace("_", " ").strip()
    day = long_date(version.effective_from)
    if kind in _VERSION_WORDS:
        return _(_VERSION_WORDS[kind]).format(date=day)
    return _("the {kind} IEP in effect from {date}").format(kind=kind, date=day)


@dataclass(frozen=True)
class SessionFact:
    """One session that was missed, cut short or excused."""

    entry_id: int
    day: dt.date
    #: "missed", "cut short" (minutes known) or "cut short, minutes not known", or "excused".
    what: str
    #: The reason's words (iepdesk.schedule.reasons), "" when none was recorded.
    reason: str
    #: Minutes given, for a session cut short whose minutes are known.
    minutes_given: int | None
    minutes_planned: int | None
    iep: str


@dataclass(frozen=True)
class ServiceFacts:
    service_id: int
    service: str
    required: int
    delivered: int
    excused: int
    missed: int
    made_up: int
    owed: int
    not_recorded: int
    minutes_unknown: int
    still_to_come: int
    #: Missed and cut-short sessions, in date order.
    sessions: tuple[SessionFact, ...]
    #: Excused sessions, in date order.
    excused_sessions: tuple[SessionFact, ...]

    @property
    def parts_total(self) -> int:
        """delivered + excused + missed + not recorded + minutes not known: equals required."""
        return self.delivered + self.excused + self.missed + self.not_recorded + self.minutes_unknown


@dataclass(frozen=True)
class PeriodFacts:
    start: dt.date
    end: dt.date
    as_of: dt.date
    services: tuple[ServiceFacts, ...]
    notes: tuple[str, ...]

    @property
    def owed(self) -> int:
        return sum(s.owed for s in self.services)


@dataclass(frozen=True)
class IncidentFact:
    id: int
    day: dt.date
    what_happened: str
    provisions: tuple[str, ...]
    #: What the linked provisions promise, in a letter's words (see wording.promise).
    provision_ids: tuple[int, ...]
    child_words: str
    reported_by: str
    iep: str


@dataclass(frozen=True)
class CommunicationFact:
    id: int
    day: dt.date
    channel: str
    to_school: bool
    subject: str


@dataclass(frozen=True)
class LetterFacts:
    period: PeriodFacts | None
    incidents: tuple[IncidentFact, ...]
    communications: tuple[CommunicationFact, ...]
    #: Progress reports not received past their grace period (letters.progress_facts).
    missing_reports: tuple[MissingReportFact, ...] = ()
    #: Goals whose school-stated status disagrees with the data.
    disagreements: tuple[DisagreementFact, ...] = ()


def _session(entry: ServiceLogEntry, what: str, planned: int | None) -> SessionFact:
    reason = BY_CODE.get(str(entry.reason or "")) if entry.reason else None
    given = entry.minutes if what == "cut short" else None
    return SessionFact(
        entry_id=int(entry.id),
        day=entry.date,
        what=what,
        reason=reason.label if reason else "",
        minutes_given=given,
        minutes_planned=planned,
        iep=version_words(in_effect_on(entry.date)),
    )


def _service_facts(row: LedgerRow) -> ServiceFacts:
    f = row.figures
    wanted = set(f.missed_entries) | set(f.minutes_unknown_entries) | set(f.excused_entries)
    query = ServiceLogEntry.select().where(ServiceLogEntry.id.in_(list(wanted) or [0]))
    entries = {int(e.id): e for e in query}
    planned = {
        int(p.id): p.minutes_per_session
        for p in Provision.select(Provision.id, Provision.minutes_per_session).where(
            Provision.id.in_([int(e.__data__["provision"]) for e in entries.values()] or [0])
        )
    }

    def one(entry_id: int, what: str) -> SessionFact:
        entry = entries[entry_id]
        if what == "missed" and entry.status != "missed":
            what = "cut short"  # delivered or shortened with fewer minutes than planned
        return _session(entry, what, planned.get(int(entry.__data__["provision"])))

    lost = [one(i, "missed") for i in dict.fromkeys(f.missed_entries) if i in entries]
    lost += [one(i, "cut short, minutes not known") for i in f.minutes_unknown_entries if i in entries]
    excused = [one(i, "excused") for i in f.excused_entries if i in entries]
    return ServiceFacts(
        service_id=row.service_id,
        service=row.service,
        required=f.required,
        delivered=f.delivered,
        excused=f.excused,
        missed=f.missed,
        made_up=f.made_up,
        owed=f.owed,
        not_recorded=f.not_recorded,
        minutes_unknown=f.minutes_unknown,
        still_to_come=f.still_to_come,
        sessions=tuple(sorted(lost, key=lambda s: (s.day, s.entry_id))),
        excused_sessions=tuple(sorted(excused, key=lambda s: (s.day, s.entry_id))),
    )


def period_facts(start: dt.date, end: dt.date, as_of: dt.date) -> PeriodFacts:
    """The figures of [start, end] per service, counted as of ``as_of`` (the letter's date)."""
    ledger = build_ledger(start, end, as_of=as_of)
    services = tuple(_service_facts(row) for row in ledger.totals)
    return PeriodFacts(ledger.start, ledger.end, as_of, services, tuple(ledger_notes(ledger)))


def incident_facts(ids: tuple[int, ...]) -> tuple[IncidentFact, ...]:
    """The chosen incidents in date order, each with the IEP version in effect on its date."""
    out = []
    for incident in Incident.select().where(Incident.id.in_(list(ids) or [0])).order_by(Incident.date):
        linked = logbook.incident_provisions(int(incident.id))
        out.append(
            IncidentFact(
                id=int(incident.id),
                day=incident.date,
                what_happened=str(incident.what_happened).strip().rstrip("."),
                provisions=tuple(str(p.title) for p in linked),
                provision_ids=tuple(int(p.id) for p in linked),
                child_words=str(incident.child_words).strip(),
                reported_by=str(incident.reported_by).strip(),
                iep=version_words(in_effect_on(incident.date)),
            )
        )
    return tuple(out)


def communication_facts(ids: tuple[int, ...]) -> tuple[CommunicationFact, ...]:
    query = Communication.select().where(Communication.id.in_(list(ids) or [0])).order_by(Communication.when)
    return tuple(
        CommunicationFact(
            id=int(c.id),
            day=dt.date.fromisoformat(str(c.when)[:10]),
            channel=str(c.channel),
            to_school=c.direction == "to_school",
            subject=str(c.subject).strip(),
        )
        for c in query
    )


def letter_facts(
    incidents: tuple[int, ...],
    communications: tuple[int, ...],
    period: tuple[dt.date, dt.date] | None,
    as_of: dt.date,
    progress: tuple[tuple[str, ...] | None, tuple[int, ...] | None] | None = None,
) -> LetterFacts:
    """Everything a letter cites, counted as of the letter's date. ``progress``: the missing reports
    and the goals whose status disagrees with the data to cite (each None: all the case has; see
    letters.progress_facts), or None for none."""
    from iepdesk.letters import progress_facts

    return LetterFacts(
        period=period_facts(period[0], period[1], as_of) if period else None,
        incidents=incident_facts(incidents),
        communications=communication_facts(communications),
        missing_reports=progress_facts.missing_reports(as_of, progress[0]) if progress else (),
        disagreements=progress_facts.disagreements(as_of, progress[1]) if progress else (),
    )
