"""The binder's record of when entries were written (issue 18): "Written on …" beside each entry,
the earlier wording of entries edited after they were written (an appendix), and the last page with
the fingerprint of the record as printed (iepdesk.history.chain), which ``iepdesk verify`` checks.
"""

from __future__ import annotations

import contextlib
from typing import Any
from xml.sax.saxutils import escape

from iepdesk.errors import SharedCopyError
from iepdesk.history import chain, versions, words
from iepdesk.i18n import _, long_date, ngettext

#: The kinds printed beside their entries, and the dates they are placed in the binder's period by.
_DATE_FIELDS = words.DATE_FIELDS


def _esc(text: object) -> str:
    return escape(str(text or "")).replace("\n", "<br/>")


def _marks(layout: Any, kind: str) -> dict[int, versions.Written]:
    cache: dict[str, dict[int, versions.Written]] = layout.__dict__.setdefault("_written_marks", {})
    if kind not in cache:
        cache[kind] = versions.marks(kind)
    return cache[kind]


def written_line(layout: Any, kind: str, record_id: int) -> str:
    """ "Written on 9/9/2025 3:10 PM", and "edited on …" when it was (its first wording is in the
    appendix); "" for a record the binder does not know by id."""
    mark = _marks(layout, kind).get(record_id) if record_id else None
    if mark is None:
        return ""
    line = mark.written_text
    if mark.edited_at:
        line += "; " + _("edited on {moment} (earlier wording: see the appendix)").format(
            moment=words.moment_text(mark.edited_at)
        )
    return line


def written_cell(layout: Any, kind: str, record_id: int) -> str:
    """The same, for a table's "Written on" column: the moment (or "not recorded"), and "edited …"
    below it when it was."""
    mark = _marks(layout, kind).get(record_id) if record_id else None
    if mark is None:
        return "—"
    cell = words.moment_text(mark.entered_at) if mark.entered_at else _("not recorded")
    if mark.edited_at:
        cell += "\n" + _("edited {moment} (see the appendix)").format(
            moment=words.moment_text(mark.edited_at)
        )
    return cell


def _in_period(layout: Any, content: dict[str, Any], kind: str) -> bool:
    day = str(content.get(_DATE_FIELDS[kind]) or "")[:10]
    return bool(layout.options.start.isoformat() <= day <= layout.options.end.isoformat())


def _edited_in_period(layout: Any) -> list[tuple[str, int, list[versions.RecordVersion]]]:
    out = []
    for kind in chain.KINDS:
        for record_id, mark in sorted(_marks(layout, kind).items()):
            if not mark.edited_at:
                continue
            found = versions.history(kind, record_id)
            if found and _in_period(layout, found[-1].content, kind):
                out.append((kind, record_id, found))
    return out


def appendix(layout: Any) -> list[Any]:
    """Each entry of the binder's period edited after it was written: every earlier wording, when it
    was written and replaced, and what the edit changed. Nothing when no entry was edited."""
    edited = _edited_in_period(layout)
    if not edited:
        return []
    out: list[Any] = layout._section_start(_("Appendix: entries edited after they were written"), "history")
    out.append(
        layout._para(
            _esc(
                _(
                    "These entries were changed after they were first written. Each wording is shown "
                    "as it was saved, with when it was written; nothing was removed."
                )
            ),
            layout.s_note,
        )
    )
    for kind, record_id, found in edited:
        title = words.record_label(kind, record_id, found[-1].content)
        out.append(layout._heading(title, 2, f"h-{kind}-{record_id}", toc=False))
        for v in found:
            if v.current:
                label = _("Version {number} (as printed), written {moment}")
            else:
                label = _("Version {number}, written {moment}")
            moment = words.moment_text(v.written_at) if v.written_at else _("at a time not recorded")
            out.append(
                layout._para(
                    "<b>" + _esc(label.format(number=v.number, moment=moment)) + "</b>", layout.s_body
                )
            )
            if v.changes:
                changed = "; ".join(
                    _("{field}: {old} → {new}").format(field=c.label, old=c.old, new=c.new) for c in v.changes
                )
                out.append(layout._para(_esc(_("Changed: {changes}").format(changes=changed)), layout.s_note))
            else:
                shown = "<br/>".join(f"{_esc(name)}: {_esc(value)}" for name, value in v.shown)
                out.append(layout._para(shown, layout.s_small))
    return out


def fingerprint_page(layout: Any) -> list[Any]:
    """The last page: the fingerprint of the entries of the binder's period as printed, what it
    covers and how to check it. What was printed is kept in the case (not in a shared copy, which
    is never changed: its page still prints the fingerprint)."""
    from reportlab.lib.styles import ParagraphStyle

    from iepdesk.export import fonts

    options = layout.options
    printed = chain.compute(options.start, options.end, today=layout.data.today)
    with contextlib.suppress(SharedCopyError):
        chain.store(printed)
    out: list[Any] = layout._section_start(_("Fingerprint of this record"), "fingerprint")
    big = ParagraphStyle("fingerprint", parent=layout.s_body, fontName=fonts.BOLD, fontSize=16, leading=24)
    out.append(layout._para(_esc(printed.grouped), big))
    counts = printed.counts
    covers = [
        ngettext("{count} log entry", "{count} log entries", counts["log_entry"]).format(
            count=counts["log_entry"]
        ),
        ngettext("{count} incident", "{count} incidents", counts["incident"]).format(
            count=counts["incident"]
        ),
        ngettext("{count} communication", "{count} communications", counts["communication"]).format(
            count=counts["communication"]
        ),
        ngettext("{count} data point", "{count} data points", counts["data_point"]).format(
            count=counts["data_point"]
        ),
    ]
    facts = [
        _("Printed on {day}.").format(day=long_date(printed.printed_on)),
        _("It covers every entry dated from {start} to {end}: {covers}.").format(
            start=long_date(options.start), end=long_date(options.end), covers=", ".join(covers)
        ),
        _(
            "The fingerprint is computed from each entry's words and when it was written, one after "
            "the other: if any of them is changed, removed or added later, the fingerprint is no longer "
            "the same."
        ),
        _(
            'To check this binder against the case later, run: iepdesk verify CASE "{fingerprint}". '
            "It says whether anything printed here has changed since, and what."
        ).format(fingerprint=printed.grouped),
    ]
    spaced = ParagraphStyle("fingerprint-fact", parent=layout.s_fact, spaceAfter=8)
    out += [layout._para(_esc(fact), spaced) for fact in facts]
    return out
