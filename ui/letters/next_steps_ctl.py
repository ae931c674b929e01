"""What the case already shows along the usual path: records kept, letters sent, windows still open."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from iepdesk import deadlines
from iepdesk.iep.versions import in_effect_on, provisions_of
from iepdesk.model import Communication, Contact, Incident, Letter
from iepdesk.model.vault import Direction

#: The windows of the formal routes, in the order the page lists them.
FORMAL_KINDS = ("state_complaint", "ocr_complaint", "due_process")


@dataclass(frozen=True)
class Window:
    """One formal route: its open window that closes first, the last one to close, and how many are open."""

    kind: str
    first: deadlines.Deadline
    last: deadlines.Deadline
    open_count: int


@dataclass
class CaseProgress:
    provisions: int = 0
    incidents: int = 0
    latest_incident: dt.date | None = None
    communications: int = 0
    written_to_school: int = 0
    last_written: dt.date | None = None
    #: kind of letter -> the latest day one was marked as sent.
    sent: dict[str, dt.date] = field(default_factory=dict)
    drafted: set[str] = field(default_factory=set)
    records_due: dt.date | None = None
    advocate_on_team: bool = False
    windows: list[Window] = field(default_factory=list)


def _day(when: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(when)[:10])
    except ValueError:
        return None


def case_progress(today: dt.date) -> CaseProgress:
    out = CaseProgress()
    version = in_effect_on(today)
    out.provisions = len(provisions_of(version)) if version is not None else 0
    out.incidents = Incident.select().count()
    latest = Incident.select(Incident.date).order_by(Incident.date.desc()).first()
    out.latest_incident = latest.date if latest is not None else None
    out.communications = Communication.select().count()
    to_school = Communication.select(Communication.when).where(
        Communication.direction == Direction.TO_SCHOOL.value
    )
    out.written_to_school = to_school.count()
    last = to_school.order_by(Communication.when.desc()).first()
    out.last_written = _day(last.when) if last is not None else None
    for letter in Letter.select(Letter.kind, Letter.sent_on):
        kind = str(letter.kind)
        out.drafted.add(kind)
        if letter.sent_on is not None and (kind not in out.sent or letter.sent_on > out.sent[kind]):
            out.sent[kind] = letter.sent_on
    records = [d for d in deadlines.records_requests() if d.due >= today]
    out.records_due = min((d.due for d in records), default=None)
    out.advocate_on_team = any("advocate" in str(c.role).lower() for c in Contact.select(Contact.role))
    out.windows = open_windows(today)
    return out


def open_windows(today: dt.date) -> list[Window]:
    """For each formal route, the open window that closes first (counted from an incident)."""
    by_kind: dict[str, list[deadlines.Deadline]] = {k: [] for k in FORMAL_KINDS}
    for deadline in deadlines.all_deadlines(today, include_past_days=0):
        if deadline.kind in by_kind and deadline.due >= today:
            by_kind[deadline.kind].append(deadline)
    out = []
    for kind in FORMAL_KINDS:
        found = sorted(by_kind[kind], key=lambda d: d.due)
        if found:
            out.append(Window(kind, found[0], found[-1], len(found)))
    return out
