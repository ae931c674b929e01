"""What the Overview shows about the IEP in effect (its summary and dates), read through the core; the
rest of the dashboard is iepdesk.dashboard's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepdesk.iep import store
from iepdesk.iep.overview import DueDate, overview
from iepdesk.iep.store import VersionList, VersionRow


@dataclass(frozen=True)
class OverviewData:
    today: dt.date
    versions: VersionList
    current: VersionRow | None
    provisions: int
    flagged: int
    annual_review: DueDate | None
    reevaluation: DueDate | None


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
    )
