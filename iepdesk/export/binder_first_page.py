"""The binder's first page (everything a team member needs in a minute) and, per service, the list
of sessions missed or cut short. Laid out with the styles and tables of binder_pdf's _Layout."""

from __future__ import annotations

import datetime as dt
from typing import Any
from xml.sax.saxutils import escape

from iepdesk.export.binder_data import BinderData
from iepdesk.export.binder_sessions import MINUTES_NOT_KNOWN, MISSED, NOT_SAID, LostSession, ServiceSessions
from iepdesk.export.binder_words import shown
from iepdesk.export.binder_written import written_cell
from iepdesk.i18n import N_, _, ngettext, pgettext
from iepdesk.i18n import long_date as _long_date

#: How much of the parent's concerns the first page quotes; the whole text is in its own section.
FIRST_PAGE_CONCERNS = 900
_SERVICE_WIDTHS = [0.34, 0.13, 0.13, 0.14, 0.13, 0.13]
#: The missed-sessions table; "Recorded by" only for a service whose log names its sources.
LOST_HEADER = [N_("Date"), N_("What happened"), N_("Reason (and note)"), N_("Counted as")]
#: The last column says when each entry was written (binder_written, issue 18).
_LOST_WIDTHS = [0.12, 0.22, 0.3, 0.18, 0.18]
_LOST_WIDTHS_WITH_SOURCE = [0.11, 0.19, 0.25, 0.16, 0.13, 0.16]


def _esc(text: object) -> str:
    return escape(str(text or "")).replace("\n", "<br/>")


def long_date(day: dt.date | None) -> str:
    """ "December 1, 2026" / "1 de diciembre de 2026"; "" for no date."""
    return _long_date(day) if day else ""


def rate_text(rate: float | None, flagged: bool = False) -> str:
    """ "93%"; a flagged rate keeps a decimal, as it may round up to the threshold ("84.6%", not a
    contradictory "85%" beside "below 85%")."""
    if rate is None:
        return "—"
    return f"{rate * 100:.1f}%" if flagged else f"{rate * 100:.0f}%"


def first_page(layout: Any) -> list[Any]:
    """Who, when, what is owed, what went wrong and what the parent asks: one page."""
    from reportlab.platypus import KeepTogether, Spacer

    data: BinderData = layout.data
    c = data.child
    para = layout._para
    out: list[Any] = [
        para(_esc(_("IEP meeting binder")), layout.s_h2),
        para(_esc(c["name"]), layout.s_title),
    ]
    school = ", ".join(x for x in (c["school"], c["district"]) if x)
    if c["grade"]:
        grade = _("grade {grade}").format(grade=c["grade"])
        school += f"{', ' if school else ''}{grade}"
    if school:
        out.append(para(_esc(school), layout.s_body))
    facts = [
        (
            _("Period covered"),
            _("{start} to {end}").format(
                start=long_date(data.options.start), end=long_date(data.options.end)
            ),
        ),
        (_("Meeting"), long_date(data.meeting_date)),
        (_("Prepared by"), data.options.prepared_by),
        (_("Prepared on"), long_date(data.today)),
    ]
    out.append(Spacer(1, 4))
    for label, value in facts:
        if value:
            out.append(para(f"<b>{_esc(label)}:</b> {_esc(value)}", layout.s_fact))
    out += _services_owed(layout, data)
    out.append(Spacer(1, 6))
    out += _counts(layout, data)
    concerns = data.concerns
    if concerns:
        quoted = concerns
        if len(quoted) > FIRST_PAGE_CONCERNS:
            quoted = quoted[: FIRST_PAGE_CONCERNS - 1].rsplit(" ", 1)[0] + "…"
        paras = [para(_esc(p.strip()), layout.s_body) for p in quoted.split("\n\n") if p.strip()]
        if quoted != concerns:
            paras.append(para(_esc(_("The whole text is under Parent concerns.")), layout.s_note))
        heading = layout._heading(_("What the parent asks"), 1, "first-asks", toc=False)
        out.append(KeepTogether([heading, *paras]))
    out += [
        Spacer(1, 10),
        para(
            _esc(
                _(
                    "Confidential: this binder holds a child's education records. Made with IEPDesk from "
                    "the parent's own records. It is not legal advice."
                )
            ),
            layout.s_note,
        ),
    ]
    return out


