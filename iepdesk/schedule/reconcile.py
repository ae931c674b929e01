"""The school's record beside yours: per service and session day, what the school's side says and what
the parent's side says, whether they agree, and what a parent would miss reading them one by one.

The school's side is the school's record (``school_record``, what the import adds) and the provider's
log (``provider_log``: the provider is school staff). The parent's side is what the parent saw, what
the child reported, and entries with no source. Each side's records of one session are taken the way
the ledger takes them (records.py, "Two records of one session"): per source, in content order; the
k-th session of a side is the k-th entry of each of its sources, said by the one first in
``SOURCE_ORDER``. The k-th session of one side is set beside the k-th of the other.

Nothing here changes what the ledger counts: it only reads (docs/counting-rules.md, "The school's
record beside yours").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from iepdesk.i18n import N_, _
from iepdesk.model import Provision, ServiceLogEntry
from iepdesk.model.calendar import LogReason, LogSource, LogStatus
from iepdesk.model.iep import Delivery
from iepdesk.schedule import reasons
from iepdesk.schedule.expected import fetch_plain, lineage_roots
from iepdesk.schedule.records import SOURCE_ORDER, entries_between, source_words, status_words

#: The school's side: its own record and the provider's log.
SCHOOL_SIDE = (LogSource.PROVIDER_LOG.value, LogSource.SCHOOL_RECORD.value)
#: The parent's side: what the parent saw, what the child said, and entries with no source.
PARENT_SIDE = (LogSource.PARENT_SAW.value, LogSource.CHILD_REPORTED.value, "")


class Agreement(StrEnum):
    AGREE = "agree"
    DISAGREE = "disagree"
    SCHOOL_ONLY = "school_only"
    PARENT_ONLY = "parent_only"


class Flag(StrEnum):
    #: The IEP says individual; a record of the session says group.
    GROUP = "group"
    #: The school's record gives other minutes per session than the IEP in effect, session after session.
    MINUTES_CHANGED = "minutes_changed"
    #: The provider named in the records is not the one named before.
    PROVIDER_CHANGED = "provider_changed"


#: How a possible change of minutes is said (34 CFR 300.503(a), in LEGAL-FACTS.md's words only).
PRIOR_NOTICE = N_(
    "Prior written notice is required a reasonable time before the district proposes or refuses to "
    "change the provision of FAPE (34 CFR 300.503(a)); ask whether a change was proposed."
)

_GROUP = re.compile(r"(?<![\w-])(?<!no )(?<!not )group\b", re.IGNORECASE)
_PROVIDER = re.compile(r"\b(?:provider|therapist|staff)\s*[:=]\s*([^;|\n]+)", re.IGNORECASE)


@dataclass(frozen=True)
class SideRecord:
    """One side's record of a session: the entry said (first in the order of sources) and all of the
    side's entries behind it."""

    entry_id: int
    source: str
    status: str
    minutes: int | None
    reason: str | None
    note: str
    entry_ids: tuple[int, ...]


@dataclass(frozen=True)
class SessionRow:
    service_id: int
    service: str
    date: dt.date
    school: SideRecord | None
    parent: SideRecord | None
    agreement: Agreement
    #: What differs when they disagree: "status", "minutes", "reason".
    differences: tuple[str, ...] = ()
    flags: tuple[Flag, ...] = ()
    #: The provider named in the session's records ("" when none is).
    provider: str = ""

    @property
    def entry_ids(self) -> tuple[int, ...]:
        ids = (self.school.entry_ids if self.school else ()) + (self.parent.entry_ids if self.parent else ())
        return tuple(sorted(ids))

    @property
    def sentence(self) -> str:
        """Both records in words: "The school's record says delivered (30 min); you logged missed (what
        the child said)." (the window says it in its own translated words)."""
        school, parent = self.school, self.parent
        if school is not None:
            who, what = _who(school.source).capitalize(), _what(school)
            if parent is not None:
                return _("{who} says {what}; you logged {said}.").format(
                    who=who, what=what, said=_what(parent, source=True)
                )
            return _("{who} says {what}; you logged nothing.").format(who=who, what=what)
        if parent is not None:
            return _("The school's record has no entry; you logged {said}.").format(
                said=_what(parent, source=True)
            )
        return _("The school's record has no entry; you logged nothing.")


