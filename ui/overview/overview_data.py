"""What the Overview shows about the IEP and the dates that matter, read through the core."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from iepdesk.deadlines import Deadline, all_deadlines
from iepdesk.iep import store
from iepdesk.iep.overview import DueDate, overview
from iepdesk.iep.store import VersionList, VersionRow
from iepdesk.schedule.owed_summary import OwedSummary, owed_summary

#: How many deadlines the Overview lists.
SHOWN_DEADLINES = 8


@dataclass(frozen=True)
class OverviewData:
    today: dt.date
    versions: VersionList
    current: VersionRow | None
    provisions: int
    flagged: int
    annual_review: DueDate | None
    reevaluation: DueDate | None
    deadlines: list[Deadline] = field(default_factory=list)
    #: The minutes owed in the school year containing today (None: no school year contains it).
    owed: OwedSummary | None = None


def load(today: dt.date | None = None) -> OverviewData:
    today = today or store.today()
    summary = overview(today)
    versions = store.list_versions(today)
    current = versions.row(summary.in_effect_id)
    return OverviewData(
        today=today,
        versions=versions,
        current=current,
        provisions=summary.provisions,
        flagged=summary.provisions_with_findings,
        annual_review=summary.annual_review,
        reevaluation=summary.reevaluation,
        deadlines=all_deadlines(today)[:SHOWN_DEADLINES],
        # The real today: its own sessions are still to come (as the ledger page counts it); any
        # other day given is counted whole, as ``iepdesk ledger --as-of`` counts it.
        owed=owed_summary(today, as_of=None if today == dt.date.today() else today),
    )
