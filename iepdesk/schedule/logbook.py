"""Writing the service log and incidents: one entry, a whole week, or a typed-in provider log.

Every function here writes in one transaction (one fsync), so marking a week or pasting a provider's
printout is quick and all-or-nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from dateutil import parser as date_parser

from iepdesk.i18n import _
from iepdesk.incidents import records as incidents
from iepdesk.incidents.records import IncidentData
from iepdesk.model import Incident, Provision, ServiceLogEntry, database
from iepdesk.model.calendar import LogReason, LogSource, LogStatus
from iepdesk.schedule.entry_rules import check_counting, check_entry
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
    check_entry(day, status, minutes, reason, source)  # raises EntryError (a ValueError)
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
    check_counting(counting)  # raises EntryError (a ValueError) for anything else
    ServiceLogEntry.update(counting=counting).where(ServiceLogEntry.id == entry_id).execute()


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


def logged_in_span(provision_id: int, first: dt.date, last: dt.date) -> int:
    """The sessions logged for a provision from ``first`` to ``last`` (make-ups not counted): what
    "mark the week delivered" leaves alone."""
    return int(
        ServiceLogEntry.select()
        .where(
            (ServiceLogEntry.provision == provision_id)
            & (ServiceLogEntry.date >= first)
            & (ServiceLogEntry.date <= last)
            & (ServiceLogEntry.status != LogStatus.MAKEUP.value)
        )
        .count()
    )


def mark_week_delivered(
    any_day: dt.date, except_days: dict[int, set[dt.date]] | None = None, source: str | None = None
) -> list[ServiceLogEntry]:
    """Log every expected session of the week as delivered, except the (service, day) pairs given,
    which are logged as missed. Sessions already logged that week are left alone."""
    except_days = except_days or {}
    created: list[ServiceLogEntry] = []
    with database.atomic():
        for plan in week_plan(any_day):
            logged = logged_in_span(plan.slot.provision_id, plan.slot.bucket.start, plan.slot.bucket.end)
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
    #: What else the line says (a CSV's provider and notes: "Provider: Ms. Lee; Group of 3").
    note: str = ""


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
    (LogReason.STUDENT_ABSENT.value, ("student absent", "absent", "sick", "ill", "no show")),
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
        "not delivered",
        "not provided",
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

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
#: A date at the start of a line: 2025-09-02, 9/2/25, 09/02/2025, 9/2, Sep 2, Sept 2nd, 2025.
_DATE = re.compile(
    _WEEKDAY
    + r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}(?:/\d{2}(?:\d{2})?)?|\d{1,2}\.\d{1,2}\.\d{2}(?:\d{2})?"
    + r"|"
    + _MONTHS
    + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)(?![\w/])",
    re.IGNORECASE,
)
_MINUTES = re.compile(r"(?<![\w/:.-])(\d{1,4})\s*(?:min|mins|minutes|m)\b")
_NUMBER = re.compile(r"(?<![\w/:.-])(\d{1,4})(?![\w/:.])")
_HEADER_WORDS = {
    "date": ("date", "session date", "service date", "date of service", "day"),
    "minutes": ("minutes", "mins", "min", "duration", "time (min)", "length"),
    "status": ("status", "attendance", "outcome", "session status", "delivered"),
}


def _has(words: tuple[str, ...], text: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in words)


def _status_of(text: str) -> str | None:
    status = None
    for name, words in _STATUS_WORDS.items():
        if _has(words, text):
            status = name
            if name != LogStatus.DELIVERED.value:
                break
    return status


def _reason_of(text: str) -> str:
    return next((code for code, words in _REASON_WORDS if _has(words, text)), LogReason.UNKNOWN.value)


def _day_of(text: str, default: dt.datetime) -> dt.date | None:
    try:
        return date_parser.parse(text, default=default).date()
    except (ValueError, OverflowError):
        return None


def _fields(line: str) -> list[str] | None:
    """A line's fields when it is written as columns (tab, ";", "|", ",", or " - " between them)."""
    for delimiter in ("\t", ";", "|", ","):
        if delimiter not in line:
            continue
        row = [f.strip() for f in next(csv.reader([line], delimiter=delimiter, skipinitialspace=True))]
        if delimiter == "," and len(row) > 1 and re.match(r"\d{4}\b", row[1]):
            if len(row) == 2:
                break  # "Mar 5, 2026 seen 30": one date with a comma in it, then words
            row[0:2] = [f"{row[0]}, {row[1][:4]}", row[1][4:].strip()]  # "Mar 5, 2026,30,seen"
            if not row[1]:
                del row[1]
        if len(row) > 1:
            return row
    parts = re.split(r"\s+[-–—]\s+", line)
    return [p.strip() for p in parts] if len(parts) > 1 else None


def _header(fields: list[str]) -> dict[str, int] | None:
    """A CSV's header line ("Date,Minutes,Status,Provider,Notes"): the columns of the date, minutes,
    status and provider (None when the line is no header)."""
    lowered = [f.lower().strip() for f in fields]
    if any(re.search(r"\d", f) for f in lowered) or not any("date" in f or f == "day" for f in lowered):
        return None
    columns: dict[str, int] = {}
    for i, name in enumerate(lowered):
        key = next((k for k, words in _HEADER_WORDS.items() if name in words), "")
        if not key and ("provider" in name or name in ("therapist", "staff", "clinician")):
            key = "provider"
        if key and key not in columns:
            columns[key] = i
    return columns if "date" in columns else None


class _Read(NamedTuple):
    day: dt.date | None
    status: str | None
    minutes: int | None
    note: str
    #: The words a missed session's reason is read from.
    words: str


