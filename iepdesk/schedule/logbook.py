"""Writing the service log and incidents: one entry, a whole week, or a typed-in provider log.

Every function here writes in one transaction (one fsync), so marking a week or pasting a provider's
printout is quick and all-or-nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil import parser as date_parser

from iepdesk.model import Incident, IncidentProvision, Provision, ServiceLogEntry, database
from iepdesk.model.calendar import EntryCounting, LogReason, LogSource, LogStatus
from iepdesk.schedule.expected import ExpectedSlot, expected_slots


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def log_session(
    provision_id: int,
    day: dt.date,
    status: str,
    minutes: int | None = None,
    reason: str | None = None,
    source: str | None = None,
    note: str = "",
) -> ServiceLogEntry:
    LogStatus(status)  # raises ValueError for an unknown status
    if reason is not None:
        LogReason(reason)
    if source is not None:
        LogSource(source)
    if minutes is not None and not 0 <= minutes <= 24 * 60:
        raise ValueError("Minutes must be between 0 and 1440.")
    entry: ServiceLogEntry = ServiceLogEntry.create(
        provision=provision_id,
        date=day,
        status=status,
        minutes=minutes,
        reason=reason,
        source=source,
        note=note,
        entered_at=_now(),
    )
    return entry


def set_counting(entry_id: int, counting: str) -> None:
    """How an entry counts beside another source's entry for that service and day: "" by the order
    of sources, "separate" (a session of its own), or "preferred" (counted from this record)."""
    EntryCounting(counting)  # raises ValueError for anything else
    ServiceLogEntry.update(counting=counting).where(ServiceLogEntry.id == entry_id).execute()


def entries_between(start: dt.date, end: dt.date) -> list[ServiceLogEntry]:
    return list(
        ServiceLogEntry.select()
        .where((ServiceLogEntry.date >= start) & (ServiceLogEntry.date <= end))
        .order_by(ServiceLogEntry.date, ServiceLogEntry.id)
    )


def delete_entry(entry_id: int) -> dict[str, object]:
    """Remove an entry; returns its values so the UI can put it back (undo)."""
    row = ServiceLogEntry.get_by_id(entry_id)
    values = dict(row.__data__)
    row.delete_instance()
    return values


def restore_entry(values: dict[str, object]) -> None:
    ServiceLogEntry.insert(values).execute()


@dataclass(frozen=True)
class WeekPlan:
    """What a week expects, to fill "mark the whole week delivered except …"."""

    slot: ExpectedSlot
    #: The days proposed for the sessions: the fixed weekdays, else the first school days of the week.
    days: tuple[dt.date, ...]


def week_plan(any_day: dt.date) -> list[WeekPlan]:
    monday = any_day - dt.timedelta(days=any_day.weekday())
    sunday = monday + dt.timedelta(days=6)
    plans = []
    for slot in expected_slots(monday, sunday):
        if slot.period != "week":
            continue
        days = slot.session_days or slot.active_days[: slot.sessions]
        plans.append(WeekPlan(slot, tuple(days)))
    return plans


def mark_week_delivered(
    any_day: dt.date, except_days: dict[int, set[dt.date]] | None = None, source: str | None = None
) -> list[ServiceLogEntry]:
    """Log every expected session of the week as delivered, except the (service, day) pairs given,
    which are logged as missed. Sessions already logged that week are left alone."""
    except_days = except_days or {}
    created: list[ServiceLogEntry] = []
    with database.atomic():
        for plan in week_plan(any_day):
            logged = (
                ServiceLogEntry.select()
                .where(
                    (ServiceLogEntry.provision == plan.slot.provision_id)
                    & (ServiceLogEntry.date >= plan.slot.bucket.start)
                    & (ServiceLogEntry.date <= plan.slot.bucket.end)
                    & (ServiceLogEntry.status != LogStatus.MAKEUP.value)
                )
                .count()
            )
            for day in plan.days[logged:]:
                missed = day in except_days.get(plan.slot.service_id, set())
                created.append(
                    log_session(
                        plan.slot.provision_id,
                        day,
                        LogStatus.MISSED.value if missed else LogStatus.DELIVERED.value,
                        reason=LogReason.UNKNOWN.value if missed else None,
                        source=source,
                    )
                )
    return created


@dataclass(frozen=True)
class ParsedLine:
    line_number: int
    text: str
    day: dt.date | None
    status: str | None
    minutes: int | None
    error: str
    reason: str | None = None


_REASON_WORDS = (
    # checked in order: the first match wins
    (
        LogReason.PROVIDER_ABSENT.value,
        (
            "provider absent",
            "therapist absent",
            "therapist out",
            "provider out",
            "slp out",
            "ot out",
            "sub",
            "staff absent",
        ),
    ),
    (LogReason.STUDENT_REFUSED.value, ("refused", "refusal")),
    (LogReason.STUDENT_ABSENT.value, ("student absent", "absent", "sick", "no show")),
    (LogReason.TESTING.value, ("testing", "test day", "assessment")),
    (LogReason.SCHOOL_EVENT.value, ("assembly", "field trip", "event")),
    (LogReason.SCHOOL_CLOSED.value, ("closed", "snow day", "holiday")),
)

_STATUS_WORDS = {
    LogStatus.DELIVERED.value: ("delivered", "seen", "present", "done", "yes", "ok", "attended", "x", "✓"),
    LogStatus.SHORTENED.value: ("shortened", "short", "partial", "cut"),
    LogStatus.MISSED.value: (
        "missed",
        "no",
        "absent",
        "cancelled",
        "canceled",
        "not seen",
        "none",
        "no show",
        "refused",
        "sick",
        "out",
        "closed",
        "testing",
    ),
    LogStatus.MAKEUP.value: ("make-up", "makeup", "make up", "mu"),
}


def parse_provider_log(text: str, year_hint: int) -> list[ParsedLine]:
    """Lines like "3/3 seen 30", "Mar 10 absent", "2026-03-12 shortened 20 min" → entries to check.

    The parent reviews the parsed lines before anything is saved; lines that cannot be read are shown
    with the reason, never guessed.
    """
    out: list[ParsedLine] = []
    default = dt.datetime(year_hint, 1, 1)
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        lowered = line.lower()
        status = None
        for name, words in _STATUS_WORDS.items():
            if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", lowered) for w in words):
                status = name
                if name != LogStatus.DELIVERED.value:
                    break
        minutes_match = re.search(r"(\d{1,3})\s*(?:min|minutes|m)\b", lowered)
        date_part = re.split(r"\s(?=[a-z✓])", lowered, maxsplit=1)[0] if status else lowered
        try:
            day = date_parser.parse(date_part, default=default, fuzzy=True).date()
        except (ValueError, OverflowError):
            day = None
        if minutes_match is None:
            trailing = re.search(r"\b(\d{1,3})\s*$", lowered)
            minutes = (
                int(trailing.group(1)) if trailing and day and trailing.start() > len(date_part) else None
            )
        else:
            minutes = int(minutes_match.group(1))
        error = ""
        if day is None:
            error = "no date found"
        elif status is None:
            error = "no status found (delivered, missed, shortened, make-up)"
        reason = None
        if status == LogStatus.MISSED.value:
            reason = next(
                (
                    code
                    for code, words in _REASON_WORDS
                    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", lowered) for w in words)
                ),
                LogReason.UNKNOWN.value,
            )
        out.append(ParsedLine(number, line, day, status, minutes, error, reason))
    return out


def save_parsed(
    provision_id: int, lines: list[ParsedLine], source: str = LogSource.PROVIDER_LOG.value
) -> int:
    """Save the readable lines (all or nothing); returns how many entries were made."""
    good = [line for line in lines if not line.error and line.day and line.status]
    with database.atomic():
        for line in good:
            assert line.day is not None and line.status is not None
            log_session(
                provision_id, line.day, line.status, minutes=line.minutes, reason=line.reason, source=source
            )
    return len(good)


def record_incident(
    day: dt.date,
    provision_ids: list[int],
    what_happened: str,
    reported_by: str = "",
    child_words: str = "",
    evidence: str = "",
) -> Incident:
    if not what_happened.strip():
        raise ValueError("Say in a few words what happened.")
    with database.atomic():
        incident: Incident = Incident.create(
            date=day,
            what_happened=what_happened.strip(),
            reported_by=reported_by.strip(),
            child_words=child_words.strip(),
            evidence=evidence.strip(),
            entered_at=_now(),
        )
        for pid in dict.fromkeys(provision_ids):
            IncidentProvision.create(incident=incident, provision=pid)
    return incident


def incident_provisions(incident_id: int) -> list[Provision]:
    return list(
        Provision.select()
        .join(IncidentProvision, on=(IncidentProvision.provision == Provision.id))
        .where(IncidentProvision.incident == incident_id)
        .order_by(Provision.position)
    )


def find_incidents(
    start: dt.date | None = None,
    end: dt.date | None = None,
    provision_id: int | None = None,
    text: str = "",
) -> list[Incident]:
    """Incidents filtered by date range, provision and words, newest first."""
    query = Incident.select()
    if start is not None:
        query = query.where(Incident.date >= start)
    if end is not None:
        query = query.where(Incident.date <= end)
    if provision_id is not None:
        query = query.where(
            Incident.id.in_(
                IncidentProvision.select(IncidentProvision.incident).where(
                    IncidentProvision.provision == provision_id
                )
            )
        )
    if text.strip():
        needle = f"%{text.strip()}%"
        query = query.where(
            Incident.what_happened**needle
            | Incident.child_words**needle
            | Incident.reported_by**needle
            | Incident.evidence**needle
        )
    return list(query.order_by(Incident.date.desc(), Incident.id.desc()))
