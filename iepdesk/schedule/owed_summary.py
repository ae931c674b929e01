"""The minutes owed this school year, per service: what the Overview shows, from the one figures API.

``owed_summary`` takes the school year containing a day and counts it with ``build_ledger`` (one
"whole" period, the school year's first to last day), so the Overview shows the very figures the
ledger page, the letters, the binder and ``iepdesk ledger`` show for that period and as-of day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepdesk.schedule.ledger import build_ledger
from iepdesk.schedule.school_calendar import SchoolCalendar

__all__ = ["OwedLine", "OwedSummary", "owed_summary"]


@dataclass(frozen=True)
class OwedLine:
    """One service's figures of the period, in minutes (``Figures`` of its ledger total)."""

    service_id: int
    service: str
    owed: int
    missed: int
    made_up: int
    minutes_unknown: int
    sessions_minutes_unknown: int
    still_to_come: int


@dataclass(frozen=True)
class OwedSummary:
    #: The period counted: the school year's first and last day.
    start: dt.date
    end: dt.date
    #: The day the figures are counted as of (the ledger's own as-of day).
    as_of: dt.date
    school_year: str
    #: One line per service of the period, in the ledger's order (by service name).
    lines: tuple[OwedLine, ...]

    @property
    def total_owed(self) -> int:
        return sum(line.owed for line in self.lines)

    @property
    def owing(self) -> tuple[OwedLine, ...]:
        """The services with minutes owed."""
        return tuple(line for line in self.lines if line.owed > 0)

    @property
    def sessions_minutes_unknown(self) -> int:
        """Sessions cut short with the minutes given not known (the school must say)."""
        return sum(line.sessions_minutes_unknown for line in self.lines)


def owed_summary(today: dt.date, as_of: dt.date | None = None) -> OwedSummary | None:
    """The minutes owed in the school year containing ``today``, or None if no school year does.

    ``as_of`` goes to ``build_ledger`` as it is: None counts as of the real today, with today's own
    sessions still to come; a date counts that whole day as past.
    """
    term = SchoolCalendar.load().term_of(today)
    if term is None:
        return None
    return owed_between(term.first_day, term.last_day, as_of, term.name, today=today)


def owed_between(
    start: dt.date, end: dt.date, as_of: dt.date | None = None, name: str = "", today: dt.date | None = None
) -> OwedSummary:
    """The minutes owed of [start, end] per service, as ``build_ledger`` counts them as of ``as_of``
    (None: as of the real today, its own sessions still to come)."""
    ledger = build_ledger(start, end, "whole", as_of=as_of)
    lines = tuple(
        OwedLine(
            service_id=row.service_id,
            service=row.service,
            owed=row.figures.owed,
            missed=row.figures.missed,
            made_up=row.figures.made_up,
            minutes_unknown=row.figures.minutes_unknown,
            sessions_minutes_unknown=row.figures.sessions_minutes_unknown,
            still_to_come=row.figures.still_to_come,
        )
        for row in ledger.totals
    )
    counted_as_of = ledger.as_of if ledger.as_of is not None else (as_of or today or dt.date.today())
    return OwedSummary(start, end, counted_as_of, name, lines)
