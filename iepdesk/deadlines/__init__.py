"""Deadlines computed from the case, each with the date it counts from, the rule and its source.

The rules are those of shared/domain/LEGAL-FACTS.md (US federal law). States may set different or
stricter rules; every deadline a state can change says so (OCR's 180 days are federal and do not).
This is information, not legal advice. docs/deadlines.md lists each rule with an example.

The package's parts: ``base`` (the record, the rules, the date arithmetic), ``windows`` (state
complaint, OCR, due process: from incidents and missed sessions), ``progress`` (progress reports),
``records`` (records requests and the meetings before which they are due).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from iepdesk.deadlines.base import (
    ANNUAL_REVIEW_RULE,
    DUE_PROCESS_RULE,
    OCR_FEDERAL,
    OCR_RULE,
    RECORDS_RULE,
    STATE_COMPLAINT_RULE,
    STATE_MAY_DIFFER,
    Deadline,
    due_process_last_day,
    long_date,
    ocr_last_day,
    records_response_due,
    state_complaint_last_day,
    within_ocr_window,
    within_state_complaint_window,
)
from iepdesk.deadlines.iep_meetings import IepMeeting, iep_meetings, next_iep_meeting
from iepdesk.deadlines.progress import progress_reports
from iepdesk.deadlines.records import Meeting, meetings, records_deadline, records_requests
from iepdesk.deadlines.windows import (
    MissedSession,
    incident_windows,
    missed_session_windows,
    missed_sessions,
)
from iepdesk.i18n import N_, _
from iepdesk.iep.overview import annual_review_due, reevaluation_due
from iepdesk.model import Child, Communication, IepVersion, Incident
from iepdesk.model.iep import VersionKind, VersionStatus

if TYPE_CHECKING:
    from iepdesk.progress.reports import ExpectedReport

__all__ = [
    "ANNUAL_REVIEW_RULE",
    "DUE_PROCESS_RULE",
    "MEETING_KINDS",
    "OCR_FEDERAL",
    "OCR_RULE",
    "RECORDS_RULE",
    "STATE_COMPLAINT_RULE",
    "STATE_MAY_DIFFER",
    "Deadline",
    "IepMeeting",
    "Meeting",
    "MissedSession",
    "all_deadlines",
    "annual_review",
    "due_process_last_day",
    "iep_meetings",
    "incident_windows",
    "long_date",
    "meetings",
    "missed_session_windows",
    "missed_sessions",
    "next_iep_meeting",
    "ocr_last_day",
    "progress_reports",
    "records_deadline",
    "records_requests",
    "records_response_due",
    "state_complaint_last_day",
    "within_ocr_window",
    "within_state_complaint_window",
]


def annual_review(today: dt.date) -> Deadline | None:
    """The annual review, on or before one year after the last IEP meeting (34 CFR 300.324(b)(1)),
    shown beside the IEP's own last day when the IEP reviewed there has one."""
    review = annual_review_due(today)
    if review is None:
        return None
    ends = None
    for version in IepVersion.select().where(
        (IepVersion.status == VersionStatus.FINAL.value)
        & (IepVersion.kind.in_([VersionKind.INITIAL.value, VersionKind.ANNUAL.value]))
    ):
        if (version.meeting_date or version.effective_from) == review.counted_from and version.effective_to:
            ends = version.effective_to if ends is None else max(ends, version.effective_to)
    detail = "" if ends is None else _("The IEP itself runs to {day}.").format(day=long_date(ends))
    return Deadline(
        "annual_review",
        _("Annual IEP review due on or before"),
        review.due,
        review.counted_from,
        _("the last IEP meeting"),
        _(ANNUAL_REVIEW_RULE),
        review.source,
        note=_(STATE_MAY_DIFFER),
        detail=detail,
    )


#: What a follow-up counts from, by the communication's channel ("the email of 2026-03-02").
_CHANNEL_LABELS = {
    "email": N_("the email of {day}"),
    "phone": N_("the phone of {day}"),
    "meeting": N_("the meeting of {day}"),
    "letter": N_("the letter of {day}"),
    "portal": N_("the portal of {day}"),
    # English as it has always read (the channel's stored value); other languages word it well.
    "in_person": N_("the in_person of {day}"),
}


