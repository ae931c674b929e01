"""Edits to an IEP's provisions and versions, each reversible, so the editor can undo and redo them.

Every function returns what is needed to reverse it; the UI wraps them in undo commands. A deleted
record is kept as a snapshot (its field values and id) and restored with the same id, so links to it
(log entries, incidents, later issues) come back too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from iepdesk.errors import UsageError
from iepdesk.i18n import _, ngettext
from iepdesk.model import IncidentProvision, ServiceLogEntry, database
from iepdesk.model.base import BaseModel
from iepdesk.model.iep import IepVersion, Provision


@dataclass(frozen=True)
class Snapshot:
    """A record's values (with its id) and, for a version, its provisions."""

    model: str
    values: dict[str, Any]
    children: tuple[dict[str, Any], ...] = ()


def _values(row: BaseModel) -> dict[str, Any]:
    return dict(row.__data__)


def provision_fields() -> list[str]:
    return [f.name for f in Provision._meta.sorted_fields if f.name not in ("id", "version")]


def add_provision(version_id: int, kind: str, **values: Any) -> Provision:
    """A new provision at the end of its version."""
    last = (
        Provision.select(Provision.position)
        .where(Provision.version == version_id)
        .order_by(Provision.position.desc())
        .first()
    )
    position = (last.position + 1) if last is not None else 0
    numbers_problem(values)
    created: Provision = Provision.create(version=version_id, kind=kind, position=position, **values)
    return created


def numbers_problem(changes: dict[str, Any]) -> None:
    """A goal's baseline and target numbers (the aim line, issue 17) are empty or a number as typed."""
    from iepdesk.progress import values

    for name in ("baseline_value", "target_value"):
        text = str(changes.get(name) or "")
        found = values.problem(text) if text.strip() else None
        if found is not None:
            raise values.BadValue(found)  # a UsageError: the window shows the sentence, not "unexpected"


