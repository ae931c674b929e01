"""Reading a date (or a date and time) that a person typed, and writing one back the same way.

The rules, so that what is typed is never read as some other date:

- Numbers only ("8/20/2026", "20.8.26", "2026-08-20"): a first group of four digits is always year, month,
  day (ISO). Otherwise the month/day order is the locale's (``order``: "MDY", "DMY" or "YMD"; the United
  States order "MDY" by default), and it is applied strictly: in "MDY", "20/8/2026" is refused (there is no
  month 20) rather than quietly read the other way round.
- With a month name ("Aug 20 2026", "20 August 2026", "Thursday, August 20, 2026"): read by dateutil. A
  weekday that does not match the date is refused.
- A two-digit year is the one between 80 years before and 19 years after today's year (in 2026: "26" is
  2026, "45" is 2045, "46" is 1946).
- No year at all ("8/20", "Aug 20"): this year. No day or no month: refused.
- Impossible dates (2/30, 2/29 outside a leap year, month 13) are refused with a plain reason.
- In Spanish, month and weekday names are read in Spanish too ("3 de diciembre de 2026", "3 dic 2026",
  "diciembre 3, 2026", "martes, 1 de diciembre de 2026"), with or without accents; the English names
  still read (no Spanish month name means another month in English).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from dateutil import parser as _dateutil

from iepdesk.errors import IEPDeskError
from iepdesk.i18n import _, current, long_date

ORDERS = ("MDY", "DMY", "YMD")
_NUMERIC = re.compile(r"^(\d{1,4})\s*[/.\-\s]\s*(\d{1,2})(?:\s*[/.\-\s]\s*(\d{1,4}))?$")
_TIME = re.compile(
    r"(?:^|(?<=\d)T|[\s,]+(?:at\s+)?)(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s*m?\.?$|"
    r"(?:^|(?<=\d)T|[\s,]+(?:at\s+)?)(\d{1,2}):(\d{2})$",
    re.IGNORECASE,
)


class DateTextError(IEPDeskError):
    """The text is not a date that can be read without guessing. ``str(err)`` says why, plainly."""


def example(order: str = "MDY") -> str:
    """A date written the way this order expects, for messages: "8/20/2026"."""
    return format_date(dt.date(2026, 8, 20), order)


def _unreadable(order: str) -> str:
    return _("This is not a date IEPDesk can read. Type a date like {example}.").format(
        example=example(order)
    )


def order_from_format(fmt: str) -> str:
    """The month/day/year order of a Qt or CLDR date pattern such as "M/d/yy" or "dd.MM.yyyy"."""
    places = {part: fmt.find(letter) for part, letter in (("M", "M"), ("D", "d"), ("Y", "y"))}
    if min(places.values()) < 0:
        return "MDY"
    order = "".join(sorted(places, key=lambda part: places[part]))
    return order if order in ORDERS else "MDY"


def full_year(two_digits: int, today: dt.date) -> int:
    """The year meant by a two-digit year: within 80 years before and 19 years after today's year."""
    year = today.year - today.year % 100 + two_digits
    if year > today.year + 19:
        year -= 100
    elif year < today.year - 80:
        year += 100
    return year


def format_date(day: dt.date, order: str = "MDY") -> str:
    """The date in numbers in this order, which ``parse_date`` reads back: "8/20/2026", "20/8/2026",
    "2026-08-20"."""
    if order == "YMD":
        return day.isoformat()
    if order == "DMY":
        return f"{day.day}/{day.month}/{day.year}"
    return f"{day.month}/{day.day}/{day.year}"


