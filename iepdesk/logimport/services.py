"""The file's service names matched to the IEP's services: only confident matches, else the parent picks.

A match is the same title (case, punctuation and accents ignored) or the same set of words once the
words every service shares ("therapy", "services", "session", …) are left out and the usual
abbreviations are spelled out ("OT" = occupational, "SLP" = speech language): "Speech/Language"
matches "Speech-language therapy", not "Speech therapy". When the matches belong to different
services (not one service across IEP versions), there is no match.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from iepdesk.iep import versions
from iepdesk.logimport.school_words import key
from iepdesk.model import IepVersion, Provision
from iepdesk.model.iep import ProvisionKind, VersionStatus
from iepdesk.schedule.expected import lineage_roots

_FILLER = frozenset(
    {"therapy", "therapies", "services", "service", "session", "sessions", "svc", "and", "the", "of", "ind"}
)
_ABBREVIATIONS = {
    "ot": ("occupational",),
    "pt": ("physical",),
    "slp": ("speech", "language"),
    "sl": ("speech", "language"),
    "lang": ("language",),
    "counselling": ("counseling",),
}


@dataclass(frozen=True)
class ServiceChoice:
    """A service the parent can pick for a file's service name."""

    provision_id: int
    title: str
    version_label: str


def _words(text: str) -> frozenset[str]:
    out: set[str] = set()
    for word in key(text).split():
        out.update(_ABBREVIATIONS.get(word, (word,)))
    return frozenset(out - _FILLER)


def choices() -> list[ServiceChoice]:
    """Every service of the final IEP versions, the newest version first."""
    final = (
        IepVersion.select()
        .where(IepVersion.status == VersionStatus.FINAL.value)
        .order_by(IepVersion.effective_from.desc(nulls="LAST"), IepVersion.id.desc())
    )
    out = []
    for version in final:
        for p in versions.provisions_of(version):
            if p.kind == ProvisionKind.SERVICE.value:
                out.append(ServiceChoice(int(p.id), str(p.title), version.label()))
    return out


def match(texts: list[str]) -> dict[str, int | None]:
    """Each text -> the provision it surely names (of the newest version holding it), or None."""
    options = choices()
    roots = lineage_roots()
    out: dict[str, int | None] = {}
    for text in texts:
        exact = [c for c in options if key(c.title) == key(text) and key(text)]
        found = exact or [c for c in options if _words(c.title) and _words(c.title) == _words(text)]
        lineages = {roots.get(c.provision_id, c.provision_id) for c in found}
        out[text] = found[0].provision_id if len(lineages) == 1 else None
    return out


def by_date() -> Callable[[int | None, dt.date | None], int | None]:
    """``resolve(pid, day)``: the provision of ``pid``'s service (its line of copies across IEP
    versions) whose final version is in effect on ``day``; ``pid`` itself when none is."""
    roots = lineage_roots()
    members: dict[int, list[tuple[dt.date, dt.date | None, int]]] = {}
    query = (
        Provision.select(Provision.id, IepVersion.effective_from, IepVersion.effective_to)
        .join(IepVersion)
        .where(
            (Provision.kind == ProvisionKind.SERVICE.value)
            & (IepVersion.status == VersionStatus.FINAL.value)
            & IepVersion.effective_from.is_null(False)
        )
    )
    for p in query:
        version = p.version
        root = roots.get(int(p.id), int(p.id))
        if version.effective_from is not None:
            members.setdefault(root, []).append((version.effective_from, version.effective_to, int(p.id)))

    def resolve(pid: int | None, day: dt.date | None) -> int | None:
        if pid is None or day is None:
            return pid
        covering = [
            m for m in members.get(roots.get(pid, pid), []) if m[0] <= day and (m[1] is None or day <= m[1])
        ]
        return max(covering)[2] if covering else pid  # the later start wins, as in versions.in_effect_on

    return resolve


def is_service(provision_id: int) -> bool:
    return bool(
        Provision.select()
        .where((Provision.id == provision_id) & (Provision.kind == ProvisionKind.SERVICE.value))
        .exists()
    )


def minutes_per_session() -> dict[int, int | None]:
    return {
        int(p.id): p.minutes_per_session
        for p in Provision.select(Provision.id, Provision.minutes_per_session).where(
            Provision.kind == ProvisionKind.SERVICE.value
        )
    }
