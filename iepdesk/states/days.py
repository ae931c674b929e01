"""Business days and school days, counted against the case's school calendar.

- A **business day** is Monday to Friday, except a day entered on the Calendar page as a **holiday**
  or a **closure** (NonSchoolDay kinds ``holiday`` and ``closure``). A **break**, a **staff day** or
  an **other** day off is not a closure of the district's offices, so it stays a business day; enter
  a day the offices are shut as a holiday or a closure. With nothing entered, only weekends are
  skipped, and the deadline says so.
- A **school day** is a school day of iepdesk.schedule.school_calendar (the school years' weekdays
  minus every day off; with no school year entered, Monday to Friday minus the days off).

Counting "N days after" starts on the day after; "N days before" a meeting ends on the day before it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from dateutil.rrule import DAILY, FR, MO, TH, TU, WE, rrule, rruleset

from iepdesk.model import NonSchoolDay
from iepdesk.model.calendar import DayOffKind
from iepdesk.schedule.school_calendar import SchoolCalendar

#: The kinds of day off that close the district's offices (see the module's docstring).
CLOSED_KINDS = (DayOffKind.HOLIDAY.value, DayOffKind.CLOSURE.value)
#: Far enough to find any count a rule asks for (the longest is 10 business days).
_SEARCH_DAYS = 400


@dataclass(frozen=True)
class OfficeDays:
    """The days the district's offices are closed beyond weekends (holidays and closures)."""

    closed: frozenset[dt.date]

    @property
    def assumed(self) -> bool:
        """True when no holiday or closure is entered: only weekends are skipped."""
        return not self.closed

    @classmethod
    def load(cls) -> OfficeDays:
        closed: set[dt.date] = set()
        for off in NonSchoolDay.select().where(NonSchoolDay.kind.in_(CLOSED_KINDS)):
            for n in range(off.first_day.toordinal(), off.last_day.toordinal() + 1):
                closed.add(dt.date.fromordinal(n))
        return cls(frozenset(closed))

    def is_business_day(self, day: dt.date) -> bool:
        return day.isoweekday() <= 5 and day not in self.closed

    def business_days(self, start: dt.date, end: dt.date) -> list[dt.date]:
        """The business days of [start, end], in order (dateutil's rrule with the closures excluded)."""
        if end < start:
            return []
        days = rruleset()
        days.rrule(rrule(DAILY, byweekday=(MO, TU, WE, TH, FR), dtstart=_at(start), until=_at(end)))
        for closed in self.closed:
            if start <= closed <= end:
                days.exdate(_at(closed))
        return [d.date() for d in days]


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)


def _nth(days: Callable[[dt.date, dt.date], list[dt.date]], start: dt.date, n: int, forward: bool) -> dt.date:
    span = dt.timedelta(days=_SEARCH_DAYS)
    if forward:
        found = days(start + dt.timedelta(days=1), start + span)
        return found[n - 1]
    found = days(start - span, start - dt.timedelta(days=1))
    return found[-n]


def business_days_after(start: dt.date, n: int, office: OfficeDays) -> dt.date:
    """The n-th business day after ``start``."""
    return _nth(office.business_days, start, n, forward=True)


def business_days_before(day: dt.date, n: int, office: OfficeDays) -> dt.date:
    """The n-th business day before ``day`` (the last day something due "n business days before" it)."""
    return _nth(office.business_days, day, n, forward=False)


def school_days_after(start: dt.date, n: int, calendar: SchoolCalendar) -> dt.date:
    return _nth(calendar.school_days, start, n, forward=True)


def school_days_before(day: dt.date, n: int, calendar: SchoolCalendar) -> dt.date:
    return _nth(calendar.school_days, day, n, forward=False)


@dataclass(frozen=True)
class Counted:
    """A date counted by a rule, and whether the count assumed a calendar that is not entered."""

    due: dt.date
    assumed_calendar: bool = False


def count(start: dt.date, number: int, unit: str, *, before: bool = False) -> Counted:
    """``number`` ``unit`` after ``start`` (or, with ``before``, before it), against the case's
    calendar for business and school days. Hours count from the day's start: 48 hours before a
    meeting is two days earlier at the same hour."""
    sign = -1 if before else 1
    if unit == "calendar_days":
        return Counted(start + dt.timedelta(days=sign * number))
    if unit == "hours":
        return Counted(start + dt.timedelta(hours=sign * number))
    if unit == "months":
        return Counted(start + relativedelta(months=sign * number))
    if unit == "years":
        return Counted(start + relativedelta(years=sign * number))
    if unit == "business_days":
        office = OfficeDays.load()
        due = (
            business_days_before(start, number, office)
            if before
            else business_days_after(start, number, office)
        )
        return Counted(due, office.assumed)
    if unit == "school_days":
        calendar = SchoolCalendar.load()
        due = (
            school_days_before(start, number, calendar)
            if before
            else school_days_after(start, number, calendar)
        )
        return Counted(due, calendar.assumed)
    raise ValueError(f"unknown unit {unit}")
