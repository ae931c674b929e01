"""Words, symbols and colours of the calendar, in one place (all through Qt's translate).

Each logged state has a colour AND a symbol, so it reads in greyscale print and for colour-blind
eyes; the colours come from the theme in effect (ui/theme/tokens.py: Calendar), differ in lightness too
and are checked for contrast and colour-vision deficiencies there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtGui import QColor

from iepdesk.schedule.kinds import DayOffKind, LogReason, LogSource, LogStatus
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.theme import blend, current
from ui.theme.tokens import Pill

#: The state of a session that is expected and has no entry yet.
EXPECTED = "expected"

SYMBOLS = {
    LogStatus.DELIVERED.value: "✓",
    LogStatus.SHORTENED.value: "◐",
    LogStatus.MISSED.value: "✗",
    LogStatus.MAKEUP.value: "↺",
    EXPECTED: "○",
}
INCIDENT_SYMBOL = "⚑"


class Calendar(QObject):
    """The context "Calendar" for the calendar's plural texts: ``Calendar.tr("%n …", "", n)``.

    lupdate reads that as a plural, while its Python parser does not take ``translate("Calendar",
    "%n …", "", n)`` as one (only with a literal number); at run time both look up the same text.
    """

    if TYPE_CHECKING:  # PySide6's tr is a class method; its type stubs say an instance method

        @classmethod
        def tr(cls, sourceText: str, disambiguation: str | None = None, n: int = -1) -> str: ...


def _pills() -> dict[str, Pill]:
    k = current().calendar
    return {
        LogStatus.DELIVERED.value: k.delivered,
        LogStatus.SHORTENED.value: k.shortened,
        LogStatus.MISSED.value: k.missed,
        LogStatus.MAKEUP.value: k.makeup,
        EXPECTED: k.expected,
    }


class _Colours(Mapping[str, tuple[QColor, QColor]]):
    """state -> (fill, ink) in the theme in effect, read when looked up (the theme can change)."""

    def __getitem__(self, state: str) -> tuple[QColor, QColor]:
        pill = _pills()[state]
        return QColor(pill.fill), QColor(pill.ink)

    def __iter__(self) -> Iterator[str]:
        return iter(_pills())

    def __len__(self) -> int:
        return len(_pills())


#: (fill, ink): fills of different lightness, inks at 4.5:1 on them; never the only cue.
COLOURS: Mapping[str, tuple[QColor, QColor]] = _Colours()


def pill_colours(state: str, faded: bool = False) -> tuple[QColor, QColor, QColor]:
    """(fill, ink, edge) of a session; on a day outside the month the fill fades towards the day's
    ground and the ink stays (still 4.5:1)."""
    k = current().calendar
    pill = _pills().get(state, k.expected)
    fill = blend(pill.fill, k.cell, k.faded_mix) if faded else pill.fill
    return QColor(fill), QColor(pill.ink), QColor(pill.edge)


def day_colour(name: str) -> QColor:
    """One of the calendar's own colours (a field of ui.theme.tokens.Calendar: "grid", "no_school",
    "no_school_ink", "no_school_hatch", "incident_ink", "faded_ink", "today", "selected"...)."""
    value = getattr(current().calendar, name)
    assert isinstance(value, str), name
    return QColor(value)


def status_label(status: str) -> str:
    return {
        LogStatus.DELIVERED.value: translate("Calendar", "delivered"),
        LogStatus.SHORTENED.value: translate("Calendar", "cut short"),
        LogStatus.MISSED.value: translate("Calendar", "missed"),
        LogStatus.MAKEUP.value: translate("Calendar", "make-up"),
        EXPECTED: translate("Calendar", "expected, not recorded yet"),
    }.get(status, status)


def status_choices() -> list[tuple[str, str]]:
    """One session's status, as the entry form offers it. Its own context: "Missed" here is one session
    (Spanish "Perdida"), not the ledger's column of missed minutes ("Perdidos")."""
    return [
        (LogStatus.DELIVERED.value, translate("SessionStatus", "Delivered as planned")),
        (LogStatus.SHORTENED.value, translate("SessionStatus", "Cut short")),
        (LogStatus.MISSED.value, translate("SessionStatus", "Missed")),
        (LogStatus.MAKEUP.value, translate("SessionStatus", "Make-up session")),
    ]


