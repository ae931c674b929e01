"""School years and IEP versions with their provisions (services, accommodations, goals)."""

from __future__ import annotations

import datetime as dt

from iepdesk.iep import edits
from iepdesk.model import IepVersion, NonSchoolDay, Provision, SchoolYear

D = dt.date

#: The defaults' dates: the 2025-26 school year, and an IEP in effect for its year from Sept 1, 2025.
YEAR_FIRST_DAY = D(2025, 8, 25)
YEAR_LAST_DAY = D(2026, 6, 10)
IEP_FROM = D(2025, 9, 1)
IEP_TO = D(2026, 8, 31)


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


def version(
    effective_from: dt.date | None = IEP_FROM,
    effective_to: dt.date | None = IEP_TO,
    *,
    meeting_date: dt.date | None = IEP_FROM,
    kind: str = "annual",
    status: str = "final",
    notes: str = "",
    document_id: int | None = None,
) -> IepVersion:
    """An IEP version, final and annual unless said otherwise; ``None`` leaves a date empty (a draft
    with no dates yet: ``version(None, None, meeting_date=None, status="draft")``)."""
    created: IepVersion = IepVersion.create(
        kind=kind,
        status=status,
        meeting_date=meeting_date,
        effective_from=effective_from,
        effective_to=effective_to,
        notes=notes,
        document_id=document_id,
    )
    return created


def provision(version: IepVersion | int, kind: str, title: str = "", **fields: object) -> Provision:
    """Any provision of ``version`` with only the fields given (the rest as the program leaves them),
    added at the end of its provisions as the program adds one."""
    return edits.add_provision(_id(version), kind, title=title, **fields)


def service(
    version: IepVersion | int,
    title: str = "Speech therapy",
    minutes_per_session: int | None = 30,
    sessions_per_period: int | None = 2,
    period: str | None = "week",
    *,
    delivery: str | None = "individual",
    location: str = "therapy room",
    provider_role: str = "speech-language pathologist",
    **fields: object,
) -> Provision:
    """A service of ``version``: by default individual speech therapy, 2 x 30 minutes a week."""
    return provision(
        version,
        "service",
        title,
        minutes_per_session=minutes_per_session,
        sessions_per_period=sessions_per_period,
        period=period,
        delivery=delivery,
        location=location,
        provider_role=provider_role,
        **fields,
    )


def accommodation(
    version: IepVersion | int,
    title: str = "Extended time on tests",
    applies_when: str = "tests",
    how_given: str = "prompted",
    *,
    kind: str = "accommodation",
    location: str = "classroom",
    provider_role: str = "general education teacher",
    **fields: object,
) -> Provision:
    """An accommodation of ``version`` (``kind="modification"`` … for the other kinds that share its
    fields)."""
    return provision(
        version,
        kind,
        title,
        applies_when=applies_when,
        how_given=how_given,
        location=location,
        provider_role=provider_role,
        **fields,
    )


def goal(
    version: IepVersion | int,
    title: str = "Articulation",
    area: str = "Communication",
    *,
    baseline: str = "40% of words in structured tasks",
    target: str = "80% of words in structured tasks",
    measurement: str = "therapist's data",
    reporting_schedule: str = "each quarter",
    **fields: object,
) -> Provision:
    """A goal of ``version``."""
    return provision(
        version,
        "goal",
        title,
        area=area,
        baseline=baseline,
        target=target,
        measurement=measurement,
        reporting_schedule=reporting_schedule,
        **fields,
    )


def _id(record: IepVersion | Provision | int) -> int:
    return record if isinstance(record, int) else int(record.id)
