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
from iepdesk.i18n import N_, _, ngettext
from iepdesk.model import IepVersion, Provision
from iepdesk.model.iep import ProvisionKind
from iepdesk.schedule.school_calendar import SchoolCalendar, Term

_REPORT_CARDS = re.compile(r"report[ -]?cards?|grading period|marking period", re.IGNORECASE)
_QUARTERLY = re.compile(r"quarter|every (?:nine|9) weeks|term", re.IGNORECASE)
_MONTHLY = re.compile(r"month", re.IGNORECASE)
_TRIMESTER = re.compile(r"trimester|three times a year|3 times a year", re.IGNORECASE)
_SEMESTER = re.compile(r"semester|twice a year|two times a year|2 times a year", re.IGNORECASE)

ESTIMATED = N_("Dates are estimated from the IEP's schedule; the school's report dates may differ slightly.")


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
        return last, _("moved back from {day}, after the school year ended").format(day=long_date(day))
    after = [y for y in years if y.first_day > day]
    if after:
        first = after[0].first_day
        return first, _("moved on from {day}, before the school year began").format(day=long_date(day))
    return day, ""


def _schedules(version: IepVersion) -> list[str]:
    return [
        str(p.reporting_schedule)
        for p in Provision.select(Provision.reporting_schedule).where(
            (Provision.version == version.id) & (Provision.kind == ProvisionKind.GOAL.value)
        )
        if p.reporting_schedule
    ]


def _numbered(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return _("Progress report {number} expected").format(number=numbers[0])
    return _("Progress reports {first}-{last} expected").format(first=numbers[0], last=numbers[-1])


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
    rule = _("The IEP says progress is reported: {schedule}.").format(schedule=schedules[0])
    related = ("iep_version", int(version.id))
    if _REPORT_CARDS.search(text):
        periods = [g for g in calendar.grading_periods if start <= g.last_day <= end]
        if periods:
            return [
                Deadline(
                    "progress_report",
                    _("Progress report {number} expected").format(number=n),
                    g.last_day,
                    g.first_day,
                    _("the grading period {name} ({first} to {last})").format(
                        name=g.name, first=long_date(g.first_day), last=long_date(g.last_day)
                    ),
                    rule,
                    PROGRESS_SOURCE,
                    related,
                    _("With report cards: due at the end of each grading period you entered."),
                )
                for n, g in enumerate(periods, start=1)
            ]
    note = _(ESTIMATED)
    if _REPORT_CARDS.search(text):
        note = ngettext(
            "No grading period is entered for this IEP's year, so the dates are estimated every month "
            "from its start; enter the school's grading periods on the Calendar page for the report-card "
            "dates.",
            "No grading period is entered for this IEP's year, so the dates are estimated every {count} "
            "months from its start; enter the school's grading periods on the Calendar page for the "
            "report-card dates.",
            months,
        ).format(count=months)
    elif calendar.assumed:
        note = _(
            "Dates are estimated from the IEP's schedule; the school's report dates may differ slightly. "
            "No school year is entered, so a date in the summer is not moved."
        )
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
        note += " " + _(
            "A date falls outside the school years entered and is not moved: enter that school year on "
            "the Calendar page."
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
                _("the start of {version}").format(version=version.label()),
                rule,
                PROGRESS_SOURCE,
                related,
                note,
                ngettext(
                    "Every month from the IEP's start; {reasons}.",
                    "Every {count} months from the IEP's start; {reasons}.",
                    months,
                ).format(count=months, reasons="; ".join(reasons))
                if reasons
                else "",
            )
        )
    return out
