"""Calendar files: import a district's .ics (days off, first and last day) and export the expected
service schedule and the case's deadlines for a phone's calendar. Uses the icalendar library; recurring
events are expanded with dateutil's rrule."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from dateutil.rrule import rrule, rrulestr

from iepdesk import __version__
from iepdesk.errors import UsageError
from iepdesk.i18n import LANGUAGES, _, ngettext
from iepdesk.model import NonSchoolDay, SchoolYear, database
from iepdesk.model.calendar import DayOffKind
from iepdesk.paths import resource_path

#: What an imported event can be marked as. "ignore" drops it.
CHOICES = ("day_off", "first_day", "last_day", "school_day", "ignore")
MAX_OCCURRENCES = 400
MAX_ICS_BYTES = 20 * 1024 * 1024
#: All the events of one file, recurring ones expanded. A school calendar has a few hundred.
MAX_EVENTS = 20_000
#: Times a rule is stepped through (sub-daily rules step many times for one day).
MAX_RULE_STEPS = 50_000
#: The default window of a recurring event's expansion, in school years (1 July to 30 June).
MAX_WINDOW_YEARS = 4
#: From 1901 to 2099 and from 9901 to 9999 every fourth year is a leap year (no century between), so a
#: year of one range has the same calendar as a year of the other. A rule is expanded moved forward
#: to such years just before 9999, the last year dateutil steps through, and moved back: an impossible
#: rule (FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=31) then stops within 28 years of the window instead of
#: stepping day by day to the year 9999.
_EXACT_YEARS = (1901, 2099)
_LATE_YEARS = (9901, 9999)


class IcsError(UsageError, ValueError):
    """The file is not a calendar IEPDesk can read (a plain message for the parent, exit code 2)."""


@dataclass(frozen=True)
class IcsEvent:
    uid: str
    summary: str
    first_day: dt.date
    last_day: dt.date
    #: "day_off", "first_day", "last_day", "school_day" or "unknown" (the parent decides).
    suggestion: str
    #: For a day off: holiday, break, closure, staff_day.
    day_off_kind: str


@dataclass(frozen=True)
class ImportResult:
    days_off_added: int
    days_off_skipped: int
    school_year: str | None


def _fold(text: str) -> str:
    """Lower case without accents: "Día Festivo" -> "dia festivo"."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


@dataclass(frozen=True)
class _Keywords:
    #: Whether the title is matched without its accents ("Dia festivo" typed for "Día festivo").
    ignore_accents: bool
    groups: dict[str, tuple[str, ...]]


@cache
def _keywords() -> tuple[_Keywords, ...]:
    """Every language's keywords (a school calendar can be in any of them), English first."""
    found = []
    for language in LANGUAGES:
        path = resource_path("calendar", f"ics-keywords.{language}.json")
        if not path.is_file():
            continue
        data: dict[str, Any] = json.loads(path.read_text("utf-8"))
        fold = bool(data.get("ignore_accents"))
        found.append(
            _Keywords(
                fold,
                {
                    k: tuple(_fold(w) if fold else w.lower() for w in v)
                    for k, v in data.items()
                    if isinstance(v, list)
                },
            )
        )
    return tuple(found)


def classify(summary: str) -> tuple[str, str]:
    """(suggestion, day-off kind) for an event title, in any language IEPDesk has keywords for."""
    text = summary.lower()
    folded = _fold(summary)
    languages = _keywords()
    for group in ("first_day", "last_day", "school_day", "staff_day", "break", "holiday", "closure"):
        if any(
            w in (folded if words.ignore_accents else text)
            for words in languages
            for w in words.groups.get(group, ())
        ):
            if group in ("first_day", "last_day", "school_day"):
                return group, ""
            kind = {
                "staff_day": DayOffKind.STAFF_DAY,
                "break": DayOffKind.BREAK,
                "holiday": DayOffKind.HOLIDAY,
                "closure": DayOffKind.CLOSURE,
            }[group]
            return "day_off", kind.value
    return "unknown", DayOffKind.OTHER.value


