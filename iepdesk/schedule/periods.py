"""The periods a parent picks for the ledger ("this school year", "this IEP year", this month, this
week, the whole history), as dates: the window's period choice and `iepdesk ledger --period` use them."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from peewee import fn

from iepdesk.iep.versions import in_effect_on
from iepdesk.model import IepVersion, SchoolYear, ServiceLogEntry
from iepdesk.model.iep import VersionStatus

PRESETS = ("school_year", "iep_year", "month", "week", "whole", "custom")


def _so_far(start: dt.date, end: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    """The period whole, even when it is under way: the ledger shows it up to the as-of date and
    what is after it is "still to come". Ending it on today would cut the week (month) in progress
    there, and a session that can still happen later that week would be "not recorded"."""
    del today
    return start, end


def counted_to(day: dt.date) -> dt.date:
    """Where a period "up to DAY" ends (`iepdesk ledger --as-of DAY` with no --to): the last day of
    the school year that includes DAY, else the end of DAY's week or month, whichever is later. The
    ledger shows it up to DAY; the week or month in progress is not cut there."""
    year = SchoolYear.get_or_none((SchoolYear.first_day <= day) & (SchoolYear.last_day >= day))
    if year is not None:
        return _as_date(year.last_day)
    sunday = day + dt.timedelta(days=6 - day.weekday())
    return max(sunday, day + relativedelta(day=31))


def preset_range(preset: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of ``preset`` (one of PRESETS but "custom") around ``today``."""
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
        chosen = current or past or years
        if chosen:
            year = chosen[-1]
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
    # whole history: from the first IEP or entry to where "up to today" ends (or the last entry)
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
    end = max(counted_to(today), _as_date(last_entry)) if last_entry else counted_to(today)
    return start, end


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
