"""What a letter cites when the command line is not told: the same Selection the window builds.

The window's New letter wizard and ``iepdesk export letter`` both hand a Selection to
drafts.create_draft; this fills the CLI's defaults. A kind that cites the service minutes gets the 90
days up to the letter's date (the wizard's default period); a complaint or concerns letter cites every
incident; the incident email cites exactly one (the one asked for, or the most recent).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepdesk.letters.drafts import Selection
from iepdesk.model import Incident

#: The period the wizard offers: the 90 days up to the letter's date.
DEFAULT_DAYS = 90

#: What each kind can cite (the window's ui.letters.kinds.CITES says the same).
CITES: dict[str, tuple[str, ...]] = {
    "concerns-letter": ("incidents", "communications", "ledger", "documents"),
    "records-request": ("ledger",),
    "pwn-request": ("documents",),
    "state-complaint": ("incidents", "communications", "ledger", "documents"),
    "ocr-complaint": ("incidents", "communications", "documents"),
    "incident-email": ("incidents", "provisions", "documents"),
}

#: Kinds whose figures are cited by default when no period is given.
LEDGER_BY_DEFAULT = ("concerns-letter", "state-complaint")


def cli_selection(
    kind: str,
    letter_date: dt.date,
    incidents: list[int] | None = None,
    communications: list[int] | None = None,
    provisions: list[int] | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    documents: list[int] | None = None,
    with_binder: bool = False,
) -> Selection:
    cites = CITES.get(kind, ())
    if incidents is None and "incidents" in cites:
        query = Incident.select(Incident.id, Incident.date)
        if kind == "incident-email":
            newest = query.order_by(Incident.date.desc(), Incident.id.desc()).first()
            incidents = [int(newest.id)] if newest is not None else []
        else:
            incidents = [int(i.id) for i in query.order_by(Incident.date, Incident.id)]
    if kind == "incident-email" and incidents:
        incidents = incidents[:1]
    period: tuple[dt.date | None, dt.date | None] = (None, None)
    if "ledger" in cites and (start or end or kind in LEDGER_BY_DEFAULT):
        last = end or letter_date
        first = start or last - dt.timedelta(days=DEFAULT_DAYS)
        period = (min(first, last), max(first, last))
    return Selection(
        incidents=tuple(incidents or ()) if "incidents" in cites else (),
        provisions=tuple(provisions or ()) if "provisions" in cites else (),
        communications=tuple(communications or ()) if "communications" in cites else (),
        ledger_from=period[0],
        ledger_to=period[1],
        documents=tuple(documents or ()) if "documents" in cites else (),
        with_binder=with_binder and "documents" in cites,
    )


@dataclass(frozen=True)
class Citable:
    """A record a letter can cite, as the wizard lists it: its id, its day (if it has one) and one line."""

    id: int
    day: dt.date | None
    text: str


def _one_line(text: object, limit: int = 90) -> str:
    line = " ".join(str(text or "").split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def citable_incidents() -> list[Citable]:
    """Every incident, newest first."""
    from iepdesk.incidents import find

    return [Citable(row.id, row.day, _one_line(row.what_happened)) for row in find()]


def citable_provisions(day: dt.date) -> list[Citable]:
    """The provisions of the IEP in effect on ``day``, in the IEP's order (none if no IEP is in effect)."""
    from iepdesk.iep.versions import in_effect_on, provisions_of

    version = in_effect_on(day)
    if version is None:
        return []
    return [Citable(int(p.id), None, _one_line(p.title or p.iep_wording)) for p in provisions_of(version)]


def citable_communications(today: dt.date) -> list[Citable]:
    """The communications of the two years up to ``today``, newest first (as the incidents)."""
    from iepdesk.comms import log as comms_log

    rows = comms_log.rows_between(today - dt.timedelta(days=2 * 365), today)
    return [
        Citable(c.id, dt.date.fromisoformat(c.when[:10]), _one_line(c.subject or c.body))
        for c in reversed(rows)
    ]


def citable_documents() -> list[Citable]:
    """The documents in the case a letter can enclose, newest first (as the vault lists them)."""
    from iepdesk.vault.library import document_rows

    return [Citable(d.id, d.doc_date, _one_line(d.title)) for d in document_rows()]
