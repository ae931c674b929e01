"""Comparing two IEP versions: provisions added, removed and changed, with the change spelled out.

Provisions are matched first by lineage (a provision copied with "start the next IEP" remembers its
source), then by kind and similar wording, so small edits do not turn into "removed + added".
The result holds each provision as a frozen ProvisionData (no model object leaves the core).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from iepdesk.i18n import N_, _, ngettext
from iepdesk.model.iep import Provision

#: Fields compared, with the words used to describe them.
FIELD_LABELS: dict[str, str] = {
    "title": N_("what"),
    "amount": N_("amount"),
    "delivery": N_("group or individual"),
    "location": N_("location"),
    "provider_role": N_("provider"),
    "start_date": N_("start"),
    "end_date": N_("end"),
    "applies_when": N_("when"),
    "how_given": N_("how given"),
    "area": N_("area"),
    "baseline": N_("baseline"),
    "target": N_("target"),
    "measurement": N_("measured by"),
    "reporting_schedule": N_("progress reports"),
    "baseline_value": N_("baseline as a number"),
    "target_value": N_("target as a number"),
    "unit": N_("unit"),
    "iep_wording": N_("wording"),
}
#: The amount's texts per period ("30 minutes per week"): whole sentences, so each language can word
#: its own ("30 minutos por semana", "30 minutos por periodo de calificaciones").
_PER_PERIOD: dict[str, tuple[str, str]] = {
    "day": (N_("{minutes} minutes per day"), N_("{total} minutes per day ({sessions} × {minutes})")),
    "week": (N_("{minutes} minutes per week"), N_("{total} minutes per week ({sessions} × {minutes})")),
    "month": (N_("{minutes} minutes per month"), N_("{total} minutes per month ({sessions} × {minutes})")),
    "grading_period": (
        N_("{minutes} minutes per grading period"),
        N_("{total} minutes per grading period ({sessions} × {minutes})"),
    ),
    "year": (N_("{minutes} minutes per year"), N_("{total} minutes per year ({sessions} × {minutes})")),
}
#: What a kind of provision is called in a comparison line ("added: service Speech therapy").
KIND_LABELS = {
    "service": N_("service"),
    "accommodation": N_("accommodation"),
    "modification": N_("modification"),
    "supplementary_aid": N_("supplementary aid"),
    "goal": N_("goal"),
}
MATCH_THRESHOLD = 0.6


@dataclass(frozen=True)
class ProvisionData:
    """One provision's values as the comparison keeps them (every field of the record)."""

    id: int
    version: int
    kind: str
    position: int = 0
    title: str = ""
    iep_wording: str = ""
    page_ref: str = ""
    copied_from: int | None = None
    minutes_per_session: int | None = None
    sessions_per_period: int | None = None
    period: str | None = None
    delivery: str | None = None
    location: str = ""
    provider_role: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    days_of_week: str = ""
    applies_when: str = ""
    how_given: str | None = None
    area: str = ""
    baseline: str = ""
    target: str = ""
    measurement: str = ""
    reporting_schedule: str = ""
    to_propose: str = ""
    baseline_value: str = ""
    target_value: str = ""
    unit: str = ""


_DATA_FIELDS = tuple(f.name for f in fields(ProvisionData))


def provision_data(p: Provision | ProvisionData) -> ProvisionData:
    """A provision record (or its data) as ProvisionData."""
    if isinstance(p, ProvisionData):
        return p
    values = dict(p.__data__)
    return ProvisionData(**{name: values[name] for name in _DATA_FIELDS if name in values})


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str

    def describe(self) -> str:
        if self.field == "iep_wording":
            return _("wording edited")
        none = _("(none)")
        old, new = self.old or none, self.new or none
        if self.field == "amount":
            return _("{old} → {new}").format(old=old, new=new)
        return _("{label}: {old} → {new}").format(label=_(self.label), old=old, new=new)


@dataclass(frozen=True)
class ProvisionChange:
    old: ProvisionData
    new: ProvisionData
    changes: tuple[FieldChange, ...]

    @property
    def name(self) -> str:
        return _name(self.new)

    def summary(self) -> str:
        return f"{self.name}: " + "; ".join(c.describe() for c in self.changes)


@dataclass(frozen=True)
class Comparison:
    added: list[ProvisionData] = field(default_factory=list)
    removed: list[ProvisionData] = field(default_factory=list)
    changed: list[ProvisionChange] = field(default_factory=list)
    unchanged: list[tuple[ProvisionData, ProvisionData]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [_("added: {kind} {name}").format(kind=kind_label(p.kind), name=_name(p)) for p in self.added]
        out += [
            _("removed: {kind} {name}").format(kind=kind_label(p.kind), name=_name(p)) for p in self.removed
        ]
        out += [_("changed: {summary}").format(summary=c.summary()) for c in self.changed]
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "added": [{"id": p.id, "kind": p.kind, "name": _name(p)} for p in self.added],
            "removed": [{"id": p.id, "kind": p.kind, "name": _name(p)} for p in self.removed],
            "changed": [
                {
                    "old_id": c.old.id,
                    "new_id": c.new.id,
                    "kind": c.new.kind,
                    "name": c.name,
                    "changes": [{"field": f.field, "old": f.old, "new": f.new} for f in c.changes],
                    "summary": c.summary(),
                }
                for c in self.changed
            ],
            "unchanged": [{"old_id": a.id, "new_id": b.id, "name": _name(b)} for a, b in self.unchanged],
        }


