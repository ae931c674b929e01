"""Documents a state requires before an IEP meeting (Maryland, DC: 5 business days; Illinois: 3
school days; Tennessee: a draft IEP 48 hours before), as deadlines from the IEP meetings in the case.

"N business (school) days before" a meeting is the N-th such day before the meeting's day: for a
Monday meeting and 5 business days, the Monday before. 48 hours before a meeting is two days before
it (by the meeting's hour; the case records the day only).
"""

from __future__ import annotations

from iepdesk.deadlines.base import Deadline, long_date
from iepdesk.deadlines.records import Meeting
from iepdesk.i18n import N_, _
from iepdesk.states.apply import figure, note_for

DRAFT_TITLE = N_("Draft IEP due, if the school writes one")
DOCUMENTS_TITLE = N_("Documents for the IEP meeting due")
OWN_RULE = N_("Documents due before the meeting, by a figure you recorded for your state.")


def meeting_documents(known: list[Meeting], state: str) -> list[Deadline]:
    """One deadline for each IEP meeting day in ``known`` (a day typed twice is one), where the
    state has a rule (or the parent recorded a figure) for documents before a meeting."""
    out: list[Deadline] = []
    for day in sorted({m.day for m in known if m.iep}):
        found = figure(state, "before_meeting", day, before=True)
        if found is None:
            continue
        meeting = next(m for m in known if m.iep and m.day == day)
        if found.rule is not None:
            rule = found.rule.changes.now()
            title = _(DRAFT_TITLE) if found.rule.unit == "hours" else _(DOCUMENTS_TITLE)
        else:
            rule, title = _(OWN_RULE), _(DOCUMENTS_TITLE)
        detail = _("{amount} before {meeting}.").format(amount=found.words, meeting=meeting.what)
        if found.calendar_note:
            detail += " " + found.calendar_note
        out.append(
            Deadline(
                "before_meeting",
                title,
                found.due,
                day,
                _("the IEP meeting of {day}").format(day=long_date(day)),
                rule,
                found.citation if not found.own else "",
                None,
                note_for(found, state, "before_meeting", ""),
                detail,
                state=found.state,
                own_figure=found.own,
            )
        )
    return out