def read_events(data: bytes, window: tuple[dt.date, dt.date] | None = None) -> list[IcsEvent]:
    """Every event, each with a suggestion; recurring ones are expanded over ``window`` (first and
    last day, both included), by default the school years of the events (``default_window``), at most
    MAX_OCCURRENCES each. Raises IcsError for any file it cannot read, whatever is wrong inside."""
    from icalendar import Calendar

    if len(data) > MAX_ICS_BYTES:
        raise IcsError(_("This calendar file is too large to be a school calendar."))
    try:
        calendar = Calendar.from_ical(data)
    except Exception as exc:  # icalendar raises ValueError and others on malformed input
        raise IcsError(
            _("This is not a calendar file IEPDesk can read ({error}).").format(error=type(exc).__name__)
        ) from None
    try:
        return _events(calendar, window)
    except IcsError:
        raise
    except Exception as exc:  # a broken property, a date past the year 9999, a rule dateutil refuses
        raise IcsError(
            _("This calendar file has an event IEPDesk cannot read ({error}).").format(
                error=type(exc).__name__
            )
        ) from None


def default_window(starts: list[dt.date]) -> tuple[dt.date, dt.date]:
    """The school years concerned: from the 1 July before the earliest start to the 30 June that ends
    the school year after the latest one, at most MAX_WINDOW_YEARS school years (the latest kept)."""

    def school_year(day: dt.date) -> int:
        return day.year if day.month >= 7 else day.year - 1

    last = min(school_year(max(starts)) + 1, dt.MAXYEAR - 1)
    first = max(school_year(min(starts)), last - (MAX_WINDOW_YEARS - 1), dt.MINYEAR)
    return dt.date(first, 7, 1), dt.date(last + 1, 6, 30)


def _events(calendar: Any, window: tuple[dt.date, dt.date] | None) -> list[IcsEvent]:
    dated = [(c, start) for c in calendar.walk("VEVENT") if (start := _as_date(c.get("DTSTART")))]
    if not dated:
        return []
    span = window or default_window([start for _, start in dated])
    events: list[IcsEvent] = []
    for component, start in dated:
        end = _end_date(component, start)
        summary = str(component.get("SUMMARY", "")).strip() or "(no title)"
        uid = str(component.get("UID", "")) or _digest(f"{summary}{start}")
        suggestion, kind = classify(summary)
        length = end - start
        for occurrence in _occurrences(component, start, span):
            if len(events) >= MAX_EVENTS:
                raise IcsError(
                    _(
                        "This calendar file holds more than {count} days of events: "
                        "it does not look like a school calendar."
                    ).format(count=MAX_EVENTS)
                )
            events.append(
                IcsEvent(
                    uid=f"{uid}#{occurrence.isoformat()}" if occurrence != start else uid,
                    summary=summary,
                    first_day=occurrence,
                    last_day=occurrence + length,
                    suggestion=suggestion,
                    day_off_kind=kind,
                )
            )
    events.sort(key=lambda e: (e.first_day, e.summary))
    return events


def _as_date(prop: Any) -> dt.date | None:
    if prop is None:
        return None
    value = prop.dt if hasattr(prop, "dt") else prop
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


def _end_date(component: Any, start: dt.date) -> dt.date:
    """Inclusive last day. DTEND of an all-day event is exclusive (RFC 5545)."""
    raw_end = component.get("DTEND")
    end = _as_date(raw_end)
    if end is None:
        duration = component.get("DURATION")
        if duration is not None and hasattr(duration, "dt"):
            span: dt.timedelta = duration.dt
            return max(start, start + span - dt.timedelta(days=1))
        return start
    all_day = not isinstance(raw_end.dt, dt.datetime)
    if all_day and end > start:
        end -= dt.timedelta(days=1)
    return max(start, end)


