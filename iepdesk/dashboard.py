"""What the Overview (the parent's dashboard) shows as of a day, read in one go.

- today's sessions: the services expected that very day (fixed weekdays, daily services) and the
  weekly ones still owed this week, each with what is logged for it today, as the calendar's "Log
  this day" finds them (iepdesk.schedule.entries over the week's view);
- the minutes owed per service this month and this school year, from the one figures API
  (``build_ledger``; the school year through ``owed_summary``), the very figures the Minutes owed tab
  shows for those periods;
- the next deadlines (iepdesk.deadlines), the newest incidents, and what is missing for the record
  to count (no IEP, none in effect today, no school year covering today, a progress report that
  should have come, no one on the team).

Everything comes out as frozen values; nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from iepdesk import incidents, profile
from iepdesk.deadlines import Deadline, all_deadlines
from iepdesk.iep.versions import in_effect_on
from iepdesk.incidents import IncidentRow
from iepdesk.model import IepVersion
from iepdesk.progress.reports import ExpectedReport, ReportState, expected_reports
from iepdesk.schedule import entries
from iepdesk.schedule.entries import ServiceChoice
from iepdesk.schedule.month import week_view
from iepdesk.schedule.owed_summary import OwedSummary, owed_between, owed_summary
from iepdesk.schedule.school_calendar import SchoolCalendar

#: How many deadlines, incidents the dashboard lists.
SHOWN_DEADLINES = 5
SHOWN_INCIDENTS = 4
#: A progress report not received past its grace period (iepdesk.progress.reports) is listed as
#: missing while its expected date is less than a year ago: a state complaint about it can be filed for
#: a year (34 CFR 300.153(c)).
PROGRESS_LOOKBACK = relativedelta(years=1)

# What is missing, by kind (the window words each one and knows the page that fixes it).
NO_IEP = "no_iep"
NO_IEP_TODAY = "no_iep_today"
NO_SCHOOL_YEAR = "no_school_year"
PROGRESS_REPORT = "progress_report"
NO_TEAM = "no_team"


@dataclass(frozen=True)
class TodaySession:
    """One session of the day: what to log it against, and what is logged for it today."""

    #: What the calendar's quick logging takes (entry_edits.log_entries through its provision).
    choice: ServiceChoice
    service: str
    minutes: int
    #: True: expected that very day; False: a weekly session with no fixed day still owed this week.
    expected_today: bool
    #: The status of today's entry for it ("delivered", "missed", …), None when nothing is logged yet.
    logged: str | None = None


@dataclass(frozen=True)
class OwedRow:
    """One service's minutes owed this month and this school year (None: no school year today)."""

    service_id: int
    service: str
    month: int
    school_year: int | None


@dataclass(frozen=True)
class Missing:
    kind: str
    #: The date it is about (a progress report's expected date), if any.
    day: dt.date | None = None
    #: The record's own words (the deadline's title), if any.
    title: str = ""


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    school_day: bool
    #: Why there is no school today ("Winter break", "weekend"), empty on school days.
    no_school_reason: str
    sessions: tuple[TodaySession, ...]
    month: OwedSummary
    #: None when no school year includes today.
    school_year: OwedSummary | None
    deadlines: tuple[Deadline, ...]
    incidents: tuple[IncidentRow, ...]
    missing: tuple[Missing, ...]

    @property
    def owed_rows(self) -> tuple[OwedRow, ...]:
        """Every service with minutes owed this month or this school year, by name."""
        month = {line.service_id: line for line in self.month.lines}
        year = {line.service_id: line for line in self.school_year.lines} if self.school_year else {}
        names = {sid: line.service for sid, line in (month | year).items()}
        rows = [
            OwedRow(
                sid,
                names[sid],
                month[sid].owed if sid in month else 0,
                (year[sid].owed if sid in year else 0) if self.school_year is not None else None,
            )
            for sid in names
        ]
        owing = [r for r in rows if r.month or r.school_year]
        return tuple(sorted(owing, key=lambda r: (r.service, r.service_id)))


def today_sessions(today: dt.date) -> tuple[bool, str, tuple[TodaySession, ...]]:
    """(school day?, why no school, the sessions of the day) as the calendar's week view has them."""
    view = week_view(today)
    cell = entries.cell_of(view, today)
    if cell is None:  # never: the week view holds its own days
        return False, "", ()
    choices = entries.choices_for_day(cell, entries.week_lines_of(view, today))
    expected = {sid for sid, _name in cell.expected}
    logged: dict[int, str] = {}
    for session in cell.logged:
        logged.setdefault(session.service_id, session.status)
    sessions = [
        TodaySession(
            choice,
            choice.name,
            choice.minutes_per_session,
            choice.service_id in expected,
            logged.get(choice.service_id),
        )
        for choice in choices
        if choice.service_id in expected or choice.open_in_week or choice.service_id in logged
    ]
    sessions.sort(key=lambda s: (not s.expected_today, s.service, s.choice.service_id))
    return cell.school_day, cell.no_school_reason, tuple(sessions)


def missing_items(today: dt.date, reports: list[ExpectedReport] | None = None) -> tuple[Missing, ...]:
    """What the record lacks as of ``today``, in the order a parent would fix it. ``reports``: the
    expected progress reports as of ``today``, when the caller has them already."""
    out: list[Missing] = []
    if not IepVersion.select().exists():
        out.append(Missing(NO_IEP))
    elif in_effect_on(today) is None:
        out.append(Missing(NO_IEP_TODAY))
    if SchoolCalendar.load().term_of(today) is None:
        out.append(Missing(NO_SCHOOL_YEAR))
    since = today - PROGRESS_LOOKBACK
    for report in reports if reports is not None else expected_reports(today):
        if report.state is ReportState.MISSING and report.due > since:
            out.append(Missing(PROGRESS_REPORT, report.due, report.title))
    if not profile.list_contacts():
        out.append(Missing(NO_TEAM))
    return tuple(out)


def dashboard(today: dt.date, as_of: dt.date | None = None) -> Dashboard:
    """Everything the dashboard shows on ``today``. ``as_of`` goes to the ledger as it is: None counts
    as of the real today (its own sessions still to come); a date counts that whole day as past."""
    school_day, why, sessions = today_sessions(today)
    first = today.replace(day=1)
    month = owed_between(first, first + relativedelta(months=1, days=-1), as_of)
    reports = expected_reports(today)  # once, for the deadlines and for what is missing
    every = all_deadlines(today, include_past_days=0, reports=reports)
    upcoming = tuple(d for d in every if d.due >= today)[:SHOWN_DEADLINES]
    return Dashboard(
        today=today,
        school_day=school_day,
        no_school_reason=why,
        sessions=sessions,
        month=month,
        school_year=owed_summary(today, as_of=as_of),
        deadlines=upcoming,
        incidents=tuple(incidents.find(limit=SHOWN_INCIDENTS)),
        missing=missing_items(today, reports),
    )
