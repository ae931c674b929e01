"""The ledger's results: the figures of one service and period, its rows, and what it sets aside.

``Figures`` holds the minutes and the entries behind each; ``Ledger`` is what ``build_ledger`` returns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Figures:
    required: int = 0
    delivered: int = 0
    excused: int = 0
    missed: int = 0
    made_up: int = 0
    not_recorded: int = 0
    sessions_required: int = 0
    sessions_not_recorded: int = 0
    #: Sessions of the period that can still happen (after the as-of date): not part of required.
    still_to_come: int = 0
    sessions_still_to_come: int = 0
    #: Cut short, minutes not given: neither delivered nor missed until the school says (ask it).
    minutes_unknown: int = 0
    sessions_minutes_unknown: int = 0
    #: Entries counted as one of the required sessions.
    sessions_counted: int = 0
    delivered_entries: list[int] = field(default_factory=list)
    excused_entries: list[int] = field(default_factory=list)
    missed_entries: list[int] = field(default_factory=list)
    made_up_entries: list[int] = field(default_factory=list)
    minutes_unknown_entries: list[int] = field(default_factory=list)
    #: First school day of each slot with sessions nobody logged.
    not_recorded_slots: list[dt.date] = field(default_factory=list)

    @property
    def owed(self) -> int:
        """Compensatory minutes owed: missed, less what was made up (never negative)."""
        return max(0, self.missed - self.made_up)

    @property
    def recorded_required(self) -> int:
        return self.required - self.not_recorded

    @property
    def rate(self) -> float | None:
        """Share of the recorded, non-excused required minutes that were provided (make-ups count)."""
        base = self.required - self.excused - self.not_recorded - self.minutes_unknown
        if base <= 0:
            return None
        return min(1.0, (self.delivered + self.made_up) / base)

    def add(self, other: Figures) -> None:
        # Spelled out, not a loop over names: a ten-year ledger adds ~60,000 of these.
        self.required += other.required
        self.delivered += other.delivered
        self.excused += other.excused
        self.missed += other.missed
        self.made_up += other.made_up
        self.not_recorded += other.not_recorded
        self.sessions_required += other.sessions_required
        self.sessions_not_recorded += other.sessions_not_recorded
        self.still_to_come += other.still_to_come
        self.sessions_still_to_come += other.sessions_still_to_come
        self.minutes_unknown += other.minutes_unknown
        self.sessions_minutes_unknown += other.sessions_minutes_unknown
        self.sessions_counted += other.sessions_counted
        self.delivered_entries += other.delivered_entries
        self.excused_entries += other.excused_entries
        self.missed_entries += other.missed_entries
        self.made_up_entries += other.made_up_entries
        self.minutes_unknown_entries += other.minutes_unknown_entries
        self.not_recorded_slots += other.not_recorded_slots


@dataclass(frozen=True)
class LedgerRow:
    service_id: int
    service: str
    bucket_start: dt.date
    bucket_end: dt.date
    label: str
    figures: Figures
    below_threshold: bool


@dataclass(frozen=True)
class Ledger:
    start: dt.date
    end: dt.date
    grouping: str
    rows: list[LedgerRow]
    totals: list[LedgerRow]
    threshold_pct: int
    #: Plain-language cautions: an assumed calendar, entries on days with no expected session, …
    warnings: list[str]
    #: Entries that match no expected session (logged on a day the service was not scheduled).
    unmatched_entries: list[int]
    #: The day the figures are counted as of: nothing after it is required or "not recorded".
    as_of: dt.date | None = None
    #: Sessions two sources logged differently (each counted once, by SOURCE_ORDER).
    conflicts: list[Conflict] = field(default_factory=list)
    #: Second records of a session from another source, set aside (not counted twice).
    duplicate_entries: list[int] = field(default_factory=list)
    #: Services typed in anew in a later IEP that look like a change of an earlier one.
    proposed_links: list[ProposedLink] = field(default_factory=list)
    #: Entries counted as missed for an unknown reason, or cut short with minutes not known.
    ask_the_school: list[int] = field(default_factory=list)
    #: What each of ``warnings`` is about, in order (one of WARNING_KINDS): a window that says some of
    #: them in its own words leaves those out by kind, whatever the language of the texts.
    warning_kinds: tuple[str, ...] = ()


#: The kinds of a ledger's warnings: no school year entered (every weekday counted), entries on days
#: with no expected session, sessions logged differently, sessions to ask the school about, and a
#: service typed in anew that looks like a change of an earlier one.
WARNING_KINDS = ("assumed_calendar", "unmatched", "conflicts", "ask_the_school", "proposed_link")


@dataclass(frozen=True)
class Conflict:
    service_id: int
    date: dt.date
    kept_entry: int
    other_entries: tuple[int, ...]
    kept: str
    others: tuple[str, ...]


@dataclass(frozen=True)
class ProposedLink:
    provision: int  # the later provision, typed in anew
    looks_like: int  # the earlier provision it probably continues
    service: str