def _read_fields(fields: list[str], columns: dict[str, int], default: dt.datetime) -> _Read:
    """A line written as columns: the date first; minutes and status from the header's columns, else
    the first number and the first field that says a status; the rest is the note."""

    def column(key: str) -> int | None:
        i = columns.get(key)
        return i if i is not None and i < len(fields) else None

    at_date = columns.get("date", 0)
    used = {at_date}
    at_minutes, at_status = column("minutes"), column("status")
    if at_minutes is None:
        at_minutes = next(
            (
                i
                for i, f in enumerate(fields)
                if i != at_date and (re.fullmatch(r"\d{1,4}", f) or _MINUTES.fullmatch(f.lower()))
            ),
            None,
        )
    if at_minutes is not None:
        used.add(at_minutes)
    if at_status is None:
        at_status = next((i for i, f in enumerate(fields) if i not in used and _status_of(f.lower())), None)
    if at_status is not None:
        used.add(at_status)
    digits = re.search(r"\d{1,4}", fields[at_minutes]) if at_minutes is not None else None
    status = _status_of(fields[at_status].lower()) if at_status is not None else None
    at_provider = column("provider")
    others = [
        # Stored in the entry's note and read back by reconcile.provider_in: never translated.
        f"Provider: {f}" if i == at_provider else f
        for i, f in enumerate(fields)
        if i not in used and f
    ]
    words = " ".join(f.lower() for i, f in enumerate(fields) if i not in (at_date, at_provider))
    return _Read(
        _day_of(fields[0], default),
        status,
        int(digits.group(0)) if digits else None,
        "; ".join(others),
        words,
    )


def _read_text(line: str, default: dt.datetime) -> _Read:
    """A line in words: the date at its start, then the status, and minutes ("30 min", or a number:
    "2025-09-02 30" is 30 minutes, never 30 o'clock)."""
    lowered = line.lower()
    found_date = _DATE.match(line)
    if found_date:
        day = _day_of(found_date.group(0), default)
        after = lowered[found_date.end() :]
    else:  # another way of writing a date: read loosely, up to the first word when a status follows
        date_part = re.split(r"\s(?=[a-z✓])", lowered, maxsplit=1)[0] if _status_of(lowered) else lowered
        try:
            day = date_parser.parse(date_part, default=default, fuzzy=True).date()
        except (ValueError, OverflowError):
            day = None
        after = lowered[len(date_part) :]
    found_minutes = _MINUTES.search(after) or (_NUMBER.search(after) if day else None)
    return _Read(day, _status_of(after), int(found_minutes.group(1)) if found_minutes else None, "", after)


def parse_provider_log(text: str, year_hint: int) -> list[ParsedLine]:
    """Lines like "3/3 seen 30", "Mar 10 absent", "2026-03-12 shortened 20 min", a CSV's
    "2025-09-02,30,delivered" or "9/2/25;30;missed;Student ill" (a first line such as
    "Date,Minutes,Status,Provider,Notes" names the columns and is not a session), and the forms schools
    print: "9/2/25 30 min delivered", "09/02/2025 - Delivered - 30 minutes". A number after the date
    is minutes ("2025-09-02 30"), never an hour.

    The parent reviews the parsed lines before anything is saved; lines that cannot be read are shown
    with the reason, never guessed.
    """
    out: list[ParsedLine] = []
    default = dt.datetime(year_hint, 1, 1)
    columns: dict[str, int] = {}
    first = True
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        fields = _fields(line)
        if first:
            first = False
            header = _header(fields) if fields is not None else None
            if header is not None:
                columns = header
                continue  # the header: it names the columns
        at_date = columns.get("date", 0)
        if fields is not None and len(fields) > at_date and _DATE.fullmatch(fields[at_date]):
            read = _read_fields(fields, columns, default)
        else:
            read = _read_text(line, default)
        minutes = read.minutes if read.minutes is not None and read.minutes <= 24 * 60 else None
        error = ""
        if read.day is None:
            error = _("no date found")
        elif read.status is None:
            error = _("no status found (delivered, missed, shortened, make-up)")
        reason = _reason_of(read.words) if read.status == LogStatus.MISSED.value else None
        out.append(ParsedLine(number, line, read.day, read.status, minutes, error, reason, read.note))
    return out


def save_parsed(
    provision_id: int, lines: list[ParsedLine], source: str = LogSource.PROVIDER_LOG.value
) -> int:
    """Save the readable lines (all or nothing); returns how many entries were made."""
    return len(save_parsed_entries(provision_id, lines, source))


def save_parsed_entries(
    provision_id: int, lines: list[ParsedLine], source: str = LogSource.PROVIDER_LOG.value
) -> list[ServiceLogEntry]:
    """Save the readable lines (all or nothing); returns the entries made."""
    made: list[ServiceLogEntry] = []
    with database.atomic():
        for line in lines:
            if line.error or line.day is None or line.status is None:
                continue
            made.append(
                log_session(
                    provision_id,
                    line.day,
                    line.status,
                    minutes=line.minutes,
                    reason=line.reason,
                    source=source,
                    note=line.note,
                )
            )
    return made


def record_incident(
    day: dt.date,
    provision_ids: list[int],
    what_happened: str,
    reported_by: str = "",
    child_words: str = "",
    evidence: str = "",
) -> Incident:
    """A new incident (its one home and check: iepdesk.incidents); raises IncidentError, a ValueError."""
    return incidents.record(
        IncidentData(day, provision_ids, what_happened, reported_by, child_words, evidence)
    )


def incident_provisions(incident_id: int) -> list[Provision]:
    return incidents.linked_provisions(incident_id)


def find_incidents(
    start: dt.date | None = None,
    end: dt.date | None = None,
    provision_id: int | None = None,
    text: str = "",
) -> list[Incident]:
    """Incidents filtered by date range, provision and words, newest first."""
    return incidents.query(start, end, provision_id, text)
