"""What is behind each figure of a ledger line: the entries (and the periods with no entry) a parent
opens from a figure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepdesk.schedule.figures import Figures, LedgerRow

#: The figure each ledger column opens.
FIGURES = ("required", "delivered", "excused", "missed", "made_up", "not_recorded", "owed", "rate")


@dataclass(frozen=True)
class Behind:
    """What is behind one figure: entry ids and, for "not recorded", the periods with no entry."""

    entry_ids: list[int]
    empty_periods: list[dt.date]


def behind(figures: Figures, figure: str) -> Behind:
    f = figures
    recorded = f.delivered_entries + f.excused_entries + f.missed_entries
    ids = {
        "delivered": f.delivered_entries,
        "excused": f.excused_entries,
        "missed": f.missed_entries,
        "made_up": f.made_up_entries,
        "owed": f.missed_entries + f.made_up_entries,
        "rate": f.delivered_entries + f.missed_entries + f.made_up_entries,
        "required": recorded,
        "not_recorded": [],
    }.get(figure, recorded + f.made_up_entries)
    periods = f.not_recorded_slots if figure in ("not_recorded", "required", "service") else []
    return Behind(list(dict.fromkeys(ids)), sorted(set(periods)))


def value_of(row: LedgerRow, figure: str) -> int | float | None:
    if figure == "rate":
        return row.figures.rate
    if figure == "owed":
        return row.figures.owed
    return int(getattr(row.figures, figure))
