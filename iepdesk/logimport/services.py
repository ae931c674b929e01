"""The file's service names matched to the IEP's services: only confident matches, else the parent picks.

A match is the same title (case, punctuation and accents ignored) or the same set of words once the
words every service shares ("therapy", "services", "session", …) are left out and the usual
abbreviations are spelled out ("OT" = occupational, "SLP" = speech language): "Speech/Language"
matches "Speech-language therapy", not "Speech therapy". When the matches belong to different
services (not one service across IEP versions), there is no match.
"""

from __future__ import annotations

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
