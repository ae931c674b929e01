"""What goes in the meeting binder: the parent's choices, and the case data for each section.

Kept apart from the layout (binder_pdf.py) so the same gathering serves the PDF and its tests.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from peewee import fn

from iepdesk.comms import log as comms_log
from iepdesk.deadlines.iep_meetings import next_iep_meeting
from iepdesk.export import binder_words as words
from iepdesk.export.binder_progress import BinderProgress, ProgressRow, gather_progress
from iepdesk.export.binder_sessions import ServiceSessions, lost_sessions
from iepdesk.i18n import N_, _, long_date
from iepdesk.iep import clarity
from iepdesk.iep.versions import in_effect_on, provisions_of
from iepdesk.model import (
    CaseSetting,
    Child,
    Communication,
    Contact,
    Document,
    IepVersion,
    Incident,
    IncidentProvision,
    Provision,
    ServiceLogEntry,
)
from iepdesk.schedule.ledger import Ledger, build_ledger

#: The sections, in order, with their titles (marked for the catalogue: translate with ``_`` where
#: shown, as ``section_title`` does).
SECTIONS = (
    ("contacts", N_("Team contacts")),
    ("iep", N_("The IEP in effect")),
    ("ledger", N_("Services: minutes required and delivered")),
    ("incidents", N_("Incidents")),
    ("communications", N_("Communications")),
    ("progress", N_("Progress reports")),
    ("concerns", N_("Parent concerns")),
    ("documents", N_("Documents")),
)
SETTING_KEY = "binder_options"


def section_title(key: str) -> str:
    """A section's title in the current language."""
    return _(dict(SECTIONS)[key])


