"""What a letter cites when the command line is not told: the same Selection the window builds.

The window's New letter wizard and ``iepdesk export letter`` both hand a Selection to
drafts.create_draft; this fills the CLI's defaults. A kind that cites the service minutes gets the 90
days up to the letter's date (the wizard's default period); a complaint or concerns letter cites every
incident; the incident email cites exactly one (the one asked for, or the most recent).
"""

from __future__ import annotations

import datetime as dt

from iepdesk.letters.drafts import Selection
from iepdesk.model import Incident

#: The period the wizard offers: the 90 days up to the letter's date.
DEFAULT_DAYS = 90

#: What each kind can cite (the window's ui.letters.kinds.CITES says the same).
CITES: dict[str, tuple[str, ...]] = {
    "concerns-letter": ("incidents", "communications", "ledger"),
    "records-request": ("ledger",),
    "pwn-request": (),
    "state-complaint": ("incidents", "communications", "ledger"),
    "ocr-complaint": ("incidents", "communications"),
    "incident-email": ("incidents", "provisions"),
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
    )
