"""The deadline record, the rules as the app words them, and the date arithmetic of each rule.

Every rule is one of shared/domain/LEGAL-FACTS.md (US federal law); nothing here is a state's rule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from iepdesk import i18n
from iepdesk.i18n import N_

STATE_MAY_DIFFER = N_("Your state's rules may differ; check with your state's education department.")
#: OCR's 180 days are federal: never "your state may differ" (LEGAL-FACTS.md, last paragraph).
OCR_FEDERAL = N_("This is a federal rule: the same in every state.")
#: States whose own due process limit STATE-RULES.md verified as shorter than two years.
DUE_PROCESS_STATES = N_(
    "Your state may set its own limit: some are shorter or count from another date (for example "
    "Alaska, North Carolina and Wisconsin: one year). Check with your state's education department."
)

STATE_COMPLAINT_RULE = N_(
    "A state complaint must be about a violation that happened not more than one year before the "
    "state receives it."
)
OCR_RULE = N_(
    "An OCR complaint is filed within 180 days of the last act of discrimination (or within 60 days "
    "after a school grievance process ends); a late filing needs a waiver for good cause."
)
DUE_PROCESS_RULE = N_(
    "A due process complaint is filed within two years of when you knew or should have known about "
    "the problem, unless your state sets its own limit. The limit does not apply if the district "
    "misrepresented that it had fixed the problem or withheld information it had to give you."
)
RECORDS_RULE = N_(
    "The district must let you see your child's records without unnecessary delay, before any IEP "
    "meeting or hearing, and in no case more than 45 days after your request."
)
ANNUAL_REVIEW_RULE = N_("The IEP is reviewed at least once a year: on or before this date.")

STATE_COMPLAINT_SOURCE = "34 CFR 300.153(c)"
#: Its words are translated where shown (the other sources are citations only).
OCR_SOURCE = N_("34 CFR 100.7(b) as applied by OCR; OCR complaint instructions (ed.gov)")
DUE_PROCESS_SOURCE = "34 CFR 300.507(a)(2), 300.511(e)"
RECORDS_SOURCE = "34 CFR 300.613(a); FERPA 34 CFR 99.10(b)"
PROGRESS_SOURCE = "34 CFR 300.320(a)(3)"


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
    #: One more plain sentence shown beside the date ("The IEP itself runs to August 31, 2026.").
    detail: str = ""
    #: The state whose rule (or the parent's own figure for it) this deadline uses ("CA"), or "".
    state: str = ""
    #: True when the date comes from a figure the parent recorded, not from the app's rules.
    own_figure: bool = False

    def days_left(self, today: dt.date) -> int:
        return (self.due - today).days

    def source_beyond_detail(self) -> str:
        """The source without the citations the detail already names ("…; 12 months in Alaska (AS
        14.30.193(a))" then only the federal rule), so a line shown whole cites each rule once."""
        return "; ".join(part for part in self.source.split("; ") if part and part not in self.detail)


def long_date(day: dt.date) -> str:
    """ "October 3, 2026" / "3 de octubre de 2026": the way a deadline's text names a date."""
    return i18n.long_date(day)


def state_complaint_last_day(violation: dt.date) -> dt.date:
    """The last day a state can receive a complaint about ``violation`` (34 CFR 300.153(c)): one
    year later, the same month and day (after February 29, February 28)."""
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
