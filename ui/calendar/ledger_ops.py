"""The ledger's periods (school year, IEP year, month, week, whole history) and the figures' entries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from peewee import fn

from iepdesk.iep.versions import in_effect_on
from iepdesk.model import IepVersion, SchoolYear, ServiceLogEntry
from iepdesk.model.iep import VersionStatus
from iepdesk.schedule.ledger import Figures, LedgerRow

PRESETS = ("school_year", "iep_year", "month", "week", "whole", "custom")


def _so_far(start: dt.date, end: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    """Up to today when the period is under way (future weeks are not "not recorded" yet)."""
    if start <= today <= end:
        return start, today
    return start, end


def preset_range(preset: str, today: dt.date) -> tuple[dt.date, dt.date]:
    # A week or a month is shown whole: its sessions after the as-of date are "still to come".
    if preset == "week":
        monday = today - dt.timedelta(days=today.weekday())
        return monday, monday + dt.timedelta(days=6)
    if preset == "month":
        first = today.replace(day=1)
        return first, first + relativedelta(months=1, days=-1)
    if preset == "school_year":
        years = list(SchoolYear.select().order_by(SchoolYear.first_day))
        current = [y for y in years if y.first_day <= today <= y.last_day]
        past = [y for y in years if y.first_day <= today]
        year = (current or past or years or [None])[-1]
        if year is not None:
            return _so_far(year.first_day, year.last_day, today)
        start = dt.date(today.year if today.month >= 8 else today.year - 1, 8, 1)
        return _so_far(start, start + relativedelta(years=1, days=-1), today)
    if preset == "iep_year":
        version = in_effect_on(today)
        if version is None:
            finals = IepVersion.select().where(IepVersion.status == VersionStatus.FINAL.value)
            version = finals.order_by(IepVersion.effective_from.desc()).first()
        if version is not None and version.effective_from is not None:
            end = version.effective_to or version.effective_from + relativedelta(years=1, days=-1)
            return _so_far(version.effective_from, end, today)
        return today - relativedelta(years=1), today
    # whole history: from the first IEP or entry to today (or the last entry)
    first_version = (
        IepVersion.select(fn.MIN(IepVersion.effective_from))
        .where(IepVersion.status == VersionStatus.FINAL.value)
        .scalar()
    )
    first_entry, last_entry = ServiceLogEntry.select(
        fn.MIN(ServiceLogEntry.date), fn.MAX(ServiceLogEntry.date)
    ).scalar(as_tuple=True)
    starts = [d for d in (first_version, first_entry) if d is not None]
    start = _as_date(min(starts)) if starts else today - relativedelta(years=1)
    end = max(today, _as_date(last_entry)) if last_entry else today
    return start, end


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


#: The figure each ledger column opens.
FIGURES = ("required", "delivered", "excused", "missed", "made_up", "not_recorded", "owed", "rate")


@dataclass(frozen=True)
class Behind:
    """What is behind one figure: entry ids and, for "not recorded", the periods with no entry."""

    entry_ids: list[int]
    empty_periods: list[dt.date]


def behind(figures: Figures, figure: str) -> Behind:
    f = figures
    recorded = f.delivered_entries + f.excused_entries + f.missed_entries
    ids = {
        "delivered": f.delivered_entries,
        "excused": f.excused_entries,
        "missed": f.missed_entries,
        "made_up": f.made_up_entries,
        "owed": f.missed_entries + f.made_up_entries,
        "rate": f.delivered_entries + f.missed_entries + f.made_up_entries,
        "required": recorded,
        "not_recorded": [],
    }.get(figure, recorded + f.made_up_entries)
    periods = f.not_recorded_slots if figure in ("not_recorded", "required", "service") else []
    return Behind(list(dict.fromkeys(ids)), sorted(set(periods)))


def value_of(row: LedgerRow, figure: str) -> int | float | None:
    if figure == "rate":
        return row.figures.rate
    if figure == "owed":
        return row.figures.owed
    return int(getattr(row.figures, figure))
