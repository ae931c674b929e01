"""The service log as a reader needs it: the services of a day, the entries of a day, of a span of
days or behind a figure, and what "mark the week delivered" proposes. Everything comes out as frozen
values; changing the log is entry_edits' and logbook's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from iepdesk.iep.versions import in_effect_on, provisions_of
from iepdesk.model import IepVersion, Provision, ServiceLogEntry
from iepdesk.model.iep import ProvisionKind, VersionStatus
from iepdesk.schedule.expected import lineage_roots
from iepdesk.schedule.logbook import logged_in_span, week_plan
from iepdesk.schedule.month import DayCell, MonthView, WeekLine

#: SQLite's limit on the variables of one query.
_CHUNK = 500


@dataclass(frozen=True)
class ServiceChoice:
    """A service the parent can log on a day: its line (service_id) and the provision in effect."""

    service_id: int
    provision_id: int
    name: str
    minutes_per_session: int
    #: Expected on that very day (fixed weekdays, daily services) and not logged yet.
    due: bool = False
    #: A weekly service with no fixed day whose week still owes sessions.
    open_in_week: bool = False
    #: The IEP names its weekdays (its sessions are expected on those days only).
    fixed_days: bool = False


@dataclass(frozen=True)
class EntryRow:
    """One entry of the service log, as read."""

    id: int
    day: dt.date
    provision_id: int
    #: The provision's title ("Speech therapy").
    service: str
    status: str
    minutes: int | None
    reason: str | None
    source: str | None
    note: str
    #: How it counts beside another source's record of that session: "", "separate" or "preferred".
    counting: str = ""


@dataclass(frozen=True)
class WeekSessions:
    """One weekly service in "mark the week delivered": the days its sessions are put on."""

    service_id: int
    name: str
    sessions: int
    minutes_per_session: int
    days: tuple[dt.date, ...]
    #: Sessions already logged that week (the core leaves that many days alone).
    logged: int
    fixed_days: bool


def _active(p: Provision, day: dt.date) -> bool:
    return (p.start_date is None or p.start_date <= day) and (p.end_date is None or day <= p.end_date)


def services_on(day: dt.date) -> list[ServiceChoice]:
    """The services of the IEP in effect that day (the ones that have an amount to log against)."""
    version = in_effect_on(day)
    if version is None:
        return []
    roots = lineage_roots()
    return [
        ServiceChoice(
            roots.get(p.id, p.id),
            p.id,
            str(p.title or ""),
            int(p.minutes_per_session or 0),
            fixed_days=bool(str(p.days_of_week or "").strip()),
        )
        for p in provisions_of(version)
        if p.kind == ProvisionKind.SERVICE.value and _active(p, day)
    ]


def all_services() -> list[tuple[int, str]]:
    """Every service of every final IEP version: (provision id, "Speech therapy — Annual IEP …")."""
    out = []
    versions = IepVersion.select().where(IepVersion.status == VersionStatus.FINAL.value)
    for version in versions.order_by(IepVersion.effective_from.desc(), IepVersion.id.desc()):
        for p in provisions_of(version):
            if p.kind == ProvisionKind.SERVICE.value:
                out.append((int(p.id), f"{p.title} — {version.label()}"))
    return out


def choices_for_day(cell: DayCell, week_lines: list[WeekLine]) -> list[ServiceChoice]:
    """The day's services, each marked ``due`` (expected that very day, no entry yet) or
    ``open_in_week`` (a weekly service with no fixed day whose week still owes sessions)."""
    logged = {s.service_id for s in cell.logged}
    fixed = {sid for sid, _name in cell.expected}
    due = fixed - logged
    open_in_week = set()
    if cell.school_day:
        open_in_week = {
            line.service_id
            for line in week_lines
            if line.logged < line.owed and line.service_id not in logged and line.service_id not in fixed
        }
    return [
        replace(c, due=c.service_id in due, open_in_week=c.service_id in open_in_week and not c.fixed_days)
        for c in services_on(cell.day)
    ]


def likely(choices: list[ServiceChoice]) -> list[ServiceChoice]:
    """The sessions a quick "delivered" or "missed" most likely means: those expected that day, else
    the weekly ones still owed."""
    return [c for c in choices if c.due] or [c for c in choices if c.open_in_week]


def week_lines_of(view: MonthView, day: dt.date) -> list[WeekLine]:
    for week, lines in zip(view.weeks, view.week_lines, strict=True):
        if any(cell.day == day for cell in week):
            return lines
    return []


def cell_of(view: MonthView, day: dt.date) -> DayCell | None:
    for week in view.weeks:
        for cell in week:
            if cell.day == day:
                return cell
    return None


def week_sessions(day: dt.date) -> list[WeekSessions]:
    titles = _titles()
    out = []
    for plan in week_plan(day):
        slot = plan.slot
        out.append(
            WeekSessions(
                slot.service_id,
                titles.get(slot.provision_id, ""),
                slot.sessions,
                slot.minutes_per_session,
                plan.days,
                logged_in_span(slot.provision_id, slot.bucket.start, slot.bucket.end),
                bool(slot.session_days),
            )
        )
    return out


def _titles() -> dict[int, str]:
    return {int(p.id): str(p.title or "") for p in Provision.select(Provision.id, Provision.title)}


def service_title(provision_id: int) -> str:
    """A provision's title ("" when there is none)."""
    p = Provision.get_or_none(Provision.id == provision_id)
    return str(p.title or "") if p is not None else ""


def service_period(service_id: int) -> str:
    """A service's period ("week", "month", …; "" when unknown)."""
    p = Provision.get_or_none(Provision.id == service_id)
    return str(p.period or "") if p is not None else ""


def _row(e: ServiceLogEntry, titles: dict[int, str]) -> EntryRow:
    pid = int(e.__data__["provision"])
    return EntryRow(
        int(e.id),
        e.date,
        pid,
        titles.get(pid, ""),
        str(e.status),
        e.minutes,
        e.reason,
        e.source,
        str(e.note or ""),
        str(e.counting or ""),
    )


def entries_between(first: dt.date, last: dt.date) -> list[EntryRow]:
    """The entries from ``first`` to ``last``, both included, by day then id."""
    titles = _titles()
    query = (
        ServiceLogEntry.select()
        .where((ServiceLogEntry.date >= first) & (ServiceLogEntry.date <= last))
        .order_by(ServiceLogEntry.date, ServiceLogEntry.id)
    )
    return [_row(e, titles) for e in query]


def entries_on(day: dt.date) -> list[EntryRow]:
    """The entries of one day, in the order they were made."""
    return entries_between(day, day)


def entries_by_id(ids: list[int]) -> list[EntryRow]:
    """The entries behind a ledger figure, by date (then service, then id)."""
    if not ids:
        return []
    titles = _titles()
    rows: list[EntryRow] = []
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start : start + _CHUNK]
        rows += [_row(e, titles) for e in ServiceLogEntry.select().where(ServiceLogEntry.id.in_(chunk))]
    return sorted(rows, key=lambda r: (r.day, r.service, r.id))


def entry(entry_id: int) -> EntryRow | None:
    """One entry, or None when it is gone."""
    found = ServiceLogEntry.get_or_none(ServiceLogEntry.id == entry_id)
    return _row(found, _titles()) if found is not None else None