def amount_text(p: Any) -> str:
    """'30 minutes per week' (2 x 15) or '2 x 30 minutes per week' with the total."""
    minutes, sessions, period = p.minutes_per_session, p.sessions_per_period, p.period
    if not minutes and not sessions:
        return ""
    if minutes and sessions:
        total = minutes * sessions
        if sessions == 1:
            return _per_period(period, {"minutes": minutes})
        return _per_period(period, {"total": total, "sessions": sessions, "minutes": minutes})
    if minutes:
        return _("{minutes} minutes per session").format(minutes=minutes)
    return _sessions_per(period, sessions)


def _sessions_per(period: str | None, n: int) -> str:
    """ "2 sessions per week" ("1 session per week"), in the current language."""
    if period == "day":
        text = ngettext("{sessions} session per day", "{sessions} sessions per day", n)
    elif period == "week":
        text = ngettext("{sessions} session per week", "{sessions} sessions per week", n)
    elif period == "month":
        text = ngettext("{sessions} session per month", "{sessions} sessions per month", n)
    elif period == "grading_period":
        text = ngettext("{sessions} session per grading period", "{sessions} sessions per grading period", n)
    elif period == "year":
        text = ngettext("{sessions} session per year", "{sessions} sessions per year", n)
    else:
        return _("{sessions} sessions per {period}").format(sessions=n, period=period or "?")
    return text.format(sessions=n)


def _per_period(period: str | None, values: dict[str, int], unknown: str = "?") -> str:
    """The amount's text for ``period``: with ``minutes`` only, "30 minutes per week"; with ``total``
    and ``sessions`` too, "60 minutes per week (2 × 30)". A period not in the table is named as it is
    stored (``unknown`` when there is none)."""
    texts = _PER_PERIOD.get(period or "")
    which = 1 if "total" in values else 0
    if texts is not None:
        return _(texts[which]).format(**values)
    if which == 0:
        return _("{minutes} minutes per {period}").format(period=period or unknown, **values)
    return _("{total} minutes per {period} ({sessions} × {minutes})").format(
        period=period or unknown, **values
    )


def compare(
    old_provisions: Sequence[Provision | ProvisionData], new_provisions: Sequence[Provision | ProvisionData]
) -> Comparison:
    old = [provision_data(p) for p in old_provisions]
    new = [provision_data(p) for p in new_provisions]
    pairs: list[tuple[ProvisionData, ProvisionData]] = []
    old_left = {p.id: p for p in old}
    new_left = {p.id: p for p in new}
    for n in new:
        if n.copied_from is not None and n.copied_from in old_left:
            pairs.append((old_left.pop(n.copied_from), new_left.pop(n.id)))
    scored = sorted(
        (
            (_similarity(o, n), o.id, n.id)
            for o in old_left.values()
            for n in new_left.values()
            if o.kind == n.kind
        ),
        reverse=True,
    )
    for score, oid, nid in scored:
        if score < MATCH_THRESHOLD:
            break
        if oid in old_left and nid in new_left:
            pairs.append((old_left.pop(oid), new_left.pop(nid)))
    result = Comparison(added=list(new_left.values()), removed=list(old_left.values()))
    order = {p.id: i for i, p in enumerate(new)}
    for o, n in sorted(pairs, key=lambda pair: order[pair[1].id]):
        changes = _field_changes(o, n)
        if changes:
            result.changed.append(ProvisionChange(o, n, changes))
        else:
            result.unchanged.append((o, n))
    return result


def _field_changes(o: ProvisionData, n: ProvisionData) -> tuple[FieldChange, ...]:
    changes: list[FieldChange] = []
    for name, label in FIELD_LABELS.items():
        if name == "amount":
            a, b = amount_text(o), amount_text(n)
        elif name == "iep_wording":
            a, b = o.iep_wording or "", n.iep_wording or ""
            if _normal(a) == _normal(b):
                continue
        else:
            a, b = _text(getattr(o, name)), _text(getattr(n, name))
        if a != b:
            if name == "amount" and o.minutes_per_session and n.minutes_per_session and o.period == n.period:
                # "60 → 30 minutes per week": the same unit, so only the number changes.
                a, b = str(_total(o)), _per_period(n.period, {"minutes": _total(n)}, unknown="")
            changes.append(FieldChange(name, label, a, b))
    return tuple(changes)


def _total(p: ProvisionData) -> int:
    return int((p.minutes_per_session or 0) * (p.sessions_per_period or 1))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value).replace("_", " ").strip()


def _normal(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def _similarity(a: ProvisionData, b: ProvisionData) -> float:
    left = _normal(f"{a.title} {a.area} {a.iep_wording}")
    right = _normal(f"{b.title} {b.area} {b.iep_wording}")
    if not left or not right:
        return 0.0
    title = (
        difflib.SequenceMatcher(None, _normal(a.title), _normal(b.title)).ratio()
        if a.title and b.title
        else 0
    )
    whole = difflib.SequenceMatcher(None, left, right).ratio()
    return max(title, whole)


def _name(p: ProvisionData) -> str:
    return str(p.title or p.area or (p.iep_wording or "")[:40] or _("provision {id}").format(id=p.id))


def kind_label(kind: str) -> str:
    """A kind of provision in words, in the current language ("supplementary aid"); another kind as
    it is stored, its underscores as spaces."""
    found = KIND_LABELS.get(str(kind))
    return _(found) if found is not None else str(kind).replace("_", " ")