@dataclass(frozen=True)
class MinutesChange:
    service_id: int
    service: str
    first: dt.date
    minutes: int
    iep_minutes: int
    sessions: int

    @property
    def sentence(self) -> str:
        return _(
            "{service}: from {day}, the school's record gives {minutes} min a session on {sessions} "
            "sessions marked delivered; the IEP in effect says {iep_minutes} min, and no IEP change is "
            "entered. A possible change without prior written notice. {prior_notice}"
        ).format(
            service=self.service,
            day=self.first.isoformat(),
            minutes=self.minutes,
            sessions=self.sessions,
            iep_minutes=self.iep_minutes,
            prior_notice=_(PRIOR_NOTICE),
        )


@dataclass(frozen=True)
class ProviderChange:
    service_id: int
    service: str
    date: dt.date
    before: str
    after: str


@dataclass(frozen=True)
class Reconciliation:
    start: dt.date
    end: dt.date
    as_of: dt.date
    sessions: list[SessionRow]
    minutes_changes: list[MinutesChange] = field(default_factory=list)
    provider_changes: list[ProviderChange] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        """Sessions per agreement ("agree", "disagree", "school_only", "parent_only"), all four."""
        found = Counter(s.agreement.value for s in self.sessions)
        return {a.value: found.get(a.value, 0) for a in Agreement}

    @property
    def flag_counts(self) -> dict[str, int]:
        """Sessions per flag ("group", "minutes_changed", "provider_changed"), all three."""
        found = Counter(f.value for s in self.sessions for f in s.flags)
        return {f.value: found.get(f.value, 0) for f in Flag}

    @property
    def has_school_records(self) -> bool:
        return any(s.school is not None for s in self.sessions)

    def of(self, agreement: Agreement) -> list[SessionRow]:
        return [s for s in self.sessions if s.agreement == agreement]

    def flagged(self) -> list[SessionRow]:
        return [s for s in self.sessions if s.flags]


# ---- words ----------------------------------------------------------------------------------------
def _who(source: str) -> str:
    return source_words(source)


def _reason_label(code: str | None) -> str:
    return reasons.reason_label(code)


def _what(record: SideRecord, source: bool = False) -> str:
    """ "delivered (30 min)", "missed (Student absent)", "missed (what the child said)"."""
    bits = []
    if record.status != LogStatus.MISSED.value and record.minutes is not None:
        bits.append(_("{minutes} min").format(minutes=record.minutes))
    if record.reason and record.reason != LogReason.UNKNOWN.value:
        bits.append(_reason_label(record.reason))
    if source and record.source:
        bits.append(_who(record.source))
    words = status_words(record.status)
    return f"{words} ({', '.join(bits)})" if bits else words


# ---- reading the notes ----------------------------------------------------------------------------
def says_group(note: str) -> bool:
    """A record's note says the session was in a group ("Group", "group of 3"; not "no group")."""
    return bool(_GROUP.search(note or ""))


def provider_in(note: str) -> str:
    """The provider a note names ("Provider: Ms. Lee; …" → "Ms. Lee"), or ""."""
    found = _PROVIDER.search(note or "")
    return found.group(1).strip().rstrip(".,") if found else ""


# ---- the comparison -------------------------------------------------------------------------------
def _rank(source: str) -> int:
    return SOURCE_ORDER.index(source) if source in SOURCE_ORDER else len(SOURCE_ORDER)


_STATUS_RANK = {
    LogStatus.DELIVERED.value: 0,
    LogStatus.SHORTENED.value: 1,
    LogStatus.MISSED.value: 2,
    LogStatus.MAKEUP.value: 3,
}


