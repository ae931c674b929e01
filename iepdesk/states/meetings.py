"""What a state requires before an IEP meeting, as deadlines from the case's IEP meetings
(iepdesk.deadlines.iep_meetings: each meeting day once, from an IEP version or Communications).

- Documents before the meeting (Maryland, DC: 5 business days; Illinois: 3 school days; Tennessee: a
  draft IEP 48 hours before).
- Notice of the meeting (Maryland, Tennessee: 10 calendar days; DC: written notice 5 business days
  before): the last day the school's notice can reach the parent.

"N business (school) days before" a meeting is the N-th such day before the meeting's day: for a
Monday meeting and 5 business days, the Monday before. 48 hours before a meeting is two days before
it (by the meeting's hour; the case records the day only). "At least 10 days ahead" is the 10th
calendar day before: notice on that day is in time, on the day after it is late.
"""

from __future__ import annotations

from iepdesk.deadlines.base import Deadline, long_date
from iepdesk.deadlines.iep_meetings import IepMeeting, iep_meetings
from iepdesk.deadlines.records import Meeting
from iepdesk.i18n import N_, _
from iepdesk.states.apply import figure, note_for

DRAFT_TITLE = N_("Draft IEP due, if the school writes one")
DOCUMENTS_TITLE = N_("Documents for the IEP meeting due")
NOTICE_TITLE = N_("Notice of the IEP meeting due")
OWN_RULE = N_("Documents due before the meeting, by a figure you recorded for your state.")
OWN_NOTICE_RULE = N_("Notice due before the meeting, by a figure you recorded for your state.")
#: Said once, in the deadline's sentence, when only a meeting logged in Communications gives its day.
LOGGED_ONLY = N_("It applies if that meeting (logged in Communications) is an IEP meeting.")


def _label(meeting: IepMeeting) -> str:
    template = N_("the meeting logged for {day}") if meeting.logged_only else N_("the IEP meeting of {day}")
    return _(template).format(day=long_date(meeting.day))


def _before(known: list[Meeting], state: str, topic: str) -> list[Deadline]:
    out: list[Deadline] = []
    for meeting in iep_meetings(known):
        found = figure(state, topic, meeting.day, before=True)
        if found is None:
            continue
        if topic == "meeting_notice":
            title = _(NOTICE_TITLE)
            rule = found.rule.changes.now() if found.rule is not None else _(OWN_NOTICE_RULE)
        elif found.rule is not None:
            rule = found.rule.changes.now()
            title = _(DRAFT_TITLE) if found.rule.unit == "hours" else _(DOCUMENTS_TITLE)
        else:
            rule, title = _(OWN_RULE), _(DOCUMENTS_TITLE)
        detail = _("{amount} before {meeting}.").format(amount=found.words, meeting=meeting.what)
        if meeting.logged_only:
            detail += " " + _(LOGGED_ONLY)
        if found.calendar_note:
            detail += " " + found.calendar_note
        out.append(
            Deadline(
                topic,
                title,
                found.due,
                meeting.day,
                _label(meeting),
                rule,
                found.citation if not found.own else "",
                meeting.related,
                note_for(found, state, topic, ""),
                detail,
                state=found.state,
                own_figure=found.own,
            )
        )
    return out


def meeting_documents(known: list[Meeting], state: str) -> list[Deadline]:
    """One deadline for each IEP meeting day in ``known`` (a day typed or logged twice is one), where
    the state has a rule (or the parent recorded a figure) for documents before a meeting."""
    return _before(known, state, "before_meeting")


def meeting_notices(known: list[Meeting], state: str) -> list[Deadline]:
    """The last day the notice of each IEP meeting in ``known`` can reach the parent, where the state
    has a rule (or the parent recorded a figure) for it."""
    return _before(known, state, "meeting_notice")
