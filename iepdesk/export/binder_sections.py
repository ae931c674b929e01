"""The binder's sections after the first page and the contents: each a list of flowables, laid out
with the styles and tables of binder_pdf's _Layout (``layout``)."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from iepdesk.export.binder_charts import ledger_chart
from iepdesk.export.binder_first_page import lost_sessions_section, rate_text
from iepdesk.export.binder_written import written_line
from iepdesk.i18n import N_, _
from iepdesk.schedule.figures import Figures
from iepdesk.schedule.ledger import ledger_notes


def _esc(text: object) -> str:
    return escape(str(text or "")).replace("\n", "<br/>")


#: The ledger's columns: the five after Required add up to it (see the note above the tables).
#: Widths are shares of the frame, each wide enough on A4 (the narrower page) for its header's
#: longest word in bold 8 pt and a five-digit figure (or "100%") in 9 pt, with the cell's padding.
_SUMMARY_WIDTHS = [0.18, 0.105, 0.11, 0.095, 0.085, 0.105, 0.08, 0.085, 0.078, 0.077]
#: The figures of a row, in the order they add up (the first five make "Required"), then the rest.
#: Marked for the catalogue; ``figure_header()`` and ``month_header()`` give them translated.
FIGURE_HEADER = [
    N_("Required"),
    N_("Delivered"),
    N_("Excused"),
    N_("Missed"),
    N_("Not recorded"),
    N_("Not known"),
    N_("Made up"),
    N_("Owed"),
]
MONTH_HEADER = [N_("Month"), *FIGURE_HEADER]


def figure_header() -> list[str]:
    return [_(h) for h in FIGURE_HEADER]


def month_header() -> list[str]:
    return [_(h) for h in MONTH_HEADER]


_MONTH_WIDTHS = [0.175, 0.11, 0.115, 0.1, 0.09, 0.11, 0.116, 0.099, 0.085]


def month_cells(label: str, f: Figures) -> list[str]:
    """One row of a service's monthly table, in MONTH_HEADER's order."""
    return [
        label,
        str(f.required),
        str(f.delivered),
        str(f.excused),
        str(f.missed),
        str(f.not_recorded),
        str(f.minutes_unknown),
        str(f.made_up),
        str(f.owed),
    ]


def contacts(layout: Any) -> list[Any]:
    rows = [[c["name"], c["role"], c["email"], c["phone"]] for c in layout.data.contacts]
    if not rows:
        return [layout._para(_esc(_("No team contacts are recorded.")), layout.s_note)]
    header = [_("Name"), _("Role"), _("Email"), _("Phone")]
    return [*layout._table(header, rows, [0.27, 0.28, 0.28, 0.17])]


def iep(layout: Any) -> list[Any]:
    out: list[Any] = [
        layout._para(
            f"<b>{_esc(layout.data.version_label)}</b> {_esc(layout.data.version_dates)}", layout.s_body
        )
    ]
    if not layout.data.provisions:
        return [*out, layout._para(_esc(_("No provisions are recorded for this IEP.")), layout.s_note)]
    rows = []
    for p in layout.data.provisions:
        notes = "\n".join(f"• {f}" for f in p.findings) or "—"
        wording = p.wording + (f" ({p.page_ref})" if p.page_ref else "")
        rows.append([f"{p.title}\n({p.kind})", p.details or "—", wording or "—", notes])
    out.extend(
        layout._table(
            [_("Provision"), _("Details"), _("The IEP's words"), _("Clarity notes")],
            rows,
            [0.2, 0.25, 0.28, 0.27],
        )
    )
    return out


def ledger_section(layout: Any) -> list[Any]:
    from reportlab.platypus import KeepTogether, Spacer

    ledger = layout.data.ledger
    if ledger is None or not ledger.totals:
        return [layout._none(_("No services owed between {start} and {end}."))]
    out: list[Any] = [
        layout._para(
            _esc(
                _(
                    "Minutes, from the parent's log. Delivered + excused + missed + not recorded + not "
                    "known = required. Not recorded: sessions nobody logged, counted neither as delivered "
                    "nor as missed. Not known: cut short, minutes not known: ask the school. Flagged: "
                    "less than {threshold}% of the recorded minutes provided."
                ).format(threshold=ledger.threshold_pct)
            ),
            layout.s_note,
        ),
        Spacer(1, 6),
    ]
    rows = []
    for r in ledger.totals:
        f = r.figures
        rate = rate_text(f.rate, r.below_threshold)
        rows.append(
            [
                r.service + (" ⚑" if r.below_threshold else ""),
                str(f.required),
                str(f.delivered),
                str(f.excused),
                str(f.missed),
                str(f.not_recorded),
                str(f.minutes_unknown),
                str(f.made_up),
                str(f.owed),
                rate,
            ]
        )
    out.extend(
        layout._table(
            [_("Service"), *figure_header(), _("Rate")],
            rows,
            _SUMMARY_WIDTHS,
        )
    )
    for note in ledger_notes(ledger):
        out.append(layout._para(_esc(note), layout.s_note))
    out.append(Spacer(1, 10))
    out += lost_sessions_section(layout, layout.data.lost)
    out.append(Spacer(1, 10))
    for total in ledger.totals:
        months = [r for r in ledger.rows if r.service_id == total.service_id]
        if months:
            tables = layout._table(
                month_header(), [month_cells(r.label, r.figures) for r in months], _MONTH_WIDTHS
            )
            # The heading and chart stay with the table's first rows (no chart alone on a page).
            head = [layout._heading(total.service, 1, f"l-{total.service_id}")]
            head.append(ledger_chart(months, layout.frame_box[2]))
            out.append(KeepTogether([*head, tables[0]]))
            out.extend(tables[1:])
    for warning in ledger.warnings:
        out.append(layout._para(_esc(warning), layout.s_note))
    return out


def incidents(layout: Any) -> list[Any]:
    if not layout.data.incidents:
        return [layout._none(_("No incidents between {start} and {end}."))]
    rows = []
    for i in layout.data.incidents:
        what = i.what
        if i.child_words:
            what += "\n" + _('Child\'s words: "{words}"').format(words=i.child_words)
        if i.evidence:
            what += "\n" + _("Evidence: {evidence}").format(evidence=i.evidence)
        written = written_line(layout, "incident", i.record_id)
        what += f"\n{written}" if written else ""
        rows.append([i.date.isoformat(), i.provisions or "—", what, i.reported_by or "—"])
    header = [_("Date"), _("Provision"), _("What happened"), _("Reported by")]
    return [*layout._table(header, rows, [0.13, 0.22, 0.5, 0.15])]


def communications(layout: Any) -> list[Any]:
    if not layout.data.communications:
        return [layout._none(_("No communications between {start} and {end}."))]
    rows = []
    for c in layout.data.communications:
        said = f"{c.subject}\n{c.summary}".strip()
        written = written_line(layout, "communication", c.record_id)
        said += f"\n{written}" if written else ""
        rows.append([c.when, f"{c.channel}, {c.direction}", c.people or "—", said])
    header = [_("When"), _("How"), _("Who"), _("Subject and summary")]
    return [*layout._table(header, rows, [0.15, 0.15, 0.2, 0.5])]


def progress(layout: Any) -> list[Any]:
    """Each goal's chart and reports, then the reports received and missing (binder_progress)."""
    from iepdesk.export.binder_progress import section

    return section(layout)


def concerns(layout: Any) -> list[Any]:
    text = layout.options.concerns.strip()
    if not text:
        return [
            layout._para(
                _("(The parent's concerns go here. Write them in Letters &amp; binder.)"), layout.s_note
            )
        ]
    return [layout._para(_esc(par), layout.s_body) for par in text.split("\n\n")]
