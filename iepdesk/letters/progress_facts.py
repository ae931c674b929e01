"""The progress facts a letter can cite (issue 17), read through iepdesk.progress as of the letter's
date: each progress report the IEP promised that is not received once its grace period has passed
(while its expected date is less than a year before the letter, as the Overview lists it), and each
goal whose school-stated status disagrees with the recorded data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepdesk.dashboard import PROGRESS_LOOKBACK
from iepdesk.model import IepVersion
from iepdesk.progress import reports as report_store
from iepdesk.progress import summary
from iepdesk.progress.reports import ReportState
from iepdesk.progress.trend import RECENT


@dataclass(frozen=True)
class MissingReportFact:
    version_id: int
    due: dt.date
    #: The IEP version that promised it, in a letter's words (facts.version_words).
    iep: str

    @property
    def key(self) -> str:
        """How a Selection names it: "<version id>:<expected date>"."""
        return report_key(self.version_id, self.due)


@dataclass(frozen=True)
class MeasuredValue:
    day: dt.date
    value: str
    unit: str


@dataclass(frozen=True)
class DisagreementFact:
    #: The goal's line (lines.GoalLine.line_id): how a Selection names it.
    line_id: int
    goal: str
    #: The plain sentence (trend.Disagreement.text).
    text: str
    #: The last values on or before the report's date (at most three), oldest first.
    values: tuple[MeasuredValue, ...]


def report_key(version_id: int, due: dt.date) -> str:
    return f"{version_id}:{due.isoformat()}"


def missing_reports(as_of: dt.date, chosen: tuple[str, ...] | None = None) -> tuple[MissingReportFact, ...]:
    """The reports missing on ``as_of`` (``chosen``: only those keys; None: all), by expected date."""
    from iepdesk.letters.facts import version_words

    since = as_of - PROGRESS_LOOKBACK
    out = []
    for r in report_store.expected_reports(as_of):
        if r.state is not ReportState.MISSING or r.due <= since:
            continue
        if chosen is not None and report_key(r.version_id, r.due) not in chosen:
            continue
        out.append(MissingReportFact(r.version_id, r.due, version_words(IepVersion.get_by_id(r.version_id))))
    return tuple(out)


def disagreements(as_of: dt.date, chosen: tuple[int, ...] | None = None) -> tuple[DisagreementFact, ...]:
    """The goals whose newest stated status disagrees with the data on ``as_of`` (``chosen``: only
    those lines; None: all), in the IEP's order."""
    out = []
    for p in summary.all_progress(as_of):
        said = p.latest
        if p.disagreement is None or said is None:
            continue
        if chosen is not None and p.line.line_id not in chosen:
            continue
        before = [x for x in p.points if x.day <= said.received_on][-RECENT:]
        values = tuple(MeasuredValue(x.day, x.value, x.unit or p.line.unit) for x in before)
        out.append(DisagreementFact(p.line.line_id, p.line.title, p.disagreement.text, values))
    return tuple(out)