def _services_owed(layout: Any, data: BinderData) -> list[Any]:
    from reportlab.platypus import KeepTogether

    head = layout._heading(_("Minutes owed, per service"), 1, "first-owed", toc=False)
    if not data.lost:
        none = _("No services with minutes are recorded for this period.")
        return [head, layout._para(_esc(none), layout.s_note)]
    threshold = data.ledger.threshold_pct if data.ledger else 85
    rows = [
        [
            s.service,
            str(s.owed),
            rate_text(s.rate, s.flagged),
            _("⚑ below {threshold}%").format(threshold=threshold) if s.flagged else "—",
            str(s.missed),
            str(s.cut_short),
        ]
        for s in data.lost
    ]
    table = layout._table(
        [
            _("Service"),
            _("Minutes owed"),
            _("Delivery rate"),
            _("Flag"),
            _("Sessions missed"),
            _("Cut short"),
        ],
        rows,
        _SERVICE_WIDTHS,
    )
    note = layout._para(
        _esc(
            _(
                "Owed: minutes missed, less minutes made up. Delivery rate: minutes provided (make-ups "
                "count) out of the required minutes that were logged and not excused. Sessions missed "
                "include excused ones (not owed). Each session is listed, by service, in the Services "
                "section."
            )
        ),
        layout.s_note,
    )
    return [KeepTogether([head, *table]), note]


def _counts(layout: Any, data: BinderData) -> list[Any]:
    missed = sum(s.missed for s in data.lost)
    excused = sum(s.excused for s in data.lost)
    cut = sum(s.cut_short for s in data.lost)
    if excused:
        sessions = ngettext(
            "<b>Sessions missed:</b> {missed} ({excused} of them excused, not owed). "
            "<b>Cut short:</b> {cut}.",
            "<b>Sessions missed:</b> {missed} ({excused} of them excused, not owed). "
            "<b>Cut short:</b> {cut}.",
            excused,
        )
    else:
        sessions = _("<b>Sessions missed:</b> {missed}. <b>Cut short:</b> {cut}.")
    lines = [
        sessions.format(missed=missed, excused=excused, cut=cut),
        _("<b>Incidents</b> (a provision not followed): {count}.").format(count=len(data.incidents)),
    ]
    late = [p for p in data.progress if p.late]
    if late:
        lines.append(
            _("<b>Progress reports not received:</b> {count} (expected {dates}).").format(
                count=len(late), dates=_esc(", ".join(long_date(p.due) for p in late))
            )
        )
    return [layout._para(line, layout.s_fact) for line in lines]


def _what(x: LostSession) -> str:
    """ "Missed, 30 min", "Cut short, 10 min lost", "Cut short, minutes not known"."""
    if x.minutes_lost == MINUTES_NOT_KNOWN:
        return _("Cut short, minutes not known")
    if x.what == MISSED:
        if x.minutes_lost == "—":
            return pgettext("a session", "Missed")
        return _("Missed, {minutes} min").format(minutes=x.minutes_lost)
    return _("Cut short, {minutes} min lost").format(minutes=x.minutes_lost)


def lost_sessions_section(layout: Any, lost: list[ServiceSessions]) -> list[Any]:
    """Per service, each session missed or cut short: date, what, minutes, reason, how it counts."""
    from reportlab.platypus import KeepTogether

    out: list[Any] = []
    # Headings are kept with what follows them (no heading alone at a page's foot).
    pending: list[Any] = [layout._heading(_("Missed and cut-short sessions"), 1, "l-lost")]
    for s in lost:
        if not s.sessions:
            none = _("<b>{service}:</b> none missed or cut short.").format(service=_esc(s.service))
            line = layout._para(none, layout.s_body)
            out.append(KeepTogether([*pending, line]) if pending else line)
            pending = []
            continue
        sourced = any(x.recorded_by != NOT_SAID for x in s.sessions)
        rows = []
        for x in s.sessions:
            reason = shown(x.reason) + (f" — {x.note}" if x.note else "")
            row = [x.date.isoformat(), _what(x), reason, shown(x.counted)]
            row += [shown(x.recorded_by)] if sourced else []
            rows.append([*row, written_cell(layout, "log_entry", x.entry_id)])
        header = [_(h) for h in LOST_HEADER] + ([_("Recorded by")] if sourced else []) + [_("Written on")]
        tables = layout._table(header, rows, _LOST_WIDTHS_WITH_SOURCE if sourced else _LOST_WIDTHS)
        title = _("{service}: {missed} missed, {cut} cut short").format(
            service=s.service, missed=s.missed, cut=s.cut_short
        )
        heading = layout._heading(title, 2, f"lost-{s.service_id}", toc=False)
        out.append(KeepTogether([*pending, heading, tables[0]]))
        out.extend(tables[1:])
        pending = []
    return out + pending
