"""The binder's section "The school's record beside yours": how many sessions the school's record and the
parent's log agree and disagree on, the disagreeing sessions in a short table, and what to check (a group
session where the IEP says individual, minutes changed in the school's record, a new provider). Left out
when the binder's dates hold no entry from the school's record or the provider's log
(iepdesk/schedule/reconcile.py; docs/counting-rules.md, "The school's record beside yours")."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from iepdesk.schedule.reasons import BY_CODE
from iepdesk.schedule.reconcile import Agreement, Reconciliation, SideRecord, reconcile
from iepdesk.schedule.records import SOURCE_WORDS, STATUS_WORDS

TITLE = "The school's record beside yours"
_WIDTHS = [0.13, 0.2, 0.22, 0.27, 0.18]
_DIFFER = {"status": "what happened", "minutes": "minutes", "reason": "why"}


def _side(record: SideRecord | None) -> str:
    if record is None:
        return "no entry"
    bits = []
    if record.status != "missed" and record.minutes is not None:
        bits.append(f"{record.minutes} min")
    if record.reason and record.reason != "unknown":
        rule = BY_CODE.get(record.reason)
        bits.append(rule.label if rule else record.reason)
    if record.source and record.source != "school_record":  # the school's column says whose
        bits.append(SOURCE_WORDS.get(record.source, record.source))
    words = STATUS_WORDS.get(record.status, record.status)
    return f"{words} ({', '.join(bits)})" if bits else words


def counts_sentence(r: Reconciliation) -> str:
    c = r.counts
    return (
        f"{len(r.sessions)} sessions from {r.start.isoformat()} to {min(r.end, r.as_of).isoformat()}: "
        f"{c['agree']} agree, {c['disagree']} disagree, {c['school_only']} only in the school's record, "
        f"{c['parent_only']} only in the parent's log."
    )


def checks(r: Reconciliation) -> list[str]:
    """What to check, in sentences: the flags' counts, each change of minutes, each new provider."""
    f = r.flag_counts
    out = []
    if any(f.values()):
        out.append(
            f"To check: {f['group']} in a group where the IEP says individual, {f['minutes_changed']} with "
            f"minutes changed in the school's record, {f['provider_changed']} with a new provider."
        )
    out += [change.sentence for change in r.minutes_changes]
    out += [
        f"{m.service}: from {m.date.isoformat()}, the records name {m.after} where they named {m.before}."
        for m in r.provider_changes
    ]
    return out


def section(layout: Any) -> list[Any]:
    """The section's flowables, heading included; none when there is no school record in the dates."""
    from reportlab.platypus import Spacer

    data = layout.data
    r = reconcile(data.options.start, data.options.end, as_of=data.today)
    if not r.has_school_records:
        return []
    out: list[Any] = layout._section_start(TITLE, "reconcile")
    out.append(
        layout._para(
            escape(
                "The school's side is the school's record and the provider's log; the parent's is what the "
                "parent saw, what the child said and entries with no source. The minutes above count each "
                "session once, from the provider's log first."
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
                ", ".join(_DIFFER[d] for d in s.differences),
            ]
            for s in disagree
        ]
        out += layout._table(
            ["Date", "Service", "The school's record", "The parent's log", "They differ on"], rows, _WIDTHS
        )
    return out