@dataclass
class BinderOptions:
    start: dt.date
    end: dt.date
    sections: list[str] = field(default_factory=lambda: [s for s, _ in SECTIONS])
    document_ids: list[int] = field(default_factory=list)
    page_size: str = "letter"  # or "a4"
    #: Start each section on a right-hand page, for double-sided printing.
    duplex: bool = False
    meeting_date: dt.date | None = None
    prepared_by: str = ""
    concerns: str = ""

    def to_json(self) -> str:
        data: dict[str, Any] = asdict(self)
        for key in ("start", "end", "meeting_date"):
            value = data[key]
            data[key] = value.isoformat() if value else None
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> BinderOptions:
        data = json.loads(text)
        for key in ("start", "end", "meeting_date"):
            data[key] = dt.date.fromisoformat(data[key]) if data.get(key) else None
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The period a parent means: since the IEP in effect today started, or since the log starts,
    whichever is later, up to today. With neither, the last twelve months."""
    version = in_effect_on(today)
    iep_start = version.effective_from if version is not None else None
    first_logged = (
        ServiceLogEntry.select(fn.MIN(ServiceLogEntry.date)).where(ServiceLogEntry.date <= today).scalar()
    )
    if isinstance(first_logged, str):
        first_logged = dt.date.fromisoformat(first_logged[:10])
    starts = [d for d in (iep_start, first_logged) if d is not None and d <= today]
    return (max(starts) if starts else today - dt.timedelta(days=365)), today


def remembered_options(today: dt.date) -> BinderOptions:
    """The choices made last time for this case, or sensible ones (see default_period)."""
    row = CaseSetting.get_or_none(CaseSetting.key == SETTING_KEY)
    if row is not None:
        try:
            return BinderOptions.from_json(str(row.value))
        except (ValueError, TypeError, KeyError):
            pass
    child = Child.the_child()
    start, end = default_period(today)
    return BinderOptions(start=start, end=end, prepared_by=str(child.parent_name))


def remember_options(options: BinderOptions) -> None:
    CaseSetting.insert(key=SETTING_KEY, value=options.to_json()).on_conflict_replace().execute()


@dataclass(frozen=True)
class ProvisionRow:
    kind: str
    title: str
    details: str
    wording: str
    page_ref: str
    findings: list[str]


@dataclass(frozen=True)
class IncidentRow:
    date: dt.date
    what: str
    provisions: str
    reported_by: str
    child_words: str
    evidence: str
    #: The incident's id, for when it was written (binder_written); 0 when not known.
    record_id: int = 0


@dataclass(frozen=True)
class CommunicationRow:
    when: str
    channel: str
    direction: str
    people: str
    subject: str
    summary: str
    #: The communication's id, for when it was written (binder_written); 0 when not known.
    record_id: int = 0


@dataclass
class BinderData:
    options: BinderOptions
    child: dict[str, str]
    contacts: list[dict[str, str]]
    version_label: str
    version_dates: str
    provisions: list[ProvisionRow]
    ledger: Ledger | None
    incidents: list[IncidentRow]
    communications: list[CommunicationRow]
    progress: list[ProgressRow]
    documents: list[Document]
    #: The day the binder is made: figures are counted as of it, reports due after it are not late.
    today: dt.date = field(default_factory=dt.date.today)
    #: The meeting the binder is for: the parent's choice, else the next meeting in the log.
    meeting_date: dt.date | None = None
    #: Per service, the sessions missed or cut short (empty without the ledger section).
    lost: list[ServiceSessions] = field(default_factory=list)
    #: The progress section's reports and goals (binder_progress); ``progress`` is its ``rows``.
    progress_data: BinderProgress = field(default_factory=lambda: BinderProgress([], []))

    @property
    def concerns(self) -> str:
        return self.options.concerns.strip()


def _service_details(p: Provision) -> str:
    bits = []
    if p.minutes_per_session and p.sessions_per_period and p.period:
        bits.append(words.service_frequency(int(p.minutes_per_session), int(p.sessions_per_period), p.period))
    if p.delivery:
        bits.append(words.word(words.DELIVERY, p.delivery))
    if p.location:
        bits.append(_("in {place}").format(place=p.location))
    if p.provider_role:
        bits.append(_("by {provider}").format(provider=p.provider_role))
    if p.applies_when:
        bits.append(_("when: {when}").format(when=p.applies_when))
    how = words.HOW_GIVEN.get(str(p.how_given or ""))
    if how:
        bits.append(_(how))
    if p.baseline:
        bits.append(_("baseline: {baseline}").format(baseline=p.baseline))
    if p.target:
        bits.append(_("target: {target}").format(target=p.target))
    if p.measurement:
        bits.append(_("measured by {measure}").format(measure=p.measurement))
    if p.reporting_schedule:
        bits.append(_("reported {schedule}").format(schedule=p.reporting_schedule))
    return "; ".join(bits)


def gather(
    options: BinderOptions, today: dt.date | None = None, tick: Callable[[], None] | None = None
) -> BinderData:
    """The case data for each section; ``today`` (for tests) is also the ledger's as-of date.
    ``tick`` is called between the slow reads (a build's Cancel is heard there: it may raise)."""
    told = tick or (lambda: None)
    as_of = today
    today = today or dt.date.today()
    child = Child.the_child()
    version: IepVersion | None = in_effect_on(options.end) or in_effect_on(options.start)
    provisions = []
    if version is not None:
        for p in provisions_of(version):
            provisions.append(
                ProvisionRow(
                    kind=words.word(words.PROVISION_KINDS, p.kind),
                    title=str(p.title or p.area or ""),
                    details=_service_details(p),
                    wording=str(p.iep_wording),
                    page_ref=str(p.page_ref),
                    findings=[_finding_text(f) for f in clarity.check(p, str(child.name))],
                )
            )
    incidents = []
    about_by_incident: dict[int, list[str]] = {}
    links: list[Any] = list(  # (incident id, provision title) rows
        IncidentProvision.select(IncidentProvision.incident, Provision.title)
        .join(Provision, on=(IncidentProvision.provision == Provision.id))
        .order_by(Provision.position)
        .tuples()
    )
    for incident_id, title in links:
        about_by_incident.setdefault(int(incident_id), []).append(str(title))
    for i in (
        Incident.select()
        .where((Incident.date >= options.start) & (Incident.date <= options.end))
        .order_by(Incident.date, Incident.id)
    ):
        about = ", ".join(about_by_incident.get(i.id, []))
        incidents.append(
            IncidentRow(
                i.date,
                str(i.what_happened),
                about,
                str(i.reported_by),
                str(i.child_words),
                str(i.evidence),
                record_id=int(i.id),
            )
        )
    told()
    comms = []
    for c in comms_log.between(options.start, options.end):
        people = ", ".join(str(p.name) for p in comms_log.people_of(c.id))
        if c.other_people:
            people = ", ".join(x for x in (people, str(c.other_people)) if x)
        comms.append(
            CommunicationRow(
                str(c.when).replace("T", " "),
                words.word(words.CHANNELS, c.channel),
                _(words.DIRECTIONS["to_school" if c.direction == "to_school" else "from_school"]),
                people,
                str(c.subject),
                _summary(str(c.body)),
                record_id=int(c.id),
            )
        )
    told()
    progress_data = gather_progress(options.start, options.end, today)
    told()
    documents = [
        Document.get_by_id(i) for i in options.document_ids if Document.get_or_none(Document.id == i)
    ]
    # Built whatever the sections: the first page gives its figures.
    ledger = build_ledger(options.start, options.end, "month", as_of=as_of)
    told()
    lost = lost_sessions(ledger)
    return BinderData(
        options=options,
        child={
            "name": str(child.name),
            "school": str(child.school),
            "district": str(child.district),
            "grade": str(child.grade),
            "dob": child.date_of_birth.isoformat() if child.date_of_birth else "",
        },
        contacts=[
            {"name": str(c.name), "role": str(c.role), "email": str(c.email), "phone": str(c.phone)}
            for c in Contact.ordered()
        ],
        version_label=(
            words.version_label(version.kind)
            if version
            else _("No IEP is recorded as in effect for these dates")
        ),
        version_dates=_version_dates(version),
        provisions=provisions,
        ledger=ledger,
        incidents=incidents,
        communications=comms,
        progress=progress_data.rows,
        documents=documents,
        today=today,
        meeting_date=options.meeting_date or _next_meeting(today),
        lost=lost,
        progress_data=progress_data,
    )


def _next_meeting(today: dt.date) -> dt.date | None:
    """The next IEP meeting from today on (a draft IEP's meeting date, or a meeting logged in the
    communications): the one home of "the next IEP meeting", as the deadlines count it."""
    found = next_iep_meeting(today)
    return None if found is None else found.day


def _finding_text(f: clarity.Finding) -> str:
    """A clarity note as printed: its risk, which quotes the words itself; the words first only
    when the risk does not already quote them (no "access to x: 'access to x' …")."""
    if not f.words or f"'{f.words}'" in f.risk:
        return f.risk
    return f"'{f.words}': {f.risk}"


def _version_dates(version: IepVersion | None) -> str:
    """ "in effect from September 1, 2025 to August 31, 2026" (or "… until replaced")."""
    if version is None or version.effective_from is None:
        return ""
    start = long_date(version.effective_from)
    if version.effective_to:
        return _("in effect from {start} to {end}").format(start=start, end=long_date(version.effective_to))
    return _("in effect from {start} until replaced").format(start=start)


def _summary(body: str, limit: int = 600) -> str:
    text = " ".join(body.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def communications_in(start: dt.date, end: dt.date) -> list[Communication]:
    return comms_log.between(start, end)
