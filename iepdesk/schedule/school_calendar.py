"""School days: the school years' weekdays between their first and last day, minus days off."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from dateutil.rrule import DAILY, rrule

from iepdesk.model import GradingPeriod, NonSchoolDay, SchoolYear

DEFAULT_WEEKDAYS = frozenset({1, 2, 3, 4, 5})


@dataclass(frozen=True)
class Term:
    name: str
    first_day: dt.date
    last_day: dt.date
    weekdays: frozenset[int]


@dataclass
class SchoolCalendar:
    """An in-memory view of the calendar, cheap to query day by day."""

    terms: list[Term]
    days_off: dict[dt.date, str] = field(default_factory=dict)
    grading_periods: list[Term] = field(default_factory=list)

    @property
    def assumed(self) -> bool:
        """True when no school year is entered: every Monday-to-Friday counts as a school day."""
        return not self.terms

    @classmethod
    def load(cls) -> SchoolCalendar:
        """The case's calendar (shared while the case is unchanged: do not change it)."""
        from iepdesk.schedule.plan_cache import kept

        return kept("school_calendar", cls._read)

    @classmethod
    def _read(cls) -> SchoolCalendar:
        terms = [
            Term(str(y.name), y.first_day, y.last_day, y.weekday_set() or DEFAULT_WEEKDAYS)
            for y in SchoolYear.select().order_by(SchoolYear.first_day)
        ]
        days_off: dict[dt.date, str] = {}
        for off in NonSchoolDay.select():
            label = str(off.label or off.kind)
            for n in range(off.first_day.toordinal(), off.last_day.toordinal() + 1):  # days_between's days
                days_off.setdefault(dt.date.fromordinal(n), label)
        grading = [
            Term(str(g.name), g.first_day, g.last_day, DEFAULT_WEEKDAYS)
            for g in GradingPeriod.select().order_by(GradingPeriod.first_day)
        ]
        return cls(terms=terms, days_off=days_off, grading_periods=grading)

    def term_of(self, day: dt.date) -> Term | None:
        for term in self.terms:
            if term.first_day <= day <= term.last_day:
                return term
        return None

    def weekdays_on(self, day: dt.date) -> frozenset[int]:
        term = self.term_of(day)
        return term.weekdays if term is not None else DEFAULT_WEEKDAYS

    def is_school_day(self, day: dt.date) -> bool:
        if day in self.days_off:
            return False
        if self.assumed:
            return day.isoweekday() in DEFAULT_WEEKDAYS
        term = self.term_of(day)
        return term is not None and day.isoweekday() in term.weekdays

    def school_days(self, start: dt.date, end: dt.date) -> list[dt.date]:
        """The school days of [start, end] in order (``is_school_day`` of each day, term by term)."""
        if end < start:
            return []
        off = self.days_off
        if self.assumed:
            days = (dt.date.fromordinal(n) for n in range(start.toordinal(), end.toordinal() + 1))
            return [d for d in days if d.isoweekday() in DEFAULT_WEEKDAYS and d not in off]
        out: list[dt.date] = []
        claimed: set[int] = set()  # a day two terms cover belongs to the first (term_of)
        for term in self.terms:
            a = max(start, term.first_day).toordinal()
            b = min(end, term.last_day).toordinal()
            weekdays = term.weekdays
            for n in range(a, b + 1):
                if n in claimed:
                    continue
                claimed.add(n)
                d = dt.date.fromordinal(n)
                if d.isoweekday() in weekdays and d not in off:
                    out.append(d)
        out.sort()
        return out

    def why_no_school(self, day: dt.date) -> str:
        """A short reason a day is not a school day ("" if it is one)."""
        if day in self.days_off:
            return self.days_off[day]
        if not self.assumed and self.term_of(day) is None:
            return "no school year"
        if day.isoweekday() not in self.weekdays_on(day):
            return "weekend"
        return ""


def days_between(start: dt.date, end: dt.date) -> Iterator[dt.date]:
    """Every date from ``start`` to ``end`` inclusive (dateutil's rrule, not hand-rolled)."""
    if end < start:
        return iter(())
    return (d.date() for d in rrule(DAILY, dtstart=start, until=end))
