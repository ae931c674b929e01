"""The school calendar through the models and iepdesk.schedule.ics: school years, days off, grading
periods, importing a district .ics and exporting the schedule. No widget here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from iepdesk import case_settings
from iepdesk.case_settings import CaseSettings
from iepdesk.errors import UsageError
from iepdesk.model import GradingPeriod, NonSchoolDay, SchoolYear, database
from iepdesk.model.calendar import DayOffKind
from iepdesk.schedule import ics


@dataclass(frozen=True)
class Span:
    """A school year, a day off or a grading period (inclusive dates)."""

    first_day: dt.date
    last_day: dt.date
    name: str = ""
    #: School years: ISO weekdays (1 = Monday). Days off: their kind and where they came from.
    weekdays: frozenset[int] = frozenset({1, 2, 3, 4, 5})
    kind: str = DayOffKind.HOLIDAY.value
    source: str = "manual"
    id: int | None = None


def _check(span: Span) -> None:
    if span.last_day < span.first_day:
        raise UsageError("The last day is before the first day.")


def school_years() -> list[Span]:
    return [
        Span(y.first_day, y.last_day, str(y.name), y.weekday_set(), id=y.id)
        for y in SchoolYear.select().order_by(SchoolYear.first_day)
    ]


def save_school_year(span: Span) -> None:
    _check(span)
    if not span.weekdays:
        raise UsageError("Choose at least one school weekday.")
    name = span.name.strip() or f"{span.first_day.year}-{str(span.last_day.year)[2:]}"
    weekdays = ",".join(str(d) for d in sorted(span.weekdays))
    if span.id is None:
        SchoolYear.create(name=name, first_day=span.first_day, last_day=span.last_day, weekdays=weekdays)
    else:
        SchoolYear.update(
            name=name, first_day=span.first_day, last_day=span.last_day, weekdays=weekdays
        ).where(SchoolYear.id == span.id).execute()


def delete_school_year(year_id: int) -> None:
    SchoolYear.delete().where(SchoolYear.id == year_id).execute()


def days_off() -> list[Span]:
    return [
        Span(d.first_day, d.last_day, str(d.label), kind=str(d.kind), source=str(d.source), id=d.id)
        for d in NonSchoolDay.select().order_by(NonSchoolDay.first_day, NonSchoolDay.id)
    ]


def add_day_off(span: Span) -> None:
    _check(span)
    DayOffKind(span.kind)
    NonSchoolDay.create(
        first_day=span.first_day, last_day=span.last_day, kind=span.kind, label=span.name.strip()[:200]
    )


def delete_day_off(day_off_id: int) -> None:
    NonSchoolDay.delete().where(NonSchoolDay.id == day_off_id).execute()


def grading_periods() -> list[Span]:
    return [
        Span(g.first_day, g.last_day, str(g.name), id=g.id)
        for g in GradingPeriod.select().order_by(GradingPeriod.first_day)
    ]


def add_grading_period(span: Span) -> None:
    _check(span)
    if not span.name.strip():
        raise UsageError("Give the grading period a name, such as Quarter 1.")
    GradingPeriod.create(name=span.name.strip()[:100], first_day=span.first_day, last_day=span.last_day)


def delete_grading_period(period_id: int) -> None:
    GradingPeriod.delete().where(GradingPeriod.id == period_id).execute()


def read_ics(path: Path) -> list[ics.IcsEvent]:
    """The events of a district calendar file. Raises ics.IcsError or OSError."""
    size = path.stat().st_size
    if size > ics.MAX_ICS_BYTES:
        raise ics.IcsError("This calendar file is too large to be a school calendar.")
    return ics.read_events(path.read_bytes())


def import_events(events: list[ics.IcsEvent], decisions: dict[str, str]) -> ics.ImportResult:
    with database.atomic():
        return ics.apply_import(events, decisions)


def export_schedule(start: dt.date, end: dt.date, path: Path) -> int:
    """Write the expected sessions and deadlines between two dates; returns how many events."""
    if end < start:
        raise UsageError("The end date is before the start date.")
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


def load_rules() -> CaseSettings:
    return case_settings.load()


def save_rules(settings: CaseSettings) -> None:
    case_settings.save(settings)
