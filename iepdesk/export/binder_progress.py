"""The binder's progress section: per goal its numbers, chart, trend and flags, and the reports it was
due in; then every report of the period, received or not.

Read through iepdesk.progress as of the binder's day (``BinderData.today``: the day it is made, as
the ledger counts): a report is "not received" only once its grace period has passed, as on the
Overview. The reports listed are those expected from the binder's first day to 30 days after its
last (a report due just after the period is what the meeting will ask about). With no goal data and
no report recorded, the section is the list of reports alone (no empty charts); a progress report
filed in the vault within 30 days of an expected date then counts as that report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from iepdesk.i18n import _, long_date
from iepdesk.model import Document, IepVersion
from iepdesk.progress import reports as report_store
from iepdesk.progress import summary
from iepdesk.progress.lines import version_end
from iepdesk.progress.reports import ExpectedReport, ReportState
from iepdesk.progress.summary import GoalProgress
from iepdesk.progress.trend import Trend, trend_words

#: Reports due up to this many days after the binder's last day are listed too.
AFTER_PERIOD = dt.timedelta(days=30)


@dataclass(frozen=True)
class ProgressRow:
    due: dt.date
    title: str
    #: "received on March 30, 2026", "received (title)", "not received" (only once the grace period
    #: has passed), "due; waiting" or "not due yet", in the binder's language.
    received: str
    #: Not received past its grace period on the binder's day.
    late: bool = False
    state: str = ""


@dataclass(frozen=True)
class BinderProgress:
    rows: list[ProgressRow]
    #: Each goal of an IEP in effect during the period, with its data (empty without any goal data).
    goals: list[GoalProgress]


def _in_period(day: dt.date, start: dt.date, end: dt.date) -> bool:
    return start <= day <= end + AFTER_PERIOD


def _versions_in(start: dt.date, end: dt.date) -> set[int]:
    out = set()
    for version in IepVersion.select():
        first, last = version.effective_from, version_end(version)
        if first is not None and last is not None and first <= end and last >= start:
            out.add(int(version.id))
    return out


def _row(report: ExpectedReport, documents: list[Any], recorded: bool) -> ProgressRow:
    if report.state is ReportState.RECEIVED and report.received_on is not None:
        words = _("received on {date}").format(date=long_date(report.received_on))
        return ProgressRow(report.due, report.title, words, False, report.state.value)
    if not recorded:  # the reports are kept as documents only: one filed near the date answers it
        match = next((d for d in documents if abs((d.doc_date - report.due).days) <= 30), None)
        if match is not None:
            words = _("received ({title})").format(title=match.title)
            return ProgressRow(report.due, report.title, words, False, ReportState.RECEIVED.value)
    late = report.state is ReportState.MISSING
    return ProgressRow(
        report.due, report.title, report_store.state_words(report.state), late, report.state.value
    )


def gather_progress(start: dt.date, end: dt.date, today: dt.date) -> BinderProgress:
    """The reports of the period and, when any goal data or report is recorded, each goal's progress
    (see the module's docstring)."""
    recorded = summary.has_data()
    documents = [
        d
        for d in Document.select(Document.id, Document.doc_date, Document.title).where(
            Document.kind == "progress_report"
        )
        if d.doc_date
    ]
    versions = _versions_in(start, end)
    expected = [
        r
        for r in report_store.expected_reports(today)
        if r.version_id in versions and _in_period(r.due, start, end)
    ]
    rows = [_row(r, documents, recorded) for r in expected]
    goals = []
    if recorded:
        goals = [p for p in summary.all_progress(today) if versions & set(p.line.version_ids)]
    return BinderProgress(rows, goals)


# ---- the section ----------------------------------------------------------------------------------


def _esc(text: object) -> str:
    return escape(str(text or "")).replace("\n", "<br/>")


def _numbers(p: GoalProgress) -> str:
    line = p.line
    unit = f" {line.unit}" if line.unit else ""
    if line.baseline and line.target:
        text = _("Baseline {baseline}{unit} → target {target}{unit}.").format(
            baseline=line.baseline, target=line.target, unit=unit
        )
        if p.aims:
            aim = p.aims[-1]
            text += " " + _("The aim line runs from {start} to {end}, the IEP's first and last days.").format(
                start=long_date(aim.start), end=long_date(aim.end)
            )
        return text
    return _("The IEP gives no baseline and target as numbers: no aim line is drawn.")


def _goal_table(layout: Any, p: GoalProgress) -> list[Any]:
    start, end = layout.options.start, layout.options.end
    rows = []
    for r in p.reports:
        e = r.expected
        if not _in_period(e.due, start, end):
            continue
        received = long_date(e.received_on) if e.received_on else "—"
        status = report_store.status_words(r.stated.status) if r.stated else "—"
        said = r.stated.words if r.stated and r.stated.words else "—"
        rows.append([long_date(e.due), report_store.state_words(e.state), received, status, said])
    if not rows:
        return [
            layout._para(
                _esc(_("No progress report is expected for this goal in this period.")), layout.s_note
            )
        ]
    header = [_("Expected"), _("State"), _("Received"), _("School's status"), _("The school's words")]
    return list(layout._table(header, rows, [0.19, 0.16, 0.19, 0.16, 0.30]))


def _points_table(layout: Any, p: GoalProgress) -> list[Any]:
    """The goal's data points of the period: the day, the value, how it is known and when it was
    written (and edited: its earlier wording is in the appendix), as binder_written says it."""
    from reportlab.platypus import Spacer

    from iepdesk.export.binder_written import written_cell
    from iepdesk.progress.points import source_words

    start, end = layout.options.start, layout.options.end
    rows = []
    for point in p.points:
        if not start <= point.day <= end:
            continue
        value = f"{point.value} {point.unit}".strip()
        known = source_words(point.source)
        if point.measured_by:
            known += "\n" + _("Measured by {name}").format(name=point.measured_by)
        rows.append([long_date(point.day), value, known, written_cell(layout, "data_point", point.id)])
    if not rows:
        return []
    header = [_("Measured on"), _("Value"), _("How we know"), _("Written on")]
    intro = layout._para(
        _esc(_("Data points from {start} to {end}:").format(start=long_date(start), end=long_date(end))),
        layout.s_note,
    )
    table = list(layout._table(header, rows, [0.22, 0.18, 0.3, 0.3]))
    return [Spacer(1, 6), intro, *table]


def goal_block(layout: Any, p: GoalProgress) -> list[Any]:
    """One goal: heading, numbers, chart (or the no-data line), trend, flags, its reports."""
    from reportlab.platypus import KeepTogether, Spacer

    from iepdesk.export.binder_charts import goal_chart

    line = p.line
    title = line.title if not line.area or line.area == line.title else f"{line.title} ({line.area})"
    head: list[Any] = [
        layout._heading(title, 1, f"g-{line.line_id}"),
        layout._para(_esc(_numbers(p)), layout.s_body),
    ]
    if line.measurement:
        head.append(
            layout._para(_esc(_("Measured by: {measure}").format(measure=line.measurement)), layout.s_note)
        )
    if not p.points:
        head.append(layout._para(_esc(_("No data points recorded.")), layout.s_note))
        return [KeepTogether(head), *_goal_table(layout, p), Spacer(1, 8)]
    head += [Spacer(1, 4), goal_chart(p, layout.frame_box[2]), Spacer(1, 2)]
    if p.trend is Trend.TOO_FEW:
        said = _("Trend: {trend}.").format(trend=trend_words(p.trend))
    else:  # three points at least
        said = _("Trend of all {count} points: {trend}. Of the last three: {recent}.").format(
            count=len(p.points), trend=trend_words(p.trend), recent=trend_words(p.recent)
        )
    head.append(layout._para(_esc(said), layout.s_body))
    if p.disagreement is not None:
        head.append(layout._para("<b>" + _esc("⚑ " + p.disagreement.text) + "</b>", layout.s_body))
    behind = summary.behind_aim_words(p)
    if behind:
        head.append(layout._para("<b>" + _esc(behind) + "</b>", layout.s_body))
    head.append(Spacer(1, 3))
    table = _goal_table(layout, p)
    return [KeepTogether([*head, table[0]]), *table[1:], *_points_table(layout, p), Spacer(1, 8)]


def _reports_table(layout: Any, rows: list[ProgressRow]) -> list[Any]:
    table = [[long_date(r.due), r.title, r.received] for r in rows]
    header = [_("Expected around"), _("Report"), _("Received?")]
    return list(layout._table(header, table, [0.25, 0.4, 0.35]))


def section(layout: Any) -> list[Any]:
    """The binder's progress section."""
    from reportlab.platypus import KeepTogether

    data: BinderProgress = layout.data.progress_data
    if not data.rows and not data.goals:
        return [
            layout._para(
                _esc(
                    _(
                        "No progress reports are expected from the IEP's goals in this period (the goals "
                        "may not say when progress is reported)."
                    )
                ),
                layout.s_note,
            )
        ]
    if not data.goals:
        return _reports_table(layout, data.rows)
    out: list[Any] = [
        layout._para(
            _esc(
                _(
                    "For each goal: the values recorded (circles; squares for values from a school "
                    "report), the trend fitted through them (dashed), the aim line from the IEP's baseline "
                    "on its first day to its target on its last (solid), and what each progress report "
                    "said (dotted, with its words above the chart)."
                )
            ),
            layout.s_note,
        )
    ]
    for p in data.goals:
        out += goal_block(layout, p)
    late = [r for r in data.rows if r.late]
    received = [r for r in data.rows if r.state == ReportState.RECEIVED.value]
    heading = layout._heading(_("Reports received and missing"), 1, "g-reports")
    if not data.rows:
        return [
            *out,
            KeepTogether(
                [heading, layout._none(_("No progress report is expected between {start} and {end}."))]
            ),
        ]
    count = layout._para(
        _esc(
            _("Received: {received}. Not received after the grace period: {late}.").format(
                received=len(received), late=len(late)
            )
        ),
        layout.s_body,
    )
    table = _reports_table(layout, data.rows)
    return [*out, KeepTogether([heading, count, table[0]]), *table[1:]]