def reason_label(reason: str | None) -> str:
    if not reason:
        return ""
    return {
        LogReason.PROVIDER_ABSENT.value: translate("Calendar", "Provider absent"),
        LogReason.SCHOOL_EVENT.value: translate("Calendar", "School event"),
        LogReason.TESTING.value: translate("Calendar", "Testing"),
        LogReason.STUDENT_ABSENT.value: translate("Calendar", "Student absent"),
        LogReason.STUDENT_REFUSED.value: translate("Calendar", "Student refused"),
        LogReason.SCHOOL_CLOSED.value: translate("Calendar", "School closed"),
        LogReason.UNKNOWN.value: translate("Calendar", "Don't know"),
        LogReason.NOT_SCHEDULED.value: translate("Calendar", "Not scheduled"),
        LogReason.PROVIDER_REASSIGNED.value: translate("Calendar", "Provider reassigned to other duties"),
        LogReason.DELAYED_START.value: translate("Calendar", "Delayed start or early release"),
    }.get(reason, reason)


def reasons() -> list[tuple[str, str]]:
    return [(r.value, reason_label(r.value)) for r in LogReason]


def source_label(source: str | None) -> str:
    if not source:
        return translate("Calendar", "Not said")
    return {
        LogSource.PARENT_SAW.value: translate("Calendar", "I saw it"),
        LogSource.CHILD_REPORTED.value: translate("Calendar", "My child told me"),
        LogSource.PROVIDER_LOG.value: translate("Calendar", "Provider's log"),
        LogSource.SCHOOL_RECORD.value: translate("Calendar", "School record"),
    }.get(source, source)


def counting_choices() -> list[tuple[str, str]]:
    """How an entry counts when another source logged the same session (schema 7)."""
    return [
        ("", translate("Calendar", "One session: count the surer record")),
        ("preferred", translate("Calendar", "One session: count this record")),
        ("separate", translate("Calendar", "A separate session of its own")),
    ]


def counting_help() -> str:
    return translate(
        "Calendar",
        "When two people log the same service on the same day (for example you and the provider), "
        "IEPDesk counts one session. If the records disagree it counts the surer one: the provider's "
        'log, then the school record, then what you saw, then what your child said. Choose "count this '
        'record" to count this one instead, or "a separate session" if there really were two sessions.',
    )


def source_phrase(source: str | None) -> str:
    """Who says so, in a sentence: "the provider's log says …"."""
    if not source:
        return translate("Calendar", "an entry with no source")
    return {
        LogSource.PARENT_SAW.value: translate("Calendar", "your note"),
        LogSource.CHILD_REPORTED.value: translate("Calendar", "what your child said"),
        LogSource.PROVIDER_LOG.value: translate("Calendar", "the provider's log"),
        LogSource.SCHOOL_RECORD.value: translate("Calendar", "the school record"),
    }.get(source, source)


def sources() -> list[tuple[str | None, str]]:
    return [(None, source_label(None)), *((s.value, source_label(s.value)) for s in LogSource)]


def kind_label(kind: str) -> str:
    return {
        DayOffKind.HOLIDAY.value: translate("Calendar", "Holiday"),
        DayOffKind.BREAK.value: translate("Calendar", "Break"),
        DayOffKind.CLOSURE.value: translate("Calendar", "Closure"),
        DayOffKind.STAFF_DAY.value: translate("Calendar", "Staff day"),
        DayOffKind.OTHER.value: translate("Calendar", "Other"),
    }.get(kind, kind)


def kinds() -> list[tuple[str, str]]:
    return [(k.value, kind_label(k.value)) for k in DayOffKind]


def no_school_label(reason: str) -> str:
    """The core says "weekend" or "no school year"; a day off carries the parent's own label."""
    return {
        "weekend": translate("Calendar", "Weekend"),
        "no school year": translate("Calendar", "Outside the school year"),
    }.get(reason, reason)


_CORE_MESSAGES = {
    "no date found": QT_TRANSLATE_NOOP("Calendar", "No date found"),
    "no status found (delivered, missed, shortened, make-up)": QT_TRANSLATE_NOOP(
        "Calendar", "No status found (delivered, missed, cut short, make-up)"
    ),
    "No school year is entered, so every Monday to Friday is counted as a school day.": QT_TRANSLATE_NOOP(
        "Calendar", "No school year is entered, so every Monday to Friday is counted as a school day."
    ),
}


def core_message(text: str) -> str:
    """A plain message from the core, translated when it is one we know."""
    known = _CORE_MESSAGES.get(text)
    return translate("Calendar", known) if known else text


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def long_day(day: dt.date) -> str:
    return QLocale().toString(qdate(day), translate("Calendar", "dddd, MMMM d, yyyy"))


def short_day(day: dt.date) -> str:
    return QLocale().toString(qdate(day), translate("Calendar", "ddd, MMM d, yyyy"))


def month_title(year: int, month: int) -> str:
    return QLocale().toString(QDate(year, month, 1), translate("Calendar", "MMMM yyyy"))


def minutes_text(minutes: int | None) -> str:
    return (
        translate("Calendar", "as planned")
        if minutes is None
        else translate("Calendar", "{n} min").format(n=minutes)
    )
