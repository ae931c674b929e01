"""What a school's export holds in each column, and reading its cells: dates and minutes.

Headers are compared case-insensitively with punctuation ignored ("Date of Service", "Min.",
"Delivered?"). Dates: ISO, US-style with slashes ("9/2/25", "09/02/2025", or day first when the file
is written that way), month names ("Sep 2, 2025", "2 September 2025") and Excel serial numbers
("45902"). Minutes: "30", "30 min", "0:30", "1 hr", "1 hr 15 min", "45.0". docs/importing-logs.md.
"""

from __future__ import annotations

import datetime as dt
import re

from iepdesk.i18n import _

#: Excel's day 0 for every date after February 1900: serial 1 is 1900-01-01 but Excel also counts a
#: 29 February 1900 that never was, so from serial 61 (1900-03-01) on, serial n is 1899-12-30 + n days.
EXCEL_EPOCH = dt.date(1899, 12, 30)
#: Serial numbers read as dates: 1 Jan 1960 to 31 Dec 2099 (a school log is never outside them).
EXCEL_FIRST, EXCEL_LAST = 21916, 73050

#: field -> header texts (normalized) that mean it exactly.
EXACT: dict[str, tuple[str, ...]] = {
    "date": ("date", "date of service", "service date", "svc date", "session date", "dos", "day"),
    "minutes": (
        "min",
        "mins",
        "minutes",
        "duration",
        "minutes delivered",
        "time",
        "session length",
        "length",
    ),
    "status": ("session status", "status", "attendance", "delivered", "attended", "outcome", "result"),
    "reason": ("reason", "absence reason", "reason missed", "missed reason", "cancellation reason"),
    "provider": ("provider", "therapist", "staff", "clinician", "provider name", "service provider"),
    "note": ("comments", "comment", "notes", "note", "session notes", "remarks"),
    "service": ("service", "service type", "services", "service name", "svc", "discipline"),
    "group": ("group individual", "group", "setting", "group or individual", "grp ind", "delivery"),
}
#: field -> words a header may contain, tried after the exact texts, most specific field first.
CONTAINS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("reason", ("reason",)),
    ("provider", ("provider", "therapist", "staff", "clinician")),
    ("date", ("date",)),
    ("minutes", ("minute", "mins", "duration")),
    ("status", ("status", "attendance", "delivered")),
    ("note", ("comment", "note")),
    ("group", ("group", "setting")),
    ("service", ("service",)),
)


def normalize(text: str) -> str:
    """Lower case, every run of punctuation or space one space: "Date of Service:" -> "date of service"."""
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).replace("_", " ").split())


def guess_columns(header: tuple[str, ...]) -> dict[str, int]:
    """field -> column index, each column one field at most, each field its first column."""
    found: dict[str, int] = {}
    names = [normalize(h) for h in header]
    for field, texts in EXACT.items():
        for index, name in enumerate(names):
            if name in texts and index not in found.values():
                found[field] = index
                break
    for field, words in CONTAINS:
        if field in found:
            continue
        for index, name in enumerate(names):
            if field != "date" and "date" in name.split():
                continue  # "Service Date" is a date, never the service
            if index not in found.values() and any(w in name for w in words):
                found[field] = index
                break
    return found


# ---- dates ---------------------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?")
_SLASHED = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}.*)?")
_SERIAL = re.compile(r"(\d{5})(?:\.0+)?")
_WEEKDAY = re.compile(r"^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_MONTH_FIRST = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.IGNORECASE)
_DAY_FIRST = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})", re.IGNORECASE)


def slashed_parts(text: str) -> tuple[int, int] | None:
    """The first two numbers of a date written with slashes ("03/04/2025" -> (3, 4)), else None."""
    m = _SLASHED.fullmatch(text.strip())
    return (int(m.group(1)), int(m.group(2))) if m else None


