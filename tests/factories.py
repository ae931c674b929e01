"""One shared place for the small records tests build (issue 14), instead of copied builders.

Each builder writes one record into the case that is open now (``iepdesk.model.database`` bound) and
returns it. The defaults are a plain, typical IEP: the 2025-26 school year (Monday to Friday), an annual
IEP in effect for a year from September 1, 2025, 30 minutes of individual speech therapy twice a week,
extended time on tests. Any field can be given; only what a test cares about needs saying.

    year = factories.school_year()
    iep = factories.annual_iep()
    speech = factories.service(iep, minutes_per_session=45)
    factories.accommodation(iep)
    factories.log(speech, D(2025, 9, 9), "missed", reason="provider_absent")

Log entries go through the core's own ``logbook.log_session`` (which checks status, reason and source),
so a test cannot store a value the program itself would refuse.
"""

from __future__ import annotations

import datetime as dt

from iepdesk.iep import edits
from iepdesk.model import IepVersion, NonSchoolDay, Provision, SchoolYear, ServiceLogEntry
from iepdesk.schedule import logbook

D = dt.date

#: The defaults' dates: the 2025-26 school year, and an IEP in effect from September 1, 2025.
YEAR_FIRST_DAY = D(2025, 8, 25)
YEAR_LAST_DAY = D(2026, 6, 10)
IEP_FROM = D(2025, 9, 1)

__all__ = ["accommodation", "annual_iep", "goal", "log", "non_school_day", "school_year", "service"]


def school_year(
    name: str = "2025-26",
    first_day: dt.date = YEAR_FIRST_DAY,
    last_day: dt.date = YEAR_LAST_DAY,
    weekdays: str = "1,2,3,4,5",
) -> SchoolYear:
    """A school year; ``weekdays`` are ISO numbers (1 = Monday … 7 = Sunday)."""
    year: SchoolYear = SchoolYear.create(name=name, first_day=first_day, last_day=last_day, weekdays=weekdays)
    return year


def non_school_day(
    first_day: dt.date,
    last_day: dt.date | None = None,
    kind: str = "holiday",
    label: str = "Holiday",
) -> NonSchoolDay:
    """A day (or, with ``last_day``, an inclusive range) with no school."""
    day: NonSchoolDay = NonSchoolDay.create(
        first_day=first_day, last_day=last_day or first_day, kind=kind, label=label
    )
    return day


def annual_iep(
    effective_from: dt.date = IEP_FROM,
    effective_to: dt.date | None = None,
    *,
    meeting_date: dt.date | None = None,
    kind: str = "annual",
    status: str = "final",
    notes: str = "",
) -> IepVersion:
    """A final IEP version, in effect for one year from ``effective_from`` unless ``effective_to`` is
    given; the meeting is on the first day unless ``meeting_date`` is given. ``kind`` may be "initial"
    or "amendment" too."""
    version: IepVersion = IepVersion.create(
        kind=kind,
        status=status,
        meeting_date=meeting_date or effective_from,
        effective_from=effective_from,
        effective_to=effective_to or _a_year_from(effective_from),
        notes=notes,
    )
    return version


def service(
    version: IepVersion | int,
    title: str = "Speech therapy",
    minutes_per_session: int = 30,
    sessions_per_period: int = 2,
    period: str = "week",
    **fields: object,
) -> Provision:
    """A service of ``version``, added at the end of its provisions (as the program adds one)."""
    values: dict[str, object] = dict(
        title=title,
        minutes_per_session=minutes_per_session,
        sessions_per_period=sessions_per_period,
        period=period,
        delivery="individual",
        location="therapy room",
        provider_role="speech-language pathologist",
    )
    values.update(fields)
    return edits.add_provision(_id(version), "service", **values)


def accommodation(
    version: IepVersion | int,
    title: str = "Extended time on tests",
    applies_when: str = "tests",
    how_given: str = "prompted",
    **fields: object,
) -> Provision:
    """An accommodation of ``version`` (pass ``kind="modification"`` … through ``fields`` for the
    other kinds that share its fields)."""
    kind = str(fields.pop("kind", "accommodation"))
    values: dict[str, object] = dict(
        title=title,
        applies_when=applies_when,
        how_given=how_given,
        location="classroom",
        provider_role="general education teacher",
    )
    values.update(fields)
    return edits.add_provision(_id(version), kind, **values)


def goal(
    version: IepVersion | int, title: str = "Articulation", area: str = "Communication", **fields: object
) -> Provision:
    """A goal of ``version``."""
    values: dict[str, object] = dict(
        title=title,
        area=area,
        baseline="40% of words in structured tasks",
        target="80% of words in structured tasks",
        measurement="therapist's data",
        reporting_schedule="each quarter",
    )
    values.update(fields)
    return edits.add_provision(_id(version), "goal", **values)


def log(
    provision: Provision | int,
    day: dt.date,
    status: str = "delivered",
    minutes: int | None = None,
    reason: str | None = None,
    source: str | None = "provider_log",
    note: str = "",
    counting: str = "",
) -> ServiceLogEntry:
    """One service-log entry (``minutes`` None means "as planned"); ``counting`` as
    ``logbook.set_counting`` takes it ("" by the order of sources, "separate", "preferred")."""
    entry = logbook.log_session(
        _id(provision), day, status, minutes=minutes, reason=reason, source=source, note=note
    )
    if counting:
        logbook.set_counting(entry.id, counting)
        entry = ServiceLogEntry.get_by_id(entry.id)
    return entry


def _a_year_from(day: dt.date) -> dt.date:
    """The last day of the year that starts on ``day`` (Sept 1, 2025 -> Aug 31, 2026)."""
    try:
        return day.replace(year=day.year + 1) - dt.timedelta(days=1)
    except ValueError:  # February 29
        return day.replace(year=day.year + 1, day=28)


def _id(record: IepVersion | Provision | int) -> int:
    return record if isinstance(record, int) else int(record.id)