def format_time(moment: dt.time, twelve_hour: bool = True) -> str:
    """ "9:09 AM" or "09:09", which ``parse_datetime`` reads back."""
    if not twelve_hour:
        return f"{moment.hour:02d}:{moment.minute:02d}"
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def _checked(year: int, month: int, day: int, order: str) -> dt.date:
    if not 1 <= month <= 12:
        raise DateTextError(
            _("There is no month {month}. Type a date like {example}.").format(
                month=month, example=example(order)
            )
        )
    last = calendar.monthrange(year, month)[1] if 1 <= year <= 9999 else 31
    if not 1 <= year <= 9999:
        raise DateTextError(
            _("The year {year} cannot be right. Type a date like {example}.").format(
                year=year, example=example(order)
            )
        )
    if not 1 <= day <= last:
        name = _month_name(month)
        if month == 2 and day == 29:
            raise DateTextError(
                _("{year} is not a leap year: February {year} has 28 days.").format(year=year)
            )
        raise DateTextError(
            _("{month} has {last} days, so {month} {day} does not exist.").format(
                month=name, last=last, day=day
            )
        )
    return dt.date(year, month, day)


def _year(digits: str, today: dt.date, order: str) -> int:
    if len(digits) == 4:
        return int(digits)
    if len(digits) <= 2:
        return full_year(int(digits), today)
    raise DateTextError(_("Write the year with four digits, like {example}.").format(example=example(order)))


def _numeric(match: re.Match[str], order: str, today: dt.date) -> dt.date:
    first, second, third = match.group(1), match.group(2), match.group(3)
    if len(first) == 4:  # ISO, whatever the locale
        if third is None:
            raise DateTextError(_("Say which day, like {example}.").format(example=example(order)))
        return _checked(int(first), int(second), int(third), order)
    if len(first) == 3:
        raise DateTextError(_("Type a date like {example}.").format(example=example(order)))
    if third is None:  # month and day only: this year
        if order == "YMD":
            raise DateTextError(_("Add the year, like {example}.").format(example=example(order)))
        month, day = (first, second) if order == "MDY" else (second, first)
        return _checked(today.year, int(month), int(day), order)
    if order == "YMD":
        return _checked(_year(first, today, order), int(second), int(third), order)
    month, day = (first, second) if order == "MDY" else (second, first)
    return _checked(_year(third, today, order), int(month), int(day), order)


