"""The words the IEP screens use for the core's codes (kinds, periods, statuses), all through tr()."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from iepdesk.iep import Delivery, DisplayStatus, HowGiven, Period, ProvisionKind, VersionKind, VersionStatus
from ui.i18n import translate

KINDS = [k.value for k in ProvisionKind]


def kind_name(kind: str) -> str:
    return {
        ProvisionKind.SERVICE.value: translate("Iep", "Service"),
        ProvisionKind.ACCOMMODATION.value: translate("Iep", "Accommodation"),
        ProvisionKind.MODIFICATION.value: translate("Iep", "Modification"),
        ProvisionKind.SUPPLEMENTARY_AID.value: translate("Iep", "Supplementary aid"),
        ProvisionKind.GOAL.value: translate("Iep", "Goal"),
    }.get(kind, kind)


def kind_plural(kind: str) -> str:
    return {
        ProvisionKind.SERVICE.value: translate("Iep", "Services"),
        ProvisionKind.ACCOMMODATION.value: translate("Iep", "Accommodations"),
        ProvisionKind.MODIFICATION.value: translate("Iep", "Modifications"),
        ProvisionKind.SUPPLEMENTARY_AID.value: translate("Iep", "Supplementary aids"),
        ProvisionKind.GOAL.value: translate("Iep", "Goals"),
    }.get(kind, kind)


def kind_hint(kind: str) -> str:
    """One line on what this kind is, shown above its form."""
    return {
        ProvisionKind.SERVICE.value: translate(
            "Iep", "Time with a provider: speech, OT, reading, counseling…"
        ),
        ProvisionKind.ACCOMMODATION.value: translate(
            "Iep", "A change in how your child learns or is tested, same work."
        ),
        ProvisionKind.MODIFICATION.value: translate(
            "Iep", "A change in what your child is expected to learn or do."
        ),
        ProvisionKind.SUPPLEMENTARY_AID.value: translate(
            "Iep", "An aid or support in the regular class: an aide, a device."
        ),
        ProvisionKind.GOAL.value: translate(
            "Iep", "What your child should reach within the year, and how it is measured."
        ),
    }.get(kind, "")


def period_name(period: str | None) -> str:
    return {
        Period.DAY.value: translate("Iep", "day"),
        Period.WEEK.value: translate("Iep", "week"),
        Period.MONTH.value: translate("Iep", "month"),
        Period.GRADING_PERIOD.value: translate("Iep", "grading period"),
        Period.YEAR.value: translate("Iep", "year"),
    }.get(period or "", "")


def delivery_name(delivery: str | None) -> str:
    return {
        Delivery.INDIVIDUAL.value: translate("Iep", "Individual"),
        Delivery.GROUP.value: translate("Iep", "Group"),
    }.get(delivery or "", "")


def how_given_name(how: str | None) -> str:
    return {
        HowGiven.PROMPTED.value: translate("Iep", "Every time, without asking"),
        HowGiven.ON_REQUEST.value: translate("Iep", "Only when my child asks"),
    }.get(how or "", "")


def version_kind_name(kind: str) -> str:
    return {
        VersionKind.INITIAL.value: translate("Iep", "Initial IEP"),
        VersionKind.ANNUAL.value: translate("Iep", "Annual IEP"),
        VersionKind.AMENDMENT.value: translate("Iep", "Amendment"),
    }.get(kind, kind)


def version_status_name(status: str) -> str:
    return {
        VersionStatus.DRAFT.value: translate("Iep", "Draft (not signed)"),
        VersionStatus.FINAL.value: translate("Iep", "Final (signed)"),
    }.get(status, status)


def display_status_name(status: DisplayStatus) -> str:
    return {
        DisplayStatus.DRAFT: translate("Iep", "Draft"),
        DisplayStatus.IN_EFFECT: translate("Iep", "In effect today"),
        DisplayStatus.SUPERSEDED: translate("Iep", "Replaced"),
        DisplayStatus.NOT_YET: translate("Iep", "Not in effect yet"),
        DisplayStatus.ENDED: translate("Iep", "Ended"),
        DisplayStatus.NO_DATES: translate("Iep", "No start date"),
    }.get(status, str(status))


def date_text(day: dt.date | None, empty: str = "") -> str:
    if day is None:
        return empty
    # The order of the words is the language's too ("23 de agosto de 2026"), so the format is translated.
    return QLocale().toString(QDate(day.year, day.month, day.day), translate("Iep", "MMMM d, yyyy"))


def short_date(day: dt.date | None, empty: str = "") -> str:
    if day is None:
        return empty
    return QLocale().toString(QDate(day.year, day.month, day.day), translate("Iep", "MMM d, yyyy"))


def version_label(kind: str, effective_from: dt.date | None, meeting_date: dt.date | None) -> str:
    when = effective_from or meeting_date
    if when is None:
        return translate("Iep", "{kind} (no date yet)").format(kind=version_kind_name(kind))
    return translate("Iep", "{kind} of {date}").format(kind=version_kind_name(kind), date=short_date(when))


def span_text(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return translate("Iep", "no start date")
    if end is None:
        return translate("Iep", "from {start}, until replaced").format(start=short_date(start))
    return translate("Iep", "{start} to {end}").format(start=short_date(start), end=short_date(end))


def amount_text(minutes: int | None, sessions: int | None, period: str | None) -> str:
    """'30 min, 2 times per week' (what the provision table shows)."""
    per = period_name(period)
    parts = []
    if minutes:
        parts.append(translate("Iep", "{n} min").format(n=minutes))
    if sessions and per:
        parts.append(
            translate("Iep", "once per {period}").format(period=per)
            if sessions == 1
            else translate("Iep", "{n} times per {period}").format(n=sessions, period=per)
        )
    elif sessions:
        parts.append(
            translate("Iep", "once") if sessions == 1 else translate("Iep", "{n} times").format(n=sessions)
        )
    elif per:
        parts.append(translate("Iep", "per {period}").format(period=per))
    return ", ".join(parts)


def unnamed() -> str:
    return translate("Iep", "(no name yet)")


def findings_badge(count: int) -> str:
    if count == 0:
        return translate("Iep", "✓ Clear")
    return translate("Iep", "⚠ 1 note") if count == 1 else translate("Iep", "⚠ {n} notes").format(n=count)


def findings_spoken(count: int) -> str:
    if count == 0:
        return translate("Iep", "Clarity: no findings")
    return (
        translate("Iep", "Clarity: 1 finding")
        if count == 1
        else translate("Iep", "Clarity: {n} findings").format(n=count)
    )