def date_order(cells: list[str]) -> str:
    """How the file writes dates with slashes: "mdy", "dmy", "" (no date can be read two ways, or
    none is written with slashes), or "mixed" (some dates show a day > 12 first, others second)."""
    first_big = second_big = two_ways = False
    for cell in cells:
        parts = slashed_parts(cell)
        if parts is None:
            continue
        a, b = parts
        first_big |= a > 12
        second_big |= b > 12
        two_ways |= a <= 12 and b <= 12 and a != b
    if first_big and second_big:
        return "mixed"
    if first_big:
        return "dmy"
    if second_big:
        return "mdy"
    return "ambiguous" if two_ways else ""


class CellError(ValueError):
    """A cell that cannot be read; the message is for the parent."""


def parse_date(text: str, order: str) -> dt.date:
    """A date cell; ``order`` ("mdy" or "dmy") is the file's own order for dates with slashes."""
    cell = text.strip()
    if not cell:
        raise CellError(_("no date"))
    try:
        m = _ISO.fullmatch(cell)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _SLASHED.fullmatch(cell)
        if m:
            a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            year += 2000 if year < 100 else 0
            if a != b and a <= 12 and b <= 12 and order not in ("mdy", "dmy"):
                raise CellError(
                    _(
                        "the date {cell!r} can be read two ways (month first or day first) and "
                        "the file's other dates do not tell which: choose the file's date order"
                    ).format(cell=cell)
                )
            month, day = (b, a) if order == "dmy" or a > 12 else (a, b)
            return dt.date(year, month, day)
        m = _SERIAL.fullmatch(cell)
        if m:
            serial = int(m.group(1))
            if EXCEL_FIRST <= serial <= EXCEL_LAST:
                return EXCEL_EPOCH + dt.timedelta(days=serial)
            raise CellError(_("{cell!r} is a number, not a date").format(cell=cell))
        named = _WEEKDAY.sub("", cell)
        m = _MONTH_FIRST.fullmatch(named)
        if m and m.group(1).casefold() in _MONTHS:
            return dt.date(int(m.group(3)), _MONTHS[m.group(1).casefold()], int(m.group(2)))
        m = _DAY_FIRST.fullmatch(named)
        if m and m.group(2).casefold() in _MONTHS:
            return dt.date(int(m.group(3)), _MONTHS[m.group(2).casefold()], int(m.group(1)))
    except ValueError as exc:
        if isinstance(exc, CellError):
            raise
        raise CellError(_("{cell!r} is not a real date").format(cell=cell)) from None
    raise CellError(_("{cell!r} is not a date").format(cell=cell))


# ---- minutes -------------------------------------------------------------------------------------

_NUMBER = r"(\d+(?:\.\d+)?)"
_PLAIN = re.compile(_NUMBER + r"\s*(?:m|min|mins|minute|minutes)?\.?")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_HOURS = re.compile(
    _NUMBER + r"\s*(?:h|hr|hrs|hour|hours)\.?(?:\s*(?:and\s*)?(\d+)\s*(?:m|min|mins|minute|minutes)\.?)?"
)


def _whole(value: float, cell: str) -> int:
    if value != int(value):
        raise CellError(_("{cell!r} is not a whole number of minutes").format(cell=cell))
    return int(value)


def parse_minutes(text: str) -> int | None:
    """Minutes from a cell, None when it is blank. Only a number first is read: "hour 30" is not."""
    cell = text.strip().casefold()
    if not cell:
        return None
    minutes: int
    if m := _PLAIN.fullmatch(cell):
        minutes = _whole(float(m.group(1)), text)
    elif m := _CLOCK.fullmatch(cell):
        hours, mins, secs = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
        if mins >= 60 or secs >= 60:
            raise CellError(_("{cell!r} is not a time like 0:30").format(cell=text.strip()))
        if secs:
            raise CellError(_("{cell!r} is not a whole number of minutes").format(cell=text.strip()))
        minutes = hours * 60 + mins
    elif m := _HOURS.fullmatch(cell):
        minutes = _whole(float(m.group(1)) * 60, text) + int(m.group(2) or 0)
    else:
        raise CellError(_("{cell!r} is not a number of minutes").format(cell=text.strip()))
    if minutes > 24 * 60:
        raise CellError(_("{cell!r} is more minutes than a day has").format(cell=text.strip()))
    return minutes
