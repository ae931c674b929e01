"""What the IEP screens read from the case and the drafts they start, as frozen dataclasses.

Edits that can be undone are iepdesk.iep.edits (the window wraps them in undo commands); this module
reads, checks and creates. No model object leaves it: versions are VersionRow, provisions ProvisionRow,
a comparison holds ProvisionData.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from iepdesk.iep import clarity, versions
from iepdesk.iep.compare import Comparison, compare
from iepdesk.iep.edits import provision_fields
from iepdesk.model import Child, IepVersion, Provision
from iepdesk.model.iep import VersionKind, VersionStatus


def today() -> dt.date:
    """Today's date (tests replace it)."""
    return dt.date.today()


@dataclass(frozen=True)
class VersionRow:
    id: int
    kind: str
    status: str
    meeting_date: dt.date | None
    effective_from: dt.date | None
    effective_to: dt.date | None
    notes: str
    display: versions.DisplayStatus
    provisions: int

    def values(self) -> dict[str, Any]:
        """The editable fields, as edits.update_version takes them."""
        return {
            "kind": self.kind,
            "status": self.status,
            "meeting_date": self.meeting_date,
            "effective_from": self.effective_from,
            "effective_to": self.effective_to,
            "notes": self.notes,
        }


@dataclass(frozen=True)
class VersionList:
    rows: list[VersionRow] = field(default_factory=list)
    issues: list[versions.TimelineIssue] = field(default_factory=list)
    in_effect_id: int | None = None

    def row(self, version_id: int | None) -> VersionRow | None:
        return next((r for r in self.rows if r.id == version_id), None)


@dataclass(frozen=True)
class ProvisionRow:
    id: int
    kind: str
    position: int
    #: Every provision field except id and version.
    values: dict[str, Any]
    findings: tuple[clarity.Finding, ...]


def child_name() -> str:
    return str(Child.the_child().name)


def list_versions(day: dt.date | None = None) -> VersionList:
    """Every version, newest first, with what each is on ``day`` (default today) and the timeline's
    gaps and overlaps."""
    day = day or today()
    every = list(IepVersion.select())
    finals = [v for v in every if v.status == VersionStatus.FINAL.value]
    finals.sort(key=lambda v: (v.effective_from or dt.date.min, v.id))
    counts: dict[int, int] = {}
    for p in Provision.select(Provision.version):
        version_id = int(p.__data__["version"])
        counts[version_id] = counts.get(version_id, 0) + 1
    rows = [
        VersionRow(
            id=v.id,
            kind=v.kind,
            status=v.status,
            meeting_date=v.meeting_date,
            effective_from=v.effective_from,
            effective_to=v.effective_to,
            notes=v.notes or "",
            display=versions.display_status(v, day, finals),
            provisions=counts.get(v.id, 0),
        )
        for v in every
    ]
    # Newest first; a draft with no date yet (just started) on top.
    rows.sort(key=lambda r: (r.effective_from or r.meeting_date or dt.date.max, r.id), reverse=True)
    current = versions.in_effect_on(day, finals)
    return VersionList(rows, versions.timeline_issues(day, finals), current.id if current else None)


def blank_values(kind: str) -> dict[str, Any]:
    """A new provision's values: every field empty."""
    values: dict[str, Any] = {}
    for name in provision_fields():
        column = Provision._meta.fields[name]
        values[name] = None if column.null else column.default
    values["kind"] = kind
    return values


def check(values: dict[str, Any], child: str) -> list[clarity.Finding]:
    """The clarity findings for a provision's values (saved or still being typed)."""
    return clarity.check(SimpleNamespace(**values), child)


def answered(values: dict[str, Any]) -> list[str]:
    """The questions a provision's values answer (who, what, where, …), for the clarity summary."""
    return clarity.answered(SimpleNamespace(**values))


def list_provisions(version_id: int, child: str) -> list[ProvisionRow]:
    """The version's provisions in order, each with its clarity findings ([] for no such version)."""
    version = IepVersion.get_or_none(IepVersion.id == version_id)
    if version is None:
        return []
    rows = []
    for p in versions.provisions_of(version):
        values = {name: getattr(p, name) for name in provision_fields()}
        rows.append(ProvisionRow(p.id, p.kind, p.position, values, tuple(check(values, child))))
    return rows


def create_version(kind: str) -> int:
    """A new, empty draft version. Undone with edits.delete_version."""
    version = IepVersion.create(kind=kind, status=VersionStatus.DRAFT.value, notes="")
    return int(version.id)


def start_next(source_id: int, kind: str) -> int:
    """A new draft with a copy of every provision of the source. Undone with edits.delete_version."""
    draft = versions.start_next_version(IepVersion.get_by_id(source_id), VersionKind(kind))
    return int(draft.id)


def first_version_kind() -> str:
    return VersionKind.ANNUAL.value if IepVersion.select().exists() else VersionKind.INITIAL.value


def compare_versions(old_id: int, new_id: int) -> Comparison:
    old = IepVersion.get_by_id(old_id)
    new = IepVersion.get_by_id(new_id)
    return compare(versions.provisions_of(old), versions.provisions_of(new))