def _content(e: Any) -> tuple[object, ...]:
    minutes = e.minutes if e.minutes is not None else 10**6
    return (_STATUS_RANK.get(e.status, 9), -minutes, e.reason or "", e.note or "", e.id)


def _side_sessions(entries: list[Any]) -> list[SideRecord]:
    by_source: dict[str, list[Any]] = defaultdict(list)
    for e in entries:
        by_source[e.source or ""].append(e)
    ordered = [sorted(es, key=_content) for es in by_source.values()]
    out = []
    for k in range(max((len(es) for es in ordered), default=0)):
        members = sorted((es[k] for es in ordered if len(es) > k), key=lambda e: _rank(e.source or ""))
        first = members[0]
        out.append(
            SideRecord(
                first.id,
                first.source or "",
                first.status,
                first.minutes,
                first.reason,
                first.note or "",
                tuple(sorted(m.id for m in members)),
            )
        )
    return out


def _differences(school: SideRecord, parent: SideRecord, planned: int | None) -> tuple[str, ...]:
    """What differs. Minutes left empty mean "as planned" (the IEP's minutes per session) for a
    delivered session or a make-up; a missed session's minutes are not compared, its reasons are
    (an empty reason is "unknown")."""
    if school.status != parent.status:
        return ("status",)
    status = school.status
    if status == LogStatus.MISSED.value:
        unknown = LogReason.UNKNOWN.value
        return ("reason",) if (school.reason or unknown) != (parent.reason or unknown) else ()

    def minutes(r: SideRecord) -> int | None:
        if r.minutes is None and status in (LogStatus.DELIVERED.value, LogStatus.MAKEUP.value):
            return planned
        return r.minutes

    return ("minutes",) if minutes(school) != minutes(parent) else ()


def has_school_side() -> bool:
    """Whether the log holds any entry from the school's side (its record or a provider's log)."""
    return bool(ServiceLogEntry.select().where(ServiceLogEntry.source.in_(SCHOOL_SIDE)).exists())


