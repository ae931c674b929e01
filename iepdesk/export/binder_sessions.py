"""What the binder's first page and its missed-sessions lists say, read from the ledger.

The words of a LostSession are English: they are compared here and in tests, and translated where the
binder prints them (binder_first_page).

The figures come from build_ledger (the one figures API); the sessions behind them are the entries
its Figures name (missed, excused, minutes not known), read back through the schedule's records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepdesk.i18n import N_
from iepdesk.model import Provision
from iepdesk.model.calendar import LogStatus
from iepdesk.schedule import records
from iepdesk.schedule.ledger import Ledger
from iepdesk.schedule.reasons import BY_CODE

#: What happened to a session, and minutes not known: compared, never printed as they are.
MISSED = "Missed"
CUT_SHORT = "Cut short"
MINUTES_NOT_KNOWN = "not known"
#: How a session counts, and a missing reason or source: printed, translated with ``_``.
OWED = N_("owed")
EXCUSED = N_("excused (not owed)")
NOT_KNOWN = N_("not known: ask the school")
NOT_GIVEN = N_("Not given")
NOT_SAID = N_("not said")


@dataclass(frozen=True)
class LostSession:
    """One session missed or cut short, as the binder lists it."""

    date: dt.date
    #: "Missed" or "Cut short".
    what: str
    #: Minutes not given, as text: "30", or "not known" when a cut-short session's minutes are missing.
    minutes_lost: str
    #: In words, from reasons.BY_CODE ("Provider absent"); "Not given" when the log has none.
    reason: str
    #: How the ledger counts it: "owed", "excused (not owed)" or "not known: ask the school".
    counted: str
    #: Who recorded it, in words ("the provider's log"), and the log's own note.
    recorded_by: str
    note: str
    #: The log entry's id, for when it was written (binder_written); 0 when not known.
    entry_id: int = 0


@dataclass(frozen=True)
class ServiceSessions:
    service_id: int
    service: str
    owed: int
    rate: float | None
    flagged: bool
    #: Sessions missed outright (owed or excused) and sessions cut short, as listed in ``sessions``.
    missed: int
    excused: int
    cut_short: int
    sessions: list[LostSession]


def lost_sessions(ledger: Ledger) -> list[ServiceSessions]:
    """Per service of the ledger (in its order), the sessions missed or cut short, by date."""
    wanted: dict[int, str] = {}
    for total in ledger.totals:
        f = total.figures
        for entry_id in f.missed_entries:
            wanted[entry_id] = OWED
        for entry_id in f.excused_entries:
            wanted[entry_id] = EXCUSED
        for entry_id in f.minutes_unknown_entries:
            wanted[entry_id] = NOT_KNOWN
    entries = {e.id: e for e in records.entries_between(ledger.start, ledger.end) if e.id in wanted}
    per_session = {
        int(p.id): int(p.minutes_per_session or 0)
        for p in Provision.select(Provision.id, Provision.minutes_per_session).where(
            Provision.id.in_(sorted({e.provision for e in entries.values()}))
        )
    }
    out = []
    for total in ledger.totals:
        f = total.figures
        ids = sorted(
            {*f.missed_entries, *f.excused_entries, *f.minutes_unknown_entries} & entries.keys(),
            key=lambda i: (entries[i].date, i),
        )
        sessions = [_lost(entries[i], wanted[i], per_session.get(entries[i].provision, 0)) for i in ids]
        out.append(
            ServiceSessions(
                service_id=total.service_id,
                service=total.service,
                owed=f.owed,
                rate=f.rate,
                flagged=total.below_threshold,
                missed=sum(1 for s in sessions if s.what == MISSED),
                excused=sum(1 for s in sessions if s.counted == EXCUSED),
                cut_short=sum(1 for s in sessions if s.what == CUT_SHORT),
                sessions=sessions,
            )
        )
    return out


def _lost(e: records._Entry, counted: str, per_session: int) -> LostSession:
    # A session logged "delivered" with fewer minutes than planned (as school logs write "20") is
    # counted by the ledger as cut short: it is listed as one, with the minutes it lacked.
    given_less = e.status == LogStatus.DELIVERED.value and e.minutes is not None and e.minutes < per_session
    shortened = e.status == LogStatus.SHORTENED.value or given_less
    if shortened and e.minutes is None:
        lost = MINUTES_NOT_KNOWN
    elif shortened:
        lost = str(max(0, per_session - int(e.minutes or 0)))
    else:
        lost = str(per_session) if per_session else "—"
    rule = BY_CODE.get(e.reason) if e.reason else None
    reason = rule.label if rule else (e.reason or (NOT_GIVEN if shortened else BY_CODE["unknown"].label))
    return LostSession(
        date=e.date,
        what=CUT_SHORT if shortened else MISSED,
        minutes_lost=lost,
        reason=reason,
        counted=counted,
        recorded_by=records.SOURCE_WORDS.get(e.source or "", NOT_SAID),
        note=e.note,
        entry_id=int(e.id),
    )