def _occurrences(component: Any, start: dt.date, window: tuple[dt.date, dt.date]) -> list[dt.date]:
    rule = component.get("RRULE")
    if rule is None:
        return [start]
    first, last = window
    text = rule.to_ical().decode("ascii")
    begin = dt.datetime.combine(start, dt.time())
    try:
        recurrence = rrulestr(f"RRULE:{text}", dtstart=begin, ignoretz=True)
    except (ValueError, TypeError, OverflowError):
        return [start]
    if not isinstance(recurrence, rrule) or "BYEASTER" in text.upper():
        return [start]  # Easter does not repeat every 28 years: not expanded
    shift = _late_shift(start.year, last.year)
    if shift is None:
        return [start] if first <= start <= last else []
    until = getattr(recurrence, "_until", None)
    window_end = dt.datetime.combine(last, dt.time.max)
    moved = recurrence.replace(
        dtstart=begin.replace(year=begin.year + shift),
        until=None
        if getattr(recurrence, "_count", None)
        else _moved(min(until or window_end, window_end), shift),
    )
    excluded = set()
    exdates = component.get("EXDATE")
    for group in exdates if isinstance(exdates, list) else ([exdates] if exdates is not None else []):
        for item in getattr(group, "dts", []):
            day = _as_date(item)
            if day is not None:
                excluded.add(day)
    out: list[dt.date] = []
    seen: set[dt.date] = set()
    for steps, when in enumerate(moved):
        day = when.date().replace(year=when.year - shift)
        if day > last or steps >= MAX_RULE_STEPS or len(out) >= MAX_OCCURRENCES:
            break
        if day >= first and day not in excluded and day not in seen:
            seen.add(day)
            out.append(day)
    return out


def _late_shift(first_year: int, last_year: int) -> int | None:
    """Years to add so that first_year..last_year fall in 9901..9999, as late as possible, on a
    calendar of the same days: the same weekday on 1 January and the same place in the leap cycle
    (both ranges have a leap year every 4 years, no century in between). None when there is none."""
    if not (_EXACT_YEARS[0] <= first_year <= last_year <= _EXACT_YEARS[1]):
        return None
    weekday = dt.date(first_year, 1, 1).weekday()
    for target in range(_LATE_YEARS[1] - (last_year - first_year), _LATE_YEARS[0] - 1, -1):
        if target % 4 == first_year % 4 and dt.date(target, 1, 1).weekday() == weekday:
            return target - first_year
    return None


def _moved(when: dt.datetime, shift: int) -> dt.datetime:
    return when.replace(year=when.year + shift)


def apply_import(events: list[IcsEvent], decisions: dict[str, str], year_name: str = "") -> ImportResult:
    """Store what the parent decided: days off become non-school days (once: re-importing the same
    file adds nothing), and a first and last day set the school year."""
    existing = {
        row.source_uid
        for row in NonSchoolDay.select(NonSchoolDay.source_uid).where(NonSchoolDay.source == "ics")
    }
    added = skipped = 0
    first = last = None
    with database.atomic():
        for event in events:
            choice = decisions.get(event.uid, event.suggestion)
            if choice not in CHOICES:
                continue
            if choice == "day_off":
                if event.uid in existing:
                    skipped += 1
                    continue
                NonSchoolDay.create(
                    first_day=event.first_day,
                    last_day=event.last_day,
                    kind=event.day_off_kind or "other",
                    label=event.summary[:200],
                    source="ics",
                    source_uid=event.uid[:300],
                )
                existing.add(event.uid)
                added += 1
            elif choice == "first_day":
                first = event.first_day if first is None else min(first, event.first_day)
            elif choice == "last_day":
                last = event.last_day if last is None else max(last, event.last_day)
        name = None
        if first is not None and last is not None and first <= last:
            name = year_name or f"{first.year}-{str(last.year)[2:]}"
            year = SchoolYear.get_or_none((SchoolYear.first_day <= last) & (SchoolYear.last_day >= first))
            if year is None:
                SchoolYear.create(name=name, first_day=first, last_day=last)
            else:
                year.first_day, year.last_day = first, last
                year.save()
    return ImportResult(days_off_added=added, days_off_skipped=skipped, school_year=name)


