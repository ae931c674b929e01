"""The binder's section "The school's record beside yours": how many sessions the school's record and the
parent's log agree and disagree on, the disagreeing sessions in a short table, and what to check (a group
session where the IEP says individual, minutes changed in the school's record, a new provider). Left out
when the binder's dates hold no entry from the school's record or the provider's log
(iepdesk/schedule/reconcile.py; docs/counting-rules.md, "The school's record beside yours")."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from iepdesk.i18n import N_, _, ngettext
from iepdesk.schedule.reasons import BY_CODE
from iepdesk.schedule.reconcile import Agreement, Reconciliation, SideRecord, has_school_side, reconcile
from iepdesk.schedule.records import SOURCE_WORDS, STATUS_WORDS

TITLE = N_("The school's record beside yours")
_WIDTHS = [0.13, 0.2, 0.22, 0.27, 0.18]
_DIFFER = {"status": N_("what happened"), "minutes": N_("minutes"), "reason": N_("why")}


def _side(record: SideRecord | None) -> str:
    if record is None:
        return _("no entry")
    bits = []
    if record.status != "missed" and record.minutes is not None:
        bits.append(_("{minutes} min").format(minutes=record.minutes))
    if record.reason and record.reason != "unknown":
        rule = BY_CODE.get(record.reason)
        bits.append(_(rule.label) if rule else record.reason)
    if record.source and record.source != "school_record":  # the school's column says whose
        source = SOURCE_WORDS.get(record.source)
        bits.append(_(source) if source else record.source)
    status = STATUS_WORDS.get(record.status)
    words = _(status) if status else record.status
    return f"{words} ({', '.join(bits)})" if bits else words


def counts_sentence(r: Reconciliation) -> str:
    c = r.counts
    n = len(r.sessions)
    return ngettext(
        "{count} session from {start} to {end}: {agree} agree, {disagree} disagree, {school_only} only "
        "in the school's record, {parent_only} only in the parent's log.",
        "{count} sessions from {start} to {end}: {agree} agree, {disagree} disagree, {school_only} only "
        "in the school's record, {parent_only} only in the parent's log.",
        n,
    ).format(
        count=n,
        start=r.start.isoformat(),
        end=min(r.end, r.as_of).isoformat(),
        agree=c["agree"],
        disagree=c["disagree"],
        school_only=c["school_only"],
        parent_only=c["parent_only"],
    )


def checks(r: Reconciliation) -> list[str]:
    """What to check, in sentences: the flags' counts, each change of minutes, each new provider."""
    f = r.flag_counts
    out = []
    if any(f.values()):
        out.append(
            _(
                "To check: {group} in a group where the IEP says individual, {minutes_changed} with "
                "minutes changed in the school's record, {provider_changed} with a new provider."
            ).format(
                group=f["group"], minutes_changed=f["minutes_changed"], provider_changed=f["provider_changed"]
            )
        )
    out += [change.sentence for change in r.minutes_changes]
    out += [
        _("{service}: from {date}, the records name {after} where they named {before}.").format(
            service=m.service, date=m.date.isoformat(), after=m.after, before=m.before
        )
        for m in r.provider_changes
    ]
    return out


def section(layout: Any) -> list[Any]:
    """The section's flowables, heading included; none when there is no school record in the dates."""
    from reportlab.platypus import Spacer

    data = layout.data
    if not has_school_side():  # one query: the comparison of a long period is slow and would be empty
        return []
    r = reconcile(data.options.start, data.options.end, as_of=data.today)
    if not r.has_school_records:
        return []
    out: list[Any] = layout._section_start(_(TITLE), "reconcile")
    out.append(
        layout._para(
            escape(
                _(
                    "The school's side is the school's record and the provider's log; the parent's is what "
                    "the parent saw, what the child said and entries with no source. The minutes above "
                    "count each session once, from the provider's log first."
                )
            ),
            layout.s_note,
        )
    )
    out += [Spacer(1, 6), layout._para(escape(counts_sentence(r)), layout.s_body), Spacer(1, 4)]
    for line in checks(r):
        out += [layout._para(escape(line), layout.s_note), Spacer(1, 3)]
    disagree = r.of(Agreement.DISAGREE)
    if disagree:
        out.append(Spacer(1, 6))
        rows = [
            [
                s.date.isoformat(),
                s.service,
                _side(s.school),
                _side(s.parent),
                ", ".join(_(_DIFFER[d]) for d in s.differences),
            ]
            for s in disagree
        ]
        out += layout._table(
            [_("Date"), _("Service"), _("The school's record"), _("The parent's log"), _("They differ on")],
            rows,
            _WIDTHS,
        )
    return out
