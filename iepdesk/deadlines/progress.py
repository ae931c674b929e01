"""The progress reports an IEP's goals promise (34 CFR 300.320(a)(3): the IEP says when; no federal
frequency is fixed).

Two ways, from the goals' "when progress is reported" field (Provision.reporting_schedule):

- "with report cards" (or "grading period", "marking period", "report card"): one report at the
  last day of each of the case's grading periods that ends inside the IEP year. With no grading
  period entered inside it, the quarterly way below is used, and the note says so.
- otherwise monthly, quarterly, by trimester or by semester: every 1, 3, 4 or 6 months from the IEP's
  first day, as many reports as the IEP year holds (12, 4, 3 or 2), the last one on the IEP's last
  day. A date outside every school year (summer) is moved BACK to the last day of the school year
  before it; if no school year ended since the IEP began, FORWARD to the next school year's first
  day. Reports that land on the same day are listed once ("Progress reports 10-12 expected"). With
  no school year entered, nothing is moved and the note says so.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from iepdesk.deadlines.base import PROGRESS_SOURCE, Deadline, long_date
from iepdesk.model import IepVersion, Provision
from iepdesk.model.iep import ProvisionKind
from iepdesk.schedule.school_calendar import SchoolCalendar, Term

_REPORT_CARDS = re.compile(r"report[ -]?cards?|grading period|marking period", re.IGNORECASE)
_QUARTERLY = re.compile(r"quarter|every (?:nine|9) weeks|term", re.IGNORECASE)
_MONTHLY = re.compile(r"month", re.IGNORECASE)
_TRIMESTER = re.compile(r"trimester|three times a year|3 times a year", re.IGNORECASE)
_SEMESTER = re.compile(r"semester|twice a year|two times a year|2 times a year", re.IGNORECASE)

ESTIMATED = "Dates are estimated from the IEP's schedule; the school's report dates may differ slightly."


def reporting_months(text: str) -> int:
    """Months between reports for a reporting schedule's words (0: not one the app can read)."""
    for pattern, months in ((_MONTHLY, 1), (_QUARTERLY, 3), (_TRIMESTER, 4), (_SEMESTER, 6)):
        if pattern.search(text):
            return months
    return 3 if _REPORT_CARDS.search(text) else 0


def in_school_year(day: dt.date, years: list[Term], start: dt.date) -> tuple[dt.date, str]:
    """``day``, or the school day it moves to if it falls outside every school year, and why."""
    if not years or any(y.first_day <= day <= y.last_day for y in years):
        return day, ""
    before = [y for y in years if start <= y.last_day < day]
    if before:
        last = before[-1].last_day
        return last, f"moved back from {long_date(day)}, after the school year ended"
    after = [y for y in years if y.first_day > day]
    if after:
        first = after[0].first_day
        return first, f"moved on from {long_date(day)}, before the school year began"
    return day, ""


def _schedules(version: IepVersion) -> list[str]:
    return [
        str(p.reporting_schedule)
        for p in Provision.select(Provision.reporting_schedule).where(
            (Provision.version == version.id) & (Provision.kind == ProvisionKind.GOAL.value)
        )
        if p.reporting_schedule
    ]


def _every(months: int) -> str:
    return "every month" if months == 1 else f"every {months} months"


def _numbered(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"Progress report {numbers[0]} expected"
    return f"Progress reports {numbers[0]}-{numbers[-1]} expected"


def progress_reports(version: IepVersion) -> list[Deadline]:
    """The reports the IEP's goals promise, in date order (see the module's docstring)."""
    if version.effective_from is None:
        return []
    schedules = _schedules(version)
    if not schedules:
        return []
    text = " ".join(schedules)
    months = reporting_months(text)
    if months == 0:
        return []
    start: dt.date = version.effective_from
    end: dt.date = version.effective_to or start + relativedelta(years=1, days=-1)
    if end < start:
        return []
    calendar = SchoolCalendar.load()
    rule = f"The IEP says progress is reported: {schedules[0]}."
    related = ("iep_version", int(version.id))
    if _REPORT_CARDS.search(text):
        periods = [g for g in calendar.grading_periods if start <= g.last_day <= end]
        if periods:
            return [
                Deadline(
                    "progress_report",
                    f"Progress report {n} expected",
                    g.last_day,
                    g.first_day,
                    f"the grading period {g.name} ({long_date(g.first_day)} to {long_date(g.last_day)})",
                    rule,
                    PROGRESS_SOURCE,
                    related,
                    "With report cards: due at the end of each grading period you entered.",
                )
                for n, g in enumerate(periods, start=1)
            ]
    note = ESTIMATED
    if _REPORT_CARDS.search(text):
        note = (
            "No grading period is entered for this IEP's year, so the dates are estimated "
            f"{_every(months)} from its start; enter the school's grading periods on the Calendar page "
            "for the report-card dates."
        )
    elif calendar.assumed:
        note = ESTIMATED + " No school year is entered, so a date in the summer is not moved."
    count = 12 // months
    by_day: dict[dt.date, tuple[list[int], list[str]]] = {}
    unplaced = False
    for n in range(1, count + 1):
        nominal = min(start + relativedelta(months=months * n), end)
        due, why = in_school_year(nominal, calendar.terms, start)
        unplaced = unplaced or (
            not calendar.assumed and not any(y.first_day <= due <= y.last_day for y in calendar.terms)
        )
        numbers, reasons = by_day.setdefault(due, ([], []))
        numbers.append(n)
        if why:
            reasons.append(why)
    if unplaced:
        note += (
            " A date falls outside the school years entered and is not moved: enter that school year "
            "on the Calendar page."
        )
    out = []
    for due in sorted(by_day):
        numbers, reasons = by_day[due]
        out.append(
            Deadline(
                "progress_report",
                _numbered(numbers),
                due,
                start,
                f"the start of {version.label()}",
                rule,
                PROGRESS_SOURCE,
                related,
                note,
                f"{_every(months).capitalize()} from the IEP's start; " + "; ".join(reasons) + "."
                if reasons
                else "",
            )
        )
    return out