def reconcile(start: dt.date, end: dt.date, as_of: dt.date | None = None) -> Reconciliation:
    """The school's record beside the parent's for the sessions dated in [start, end], up to the as-of
    day (today when None). Reads only."""
    if end < start:
        raise ValueError(_("The end date is before the start date."))
    as_of = as_of or dt.date.today()
    last = min(end, as_of)
    raw = entries_between(start, last) if last >= start else []
    roots = lineage_roots()
    plans: dict[int, tuple[int | None, str | None, str]] = {
        pid: (mps, delivery, str(title or _("service {id}").format(id=pid)))
        for pid, mps, delivery, title in fetch_plain(
            Provision.select(
                Provision.id, Provision.minutes_per_session, Provision.delivery, Provision.title
            ).order_by(Provision.id)
        )
    }
    names: dict[int, str] = {}
    for pid, (_m, _d, title) in plans.items():
        names[roots.get(pid, pid)] = title  # the newest provision's title names the service
    days: dict[tuple[int, dt.date], tuple[list[Any], list[Any]]] = defaultdict(lambda: ([], []))
    for e in raw:
        school_side = (e.source or "") in SCHOOL_SIDE
        days[(roots.get(e.provision, e.provision), e.date)][0 if school_side else 1].append(e)
    provision_of = {e.id: e.provision for e in raw}
    notes_of = {e.id: e.note or "" for e in raw}

    sessions: list[SessionRow] = []
    for (service_id, day), (school_entries, parent_entries) in sorted(
        days.items(), key=lambda kv: kv[0][::-1]
    ):
        school = _side_sessions(school_entries)
        parent = _side_sessions(parent_entries)
        for k in range(max(len(school), len(parent))):
            s = school[k] if k < len(school) else None
            p = parent[k] if k < len(parent) else None
            said = s or p
            assert said is not None
            planned, delivery, _title = plans.get(provision_of[said.entry_id], (None, None, ""))
            if s is not None and p is not None:
                differ = _differences(s, p, planned)
                agreement = Agreement.DISAGREE if differ else Agreement.AGREE
            else:
                differ = ()
                agreement = Agreement.SCHOOL_ONLY if s is not None else Agreement.PARENT_ONLY
            ids = (s.entry_ids if s else ()) + (p.entry_ids if p else ())
            flags: list[Flag] = []
            if delivery == Delivery.INDIVIDUAL.value and any(says_group(notes_of[i]) for i in ids):
                flags.append(Flag.GROUP)
            provider = next((n for n in (provider_in(notes_of[i]) for i in ids) if n), "")
            sessions.append(
                SessionRow(
                    service_id,
                    names.get(service_id, ""),
                    day,
                    s,
                    p,
                    agreement,
                    differ,
                    tuple(flags),
                    provider,
                )
            )
    sessions.sort(key=lambda r: (r.date, r.service, r.service_id))
    minutes_changes = _minutes_changes(sessions, provision_of, plans)
    provider_changes = _provider_changes(sessions)
    flagged: dict[int, set[Flag]] = defaultdict(set)
    for i, row in enumerate(sessions):
        s = row.school
        if s is None:
            continue
        for change in minutes_changes:
            if (
                change.service_id == row.service_id
                and row.date >= change.first
                and s.status == LogStatus.DELIVERED.value
                and s.minutes == change.minutes
            ):
                flagged[i].add(Flag.MINUTES_CHANGED)
    for moved in provider_changes:
        for i, row in enumerate(sessions):
            if row.service_id == moved.service_id and row.date == moved.date:
                flagged[i].add(Flag.PROVIDER_CHANGED)
    for i, more in flagged.items():
        row = sessions[i]
        all_flags = tuple(f for f in Flag if f in set(row.flags) | more)
        sessions[i] = SessionRow(
            row.service_id,
            row.service,
            row.date,
            row.school,
            row.parent,
            row.agreement,
            row.differences,
            all_flags,
            row.provider,
        )
    return Reconciliation(start, end, as_of, sessions, minutes_changes, provider_changes)


def _day_first(item: tuple[tuple[int, dt.date], object]) -> tuple[dt.date, int]:
    return item[0][1], item[0][0]


#: A number of minutes seen on this many delivered sessions is a change, not one short day.
MINUTES_CHANGE_SESSIONS = 2


def _minutes_changes(
    sessions: list[SessionRow],
    provision_of: dict[int, int],
    plans: dict[int, tuple[int | None, str | None, str]],
) -> list[MinutesChange]:
    """Per service, the school's record marks sessions delivered with the same other minutes than the
    IEP in effect (the entry's own provision) on at least MINUTES_CHANGE_SESSIONS sessions."""
    seen: dict[tuple[int, int, int], list[dt.date]] = defaultdict(list)
    names: dict[int, str] = {}
    for row in sessions:
        s = row.school
        if s is None or s.status != LogStatus.DELIVERED.value or s.minutes is None:
            continue
        planned = plans.get(provision_of[s.entry_id], (None, None, ""))[0]
        if planned is None or s.minutes == planned:
            continue
        seen[(row.service_id, s.minutes, planned)].append(row.date)
        names[row.service_id] = row.service
    out = [
        MinutesChange(sid, names[sid], min(dates), minutes, planned, len(dates))
        for (sid, minutes, planned), dates in seen.items()
        if len(dates) >= MINUTES_CHANGE_SESSIONS
    ]
    return sorted(out, key=lambda c: (c.first, c.service, c.minutes))


def _provider_changes(sessions: list[SessionRow]) -> list[ProviderChange]:
    """Per service, in date order, a session naming another provider than the last one named."""
    last: dict[int, str] = {}
    out = []
    for row in sessions:
        if not row.provider:
            continue
        before = last.get(row.service_id)
        if before is not None and before.casefold() != row.provider.casefold():
            out.append(ProviderChange(row.service_id, row.service, row.date, before, row.provider))
        last[row.service_id] = row.provider
    return out
