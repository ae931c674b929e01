"""Deadlines computed from the case, each with the date it counts from, the rule and its source.

The rules are those of shared/domain/LEGAL-FACTS.md (US federal law). States may set different or
stricter rules; every deadline says so. This is information, not legal advice.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from iepdesk.iep.overview import annual_review_due, reevaluation_due
from iepdesk.model import Child, Communication, IepVersion, Incident, Provision
from iepdesk.model.iep import ProvisionKind, VersionStatus

STATE_MAY_DIFFER = "Your state's rules may differ; check with your state's education department."

STATE_COMPLAINT_RULE = (
    "A state complaint must be about a violation that happened not more than one year before the "
    "state receives it."
)
OCR_RULE = (
    "An OCR complaint is filed within 180 days of the last act of discrimination (or within 60 days "
    "after a school grievance process ends); a late filing needs a waiver for good cause."
)
DUE_PROCESS_RULE = (
    "A due process complaint is filed within two years of when you knew or should have known about "
    "the problem, unless your state sets its own limit. The limit does not apply if the district "
    "misrepresented that it had fixed the problem or withheld information it had to give you."
)
RECORDS_RULE = (
    "The district must let you see your child's records without unnecessary delay, before any IEP "
    "meeting or hearing, and in no case more than 45 days after your request."
)


@dataclass(frozen=True)
class Deadline:
    kind: str
    title: str
    due: dt.date
    counted_from: dt.date
    counted_from_label: str
    rule: str
    source: str
    #: The record it belongs to, e.g. ("incident", 12).
    related: tuple[str, int] | None = None
    note: str = STATE_MAY_DIFFER

    def days_left(self, today: dt.date) -> int:
        return (self.due - today).days


def state_complaint_last_day(violation: dt.date) -> dt.date:
    """The last day a state can receive a complaint about ``violation`` (34 CFR 300.153(c))."""
    return violation + relativedelta(years=1)


def ocr_last_day(last_act: dt.date) -> dt.date:
    """180 days after the last act of discrimination (OCR complaint instructions)."""
    return last_act + dt.timedelta(days=180)


def due_process_last_day(knew: dt.date) -> dt.date:
    """Two years after the parent knew or should have known (34 CFR 300.507(a)(2), 300.511(e))."""
    return knew + relativedelta(years=2)


def records_response_due(requested: dt.date) -> dt.date:
    """45 days after a records request (34 CFR 300.613(a); FERPA 34 CFR 99.10(b))."""
    return requested + dt.timedelta(days=45)


def within_state_complaint_window(violation: dt.date, filed: dt.date) -> bool:
    return filed <= state_complaint_last_day(violation)


def within_ocr_window(last_act: dt.date, filed: dt.date) -> bool:
    return filed <= ocr_last_day(last_act)


def incident_windows(incident: Incident) -> list[Deadline]:
    day = incident.date
    related = ("incident", int(incident.id))
    label = f"the incident of {day.isoformat()}"
    return [
        Deadline(
            "state_complaint",
            "State complaint window closes",
            state_complaint_last_day(day),
            day,
            label,
            STATE_COMPLAINT_RULE,
            "34 CFR 300.153(c)",
            related,
        ),
        Deadline(
            "ocr_complaint",
            "OCR complaint window closes",
            ocr_last_day(day),
            day,
            label,
            OCR_RULE,
            "OCR complaint instructions (ed.gov)",
            related,
        ),
        Deadline(
            "due_process",
            "Due process window closes",
            due_process_last_day(day),
            day,
            label,
            DUE_PROCESS_RULE,
            "34 CFR 300.507(a)(2), 300.511(e)",
            related,
        ),
    ]


_QUARTERLY = re.compile(r"quarter|every (?:nine|9) weeks|report cards?|grading period|term", re.IGNORECASE)
_MONTHLY = re.compile(r"month", re.IGNORECASE)
_TRIMESTER = re.compile(r"trimester|three times a year|3 times a year", re.IGNORECASE)
_SEMESTER = re.compile(r"semester|twice a year|two times a year|2 times a year", re.IGNORECASE)


def progress_reports(version: IepVersion) -> list[Deadline]:
    """Progress reports the IEP's goals promise, from their reporting schedule (34 CFR 300.320(a)(3):
    the IEP says when; no federal frequency is fixed)."""
    if version.effective_from is None:
        return []
    schedules = [
        str(p.reporting_schedule)
        for p in Provision.select(Provision.reporting_schedule).where(
            (Provision.version == version.id) & (Provision.kind == ProvisionKind.GOAL.value)
        )
        if p.reporting_schedule
    ]
    if not schedules:
        return []
    text = " ".join(schedules)
    months = (
        1
        if _MONTHLY.search(text)
        else 3
        if _QUARTERLY.search(text)
        else 4
        if _TRIMESTER.search(text)
        else 6
        if _SEMESTER.search(text)
        else 0
    )
    if months == 0:
        return []
    start = version.effective_from
    end = version.effective_to or start + relativedelta(years=1, days=-1)
    out = []
    n = 1
    while (due := start + relativedelta(months=months * n)) <= end + dt.timedelta(days=1):
        out.append(
            Deadline(
                "progress_report",
                f"Progress report {n} expected",
                due,
                start,
                f"the start of {version.label()}",
                f"The IEP says progress is reported: {schedules[0]}.",
                "34 CFR 300.320(a)(3)",
                ("iep_version", int(version.id)),
                "Dates are estimated from the IEP's schedule; the school's report dates may differ slightly.",
            )
        )
        n += 1
    return out


def all_deadlines(today: dt.date, include_past_days: int = 30) -> list[Deadline]:
    """Every deadline from ``today - include_past_days`` on, soonest first."""
    out: list[Deadline] = []
    review = annual_review_due(today)
    if review is not None:
        out.append(
            Deadline(
                "annual_review",
                "Annual IEP review due",
                review.due,
                review.counted_from,
                "the last IEP meeting",
                review.rule,
                review.source,
            )
        )
    reeval = reevaluation_due(Child.the_child())
    if reeval is not None:
        out.append(
            Deadline(
                "reevaluation",
                "Reevaluation due",
                reeval.due,
                reeval.counted_from,
                "the last evaluation",
                reeval.rule,
                reeval.source,
            )
        )
    for version in IepVersion.select().where(IepVersion.status == VersionStatus.FINAL.value):
        out.extend(progress_reports(version))
    for incident in Incident.select():
        out.extend(incident_windows(incident))
    for item in Communication.select().where(
        Communication.follow_up.is_null(False) & (Communication.follow_up_done == 0)
    ):
        if item.follow_up is None:
            continue
        out.append(
            Deadline(
                "follow_up",
                f"Follow up: {item.subject or 'communication'}",
                item.follow_up,
                dt.date.fromisoformat(str(item.when)[:10]),
                f"the {item.channel} of {str(item.when)[:10]}",
                "A follow-up you set.",
                "",
                ("communication", int(item.id)),
                "",
            )
        )
    out.extend(records_requests())
    cutoff = today - dt.timedelta(days=include_past_days)
    return sorted((d for d in out if d.due >= cutoff), key=lambda d: (d.due, d.kind))


def records_requests() -> list[Deadline]:
    """Responses due for records requests the parent marked as sent (letters, issue 7)."""
    try:
        from iepdesk.letters.drafts import sent_records_requests
    except ImportError:
        return []
    return [
        Deadline(
            "records_request",
            "Records must be available",
            records_response_due(sent),
            sent,
            f"your records request sent {sent.isoformat()}",
            RECORDS_RULE,
            "34 CFR 300.613(a); FERPA 34 CFR 99.10(b)",
            ("letter", letter_id),
        )
        for letter_id, sent in sent_records_requests()
    ]
