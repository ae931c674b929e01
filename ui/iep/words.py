"""The words the IEP screens use for the core's codes (kinds, periods, statuses), all through tr()."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from iepdesk.iep import Delivery, DisplayStatus, HowGiven, Period, ProvisionKind, VersionKind, VersionStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("Iep", text)


KINDS = [k.value for k in ProvisionKind]


def kind_name(kind: str) -> str:
    return {
        ProvisionKind.SERVICE.value: _t("Service"),
        ProvisionKind.ACCOMMODATION.value: _t("Accommodation"),
        ProvisionKind.MODIFICATION.value: _t("Modification"),
        ProvisionKind.SUPPLEMENTARY_AID.value: _t("Supplementary aid"),
        ProvisionKind.GOAL.value: _t("Goal"),
    }.get(kind, kind)


def kind_plural(kind: str) -> str:
    return {
        ProvisionKind.SERVICE.value: _t("Services"),
        ProvisionKind.ACCOMMODATION.value: _t("Accommodations"),
        ProvisionKind.MODIFICATION.value: _t("Modifications"),
        ProvisionKind.SUPPLEMENTARY_AID.value: _t("Supplementary aids"),
        ProvisionKind.GOAL.value: _t("Goals"),
    }.get(kind, kind)


def kind_hint(kind: str) -> str:
    """One line on what this kind is, shown above its form."""
    return {
        ProvisionKind.SERVICE.value: _t("Time with a provider: speech, OT, reading, counseling…"),
        ProvisionKind.ACCOMMODATION.value: _t("A change in how your child learns or is tested, same work."),
        ProvisionKind.MODIFICATION.value: _t("A change in what your child is expected to learn or do."),
        ProvisionKind.SUPPLEMENTARY_AID.value: _t(
            "An aid or support in the regular class: an aide, a device."
        ),
        ProvisionKind.GOAL.value: _t("What your child should reach within the year, and how it is measured."),
    }.get(kind, "")


def period_name(period: str | None) -> str:
    return {
        Period.DAY.value: _t("day"),
        Period.WEEK.value: _t("week"),
        Period.MONTH.value: _t("month"),
        Period.GRADING_PERIOD.value: _t("grading period"),
        Period.YEAR.value: _t("year"),
    }.get(period or "", "")


def delivery_name(delivery: str | None) -> str:
    return {Delivery.INDIVIDUAL.value: _t("Individual"), Delivery.GROUP.value: _t("Group")}.get(
        delivery or "", ""
    )


def how_given_name(how: str | None) -> str:
    return {
        HowGiven.PROMPTED.value: _t("Every time, without asking"),
        HowGiven.ON_REQUEST.value: _t("Only when my child asks"),
    }.get(how or "", "")


def version_kind_name(kind: str) -> str:
    return {
        VersionKind.INITIAL.value: _t("Initial IEP"),
        VersionKind.ANNUAL.value: _t("Annual IEP"),
        VersionKind.AMENDMENT.value: _t("Amendment"),
    }.get(kind, kind)


def version_status_name(status: str) -> str:
    return {
        VersionStatus.DRAFT.value: _t("Draft (not signed)"),
        VersionStatus.FINAL.value: _t("Final (signed)"),
    }.get(status, status)


def display_status_name(status: DisplayStatus) -> str:
    return {
        DisplayStatus.DRAFT: _t("Draft"),
        DisplayStatus.IN_EFFECT: _t("In effect today"),
        DisplayStatus.SUPERSEDED: _t("Replaced"),
        DisplayStatus.NOT_YET: _t("Not in effect yet"),
        DisplayStatus.ENDED: _t("Ended"),
        DisplayStatus.NO_DATES: _t("No start date"),
    }.get(status, str(status))


def date_text(day: dt.date | None, empty: str = "") -> str:
    if day is None:
        return empty
    return QLocale().toString(QDate(day.year, day.month, day.day), "MMMM d, yyyy")


def short_date(day: dt.date | None, empty: str = "") -> str:
    if day is None:
        return empty
    return QLocale().toString(QDate(day.year, day.month, day.day), "MMM d, yyyy")


def version_label(kind: str, effective_from: dt.date | None, meeting_date: dt.date | None) -> str:
    when = effective_from or meeting_date
    if when is None:
        return _t("{kind} (no date yet)").format(kind=version_kind_name(kind))
    return _t("{kind} of {date}").format(kind=version_kind_name(kind), date=short_date(when))


def span_text(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return _t("no start date")
    if end is None:
        return _t("from {start}, until replaced").format(start=short_date(start))
    return _t("{start} to {end}").format(start=short_date(start), end=short_date(end))


def amount_text(minutes: int | None, sessions: int | None, period: str | None) -> str:
    """'30 min, 2 times per week' (what the provision table shows)."""
    per = period_name(period)
    parts = []
    if minutes:
        parts.append(_t("{n} min").format(n=minutes))
    if sessions and per:
        parts.append(
            _t("once per {period}").format(period=per)
            if sessions == 1
            else _t("{n} times per {period}").format(n=sessions, period=per)
        )
    elif sessions:
        parts.append(_t("{n} times").format(n=sessions))
    elif per:
        parts.append(_t("per {period}").format(period=per))
    return ", ".join(parts)


def unnamed() -> str:
    return _t("(no name yet)")


def findings_badge(count: int) -> str:
    if count == 0:
        return _t("✓ Clear")
    return _t("⚠ 1 note") if count == 1 else _t("⚠ {n} notes").format(n=count)


def findings_spoken(count: int) -> str:
    if count == 0:
        return _t("Clarity: no findings")
    return _t("Clarity: 1 finding") if count == 1 else _t("Clarity: {n} findings").format(n=count)
