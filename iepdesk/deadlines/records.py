"""When records a parent asked for must be available (34 CFR 300.613(a)): without unnecessary delay,
before any meeting regarding an IEP or any hearing, and in no case more than 45 days after the request.

The meetings the case knows: the meeting date of any IEP version (a draft or proposed one is the
meeting to come) and every communication logged as a meeting. When one of them falls after the day the
request was sent and before the 45th day, the records are due before that meeting: the deadline is the
meeting's day, and its text says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepdesk.deadlines.base import (
    RECORDS_RULE,
    RECORDS_SOURCE,
    STATE_MAY_DIFFER,
    Deadline,
    long_date,
    records_response_due,
)
from iepdesk.i18n import _
from iepdesk.model import Communication, IepVersion
from iepdesk.model.vault import Channel


@dataclass(frozen=True)
class Meeting:
    day: dt.date
    what: str
    #: True for an IEP version's meeting date (the meetings state rules on documents count from).
    iep: bool = False
    #: The record it comes from: ("iep_version", id) or ("communication", id).
    related: tuple[str, int] | None = None


def meetings() -> list[Meeting]:
    """The meetings in the case, by date: IEP meetings and communications logged as meetings."""
    out = [
        Meeting(
            v.meeting_date,
            _("the IEP meeting of {day}").format(day=long_date(v.meeting_date)),
            iep=True,
            related=("iep_version", int(v.id)),
        )
        for v in IepVersion.select(IepVersion.id, IepVersion.meeting_date)
        .where(IepVersion.meeting_date.is_null(False))
        .order_by(IepVersion.id)
        if v.meeting_date is not None
    ]
    meeting_rows = (
        Communication.select(Communication.id, Communication.when)
        .where(Communication.channel == Channel.MEETING.value)
        .order_by(Communication.id)
    )
    for c in meeting_rows:
        try:
            day = dt.date.fromisoformat(str(c.when)[:10])
        except ValueError:
            continue
        out.append(
            Meeting(
                day,
                _("the meeting logged for {day}").format(day=long_date(day)),
                related=("communication", int(c.id)),
            )
        )
    return sorted(out, key=lambda m: m.day)


def records_deadline(letter_id: int, sent: dt.date, known: list[Meeting], state: str = "") -> Deadline:
    """The day records asked for on ``sent`` must be available, given the meetings ``known``: the
    stricter of 45 days, the state's rule (``state``, a postal code; "" = federal only) and the next
    meeting."""
    from iepdesk.states.apply import compared, figure, note_for

    limit = records_response_due(sent)
    found = figure(state, "records_response", sent)
    first = limit if found is None or found.due >= limit else found.due
    sooner = next((m for m in known if sent < m.day < first), None)
    label = _("your records request sent {day}").format(day=long_date(sent))
    note = note_for(found, state, "records_response", _(STATE_MAY_DIFFER))
    source = RECORDS_SOURCE if found is None or found.own else RECORDS_SOURCE + "; " + found.citation
    code, own = (found.state, found.own) if found is not None else ("", False)
    both = "" if found is None else compared(_("45 days"), found)
    if sooner is None:
        if found is None:
            detail = _("45 days after your request; sooner if an IEP meeting or hearing comes first.")
        else:
            detail = both + " " + _("Sooner if an IEP meeting or hearing comes first.")
        return Deadline(
            "records_request",
            _("Records must be available"),
            first,
            sent,
            label,
            _(RECORDS_RULE),
            source,
            ("letter", letter_id),
            note=note,
            detail=detail,
            state=code,
            own_figure=own,
        )
    detail = _("Before {meeting}, which comes sooner than 45 days after your request ({day}).").format(
        meeting=sooner.what, day=long_date(limit)
    )
    return Deadline(
        "records_request",
        _("Records must be available before the meeting"),
        sooner.day,
        sent,
        label,
        _(RECORDS_RULE),
        source,
        ("letter", letter_id),
        note=note,
        detail=detail if not both else detail + " " + both,
        state=code,
        own_figure=own,
    )


def records_requests() -> list[Deadline]:
    """Responses due for records requests the parent marked as sent (letters, issue 7)."""
    try:
        from iepdesk.letters.drafts import sent_records_requests
    except ImportError:
        return []
    sent = sent_records_requests()
    if not sent:
        return []
    known = meetings()
    from iepdesk.states.apply import case_state

    state = case_state()
    return [records_deadline(letter_id, day, known, state) for letter_id, day in sent]