# Spanish month and weekday names as people type them, with and without accents. Each month keeps its
# English names too (no Spanish name is another month's English one). "mar" is March only: martes is
# written out (dateutil tries weekdays first, so "mar" as a weekday would hide marzo).
_ES_MONTHS: list[Any] = [
    ("Jan", "January", "ene", "enero"),
    ("Feb", "February", "febrero"),
    ("Mar", "March", "marzo"),
    ("Apr", "April", "abr", "abril"),
    ("May", "mayo"),
    ("Jun", "June", "junio"),
    ("Jul", "July", "julio"),
    ("Aug", "August", "ago", "agosto"),
    ("Sep", "Sept", "September", "set", "septiembre", "setiembre"),
    ("Oct", "October", "octubre"),
    ("Nov", "November", "noviembre"),
    ("Dec", "December", "dic", "diciembre"),
]
_ES_WEEKDAYS = [
    ("lun", "lunes"),
    ("martes",),
    ("mié", "mie", "miércoles", "miercoles"),
    ("jue", "jueves"),
    ("vie", "viernes"),
    ("sáb", "sab", "sábado", "sabado"),
    ("dom", "domingo"),
]
_ES_MONTH_NAMES = (
    "",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
_ES_WEEKDAY_NAMES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


def _month_name(month: int) -> str:
    """The month's name in the current language ("August" / "agosto")."""
    return _ES_MONTH_NAMES[month] if current() == "es" else calendar.month_name[month]


def _weekday_name(weekday: int) -> str:
    """The weekday's name in the current language, Monday being 0 ("Thursday" / "jueves")."""
    return _ES_WEEKDAY_NAMES[weekday] if current() == "es" else calendar.day_name[weekday]


class _Info(_dateutil.parserinfo):
    """dateutil's English words (and Spanish ones when the language is Spanish), with this module's
    two-digit year rule."""

    def __init__(self, today: dt.date, dayfirst: bool, yearfirst: bool, spanish: bool = False) -> None:
        if spanish:
            # "3 de diciembre de 2026", "el martes, 1 de diciembre del 2026"
            self.JUMP = [*_dateutil.parserinfo.JUMP, "de", "del", "el"]
            self.MONTHS = _ES_MONTHS
            self.WEEKDAYS: list[Any] = [
                (*english, *spanish_names)
                for english, spanish_names in zip(_dateutil.parserinfo.WEEKDAYS, _ES_WEEKDAYS, strict=True)
            ]
        super().__init__(dayfirst=dayfirst, yearfirst=yearfirst)
        self._today = today

    def convertyear(self, year: int, century_specified: bool = False) -> int:
        if year < 100 and not century_specified:
            return full_year(year, self._today)
        return year


def _named(text: str, order: str, today: dt.date) -> dt.date:
    info = _Info(today, dayfirst=order == "DMY", yearfirst=order == "YMD", spanish=current() == "es")
    # Two very different defaults: a part that was not typed comes out different in the two readings.
    first_default, second_default = dt.datetime(2000, 1, 1, 0, 0), dt.datetime(2004, 3, 3, 1, 1)
    try:
        first = _dateutil.parse(text, parserinfo=info, default=first_default)
        second = _dateutil.parse(text, parserinfo=info, default=second_default)
    except (ValueError, OverflowError) as exc:
        if "out of range" in str(exc) or "must be in" in str(exc):
            raise DateTextError(
                _("There is no such day. Type a date like {example}.").format(example=example(order))
            ) from exc
        raise DateTextError(_unreadable(order)) from exc
    if first.time() != first_default.time() or second.time() != second_default.time():
        raise DateTextError(_("Type only the date here, without a time."))
    if first.month != second.month or first.day != second.day:
        raise DateTextError(_("Say the month and the day, like {example}.").format(example=example(order)))
    year = first.year if first.year == second.year else today.year
    day = _checked(year, first.month, first.day, order)
    for word in re.findall(r"[^\W\d_]+", text):
        weekday = info.weekday(word)
        if weekday is not None and weekday != day.weekday():
            raise DateTextError(
                _("{date} is a {weekday}, not a {typed}.").format(
                    date=long_date(day), weekday=_weekday_name(day.weekday()), typed=_weekday_name(weekday)
                )
            )
    return day


def parse_date(text: str, order: str = "MDY", today: dt.date | None = None) -> dt.date:
    """The date ``text`` means, or DateTextError saying plainly why it cannot be read."""
    if order not in ORDERS:
        raise ValueError(f"unknown date order {order!r}")
    today = today or dt.date.today()
    cleaned = " ".join(text.split())
    if not cleaned:
        raise DateTextError(_("Type a date, like {example}.").format(example=example(order)))
    match = _NUMERIC.match(cleaned)
    if match:
        return _numeric(match, order, today)
    if not re.search(r"[^\W\d_]", cleaned):
        raise DateTextError(_unreadable(order))
    return _named(cleaned, order, today)


def _time(match: re.Match[str]) -> dt.time:
    if match.group(1) is not None:  # with AM or PM
        hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3).lower()
        if not 1 <= hour <= 12:
            raise DateTextError(
                _("{hour} is not an hour on a 12-hour clock. Type a time like 9:30 AM.").format(hour=hour)
            )
        hour = hour % 12 + (12 if half == "p" else 0)
    else:
        hour, minute = int(match.group(4)), int(match.group(5))
        if hour > 23:
            raise DateTextError(
                _("{hour} is not an hour. Type a time like 9:30 AM or 14:30.").format(hour=hour)
            )
    if minute > 59:
        raise DateTextError(_("{minute} is not a minute. Type a time like 9:30 AM.").format(minute=minute))
    return dt.time(hour, minute)


def parse_datetime(text: str, order: str = "MDY", today: dt.date | None = None) -> dt.datetime:
    """A date and a time ("8/20/2026 9:09 AM", "2026-08-20 14:30", "August 20, 2026 at 9:09 AM")."""
    cleaned = " ".join(text.split())
    match = _TIME.search(cleaned)
    if match is None:
        day = parse_date(cleaned, order, today)  # says what is wrong with the date, if anything
        raise DateTextError(_("Add the time, like {date} 9:30 AM.").format(date=format_date(day, order)))
    day = parse_date(cleaned[: match.start()].rstrip(" ,"), order, today)
    return dt.datetime.combine(day, _time(match))
