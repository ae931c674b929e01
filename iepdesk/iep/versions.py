"""Which IEP version is in effect on a date, gaps and overlaps, and starting the next version.

Only final versions count (drafts never take effect). A final version runs from ``effective_from`` to
``effective_to`` (inclusive; no end date means "until replaced"). Where two final versions cover the
same day, the one that started later is in effect (an amendment replaces the annual IEP from its
start); ties go to the one entered later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from iepdesk.i18n import _
from iepdesk.model import database
from iepdesk.model.iep import IepVersion, Provision, VersionKind, VersionStatus


class DisplayStatus(StrEnum):
    DRAFT = "Draft"
    IN_EFFECT = "In effect"
    SUPERSEDED = "Superseded"
    NOT_YET = "Not yet in effect"
    ENDED = "Ended"
    NO_DATES = "No dates"


@dataclass(frozen=True)
class TimelineIssue:
    #: "gap" (no IEP in effect), "overlap" (two non-amendment versions claim the same days),
    #: "bad_range" (ends before it starts), "no_start" (a final version with no start date)
    kind: str
    start: dt.date | None
    end: dt.date | None
    version_ids: tuple[int, ...]
    message: str


def _final_versions() -> list[IepVersion]:
    return list(
        IepVersion.select()
        .where(IepVersion.status == VersionStatus.FINAL.value)
        .order_by(IepVersion.effective_from, IepVersion.id)
    )


def _covers(version: IepVersion, day: dt.date) -> bool:
    start, end = version.effective_from, version.effective_to
    return start is not None and start <= day and (end is None or day <= end)


def in_effect_on(day: dt.date, versions: list[IepVersion] | None = None) -> IepVersion | None:
    """The version in effect on ``day``, or None in a gap."""
    candidates = [v for v in (versions if versions is not None else _final_versions()) if _covers(v, day)]
    if not candidates:
        return None
    return max(candidates, key=lambda v: (v.effective_from, v.id))


def display_status(
    version: IepVersion, today: dt.date, versions: list[IepVersion] | None = None
) -> DisplayStatus:
    if version.status != VersionStatus.FINAL.value:
        return DisplayStatus.DRAFT
    if version.effective_from is None:
        return DisplayStatus.NO_DATES
    finals = versions if versions is not None else _final_versions()
    current = in_effect_on(today, finals)
    if current is not None and current.id == version.id:
        return DisplayStatus.IN_EFFECT
    if version.effective_from > today:
        return DisplayStatus.NOT_YET
    later = [v for v in finals if v.effective_from and v.effective_from > version.effective_from]
    if later:
        return DisplayStatus.SUPERSEDED
    return DisplayStatus.ENDED


def timeline_issues(today: dt.date, versions: list[IepVersion] | None = None) -> list[TimelineIssue]:
    """Gaps between final versions (up to ``today``), overlaps, and impossible ranges."""
    finals = versions if versions is not None else _final_versions()
    issues: list[TimelineIssue] = []
    dated: list[IepVersion] = []
    for v in finals:
        if v.effective_from is None:
            issues.append(
                TimelineIssue(
                    "no_start",
                    None,
                    None,
                    (v.id,),
                    _("{version} is final but has no start date.").format(version=v.label()),
                )
            )
        elif v.effective_to is not None and v.effective_to < v.effective_from:
            issues.append(
                TimelineIssue(
                    "bad_range",
                    v.effective_from,
                    v.effective_to,
                    (v.id,),
                    _("{version} ends before it starts.").format(version=v.label()),
                )
            )
        else:
            dated.append(v)
    spans = sorted(((v.effective_from, v.effective_to, v) for v in dated if v.effective_from), key=_span_key)
    # Overlaps between versions that are not amendments (an amendment is meant to overlap).
    for i, (_a_start, a_end, a) in enumerate(spans):
        for b_start, b_end, b in spans[i + 1 :]:
            if VersionKind.AMENDMENT.value in (a.kind, b.kind) or a_end is None or b_start > a_end:
                continue
            end = min(a_end, b_end or dt.date.max)
            issues.append(
                TimelineIssue(
                    "overlap",
                    b_start,
                    end,
                    (a.id, b.id),
                    _(
                        "{first} and {second} both claim {start} to {end}; the later one is taken as in "
                        "effect."
                    ).format(
                        first=a.label(), second=b.label(), start=b_start.isoformat(), end=end.isoformat()
                    ),
                )
            )
    # Gaps: walk the covered ranges in order.
    covered_to: dt.date | None = None
    one_day = dt.timedelta(days=1)
    for start, finish, v in spans:
        if covered_to is not None and covered_to < dt.date.max and start > covered_to + one_day:
            gap_start, gap_end = covered_to + one_day, start - one_day
            issues.append(
                TimelineIssue(
                    "gap",
                    gap_start,
                    gap_end,
                    (v.id,),
                    _("No IEP is recorded as in effect from {start} to {end}.").format(
                        start=gap_start.isoformat(), end=gap_end.isoformat()
                    ),
                )
            )
        end = finish or dt.date.max
        covered_to = end if covered_to is None else max(covered_to, end)
    if covered_to is not None and covered_to < today:
        since = covered_to + one_day
        issues.append(
            TimelineIssue(
                "gap",
                since,
                today,
                (),
                _("No IEP is recorded as in effect since {day}.").format(day=since.isoformat()),
            )
        )
    return issues


def _span_key(span: tuple[dt.date, dt.date | None, IepVersion]) -> tuple[dt.date, int]:
    return span[0], int(span[2].id)


def start_next_version(source: IepVersion, kind: VersionKind = VersionKind.ANNUAL) -> IepVersion:
    """A new draft with a copy of every provision of ``source`` (each remembers what it was copied from)."""
    with database.atomic():
        draft = IepVersion.create(
            kind=kind.value,
            status=VersionStatus.DRAFT.value,
            effective_from=(source.effective_to + dt.timedelta(days=1)) if source.effective_to else None,
            notes="",
        )
        skip = {"id", "version", "copied_from"}
        for p in provisions_of(source):
            values = {f.name: getattr(p, f.name) for f in Provision._meta.sorted_fields if f.name not in skip}
            Provision.create(version=draft, copied_from=p.id, **values)
    return draft


def link_to_earlier(provision_id: int, earlier_id: int) -> None:
    """Record that a provision typed in anew continues an earlier one (as "start from this one" would
    have), so the ledger follows them as one service. The IEP's own words are not touched."""
    if provision_id == earlier_id:
        raise ValueError(_("A provision cannot continue itself."))
    later = Provision.get_by_id(provision_id)
    earlier = Provision.get_by_id(earlier_id)
    if later.copied_from is not None:
        raise ValueError(_("This provision already continues an earlier one."))
    if earlier.__data__["version"] == later.__data__["version"]:
        raise ValueError(_("Both provisions are in the same IEP version."))
    later.copied_from = earlier.id
    later.save()


def unlink_from_earlier(provision_id: int, earlier_id: int) -> None:
    """Undo ``link_to_earlier``: the provision is again a service of its own (typed in anew)."""
    later = Provision.get_by_id(provision_id)
    if later.__data__["copied_from"] != earlier_id:
        raise ValueError(_("This provision does not continue that earlier one."))
    later.copied_from = None
    later.save()


def provisions_of(version: IepVersion) -> list[Provision]:
    return list(
        Provision.select().where(Provision.version == version.id).order_by(Provision.position, Provision.id)
    )