@dataclass(frozen=True)
class CalendarItem:
    """One thing to put in the exported calendar (an all-day event)."""

    uid_seed: str
    day: dt.date
    title: str
    description: str = ""


def export_ics(items: list[CalendarItem]) -> bytes:
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", f"-//IEPDesk//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "IEPDesk")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for item in items:
        event = Event()
        # The UID is a digest: it identifies the event without carrying the child's details.
        event.add("uid", f"{_digest(item.uid_seed + item.day.isoformat())}@iepdesk")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + dt.timedelta(days=1))
        event.add("summary", item.title)
        if item.description:
            event.add("description", item.description)
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def _describe(deadline: Any) -> str:
    """The rule, the date it counts from, the source, and the state-may-differ note, as sentences."""
    counted = _("Counted from {label} ({date})").format(
        label=deadline.counted_from_label, date=deadline.counted_from.isoformat()
    )
    parts = [deadline.rule, counted + (f"; {deadline.source}." if deadline.source else "."), deadline.note]
    return " ".join(p.strip() for p in parts if p and p.strip())


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def schedule_items(start: dt.date, end: dt.date) -> list[CalendarItem]:
    """Expected sessions of every service, and the case's deadlines, between two dates."""
    from iepdesk.model import Provision
    from iepdesk.schedule.expected import expected_slots

    items: list[CalendarItem] = []
    titles = {p.id: str(p.title or _("Service")) for p in Provision.select(Provision.id, Provision.title)}
    for slot in expected_slots(start, end):
        name = titles.get(slot.provision_id) or _("Service")
        if slot.session_days:
            for day in slot.session_days:
                items.append(
                    CalendarItem(
                        f"s{slot.service_id}",
                        day,
                        _("{name} ({minutes} min)").format(name=name, minutes=slot.minutes_per_session),
                    )
                )
        elif slot.period == "day":
            for day in slot.active_days:
                items.append(
                    CalendarItem(
                        f"s{slot.service_id}",
                        day,
                        _("{name}: {sessions} × {minutes} min").format(
                            name=name, sessions=slot.sessions, minutes=slot.minutes_per_session
                        ),
                    )
                )
        else:
            items.append(
                CalendarItem(
                    f"s{slot.service_id}",
                    slot.first_day,
                    _sessions_title(name, slot.sessions, slot.period),
                    _("{each} minutes each, {total} minutes in all ({start} to {end}).").format(
                        each=slot.minutes_per_session,
                        total=slot.minutes,
                        start=slot.bucket.start.isoformat(),
                        end=slot.bucket.end.isoformat(),
                    ),
                )
            )
    from iepdesk.deadlines import all_deadlines

    for deadline in all_deadlines(dt.date.today(), include_past_days=10_000):
        if start <= deadline.due <= end:
            items.append(
                CalendarItem(
                    f"deadline-{deadline.kind}-{deadline.related}",
                    deadline.due,
                    deadline.title,
                    _describe(deadline),
                )
            )
    return items


def _sessions_title(name: str, n: int, period: str) -> str:
    """ "Speech: 2 sessions this week", the sessions a service owes in one period."""
    if period == "week":
        text = ngettext("{name}: {count} session this week", "{name}: {count} sessions this week", n)
    elif period == "month":
        text = ngettext("{name}: {count} session this month", "{name}: {count} sessions this month", n)
    elif period == "grading_period":
        text = ngettext(
            "{name}: {count} session this grading period", "{name}: {count} sessions this grading period", n
        )
    elif period == "year":
        text = ngettext("{name}: {count} session this year", "{name}: {count} sessions this year", n)
    else:
        text = ngettext("{name}: {count} session", "{name}: {count} sessions", n) + " "
    return text.format(name=name, count=n)
