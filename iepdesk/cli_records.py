"""Commands about the record: clarity, compare, ledger, vault, search, letters, the binder, deadlines."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from iepdesk import errors
from iepdesk.casefile import Case
from iepdesk.cli_common import _out, _output_path, _passphrase
from iepdesk.i18n import _, ngettext, pgettext

#: The ledger's column widths, as wide as their English (a longer translation widens its column).
_LEDGER_WIDTHS = (9, 9, 8, 7, 8, 8, 6)


def cmd_clarity(args: argparse.Namespace) -> int:
    import datetime as dt
    from dataclasses import asdict

    from iepdesk.iep import clarity, versions
    from iepdesk.model import Child, IepVersion

    with Case.open(args.path, _passphrase()):
        if args.version is not None:
            version = IepVersion.get_or_none(IepVersion.id == args.version)
            if version is None:
                raise errors.UsageError(
                    _("There is no IEP version {id} in this case.").format(id=args.version)
                )
        else:
            version = versions.in_effect_on(dt.date.today())
            if version is None:
                raise errors.UsageError(_("No IEP version is in effect today; name one with --version ID."))
        child = str(Child.the_child().name)
        report = [(p, clarity.check(p, child)) for p in versions.provisions_of(version)]
        label = version.label()
    if args.json:
        document = {
            "version": {"id": version.id, "label": label},
            "provisions": [
                {"id": p.id, "kind": p.kind, "title": p.title, "findings": [asdict(f) for f in found]}
                for p, found in report
            ],
        }
        sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        return errors.EXIT_OK
    # TRANSLATORS: the English says "provisions have" in both forms, as it always has.
    summary = ngettext(
        "{label}: {count} of {total} provisions have findings",
        "{label}: {count} of {total} provisions have findings",
        len(report),
    )
    _out(summary.format(label=label, count=sum(1 for _p, f in report if f), total=len(report)))
    for p, found in report:
        if not found:
            continue
        _out("")
        _out(f"[{p.id}] {p.kind.replace('_', ' ')}: {p.title or _('(no name)')}")
        for f in found:
            words = f" '{f.words}'" if f.words else ""
            _out(f"  - {f.aspect}{words}: {f.risk}")
            _out("    " + _("Suggestion: {text}").format(text=f.suggestion))
    return errors.EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    from iepdesk.iep import compare, versions
    from iepdesk.model import IepVersion

    with Case.open(args.path, _passphrase()):
        found = {v.id: v for v in IepVersion.select().where(IepVersion.id.in_([args.old, args.new]))}
        for wanted in (args.old, args.new):
            if wanted not in found:
                raise errors.UsageError(f"There is no IEP version {wanted} in this case.")
        old, new = found[args.old], found[args.new]
        result = compare.compare(versions.provisions_of(old), versions.provisions_of(new))
        labels = (old.label(), new.label())
        document = result.to_json()
        lines = result.lines()
    if args.json:
        document["old"] = {"id": args.old, "label": labels[0]}
        document["new"] = {"id": args.new, "label": labels[1]}
        sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        return errors.EXIT_OK
    _out(f"{labels[0]} → {labels[1]}")
    for line in lines or [_("no differences")]:
        _out(f"  {line}")
    return errors.EXIT_OK


def cmd_ledger(args: argparse.Namespace) -> int:
    from iepdesk.schedule.ledger import build_ledger, ledger_notes
    from iepdesk.schedule.school_calendar import SchoolCalendar

    if args.period and (args.from_ or args.to):
        raise errors.UsageError(_("Give --period or --from and --to, not both."))
    with Case.open(args.path, _passphrase()):
        day = args.as_of or dt.date.today()
        end = args.to
        if end is None:  # shown to the as-of day; the week in progress is not cut there
            from iepdesk.schedule.periods import counted_to

            end = max(day, counted_to(day))
        start = args.from_
        if args.period:
            from iepdesk.schedule.periods import preset_range

            start, end = preset_range(args.period, args.as_of or dt.date.today())
        elif start is None:
            term = SchoolCalendar.load().term_of(day)
            start = term.first_day if term is not None else day - dt.timedelta(days=365)
        try:
            ledger = build_ledger(start, end, args.by, as_of=args.as_of)
        except ValueError as exc:
            raise errors.UsageError(str(exc)) from None
    if args.json:

        def row(r: Any) -> dict[str, Any]:
            f = r.figures
            return {
                "service_id": r.service_id,
                "service": r.service,
                "label": r.label,
                "from": r.bucket_start.isoformat(),
                "to": r.bucket_end.isoformat(),
                "required": f.required,
                "delivered": f.delivered,
                "excused": f.excused,
                "missed": f.missed,
                "made_up": f.made_up,
                "not_recorded": f.not_recorded,
                "owed": f.owed,
                "sessions_required": f.sessions_required,
                "sessions_not_recorded": f.sessions_not_recorded,
                "still_to_come": f.still_to_come,
                "sessions_still_to_come": f.sessions_still_to_come,
                "minutes_unknown": f.minutes_unknown,
                "sessions_minutes_unknown": f.sessions_minutes_unknown,
                "rate": f.rate,
                "below_threshold": r.below_threshold,
                "entries": {
                    "delivered": f.delivered_entries,
                    "excused": f.excused_entries,
                    "missed": f.missed_entries,
                    "made_up": f.made_up_entries,
                    "minutes_unknown": f.minutes_unknown_entries,
                    "not_recorded_slots": [d.isoformat() for d in f.not_recorded_slots],
                },
            }

        document = {
            "from": ledger.start.isoformat(),
            "to": ledger.end.isoformat(),
            "grouping": ledger.grouping,
            "threshold_pct": ledger.threshold_pct,
            "unit": "minutes",
            "rows": [row(r) for r in ledger.rows],
            "totals": [row(r) for r in ledger.totals],
            "warnings": ledger.warnings,
            "unmatched_entries": ledger.unmatched_entries,
            "as_of": ledger.as_of.isoformat() if ledger.as_of else None,
            "conflicts": [
                {
                    "service_id": c.service_id,
                    "date": c.date.isoformat(),
                    "kept_entry": c.kept_entry,
                    "other_entries": list(c.other_entries),
                    "kept": c.kept,
                    "others": list(c.others),
                }
                for c in ledger.conflicts
            ],
            "duplicate_entries": ledger.duplicate_entries,
            "ask_the_school": ledger.ask_the_school,
            "proposed_links": [
                {"provision": link.provision, "looks_like": link.looks_like, "service": link.service}
                for link in ledger.proposed_links
            ],
        }
        sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        return errors.EXIT_OK
    _out(
        _("Ledger of minutes, {first} to {last}").format(
            first=ledger.start.isoformat(), last=ledger.end.isoformat()
        )
    )
    names = (
        pgettext("ledger column", "required"),
        pgettext("ledger column", "delivered"),
        pgettext("ledger column", "excused"),
        pgettext("ledger column", "missed"),
        pgettext("ledger column", "made up"),
        pgettext("ledger column", "not rec."),
        pgettext("ledger column", "owed"),
    )
    widths = [max(width, len(name)) for name, width in zip(names, _LEDGER_WIDTHS, strict=True)]
    header = f"{'':<44} " + " ".join(f"{name:>{width}}" for name, width in zip(names, widths, strict=True))
    for title, rows in (("", ledger.rows if args.by != "whole" else []), (_("Totals"), ledger.totals)):
        if not rows:
            continue
        _out("")
        if title:
            _out(title)
        _out(header)
        for r in rows:
            f = r.figures
            under = _("under {percent}%").format(percent=ledger.threshold_pct)
            flag = f"  ⚠ {under}" if r.below_threshold else ""
            name = r.service if title else f"{r.service} · {r.label}"
            values = (f.required, f.delivered, f.excused, f.missed, f.made_up, f.not_recorded, f.owed)
            cells = " ".join(f"{value:>{width}}" for value, width in zip(values, widths, strict=True))
            _out(f"{name[:44]:<44} {cells}{flag}")
    for note in ledger_notes(ledger):
        _out(_("Note: {text}").format(text=note))
    for warning in ledger.warnings:
        _out(_("Note: {text}").format(text=warning))
    return errors.EXIT_OK


def cmd_vault_add(args: argparse.Namespace) -> int:
    from iepdesk.vault import library
    from iepdesk.vault.store import readable_name

    failed = stored = 0
    with Case.open(args.path, _passphrase()):
        for number, name in enumerate(args.files):
            shown = readable_name(name)
            try:
                result = library.add_file(name, tags=args.tag or "")
            except errors.CannotWriteError as exc:
                left = len(args.files) - number - 1
                # TRANSLATORS: the English says "file(s)" in both forms, as it always has.
                stored_text = ngettext(
                    "The {count} file(s) listed above are stored.",
                    "The {count} file(s) listed above are stored.",
                    stored,
                )
                left_text = ngettext(
                    "{count} more file(s) were not tried.", "{count} more file(s) were not tried.", left
                )
                kept = " " + stored_text.format(count=stored) if stored else ""
                rest = " " + left_text.format(count=left) if left else ""
                raise errors.CannotWriteError(f"{exc}{kept}{rest}") from None
            if result.error:
                failed += 1
                sys.stderr.write(f"iepdesk: {result.error}\n")
            elif result.duplicate_of is not None:
                again = _("{name} (already in the vault; not stored twice)").format(name=shown)
                _out(f"{result.duplicate_of.id}\t{again}")
            elif result.document is not None:
                stored += 1
                _out(f"{result.document.id}\t{shown}")
            sys.stdout.flush()
    return errors.EXIT_USAGE if failed else errors.EXIT_OK


def cmd_vault_list(args: argparse.Namespace) -> int:
    from iepdesk.vault import library

    with Case.open(args.path, _passphrase()):
        rows = [
            {
                "id": d.id,
                "title": d.title,
                "filename": d.filename,
                "kind": d.kind,
                "date": d.doc_date.isoformat() if d.doc_date else None,
                "size": d.size,
                "sha256": d.sha256,
                "tags": d.tag_list(),
                "media_type": d.media_type,
            }
            for d in library.documents()
        ]
    if args.json:
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    else:
        for r in rows:
            _out(f"{r['id']:>5}  {r['date'] or '':<10}  {r['kind']:<15} {r['size']:>12}  {r['title']}")
    return errors.EXIT_OK


def cmd_vault_export(args: argparse.Namespace) -> int:
    from iepdesk.model import Document
    from iepdesk.vault import store

    out = Path(args.out)
    with Case.open(args.path, _passphrase()):
        document = Document.get_or_none(Document.id == args.doc_id)
        if document is None:
            raise errors.UsageError(_("There is no document {id} in this case.").format(id=args.doc_id))
        if out.is_dir():
            target = store.export_document(document.id, out)
        else:
            if out.exists():
                raise errors.CaseExistsError(
                    _("{path} already exists; IEPDesk never overwrites a file.").format(path=out)
                )
            target = store.export_document(document.id, out.parent, out.name)
    sys.stderr.write(_("Exported to {path}. This copy is NOT encrypted.").format(path=target) + "\n")
    return errors.EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from iepdesk import search

    with Case.open(args.path, _passphrase()):
        hits = search.search(" ".join(args.query))
    if not hits:
        _out(_("Nothing found."))
        return errors.EXIT_OK
    for kind, group in search.grouped(hits).items():
        _out(f"{_(search.KIND_LABELS[kind])} ({len(group)})")
        for hit in group:
            _out(f"  [{hit.ref_id}] {hit.title}: {hit.snippet}")
    return errors.EXIT_OK


def cmd_export_letter(args: argparse.Namespace) -> int:
    from iepdesk.casefile.atomic import write_atomic
    from iepdesk.export.letter_pdf import letter_pdf
    from iepdesk.letters import choices, drafts
    from iepdesk.share.marker import is_shared_copy

    out = _output_path(args.out, args.force)
    details = dict(_detail(d) for d in args.detail or [])
    today = args.date or dt.date.today()
    copy_language = getattr(args, "copy_language", None)
    copy_out = (
        _output_path(f"{out.with_suffix('')}.{copy_language}{out.suffix}", args.force)
        if copy_language
        else None
    )
    with Case.open(args.path, _passphrase()):
        read_only = is_shared_copy()  # a shared copy: the letter is made and exported, never saved in it
        letter = drafts.latest(args.kind)  # the latest letter, not a parent's copy of one
        copy = drafts.copy_for(int(letter.id)) if letter is not None and copy_language else None
        made = bool(args.new or (copy_language and (copy is None or copy.language != copy_language)))
        if letter is None or made:
            made = True
            selection = choices.cli_selection(
                args.kind,
                today,
                args.incident,
                args.communication,
                args.provision,
                args.from_,
                args.to,
                documents=args.documents,
                with_binder=args.with_binder,
            )
            built = drafts.make(
                args.kind, selection, details, today, copy_language=copy_language, save=not read_only
            )
            letter, copy = built.letter, built.copy
        elif (
            args.incident
            or args.communication
            or args.provision
            or args.from_
            or args.to
            or details
            or args.documents
            or args.with_binder
        ):
            sys.stderr.write(
                _(
                    "note: the latest saved draft is exported as it is; --incident, --communication, "
                    "--provision, --from, --to, --detail, --documents and --with-binder make a new draft "
                    "only with --new."
                )
                + "\n"
            )
        if args.leave_out_old and read_only:
            letter = drafts.left_out(letter)
            copy = drafts.left_out(copy) if copy is not None else None
        elif args.leave_out_old:
            letter = drafts.leave_out_old(int(letter.id)) or letter
            copy = drafts.leave_out_old(int(copy.id)) if copy is not None else None
        result = drafts.check(letter, today)
        text = drafts.text_for_export(letter)
        body = str(letter.body)
        title = str(letter.title)
    if out.suffix.lower() == ".txt":
        write_atomic(out, text.encode("utf-8"))
    else:
        write_atomic(out, letter_pdf(title, body, language=letter.language))  # the footer: the disclaimer
    if copy is not None and copy_out is not None:  # the parent's copy, beside it: OUT.es.pdf
        copied = drafts.text_for_export(copy).encode("utf-8")
        write_atomic(
            copy_out,
            copied
            if out.suffix.lower() == ".txt"
            else letter_pdf(copy.title, copy.body, language=copy.language),
        )
        sys.stderr.write(_("Your copy: {path}.").format(path=copy_out) + "\n")
    for element in result.missing:
        sys.stderr.write(_("missing: {what}").format(what=element.label) + "\n")
    for placeholder in result.placeholders:
        sys.stderr.write(_("placeholder not filled: {placeholder}").format(placeholder=placeholder) + "\n")
    for line in result.outside_window:
        outside = _("outside the filing window (--leave-out-old removes it): {line}").format(
            line=line.strip()
        )
        sys.stderr.write(outside + "\n")
    for warning in result.warnings:
        sys.stderr.write(_("note: {text}").format(text=warning) + "\n")
    if read_only and (made or args.leave_out_old):
        sys.stderr.write(_("This is a shared copy: the letter was made from it, not saved in it.") + "\n")
    sys.stderr.write(_("Exported to {path}. This copy is NOT encrypted.").format(path=out) + "\n")
    return errors.EXIT_OK


def _detail(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise errors.UsageError(
            _("--detail takes KEY=VALUE, e.g. resolution=make-up sessions (got: {text})").format(text=text)
        )
    return key.strip(), value.strip()


def cmd_export_binder(args: argparse.Namespace) -> int:
    from iepdesk.casefile.atomic import write_atomic
    from iepdesk.export.binder_data import remembered_options
    from iepdesk.export.binder_pdf import build_binder

    out = _output_path(args.out, args.force)
    with Case.open(args.path, _passphrase()):
        options = remembered_options(dt.date.today())
        if args.from_:
            options.start = args.from_
        if args.to:
            options.end = args.to
        if options.end < options.start:
            raise errors.UsageError(_("The end date is before the start date."))
        if args.a4:
            options.page_size = "a4"
        if args.duplex:
            options.duplex = True
        if args.meeting:
            options.meeting_date = args.meeting
        if args.concerns:
            try:
                options.concerns = Path(args.concerns).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise errors.UsageError(
                    _("Could not read the concerns file: {error}").format(error=exc)
                ) from exc
        result = build_binder(options)
    write_atomic(out, result.pdf)
    for title in result.skipped:
        skipped = _("note: {title} could not be added; it is kept whole in the case.").format(title=title)
        sys.stderr.write(skipped + "\n")
    # TRANSLATORS: the English says "pages" in both forms, as it always has.
    written = ngettext(
        "Binder of {pages} pages written to {path}. This copy is NOT encrypted.",
        "Binder of {pages} pages written to {path}. This copy is NOT encrypted.",
        result.pages,
    )
    sys.stderr.write(written.format(pages=result.pages, path=out) + "\n")
    return errors.EXIT_OK


def cmd_deadlines(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from iepdesk import deadlines

    today = dt.date.today()
    with Case.open(args.path, _passphrase()):
        found = deadlines.all_deadlines(today)
    if args.json:
        rows = []
        for d in found:
            row = asdict(d)
            row["due"], row["counted_from"] = d.due.isoformat(), d.counted_from.isoformat()
            row["days_left"] = d.days_left(today)
            rows.append(row)
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return errors.EXIT_OK
    if not found:
        _out(_("No deadlines yet: add the IEP's dates, incidents or follow-ups."))
    for d in found:
        left = d.days_left(today)
        # TRANSLATORS: the English says "days" in both forms, as it always has.
        if left > 0:
            when = ngettext("in {count} days", "in {count} days", left).format(count=left)
        elif left == 0:
            when = _("today")
        else:
            when = ngettext("{count} days ago", "{count} days ago", -left).format(count=-left)
        _out(f"{d.due.isoformat()}  ({when})  {d.title}")
        counted = _("counted from {label} ({day}); {source}").format(
            label=d.counted_from_label, day=d.counted_from.isoformat(), source=d.source
        )
        _out("    " + counted)
        if d.kind == "ocr_complaint":  # federal: the foot's "your state may differ" is not about it
            _out("    " + d.note)
    if found:
        _out("")
        _out(_(deadlines.STATE_MAY_DIFFER) + " " + _("This is information, not legal advice."))
    return errors.EXIT_OK
