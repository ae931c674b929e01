"""What the Overview page shows about the IEP: the version in effect, its dates, the next review and
reevaluation dates, and how many provisions have clarity findings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from iepdesk.i18n import _
from iepdesk.iep import clarity, versions
from iepdesk.model import Child
from iepdesk.model.iep import IepVersion, VersionKind, VersionStatus


@dataclass(frozen=True)
class DueDate:
    due: dt.date
    counted_from: dt.date
    rule: str
    source: str


@dataclass(frozen=True)
class IepOverview:
    #: The version in effect (its row: iepdesk.iep.store.list_versions), None in a gap.
    in_effect_id: int | None
    annual_review: DueDate | None
    reevaluation: DueDate | None
    provisions: int
    provisions_with_findings: int
    timeline_issues: list[versions.TimelineIssue]


def annual_review_due(today: dt.date) -> DueDate | None:
    """One year after the last meeting that wrote or reviewed the IEP (34 CFR 300.324(b)(1))."""
    reviews = IepVersion.select().where(
        (IepVersion.status == VersionStatus.FINAL.value)
        & (IepVersion.kind.in_([VersionKind.INITIAL.value, VersionKind.ANNUAL.value]))
    )
    dates = [d for v in reviews if (d := v.meeting_date or v.effective_from) is not None and d <= today]
    if not dates:
        return None
    last = max(dates)
    return DueDate(
        due=last + relativedelta(years=1),
        counted_from=last,
        rule=_("The IEP is reviewed at least once a year."),
        source="34 CFR 300.324(b)(1)",
    )


def reevaluation_due(child: Child) -> DueDate | None:
    """Three years after the last evaluation unless parent and district agree it is not needed
    (34 CFR 300.303(b))."""
    last = child.last_evaluation_date
    if last is None:
        return None
    return DueDate(
        due=last + relativedelta(years=3),
        counted_from=last,
        rule=_(
            "A reevaluation at least once every three years, unless you and the district agree it is "
            "not needed (and not more than once a year unless you both agree)."
        ),
        source="34 CFR 300.303(b)",
    )


def overview(today: dt.date) -> IepOverview:
    child = Child.the_child()
    current = versions.in_effect_on(today)
    provisions = versions.provisions_of(current) if current is not None else []
    flagged = sum(1 for p in provisions if clarity.check(p, str(child.name)))
    return IepOverview(
        in_effect_id=int(current.id) if current is not None else None,
        annual_review=annual_review_due(today),
        reevaluation=reevaluation_due(child),
        provisions=len(provisions),
        provisions_with_findings=flagged,
        timeline_issues=versions.timeline_issues(today),
    )
