"""What a day of the calendar says, as plain data: one item per expected or logged session, and the
documents or notice due that day before an IEP meeting (from iepdesk.deadlines, as the Overview).

Shared by the painted grid and the text summary (what a screen reader hears for the selected day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from iepdesk.deadlines import Deadline
from iepdesk.schedule.month import DayCell, WeekLine
from ui.calendar.texts import (
    EXPECTED,
    INCIDENT_SYMBOL,
    SYMBOLS,
    Calendar,
    long_day,
    minutes_text,
    no_school_label,
    reason_label,
    status_label,
)
from ui.i18n import translate

#: The mark of a day something is due before an IEP meeting (a shape, not only a colour).
DUE_SYMBOL = "◆"


@dataclass(frozen=True)
class DueMark:
    """Something due on a day before an IEP meeting, as the calendar shows it."""

    day: dt.date
    kind: str  # "before_meeting" or "meeting_notice"
    #: The deadline's title and sentence, from the core ("Documents for the IEP meeting due").
    title: str
    detail: str
    source: str

    @property
    def label(self) -> str:
        """The few words painted in the day's box."""
        if self.kind == "meeting_notice":
            return translate("Calendar", "Meeting notice due")
        return translate("Calendar", "Documents due")

    @property
    def short_label(self) -> str:
        """The label when the day's box is too narrow for ``label``."""
        if self.kind == "meeting_notice":
            return translate("Calendar", "Notice")
        return translate("Calendar", "Documents")

    def description(self) -> str:
        """What a screen reader hears and the day's dialog shows: the deadline in words."""
        text = translate("Calendar", "{title}: {detail}").format(title=self.title, detail=self.detail)
        return f"{DUE_SYMBOL} {text}"


def due_marks(found: Iterable[Deadline]) -> dict[dt.date, list[DueMark]]:
    """The meeting deadlines ``found`` (iepdesk.deadlines.all_deadlines), by their day."""
    out: dict[dt.date, list[DueMark]] = {}
    for d in found:
        out.setdefault(d.due, []).append(DueMark(d.due, d.kind, d.title, d.detail, d.source))
    return out


@dataclass(frozen=True)
class DayItem:
    state: str  # a LogStatus value, or EXPECTED
    service: str
    minutes: int | None = None
    reason: str | None = None

    @property
    def symbol(self) -> str:
        return SYMBOLS.get(self.state, "?")

    def detail(self) -> str:
        """The state in words: "missed (Provider absent)", "cut short, 20 min"."""
        words = status_label(self.state)
        if self.state in ("delivered", "shortened", "makeup") and self.minutes is not None:
            words = translate("Calendar", "{status}, {minutes}").format(
                status=words, minutes=minutes_text(self.minutes)
            )
        if self.reason:
            words = translate("Calendar", "{status} ({reason})").format(
                status=words, reason=reason_label(self.reason)
            )
        return words


def day_items(cell: DayCell) -> list[DayItem]:
    """Expected sessions first (with their entry when logged), then other entries of the day."""
    items: list[DayItem] = []
    used: set[int] = set()
    for service_id, name in cell.expected:
        logged = [s for s in cell.logged if s.service_id == service_id and s.entry_id not in used]
        if logged:
            for s in logged:
                used.add(s.entry_id)
                items.append(DayItem(s.status, s.service, s.minutes, s.reason))
        else:
            items.append(DayItem(EXPECTED, name))
    for s in cell.logged:
        if s.entry_id not in used:
            items.append(DayItem(s.status, s.service, s.minutes, s.reason))
    return items


def week_line_text(line: WeekLine) -> str:
    return Calendar.tr("{service}: %n session(s) owed this week, {logged} logged", "", line.owed).format(
        service=line.service, logged=line.logged
    )


def day_summary(cell: DayCell, lines: list[WeekLine], due: Sequence[DueMark] = ()) -> str:
    """The selected day in one or two sentences (what is due before an IEP meeting first)."""
    parts = [long_day(cell.day) + "."]
    parts.extend(mark.description() for mark in due)
    if not cell.school_day:
        parts.append(
            translate("Calendar", "No school: {why}.").format(why=no_school_label(cell.no_school_reason))
        )
    items = day_items(cell)
    if items:
        parts.append("; ".join(f"{item.symbol} {item.service}, {item.detail()}" for item in items) + ".")
    elif cell.school_day:
        parts.append(translate("Calendar", "Nothing expected or logged on this day."))
    if cell.incidents:
        parts.append(
            Calendar.tr("{flag} %n incident(s) recorded.", "", len(cell.incidents)).format(
                flag=INCIDENT_SYMBOL
            )
        )
    if lines:
        parts.append(" ".join(week_line_text(line) + "." for line in lines))
    return " ".join(parts)
