"""What the calendar shows for a month (or a week): per day, the sessions expected and logged, and
incidents; per week, each weekly service's sessions owed and logged."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from dataclasses import dataclass, field

from iepdesk import case_settings
from iepdesk.i18n import _
from iepdesk.model import Provision, database
from iepdesk.schedule.expected import fetch_plain, lineage_roots
from iepdesk.schedule.gc_pause import no_gc_pauses
from iepdesk.schedule.matching import match_for
from iepdesk.schedule.plan_cache import kept
from iepdesk.schedule.records import entries_between
from iepdesk.schedule.school_calendar import SchoolCalendar


@dataclass(frozen=True)
class LoggedSession:
    entry_id: int
    service_id: int
    provision_id: int
    service: str
    status: str
    minutes: int | None
    reason: str | None


@dataclass
class DayCell:
    day: dt.date
    in_month: bool
    school_day: bool
    #: Why there is no school ("Winter break", "weekend"), empty on school days.
    no_school_reason: str
    #: Services expected on this very day (fixed weekdays or daily services): (service id, name).
    expected: list[tuple[int, str]] = field(default_factory=list)
    logged: list[LoggedSession] = field(default_factory=list)
    incidents: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class WeekLine:
    """One service in one week: how many sessions are owed and how many have an entry."""

    service_id: int
    service: str
    owed: int
    logged: int
    provision_id: int


@dataclass(frozen=True)
class MonthView:
    year: int
    month: int
    weeks: list[list[DayCell]]
    week_lines: list[list[WeekLine]]
    assumed_calendar: bool


def month_view(year: int, month: int) -> MonthView:
    cal = _calendar.Calendar(firstweekday=0)
    weeks_dates = cal.monthdatescalendar(year, month)
    return _view(year, month, weeks_dates)


def week_view(any_day: dt.date) -> MonthView:
    monday = any_day - dt.timedelta(days=any_day.weekday())
    return _view(any_day.year, any_day.month, [[monday + dt.timedelta(days=i) for i in range(7)]])


@no_gc_pauses  # the kept matching is ~100,000 objects: a collection would walk them all
def _view(year: int, month: int, weeks_dates: list[list[dt.date]]) -> MonthView:
    start, end = weeks_dates[0][0], weeks_dates[-1][-1]
    school = SchoolCalendar.load()
    settings = case_settings.load()
    roots = lineage_roots()
    titles = kept("provision_titles", _read_titles)
    cells = {
        d: DayCell(d, d.month == month, school.is_school_day(d), school.why_no_school(d))
        for week in weeks_dates
        for d in week
    }
    owed: dict[tuple[int, dt.date], tuple[int, int]] = {}
    # The ledger's own matching of these weeks (kept while the case is unchanged) gives their slots.
    slots = match_for(start, end, settings, school).slots_touching(start, end)
    for slot in slots:
        name = titles.get(slot.provision_id, "Service")
        days = slot.session_days or (slot.active_days if slot.period == "day" else ())
        for d in days:
            if d in cells:
                cells[d].expected.append((slot.service_id, name))
        if slot.period == "week":
            owed[(slot.service_id, slot.bucket.start)] = (slot.sessions, slot.provision_id)
    # The weekly column's "logged" is the ledger's own count of sessions (the one figures API): a
    # session logged by two sources is one, an entry on a Saturday or a make-up is none.
    from iepdesk.schedule.ledger import build_ledger

    logged_per_week = {
        (r.service_id, r.bucket_start): r.figures.sessions_counted
        for r in build_ledger(start, end, "week", settings, school, as_of=end, slots=slots).rows
    }
    # Plain rows, not models: a month of a busy log is ~500 entries.
    for e in sorted(entries_between(start, end), key=lambda e: (e.date, e.id)):
        pid = e.provision
        cells[e.date].logged.append(
            LoggedSession(
                e.id, roots.get(pid, pid), pid, titles.get(pid, "Service"), e.status, e.minutes, e.reason
            )
        )
    incidents = database.execute_sql(
        "SELECT id, date FROM incident WHERE date >= ? AND date <= ?", (start.isoformat(), end.isoformat())
    )
    for incident_id, day in incidents.fetchall():
        cells[_day(day)].incidents.append(incident_id)
    week_lines = []
    for week in weeks_dates:
        monday = week[0]
        lines = [
            WeekLine(sid, titles.get(pid, "Service"), sessions, logged_per_week.get((sid, monday), 0), pid)
            for (sid, week_start), (sessions, pid) in owed.items()
            if week_start == monday
        ]
        week_lines.append(sorted(lines, key=lambda line: line.service))
    return MonthView(
        year=year,
        month=month,
        weeks=[[cells[d] for d in week] for week in weeks_dates],
        week_lines=week_lines,
        assumed_calendar=school.assumed,
    )


def _read_titles() -> dict[int, str]:
    return {
        pid: str(title or _("Service"))
        for pid, title in fetch_plain(Provision.select(Provision.id, Provision.title))
    }


def _day(value: object) -> dt.date:
    """A date column as stored (ISO text), as the ledger reads it."""
    return dt.date.fromisoformat(str(value)[:10])