def _channel_label(channel: str, day: str) -> str:
    """ "the email of 2026-03-02" (another channel: "the <channel> of <day>", as before)."""
    found = _CHANNEL_LABELS.get(channel)
    if found is None:
        return _("the {channel} of {day}").format(channel=channel, day=day)
    return _(found).format(day=day)


#: The deadlines counted from the IEP meetings (iepdesk.deadlines.iep_meetings), which the calendar
#: marks on their day.
MEETING_KINDS = frozenset({"before_meeting", "meeting_notice"})


def all_deadlines(
    today: dt.date,
    include_past_days: int = 30,
    reports: list[ExpectedReport] | None = None,
    kinds: frozenset[str] | None = None,
) -> list[Deadline]:
    """Every deadline from ``today - include_past_days`` on, soonest first. ``reports``: the expected
    progress reports as of ``today`` (iepdesk.progress.reports.expected_reports), when the caller
    has them already. ``kinds``: only the deadlines counted from the IEP meetings (MEETING_KINDS, or
    a part of it), without reading the rest of the case."""
    if kinds is not None:
        return _meeting_deadlines(today, include_past_days, kinds)
    out: list[Deadline] = []
    review = annual_review(today)
    if review is not None:
        out.append(review)
    reeval = reevaluation_due(Child.the_child())
    if reeval is not None:
        out.append(
            Deadline(
                "reevaluation",
                _("Reevaluation due"),
                reeval.due,
                reeval.counted_from,
                _("the last evaluation"),
                reeval.rule,
                reeval.source,
                note=_(STATE_MAY_DIFFER),
            )
        )
    # The reports the IEP promises, each version's for the days it is in effect; one received is
    # done, one past its grace period is "not received" (iepdesk.progress.reports).
    from iepdesk.progress.reports import report_deadlines

    out.extend(report_deadlines(today, reports))
    # An act older than this has every window closed before the list starts (due process, the
    # longest, is two years): a ten-year case has thousands of them.
    horizon = today - dt.timedelta(days=include_past_days) - relativedelta(years=2) - dt.timedelta(days=1)
    from iepdesk.states.apply import case_state

    state = case_state()
    for incident in Incident.select().where(Incident.date >= horizon):
        out.extend(incident_windows(incident, state))
    out.extend(missed_session_windows(today, since=horizon, state=state))
    for item in Communication.select().where(
        Communication.follow_up.is_null(False) & (Communication.follow_up_done == 0)
    ):
        if item.follow_up is None:
            continue
        out.append(
            Deadline(
                "follow_up",
                _("Follow up: {subject}").format(subject=item.subject or _("communication")),
                item.follow_up,
                dt.date.fromisoformat(str(item.when)[:10]),
                _channel_label(str(item.channel), str(item.when)[:10]),
                _("A follow-up you set."),
                "",
                ("communication", int(item.id)),
                "",
            )
        )
    out.extend(records_requests())
    out.extend(_meeting_deadlines(today, include_past_days, MEETING_KINDS, state))
    from iepdesk.states.clock_dates import placement_deadlines

    out.extend(placement_deadlines(state))
    return _from(today, include_past_days, out)


def _from(today: dt.date, include_past_days: int, found: list[Deadline]) -> list[Deadline]:
    cutoff = today - dt.timedelta(days=include_past_days)
    return sorted((d for d in found if d.due >= cutoff), key=lambda d: (d.due, d.kind))


def _meeting_deadlines(
    today: dt.date, include_past_days: int, kinds: frozenset[str], state: str | None = None
) -> list[Deadline]:
    """The documents and the notice due before each IEP meeting (iepdesk.states.meetings)."""
    from iepdesk.states.apply import case_state
    from iepdesk.states.meetings import meeting_documents, meeting_notices

    state = case_state() if state is None else state
    known = meetings()
    out: list[Deadline] = []
    if "before_meeting" in kinds:
        out.extend(meeting_documents(known, state))
    if "meeting_notice" in kinds:
        out.extend(meeting_notices(known, state))
    return _from(today, include_past_days, out)
