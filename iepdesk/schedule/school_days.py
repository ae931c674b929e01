"""The school calendar as the parent enters it: school years, days off and grading periods (frozen
spans, checked once here for the window and the command line alike), importing a district .ics and
exporting the schedule. Reading the calendar day by day is school_calendar.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from iepdesk.errors import UsageError
from iepdesk.i18n import N_, _
from iepdesk.model import GradingPeriod, NonSchoolDay, SchoolYear, database
from iepdesk.model.calendar import DayOffKind
from iepdesk.schedule import ics
from iepdesk.schedule.school_calendar import DEFAULT_WEEKDAYS

#: What a span is.
SCHOOL_YEAR, DAY_OFF, GRADING_PERIOD = "school_year", "day_off", "grading_period"

#: What :func:`problem` answers.
LAST_BEFORE_FIRST = "last_before_first"
NO_WEEKDAY = "no_weekday"
NO_NAME = "no_name"
UNKNOWN_KIND = "unknown_kind"
_MESSAGES = {
    LAST_BEFORE_FIRST: N_("The last day is before the first day."),
    NO_WEEKDAY: N_("Choose at least one school weekday."),
    NO_NAME: N_("Give the grading period a name, such as Quarter 1."),
    UNKNOWN_KIND: N_("That is not a kind of day off (holiday, break, closure, staff day or other)."),
}


class SpanError(UsageError, ValueError):
    """A span that cannot be saved as it is; ``code`` says why (one of the codes above)."""

    def __init__(self, code: str) -> None:
        super().__init__(_(_MESSAGES[code]))
        self.code = code


@dataclass(frozen=True)
class Span:
    """A school year, a day off or a grading period (inclusive dates)."""

    first_day: dt.date
    last_day: dt.date
    name: str = ""
    #: School years: ISO weekdays (1 = Monday). Days off: their kind and where they came from.
    weekdays: frozenset[int] = DEFAULT_WEEKDAYS
    kind: str = DayOffKind.HOLIDAY.value
    source: str = "manual"
    id: int | None = None


def problem(what: str, span: Span) -> str | None:
    """Why a span of this sort (SCHOOL_YEAR, DAY_OFF, GRADING_PERIOD) cannot be saved, or None. The
    one check: a single day (first = last) is a span; school years may overlap (as they always could)."""
    if span.last_day < span.first_day:
        return LAST_BEFORE_FIRST
    if what == SCHOOL_YEAR and not span.weekdays:
        return NO_WEEKDAY
    if what == GRADING_PERIOD and not span.name.strip():
        return NO_NAME
    if what == DAY_OFF and span.kind not in {k.value for k in DayOffKind}:
        return UNKNOWN_KIND
    return None


def check(what: str, span: Span) -> None:
    """Raise SpanError (with its plain message) when :func:`problem` finds one."""
    code = problem(what, span)
    if code is not None:
        raise SpanError(code)


def school_years() -> list[Span]:
    return [
        Span(y.first_day, y.last_day, str(y.name), y.weekday_set(), id=int(y.id))
        for y in SchoolYear.select().order_by(SchoolYear.first_day)
    ]


def save_school_year(span: Span) -> int:
    """Add a school year (``span.id`` None) or change one; returns its id. An empty name is made from
    the years: 2026-27."""
    check(SCHOOL_YEAR, span)
    name = span.name.strip() or f"{span.first_day.year}-{str(span.last_day.year)[2:]}"
    values = {
        "name": name,
        "first_day": span.first_day,
        "last_day": span.last_day,
        "weekdays": ",".join(str(d) for d in sorted(span.weekdays)),
    }
    if span.id is None:
        return int(SchoolYear.create(**values).id)
    SchoolYear.update(**values).where(SchoolYear.id == span.id).execute()
    return span.id


def delete_school_year(year_id: int) -> None:
    SchoolYear.delete().where(SchoolYear.id == year_id).execute()


def days_off() -> list[Span]:
    return [
        Span(d.first_day, d.last_day, str(d.label), kind=str(d.kind), source=str(d.source), id=int(d.id))
        for d in NonSchoolDay.select().order_by(NonSchoolDay.first_day, NonSchoolDay.id)
    ]


def add_day_off(span: Span) -> int:
    """Add days off entered by hand; returns the id."""
    check(DAY_OFF, span)
    row = NonSchoolDay.create(
        first_day=span.first_day, last_day=span.last_day, kind=span.kind, label=span.name.strip()[:200]
    )
    return int(row.id)


def delete_day_off(day_off_id: int) -> None:
    NonSchoolDay.delete().where(NonSchoolDay.id == day_off_id).execute()


def grading_periods() -> list[Span]:
    return [
        Span(g.first_day, g.last_day, str(g.name), id=int(g.id))
        for g in GradingPeriod.select().order_by(GradingPeriod.first_day)
    ]


def add_grading_period(span: Span) -> int:
    check(GRADING_PERIOD, span)
    row = GradingPeriod.create(name=span.name.strip()[:100], first_day=span.first_day, last_day=span.last_day)
    return int(row.id)


def delete_grading_period(period_id: int) -> None:
    GradingPeriod.delete().where(GradingPeriod.id == period_id).execute()


def read_ics(path: Path) -> list[ics.IcsEvent]:
    """The events of a district calendar file. Raises ics.IcsError or OSError."""
    size = path.stat().st_size
    if size > ics.MAX_ICS_BYTES:
        raise ics.IcsError(_("This calendar file is too large to be a school calendar."))
    return ics.read_events(path.read_bytes())


def import_events(events: list[ics.IcsEvent], decisions: dict[str, str]) -> ics.ImportResult:
    with database.atomic():
        return ics.apply_import(events, decisions)


def export_schedule(start: dt.date, end: dt.date, path: Path) -> int:
    """Write the expected sessions and deadlines between two dates; returns how many events."""
    if end < start:
        raise UsageError(_("The end date is before the start date."))
    items = ics.schedule_items(start, end)
    data = ics.export_ics(items)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    return len(items)


def default_export_range(today: dt.date) -> tuple[dt.date, dt.date]:
    """From today to the end of the school year (or a year ahead when none is entered)."""
    for year in school_years():
        if year.first_day <= today <= year.last_day or today < year.first_day:
            return today, year.last_day
    return today, today + dt.timedelta(days=365)
