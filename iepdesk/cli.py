"""The command line: parses, calls the core, prints. Exit codes in iepdesk.errors."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from iepdesk import __version__, errors
from iepdesk.casefile import Argon2Params, Case, CasePaths, calibrate, key_with_passphrase, restore

PASSPHRASE_ENV = "IEPDESK_PASSPHRASE"  # noqa: S105 (a variable name)
NEW_PASSPHRASE_ENV = "IEPDESK_NEW_PASSPHRASE"  # noqa: S105
RECOVERY_ENV = "IEPDESK_RECOVERY_SECRET"
#: "floor" uses the minimum Argon2id cost (64 MiB, 3 passes) instead of calibrating: for scripts and
#: tests on slow machines. It never goes below the floor.
KDF_ENV = "IEPDESK_KDF"
MIN_PASSPHRASE_CHARS = 8


def _kdf_params() -> Argon2Params:
    if os.environ.get(KDF_ENV) == "floor":
        return Argon2Params()
    return calibrate().params


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise errors.UsageError(f"No terminal to ask for the {label}; set {PASSPHRASE_ENV}.")
    return getpass.getpass(f"{label}: ")


def _passphrase(label: str = "Passphrase") -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    return value if value is not None else _prompt(label)


def _new_passphrase(env: str) -> str:
    value = os.environ.get(env)
    if value is None:
        value = _prompt("New passphrase")
        if _prompt("Type it again") != value:
            raise errors.UsageError("The two passphrases differ; nothing was changed.")
    if len(value) < MIN_PASSPHRASE_CHARS:
        raise errors.UsageError(f"A passphrase needs at least {MIN_PASSPHRASE_CHARS} characters.")
    return value


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


# ---- commands ------------------------------------------------------------------------------------
def _check_kit_path(kit: Path, case_path: str) -> None:
    """Refuse a kit path that would overwrite a file (the case itself included) before the case is
    made: a kit that cannot be written after creation would leave a case whose secret is lost."""
    target = kit.expanduser().absolute()
    paths = CasePaths.of(case_path)
    if target.exists() or target in (paths.db, paths.keys):
        raise errors.CaseExistsError(f"{kit} already exists; choose another name for the kit.")
    if not target.parent.is_dir():
        raise errors.UsageError(f"The folder {target.parent} does not exist.")


def cmd_new(args: argparse.Namespace) -> int:
    passphrase = _new_passphrase(PASSPHRASE_ENV)
    if args.kit:
        _check_kit_path(Path(args.kit), args.path)
    case, secret = Case.create(args.path, args.child, passphrase, _kdf_params())
    with case:
        _out(f"Created {case.paths.db}")
        _out(f"Key file: {case.paths.keys} (keep it beside the case)")
        _out("")
        _out("Recovery secret (write it down and keep it somewhere safe; it is shown only once):")
        _out(f"  {secret.formatted()}")
        if args.kit:
            from iepdesk.export.recovery_kit import write_recovery_kit

            sys.stdout.flush()  # the secret is on screen even if writing the kit fails
            write_recovery_kit(Path(args.kit), secret, case.case_id, case.child_name, case.paths.db.name)
            _out(f"Recovery kit saved to {args.kit}")
    return errors.EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with Case.open(args.path, _passphrase()) as case:
        result = case.check()
    if result.ok:
        _out("ok")
        return errors.EXIT_OK
    for problem in result.problems:
        sys.stderr.write(f"iepdesk: {problem}\n")
    return errors.EXIT_DAMAGED


def cmd_passwd(args: argparse.Namespace) -> int:
    current = _passphrase("Current passphrase")
    with Case.open(args.path, current) as case:
        case.change_passphrase(current, _new_passphrase(NEW_PASSPHRASE_ENV), _kdf_params())
    _out("Passphrase changed.")
    return errors.EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    secret = os.environ.get(RECOVERY_ENV)
    if secret is None:
        if not sys.stdin.isatty():
            raise errors.UsageError(f"No terminal to ask for the recovery secret; set {RECOVERY_ENV}.")
        secret = input("Recovery secret from your kit: ")
    new = _new_passphrase(NEW_PASSPHRASE_ENV)
    with Case.recover(args.path, secret, new, _kdf_params()):
        pass
    _out("Recovered: the case now opens with the new passphrase.")
    return errors.EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    with Case.open(args.path, _passphrase()) as case:
        result = case.backup(args.out)
    _out(f"Backup written to {result.path} ({result.bytes} bytes); it opens with the same passphrase.")
    return errors.EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    passphrase = _passphrase("Passphrase of the backup")
    target = restore(args.backup, args.path, key_with_passphrase(args.backup, passphrase))
    _out(f"Restored to {target}")
    return errors.EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    from iepdesk import portable

    out = Path(args.out) if args.out else None
    if out is not None:
        if out.exists() and not args.force:
            raise errors.CaseExistsError(f"{out} already exists; add --force to replace it.")
        folder = portable.files_folder(out)
        if folder.exists():
            raise errors.CaseExistsError(f"{folder} already exists; move it away or choose another name.")
    with Case.open(args.path, _passphrase()):
        document = portable.export_case(portable.files_folder(out) if out is not None else None)
        text = portable.dumps(document)
    if out is not None:
        out.write_text(text, encoding="utf-8")
        documents = len(document.get("documents", []))
        where = f" and {documents} document file(s) in {portable.files_folder(out)}" if documents else ""
        sys.stderr.write(f"Exported to {out}{where}. This copy is NOT encrypted.\n")
    else:
        sys.stdout.write(text)
        if document.get("documents"):
            sys.stderr.write("iepdesk: documents are listed but their files are only written with OUT.\n")
    return errors.EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    from iepdesk import portable
    from iepdesk.model import ALL_MODELS, Child

    try:
        document = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise errors.UsageError(f"{args.file} does not exist.") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise errors.UsageError(f"{args.file} is not readable JSON ({exc}).") from None
    with Case.open(args.path, _passphrase()) as case:
        holds_records = any(m.select().exists() for m in ALL_MODELS if m is not Child)
        if holds_records and not args.replace:
            raise errors.UsageError(
                f"{case.paths.db.name} already holds records; add --replace to replace them all."
            )
        try:
            result = portable.import_case(document, portable.files_folder(Path(args.file)))
        except portable.FormatError as exc:
            raise errors.UsageError(str(exc)) from None
    summary = ", ".join(f"{count} {name}" for name, count in result.rows.items())
    _out(f"Imported {summary}.")
    return errors.EXIT_OK


def cmd_clarity(args: argparse.Namespace) -> int:
    import datetime as dt
    from dataclasses import asdict

    from iepdesk.iep import clarity, versions
    from iepdesk.model import Child, IepVersion

    with Case.open(args.path, _passphrase()):
        if args.version is not None:
            version = IepVersion.get_or_none(IepVersion.id == args.version)
            if version is None:
                raise errors.UsageError(f"There is no IEP version {args.version} in this case.")
        else:
            version = versions.in_effect_on(dt.date.today())
            if version is None:
                raise errors.UsageError("No IEP version is in effect today; name one with --version ID.")
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
    _out(f"{label}: {sum(1 for _, f in report if f)} of {len(report)} provisions have findings")
    for p, found in report:
        if not found:
            continue
        _out("")
        _out(f"[{p.id}] {p.kind.replace('_', ' ')}: {p.title or '(no name)'}")
        for f in found:
            words = f" '{f.words}'" if f.words else ""
            _out(f"  - {f.aspect}{words}: {f.risk}")
            _out(f"    Suggestion: {f.suggestion}")
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
    for line in lines or ["no differences"]:
        _out(f"  {line}")
    return errors.EXIT_OK


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def cmd_ledger(args: argparse.Namespace) -> int:
    from iepdesk.schedule.ledger import build_ledger
    from iepdesk.schedule.school_calendar import SchoolCalendar

    with Case.open(args.path, _passphrase()):
        end = args.to or dt.date.today()
        start = args.from_
        if start is None:
            term = SchoolCalendar.load().term_of(end)
            start = term.first_day if term is not None else end - dt.timedelta(days=365)
        try:
            ledger = build_ledger(start, end, args.by)
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
                "rate": f.rate,
                "below_threshold": r.below_threshold,
                "entries": {
                    "delivered": f.delivered_entries,
                    "excused": f.excused_entries,
                    "missed": f.missed_entries,
                    "made_up": f.made_up_entries,
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
        }
        sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        return errors.EXIT_OK
    _out(f"Ledger of minutes, {ledger.start.isoformat()} to {ledger.end.isoformat()}")
    header = (
        f"{'':<44} {'required':>9} {'delivered':>9} {'excused':>8} {'missed':>7} {'made up':>8} "
        f"{'not rec.':>8} {'owed':>6}"
    )
    for title, rows in (("", ledger.rows if args.by != "whole" else []), ("Totals", ledger.totals)):
        if not rows:
            continue
        _out("")
        if title:
            _out(title)
        _out(header)
        for r in rows:
            f = r.figures
            flag = f"  ⚠ under {ledger.threshold_pct}%" if r.below_threshold else ""
            name = r.service if title else f"{r.service} · {r.label}"
            _out(
                f"{name[:44]:<44} {f.required:>9} {f.delivered:>9} {f.excused:>8} {f.missed:>7} "
                f"{f.made_up:>8} {f.not_recorded:>8} {f.owed:>6}{flag}"
            )
    for warning in ledger.warnings:
        _out(f"Note: {warning}")
    return errors.EXIT_OK


def cmd_vault_add(args: argparse.Namespace) -> int:
    from iepdesk.vault import library

    failed = 0
    with Case.open(args.path, _passphrase()):
        for name in args.files:
            result = library.add_file(name, tags=args.tag or "")
            if result.error:
                failed += 1
                sys.stderr.write(f"iepdesk: {result.error}\n")
            elif result.duplicate_of is not None:
                _out(f"{result.duplicate_of.id}\t{name} (already in the vault; not stored twice)")
            elif result.document is not None:
                _out(f"{result.document.id}\t{name}")
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
            raise errors.UsageError(f"There is no document {args.doc_id} in this case.")
        if out.is_dir():
            target = store.export_document(document.id, out)
        else:
            if out.exists():
                raise errors.CaseExistsError(f"{out} already exists; IEPDesk never overwrites a file.")
            target = store.export_document(document.id, out.parent, out.name)
    sys.stderr.write(f"Exported to {target}. This copy is NOT encrypted.\n")
    return errors.EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from iepdesk import search

    with Case.open(args.path, _passphrase()):
        hits = search.search(" ".join(args.query))
    if not hits:
        _out("Nothing found.")
        return errors.EXIT_OK
    for kind, group in search.grouped(hits).items():
        _out(f"{search.KIND_LABELS[kind]} ({len(group)})")
        for hit in group:
            _out(f"  [{hit.ref_id}] {hit.title}: {hit.snippet}")
    return errors.EXIT_OK


def cmd_export_letter(args: argparse.Namespace) -> int:
    from iepdesk.casefile.atomic import write_atomic
    from iepdesk.export.letter_pdf import letter_pdf
    from iepdesk.letters import drafts
    from iepdesk.model import Incident, Letter

    out = Path(args.out)
    if out.exists() and not args.force:
        raise errors.CaseExistsError(f"{out} already exists; add --force to replace it.")
    with Case.open(args.path, _passphrase()):
        letter = (
            Letter.select()
            .where(Letter.kind == args.kind)
            .order_by(Letter.updated_at.desc(), Letter.id.desc())
            .first()
        )
        if letter is None or args.new:
            incidents = [i.id for i in Incident.select(Incident.id).order_by(Incident.date)]
            letter = drafts.create_draft(args.kind, drafts.Selection(incidents=tuple(incidents)))
        result = drafts.check(letter)
        text = drafts.text_for_export(letter)
        body = str(letter.body)
        title = str(letter.title)
    if out.suffix.lower() == ".txt":
        write_atomic(out, text.encode("utf-8"))
    else:
        write_atomic(out, letter_pdf(title, body))  # the PDF's footer carries the disclaimer
    for element in result.missing:
        sys.stderr.write(f"missing: {element.label}\n")
    for warning in result.warnings:
        sys.stderr.write(f"note: {warning}\n")
    sys.stderr.write(f"Exported to {out}. This copy is NOT encrypted.\n")
    return errors.EXIT_OK


def cmd_export_binder(args: argparse.Namespace) -> int:
    from iepdesk.casefile.atomic import write_atomic
    from iepdesk.export.binder_data import remembered_options
    from iepdesk.export.binder_pdf import build_binder

    out = Path(args.out)
    if out.exists() and not args.force:
        raise errors.CaseExistsError(f"{out} already exists; add --force to replace it.")
    with Case.open(args.path, _passphrase()):
        options = remembered_options(dt.date.today())
        if args.from_:
            options.start = args.from_
        if args.to:
            options.end = args.to
        if options.end < options.start:
            raise errors.UsageError("The end date is before the start date.")
        if args.a4:
            options.page_size = "a4"
        if args.duplex:
            options.duplex = True
        result = build_binder(options)
    write_atomic(out, result.pdf)
    for title in result.skipped:
        sys.stderr.write(f"note: {title} could not be added; it is kept whole in the case.\n")
    sys.stderr.write(f"Binder of {result.pages} pages written to {out}. This copy is NOT encrypted.\n")
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
        _out("No deadlines yet: add the IEP's dates, incidents or follow-ups.")
    for d in found:
        left = d.days_left(today)
        when = f"in {left} days" if left > 0 else "today" if left == 0 else f"{-left} days ago"
        _out(f"{d.due.isoformat()}  ({when})  {d.title}")
        _out(f"    counted from {d.counted_from_label} ({d.counted_from.isoformat()}); {d.source}")
    if found:
        _out("")
        _out(deadlines.STATE_MAY_DIFFER + " This is information, not legal advice.")
    return errors.EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iepdesk",
        description="IEPDesk: an encrypted record of a child's IEP. With no command, opens the window.",
        epilog=f"The passphrase comes from {PASSPHRASE_ENV} or a prompt. Exit codes: 0 done, "
        "2 usage error, 3 wrong passphrase or recovery secret, 4 damaged or not a case file.",
    )
    parser.add_argument("--version", action="version", version=f"IEPDesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    p = add("new", cmd_new, "Create a case (never overwrites a file).")
    p.add_argument("path", help="where to save it, for example Maya.iepcase")
    p.add_argument("--child", required=True, help="the child's name")
    p.add_argument("--kit", help="also save the recovery kit as a PDF here")

    add("check", cmd_check, "Verify the passphrase and both integrity checks; prints ok.").add_argument(
        "path"
    )
    add("passwd", cmd_passwd, "Change the passphrase (the data is not re-encrypted).").add_argument("path")
    add("recover", cmd_recover, "Open with the recovery secret and set a new passphrase.").add_argument(
        "path"
    )

    p = add("backup", cmd_backup, "Write an encrypted backup (itself a case) to OUT.")
    p.add_argument("path")
    p.add_argument("out")

    p = add("restore", cmd_restore, "Restore a backup into a new case at PATH.")
    p.add_argument("backup")
    p.add_argument("path")

    p = add("export-json", cmd_export_json, "Write the whole case as JSON (NOT encrypted).")
    p.add_argument("path")
    p.add_argument("out", nargs="?", help="file to write (default: standard output)")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")

    p = add("clarity", cmd_clarity, "List clarity findings for the IEP in effect (or --version ID).")
    p.add_argument("path")
    p.add_argument("--version", type=int, help="an IEP version id instead of the one in effect today")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = add("compare", cmd_compare, "Compare two IEP versions: added, removed, changed provisions.")
    p.add_argument("path")
    p.add_argument("old", type=int, help="id of the older version")
    p.add_argument("new", type=int, help="id of the newer version")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = add("ledger", cmd_ledger, "Minutes required, delivered, missed and owed per service.")
    p.add_argument("path")
    p.add_argument("--from", dest="from_", type=_date, help="first day (default: start of the school year)")
    p.add_argument("--to", type=_date, help="last day (default: today)")
    p.add_argument(
        "--by",
        default="whole",
        choices=["week", "month", "grading_period", "iep_year", "whole"],
        help="one row per period (default: one total per service)",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")

    vault = sub.add_parser(
        "vault", help="Documents kept inside the case.", description="Documents kept inside the case."
    )
    vault_sub = vault.add_subparsers(dest="vault_command", required=True, metavar="ACTION")
    p = vault_sub.add_parser("add", help="Store files in the case; prints each new document's id.")
    p.set_defaults(func=cmd_vault_add)
    p.add_argument("path")
    p.add_argument("files", nargs="+")
    p.add_argument("--tag", help="tags for the new documents (comma-separated)")
    p = vault_sub.add_parser("list", help="List the documents.")
    p.set_defaults(func=cmd_vault_list)
    p.add_argument("path")
    p.add_argument("--json", action="store_true")
    p = vault_sub.add_parser("export", help="Write a document out (NOT encrypted); never overwrites.")
    p.set_defaults(func=cmd_vault_export)
    p.add_argument("path")
    p.add_argument("doc_id", type=int)
    p.add_argument("out", help="a folder, or a new file name")

    p = add("search", cmd_search, "Search everything in the case.")
    p.add_argument("path")
    p.add_argument("query", nargs="+")

    export = sub.add_parser(
        "export",
        help="Print-ready PDFs: letters and the meeting binder.",
        description="Print-ready PDFs: letters and the meeting binder.",
    )
    export_sub = export.add_subparsers(dest="export_command", required=True, metavar="WHAT")
    p = export_sub.add_parser("letter", help="A letter or complaint draft as PDF (or .txt).")
    p.set_defaults(func=cmd_export_letter)
    p.add_argument("path")
    p.add_argument(
        "kind",
        choices=[
            "concerns-letter",
            "records-request",
            "pwn-request",
            "state-complaint",
            "ocr-complaint",
            "incident-email",
        ],
    )
    p.add_argument("out", help="OUT.pdf, or OUT.txt for plain text")
    p.add_argument("--new", action="store_true", help="start a new draft instead of the latest saved one")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")

    p = export_sub.add_parser("binder", help="The meeting binder as PDF.")
    p.set_defaults(func=cmd_export_binder)
    p.add_argument("path")
    p.add_argument("out", help="OUT.pdf")
    p.add_argument("--from", dest="from_", type=_date, help="first day covered (default: a year ago)")
    p.add_argument("--to", type=_date, help="last day covered (default: today)")
    p.add_argument("--a4", action="store_true", help="A4 paper instead of US Letter")
    p.add_argument("--duplex", action="store_true", help="start each section on a right-hand page")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")

    p = add("deadlines", cmd_deadlines, "Deadlines from the case, with what each counts from.")
    p.add_argument("path")
    p.add_argument("--json", action="store_true")

    p = add("import-json", cmd_import_json, "Load a JSON export into the case.")
    p.add_argument("path")
    p.add_argument("file")
    p.add_argument("--replace", action="store_true", help="replace the records the case holds")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
        return code
    except errors.IEPDeskError as exc:
        sys.stderr.write(f"iepdesk: {exc}\n")
        return exc.exit_code
    except ValueError as exc:
        sys.stderr.write(f"iepdesk: {exc}\n")
        return errors.EXIT_USAGE
    except OSError as exc:  # a folder that is not there, no permission, a full disk
        where = f": {exc.filename}" if exc.filename else ""
        sys.stderr.write(f"iepdesk: {exc.strerror or exc}{where}\n")
        return errors.EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("iepdesk: interrupted; nothing was left half-written.\n")
        return 130


if __name__ == "__main__":
    sys.exit(main())
