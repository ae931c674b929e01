"""The windows of the formal routes (state complaint, OCR, due process), counted from incidents and
from missed sessions.

A missed session is an entry the ledger counts as missed: logged "missed" for a reason that does not
excuse the school, or "shortened" (or delivered) with fewer minutes than the IEP's. The ledger decides
(iepdesk.schedule.ledger.build_ledger, the one figures function), so a session logged twice counts
once and a session the child missed for an excused reason starts no window.

Which missed session each window counts from:

- state complaint, one year from the violation (34 CFR 300.153(c)): the oldest missed session whose
  window is still open closes first; the newest one's window closes last. Both are listed.
- OCR, 180 days from the last act (OCR complaint instructions): the newest missed session.
- due process, two years from when the parent knew or should have known (34 CFR 300.507(a)(2)): taken
  as the day of the session (the earliest day the parent could have known); the oldest open and the
  newest are listed, as for the state complaint.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from iepdesk.deadlines.base import (
    DUE_PROCESS_RULE,
    DUE_PROCESS_SOURCE,
    DUE_PROCESS_STATES,
    OCR_FEDERAL,
    OCR_RULE,
    OCR_SOURCE,
    STATE_COMPLAINT_RULE,
    STATE_COMPLAINT_SOURCE,
    STATE_MAY_DIFFER,
    Deadline,
    due_process_last_day,
    long_date,
    ocr_last_day,
    state_complaint_last_day,
)
from iepdesk.i18n import _, ngettext
from iepdesk.model import Incident, Provision, ServiceLogEntry
from iepdesk.model.calendar import LogStatus


@dataclass(frozen=True)
class MissedSession:
    """One session the ledger counts as missed (wholly, or the minutes a shortened one lacked)."""

    day: dt.date
    entry_id: int
    service: str
    shortened: bool


def _windows(
    day: dt.date, label: str, related: tuple[str, int] | None, detail: str = "", state: str = ""
) -> list[Deadline]:
    from iepdesk.states.limits import due_process

    limit = due_process(day, due_process_last_day(day), state, _(DUE_PROCESS_STATES))
    due_detail = detail if not limit.detail else (limit.detail if not detail else detail + " " + limit.detail)
    return [
        Deadline(
            "state_complaint",
            _("State complaint window closes"),
            state_complaint_last_day(day),
            day,
            label,
            _(STATE_COMPLAINT_RULE),
            STATE_COMPLAINT_SOURCE,
            related,
            _(STATE_MAY_DIFFER),
            detail,
        ),
        Deadline(
            "ocr_complaint",
            _("OCR complaint window closes"),
            ocr_last_day(day),
            day,
            label,
            _(OCR_RULE),
            _(OCR_SOURCE),
            related,
            _(OCR_FEDERAL),
            detail,
        ),
        Deadline(
            "due_process",
            _("Due process window closes"),
            limit.due,
            limit.counted_from or day,  # the state's own start (Alaska: the written notice)
            limit.counted_from_label or label,
            _(DUE_PROCESS_RULE),
            DUE_PROCESS_SOURCE if not limit.citation else DUE_PROCESS_SOURCE + "; " + limit.citation,
            related,
            limit.note,
            due_detail,
            state=limit.state,
            own_figure=limit.own_figure,
        ),
    ]


def incident_windows(incident: Incident, state: str | None = None) -> list[Deadline]:
    """The three windows counted from one incident (each incident is one act); ``state`` is the
    case's (read when not given)."""
    day = incident.date
    label = _("the incident of {day}").format(day=long_date(day))
    return _windows(day, label, ("incident", int(incident.id)), state=_state(state))


def _state(state: str | None) -> str:
    if state is not None:
        return state
    from iepdesk.states.apply import case_state

    return case_state()


def missed_sessions(today: dt.date, since: dt.date | None = None) -> list[MissedSession]:
    """Every session the ledger counts as missed up to ``today`` (included), oldest first; with
    ``since``, only those from that day on (older ones' windows are long closed)."""
    first = (
        ServiceLogEntry.select(ServiceLogEntry.date)
        .where(ServiceLogEntry.status != LogStatus.MAKEUP.value)
        .order_by(ServiceLogEntry.date)
        .first()
    )
    if first is None or first.date > today:
        return []
    from iepdesk.schedule.ledger import build_ledger

    start = max(first.date, since) if since is not None else first.date
    if start > today:
        return []
    ledger = build_ledger(start, today, "whole", as_of=today)
    ids = sorted({i for row in ledger.totals for i in row.figures.missed_entries})
    if not ids:
        return []
    out = []
    rows: list[tuple[dt.date, int, str | None, str]] = list(
        ServiceLogEntry.select(  # type: ignore[arg-type]
            ServiceLogEntry.date, ServiceLogEntry.id, Provision.title, ServiceLogEntry.status
        )
        .join(Provision)
        .where(ServiceLogEntry.id.in_(ids))
        .tuples()
    )
    for day, entry_id, title, status in rows:
        out.append(
            MissedSession(day, int(entry_id), str(title or "") or "service", status != LogStatus.MISSED.value)
        )
    return sorted(out, key=lambda m: (m.day, m.entry_id))


def _label(session: MissedSession) -> str:
    if session.shortened:
        text = _("the shortened {service} session of {day}")
    else:
        text = _("the missed {service} session of {day}")
    return text.format(service=session.service, day=long_date(session.day))


def missed_session_windows(
    today: dt.date, since: dt.date | None = None, state: str | None = None
) -> list[Deadline]:
    """The windows counted from missed sessions (see the module's docstring for which ones); with
    ``since``, from the sessions of that day on; ``state`` is the case's (read when not given)."""
    sessions = missed_sessions(today, since)
    if not sessions:
        return []
    code = _state(state)

    def due_process_closes(day: dt.date) -> dt.date:
        from iepdesk.states.limits import due_process

        return due_process(day, due_process_last_day(day), code, "").due

    days = sorted({s.day for s in sessions})
    newest = sessions[-1]
    n_days = len(days)
    most_recent = ngettext(
        "The most recent of {count} day with a missed session.",
        "The most recent of {count} days with a missed session.",
        n_days,
    ).format(count=n_days)
    out: list[Deadline] = []

    def pick(kind: str, last_day: Callable[[dt.date], dt.date]) -> None:
        # last_day grows with the day and the sessions are in day order: the oldest still open is
        # found by bisection (a ten-year case has thousands of missed sessions).
        first_open = bisect_left(sessions, True, key=lambda s: last_day(s.day) >= today)
        oldest = sessions[first_open] if first_open < len(sessions) else newest
        chosen = [oldest] if oldest.day == newest.day else [oldest, newest]
        for session in chosen:
            if session is newest:
                detail = most_recent
            else:
                detail = ngettext(
                    "The oldest of {count} day with a missed session whose window is still open; later "
                    "ones stay inside it longer.",
                    "The oldest of {count} days with a missed session whose window is still open; later "
                    "ones stay inside it longer.",
                    n_days,
                ).format(count=n_days)
            window = next(
                d
                for d in _windows(session.day, _label(session), ("log_entry", session.entry_id), detail, code)
                if d.kind == kind
            )
            out.append(window)

    pick("state_complaint", state_complaint_last_day)
    pick("due_process", due_process_closes)
    # OCR counts from the last act only.
    out.extend(
        d
        for d in _windows(newest.day, _label(newest), ("log_entry", newest.entry_id), most_recent, code)
        if d.kind == "ocr_complaint"
    )
    return out