def update_provision(provision_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Apply ``changes``; returns the previous values of the changed fields (to undo with)."""
    unknown = set(changes) - set(provision_fields())
    if unknown:
        raise ValueError(f"unknown provision fields: {', '.join(sorted(unknown))}")
    numbers_problem(changes)
    row = Provision.get_by_id(provision_id)
    before = {name: getattr(row, name) for name in changes}
    for name, value in changes.items():
        setattr(row, name, value)
    row.save()
    return before


def with_proposal(notes: str, proposal: str) -> str:
    """``notes`` (a provision's ``to_propose``) with ``proposal`` added as its own paragraph, once."""
    proposal, notes = proposal.strip(), (notes or "").strip()
    if not proposal or proposal in notes.split("\n\n"):
        return notes
    return f"{notes}\n\n{proposal}" if notes else proposal


def propose_at_next_meeting(provision_id: int, proposal: str) -> dict[str, Any]:
    """Keep ``proposal`` among the provision's notes to propose at the next meeting; its IEP wording
    is left exactly as written. Returns the previous values (to undo with)."""
    row = Provision.get_by_id(provision_id)
    return update_provision(provision_id, {"to_propose": with_proposal(row.to_propose, proposal)})


class InUseError(UsageError):
    """The record is what log entries or incidents point at; deleting it would lose them."""


def check_delete_provision(provision_id: int) -> None:
    """Raise InUseError, saying why, if the provision cannot be deleted (the window asks this before it
    asks the parent to confirm; delete_provision checks the same rule again inside its transaction)."""
    _refuse_if_in_use([provision_id], _("If it has stopped, give it an end date instead."))


def check_delete_version(version_id: int) -> None:
    """Raise InUseError, saying why, if the version's provisions cannot be deleted with it."""
    ids = [int(p.id) for p in Provision.select(Provision.id).where(Provision.version == version_id)]
    _refuse_if_in_use(ids)


def _refuse_if_in_use(provision_ids: list[int], advice: str = "") -> None:
    if not provision_ids:
        return
    entries = ServiceLogEntry.select().where(ServiceLogEntry.provision.in_(provision_ids)).count()
    incidents = IncidentProvision.select().where(IncidentProvision.provision.in_(provision_ids)).count()
    if entries or incidents:
        n_entries = ngettext(
            "{count} log entry in the service log", "{count} log entries in the service log", entries
        ).format(count=entries)
        n_incidents = ngettext("{count} incident", "{count} incidents", incidents).format(count=incidents)
        if entries and incidents:
            # "1 log entry … and 1 incident refer to it": two things, so the plural verb.
            text = _(
                "This is kept: {entries} and {incidents} refer to it. Delete or move those first if it "
                "really must go."
            ).format(entries=n_entries, incidents=n_incidents)
        else:
            n = entries or incidents
            text = ngettext(
                "This is kept: {what} refers to it. Delete or move those first if it really must go.",
                "This is kept: {what} refer to it. Delete or move those first if it really must go.",
                n,
            ).format(what=n_entries if entries else n_incidents)
        raise InUseError(text + (f" {advice}" if advice else ""))


def delete_provision(provision_id: int) -> Snapshot:
    with database.atomic():
        check_delete_provision(provision_id)
        row = Provision.get_by_id(provision_id)
        snapshot = Snapshot("provision", _values(row))
        row.delete_instance()
        _renumber(snapshot.values["version"])
    return snapshot


def duplicate_provision(provision_id: int) -> Provision:
    """A copy placed right after the original."""
    with database.atomic():
        row = Provision.get_by_id(provision_id)
        values = {k: v for k, v in _values(row).items() if k not in ("id", "copied_from")}
        Provision.update(position=Provision.position + 1).where(
            (Provision.version == row.__data__["version"]) & (Provision.position > row.position)
        ).execute()
        values["position"] = row.position + 1
        copy: Provision = Provision.create(**values)
    return copy


def move_provision(provision_id: int, new_index: int) -> int:
    """Move within its version to ``new_index`` (0-based, among provisions of the version).

    Returns the old index, so the same call moves it back.
    """
    with database.atomic():
        row = Provision.get_by_id(provision_id)
        siblings = list(
            Provision.select()
            .where(Provision.version == row.__data__["version"])
            .order_by(Provision.position, Provision.id)
        )
        old_index = next(i for i, p in enumerate(siblings) if p.id == provision_id)
        moved = siblings.pop(old_index)
        siblings.insert(max(0, min(new_index, len(siblings))), moved)
        for i, p in enumerate(siblings):
            if p.position != i:
                Provision.update(position=i).where(Provision.id == p.id).execute()
    return old_index


def delete_version(version_id: int) -> Snapshot:
    with database.atomic():
        version = IepVersion.get_by_id(version_id)
        children = tuple(
            _values(p)
            for p in Provision.select().where(Provision.version == version_id).order_by(Provision.id)
        )
        _refuse_if_in_use([int(c["id"]) for c in children])
        snapshot = Snapshot("iep_version", _values(version), children)
        # Never recursive: peewee would also delete log entries and incident links that point here.
        Provision.delete().where(Provision.version == version_id).execute()
        version.delete_instance()
    return snapshot


def restore(snapshot: Snapshot) -> None:
    """Put a deleted record (and a version's provisions) back with its original id."""
    with database.atomic():
        if snapshot.model == "provision":
            values = snapshot.values
            Provision.update(position=Provision.position + 1).where(
                (Provision.version == values["version"]) & (Provision.position >= values["position"])
            ).execute()
            Provision.insert(values).execute()
            _renumber(values["version"])
        elif snapshot.model == "iep_version":
            IepVersion.insert(snapshot.values).execute()
            for child in snapshot.children:
                Provision.insert(child).execute()
        else:
            raise ValueError(f"cannot restore a {snapshot.model}")


def update_version(version_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    allowed = {f.name for f in IepVersion._meta.sorted_fields if f.name != "id"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"unknown version fields: {', '.join(sorted(unknown))}")
    row = IepVersion.get_by_id(version_id)
    before = {name: getattr(row, name) for name in changes}
    for name, value in changes.items():
        setattr(row, name, value)
    row.save()
    return before


def _renumber(version_id: int) -> None:
    rows = Provision.select(Provision.id, Provision.position).where(Provision.version == version_id)
    for i, p in enumerate(rows.order_by(Provision.position, Provision.id)):
        if p.position != i:
            Provision.update(position=i).where(Provision.id == p.id).execute()
