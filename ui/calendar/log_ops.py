"""The service log as the calendar needs it: the services of a day, the entries behind figures, and
editing an entry. Everything goes through iepdesk.schedule and the models; no widget here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from iepdesk.errors import UsageError
from iepdesk.iep.versions import in_effect_on, provisions_of
from iepdesk.model import IepVersion, Provision, ServiceLogEntry, database
from iepdesk.model.calendar import LogReason, LogSource, LogStatus
from iepdesk.model.iep import ProvisionKind, VersionStatus
from iepdesk.schedule.expected import lineage_roots
from iepdesk.schedule.logbook import set_counting, week_plan
from iepdesk.schedule.month import DayCell, MonthView, WeekLine


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
    id: int
    day: dt.date
    provision_id: int
    service: str
    status: str
    minutes: int | None
    reason: str | None
    source: str | None
    note: str
    #: How it counts beside another source's record of that session: "", "separate" or "preferred".
    counting: str = ""


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
                out.append((p.id, f"{p.title} — {version.label()}"))
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


def week_sessions(day: dt.date) -> list[WeekSessions]:
    titles = _titles()
    out = []
    for plan in week_plan(day):
        slot = plan.slot
        logged = (
            ServiceLogEntry.select()
            .where(
                (ServiceLogEntry.provision == slot.provision_id)
                & (ServiceLogEntry.date >= slot.bucket.start)
                & (ServiceLogEntry.date <= slot.bucket.end)
                & (ServiceLogEntry.status != LogStatus.MAKEUP.value)
            )
            .count()
        )
        out.append(
            WeekSessions(
                slot.service_id,
                titles.get(slot.provision_id, ""),
                slot.sessions,
                slot.minutes_per_session,
                plan.days,
                int(logged),
                bool(slot.session_days),
            )
        )
    return out


def _title_of(provision_id: int) -> str:
    p = Provision.get_or_none(Provision.id == provision_id)
    return str(p.title or "") if p is not None else ""


def _row(e: ServiceLogEntry, titles: dict[int, str]) -> EntryRow:
    pid = int(e.__data__["provision"])
    return EntryRow(
        e.id,
        e.date,
        pid,
        titles.get(pid, ""),
        e.status,
        e.minutes,
        e.reason,
        e.source,
        str(e.note or ""),
        str(e.counting or ""),
    )


def _titles() -> dict[int, str]:
    return {p.id: str(p.title or "") for p in Provision.select(Provision.id, Provision.title)}


def entries_on(day: dt.date) -> list[EntryRow]:
    titles = _titles()
    query = ServiceLogEntry.select().where(ServiceLogEntry.date == day).order_by(ServiceLogEntry.id)
    return [_row(e, titles) for e in query]


def entries_by_id(ids: list[int]) -> list[EntryRow]:
    """The entries behind a ledger figure, by date."""
    if not ids:
        return []
    titles = _titles()
    rows: list[EntryRow] = []
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), 500):  # SQLite's variable limit
        chunk = unique[start : start + 500]
        rows += [_row(e, titles) for e in ServiceLogEntry.select().where(ServiceLogEntry.id.in_(chunk))]
    return sorted(rows, key=lambda r: (r.day, r.service, r.id))


def service_period(service_id: int) -> str:
    p = Provision.get_or_none(Provision.id == service_id)
    return str(p.period or "") if p is not None else ""


EDITABLE = ("provision", "date", "status", "minutes", "reason", "source", "note", "counting")


def entry_values(entry_id: int) -> dict[str, Any]:
    row = ServiceLogEntry.get_by_id(entry_id)
    return {name: row.__data__.get(name) for name in EDITABLE}


def update_entry(entry_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Change an entry; returns its previous values (for undo)."""
    status = values.get("status")
    if status is not None:
        LogStatus(status)
    if values.get("reason") is not None:
        LogReason(values["reason"])
    if values.get("source") is not None:
        LogSource(values["source"])
    minutes = values.get("minutes")
    if minutes is not None and not 0 <= int(minutes) <= 24 * 60:
        raise UsageError("Minutes must be between 0 and 1440.")
    with database.atomic():
        before = entry_values(entry_id)
        changes = {
            getattr(ServiceLogEntry, k): v for k, v in values.items() if k in EDITABLE and k != "counting"
        }
        ServiceLogEntry.update(changes).where(ServiceLogEntry.id == entry_id).execute()
        if values.get("counting") is not None:  # schema 7: how a second source's record counts
            set_counting(entry_id, str(values["counting"]))
    return before


def describe_entry(values: dict[str, Any]) -> tuple[str, dt.date, str]:
    """(service title, day, status) of stored entry values, for an undo label."""
    return _title_of(int(values["provision"])), values["date"], str(values["status"])
