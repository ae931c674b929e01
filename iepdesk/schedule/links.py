"""Services typed in anew in a later IEP that look like a change of an earlier one (to be linked)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from typing import Any

from iepdesk.model import Provision
from iepdesk.schedule.expected import fetch_plain, plain_date
from iepdesk.schedule.figures import ProposedLink
from iepdesk.schedule.plan_cache import kept


def proposed_links() -> list[ProposedLink]:
    """Services of a later final IEP typed in anew (no "start from this one") whose title matches a
    service of the version just before it: probably an amendment of it, to be linked."""
    return list(kept("proposed_links", _read_proposed_links))


def _read_proposed_links() -> list[ProposedLink]:
    from iepdesk.model import IepVersion
    from iepdesk.model.iep import ProvisionKind, VersionStatus

    versions: list[Any] = sorted(
        (
            (vid, plain_date(first))
            for vid, first in fetch_plain(
                IepVersion.select(IepVersion.id, IepVersion.effective_from).where(
                    IepVersion.status == VersionStatus.FINAL.value
                )
            )
        ),
        key=lambda v: (v[1] or dt.date.min, v[0]),
    )
    rows: list[Any] = fetch_plain(
        Provision.select(
            Provision.id, Provision.version, Provision.title, Provision.copied_from, Provision.kind
        )
    )
    copied = {r[3] for r in rows if r[3] is not None}
    by_version: dict[int, list[tuple[int, str, int | None]]] = defaultdict(list)
    for pid, version, title, copied_from, kind in rows:
        if kind == ProvisionKind.SERVICE.value:
            by_version[version].append((pid, str(title or "").strip(), copied_from))
    links: list[ProposedLink] = []
    for (earlier, _), (later, _) in itertools.pairwise(versions):
        olds = {t.lower(): pid for pid, t, _c in by_version.get(earlier, []) if t and pid not in copied}
        for pid, title, copied_from in by_version.get(later, []):
            old = olds.get(title.lower()) if title and copied_from is None else None
            if old is not None:
                links.append(ProposedLink(provision=pid, looks_like=old, service=title))
    return links
