"""The command line: parses, calls the core, prints. Exit codes in iepdesk.errors."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from iepdesk import __version__, errors, i18n
from iepdesk.casefile import Case, CasePaths, key_with_passphrase, restore
from iepdesk.cli_areas import add_parsers as add_areas
from iepdesk.cli_common import (
    KDF_ENV,
    MIN_PASSPHRASE_CHARS,
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    RECOVERY_ENV,
    _date,
    _kdf_params,
    _new_passphrase,
    _out,
    _output_path,
    _passphrase,
    check_kit_path,
)
from iepdesk.cli_import import add_parser as add_import_log
from iepdesk.cli_language import OPTION, chosen, install_argparse_texts, language
from iepdesk.cli_log import add_parsers as add_log
from iepdesk.cli_progress import add_parsers as add_progress
from iepdesk.cli_records import (
    cmd_clarity,
    cmd_compare,
    cmd_deadlines,
    cmd_export_binder,
    cmd_export_letter,
    cmd_ledger,
    cmd_search,
    cmd_vault_add,
    cmd_vault_export,
    cmd_vault_list,
)
from iepdesk.cli_share import add_parser as add_share
from iepdesk.cli_state import add_parsers as add_state
from iepdesk.cli_verify import add_parser as add_verify
from iepdesk.i18n import _, ngettext

__all__ = ["KDF_ENV", "MIN_PASSPHRASE_CHARS", "NEW_PASSPHRASE_ENV", "PASSPHRASE_ENV", "RECOVERY_ENV", "main"]


def cmd_new(args: argparse.Namespace) -> int:
    passphrase = _new_passphrase(PASSPHRASE_ENV)
    if args.kit:
        check_kit_path(Path(args.kit), args.path)
    case, secret = Case.create(args.path, args.child, passphrase, _kdf_params())
    paths = case.paths
    with case:
        # A case is never left behind without its kit: saved, or shown on a working output. If the
        # kit cannot be written, or the secret cannot be printed, the new (still empty) case goes.
        try:
            if args.kit:
                from iepdesk.export.recovery_kit import write_recovery_kit

                write_recovery_kit(Path(args.kit), secret, case.case_id, case.child_name, paths.db.name)
            _out(_("Created {path}").format(path=paths.db))
            _out(_("Key file: {path} (keep it beside the case)").format(path=paths.keys))
            _out("")
            _out(_("Recovery secret (write it down and keep it somewhere safe; it is shown only once):"))
            _out(f"  {secret.formatted()}")
            if args.kit:
                _out(_("Recovery kit saved to {path}").format(path=args.kit))
            sys.stdout.flush()
        except BaseException as exc:
            case.lock()
            _remove_new_case(paths)
            reason = errors.write_failure(exc)
            if reason is None and not isinstance(exc, OSError):
                raise
            detail = reason or (exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc))
            if args.kit:
                message = _(
                    "{reason}: the recovery kit could not be saved, so the new case was removed (a case "
                    "without its kit could be lost for good). Nothing was kept. Free some space and run "
                    "iepdesk new again."
                )
            else:
                message = _(
                    "{reason}: the secret could not be shown, so the new case was removed (a case "
                    "without its kit could be lost for good). Nothing was kept. Free some space and run "
                    "iepdesk new again."
                )
            raise errors.CannotWriteError(message.format(reason=detail)) from None
    return errors.EXIT_OK


def _remove_new_case(paths: CasePaths) -> None:
    for path in (paths.db, paths.keys, paths.db.with_name(paths.db.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


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
    current = _passphrase(_("Current passphrase"))
    with Case.open(args.path, current) as case:
        case.change_passphrase(current, _new_passphrase(NEW_PASSPHRASE_ENV), _kdf_params())
    _out(_("Passphrase changed."))
    return errors.EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    secret = os.environ.get(RECOVERY_ENV)
    if secret is None:
        if not sys.stdin.isatty():
            raise errors.UsageError(
                _("No terminal to ask for the recovery secret; set {variable}.").format(variable=RECOVERY_ENV)
            )
        secret = input(_("Recovery secret from your kit: "))
    new = _new_passphrase(NEW_PASSPHRASE_ENV)
    with Case.recover(args.path, secret, new, _kdf_params()):
        pass
    _out(_("Recovered: the case now opens with the new passphrase."))
    return errors.EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    with Case.open(args.path, _passphrase()) as case:
        result = case.backup(args.out)
    _out(
        _("Backup written to {path} ({size} bytes); it opens with the same passphrase.").format(
            path=result.path, size=result.bytes
        )
    )
    return errors.EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    passphrase = _passphrase(_("Passphrase of the backup"))
    target = restore(args.backup, args.path, key_with_passphrase(args.backup, passphrase))
    _out(_("Restored to {path}").format(path=target))
    return errors.EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    from iepdesk import portable

    out = Path(args.out) if args.out else None
    if out is not None:
        out = _output_path(args.out, args.force)
        folder = portable.files_folder(out)
        if folder.exists():
            raise errors.CaseExistsError(
                _("{path} already exists; move it away or choose another name.").format(path=folder)
            )
    with Case.open(args.path, _passphrase()):
        if out is not None:
            try:
                documents = portable.export_to_file(out)
            except Exception as exc:
                reason = errors.write_failure(exc)
                if reason is None:
                    raise
                raise errors.CannotWriteError(
                    _("{reason}: the export could not be written to {path}; nothing of it was left.").format(
                        reason=reason, path=out
                    )
                ) from None
            if documents:
                # TRANSLATORS: the English says "file(s)" in both forms, as it always has.
                done = ngettext(
                    "Exported to {path} and {count} document file(s) in {folder}. "
                    "This copy is NOT encrypted.",
                    "Exported to {path} and {count} document file(s) in {folder}. "
                    "This copy is NOT encrypted.",
                    documents,
                ).format(path=out, count=documents, folder=portable.files_folder(out))
            else:
                done = _("Exported to {path}. This copy is NOT encrypted.").format(path=out)
            sys.stderr.write(done + "\n")
            return errors.EXIT_OK
        document = portable.export_case(None)
    sys.stdout.write(portable.dumps(document))
    if document.get("documents"):
        sys.stderr.write(
            "iepdesk: " + _("documents are listed but their files are only written with OUT.") + "\n"
        )
    return errors.EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    from iepdesk import portable
    from iepdesk.model import ALL_MODELS, Child

    try:
        document = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise errors.UsageError(_("{path} does not exist.").format(path=args.file)) from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise errors.UsageError(
            _("{path} is not readable JSON ({error}).").format(path=args.file, error=exc)
        ) from None
    with Case.open(args.path, _passphrase()) as case:
        holds_records = any(m.select().exists() for m in ALL_MODELS if m is not Child)
        if holds_records and not args.replace:
            raise errors.UsageError(
                _("{name} already holds records; add --replace to replace them all.").format(
                    name=case.paths.db.name
                )
            )
        try:
            result = portable.import_case(document, portable.files_folder(Path(args.file)))
        except portable.FormatError as exc:
            raise errors.UsageError(str(exc)) from None
        except Exception as exc:  # one transaction: a full disk rolls all of it back
            reason = errors.write_failure(exc)
            if reason is None:
                raise
            raise errors.CannotWriteError(
                _("{reason}: nothing was imported; the case is unchanged.").format(reason=reason)
            ) from None
    summary = ", ".join(f"{count} {name}" for name, count in result.rows.items())
    _out(_("Imported {summary}.").format(summary=summary))
    return errors.EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iepdesk",
        description=_("IEPDesk: an encrypted record of a child's IEP. With no command, opens the window."),
        epilog=_(
            "The passphrase comes from {variable} or a prompt. Exit codes: 0 done, "
            "2 usage error, 3 wrong passphrase or recovery secret, 4 damaged or not a case file, "
            "5 could not write (the disk is full, or no permission), 6 a shared copy cannot be changed."
        ).format(variable=PASSPHRASE_ENV),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"IEPDesk {__version__}",
        help=_("show program's version number and exit"),
    )
    parser.add_argument(
        OPTION,
        type=language,
        metavar="{en,es}",
        help=_("the language of what it prints and exports (default: the system's, from LANG)"),
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    p = add("new", cmd_new, _("Create a case (never overwrites a file)."))
    p.add_argument("path", help=_("where to save it, for example Maya.iepcase"))
    p.add_argument("--child", required=True, help=_("the child's name"))
    p.add_argument("--kit", help=_("also save the recovery kit as a PDF here"))

    add("check", cmd_check, _("Verify the passphrase and both integrity checks; prints ok.")).add_argument(
        "path"
    )
    add("passwd", cmd_passwd, _("Change the passphrase (the data is not re-encrypted).")).add_argument("path")
    add("recover", cmd_recover, _("Open with the recovery secret and set a new passphrase.")).add_argument(
        "path"
    )

    p = add("backup", cmd_backup, _("Write an encrypted backup (itself a case) to OUT."))
    p.add_argument("path")
    p.add_argument("out")

    p = add("restore", cmd_restore, _("Restore a backup into a new case at PATH."))
    p.add_argument("backup")
    p.add_argument("path")

    p = add("export-json", cmd_export_json, _("Write the whole case as JSON (NOT encrypted)."))
    p.add_argument("path")
    p.add_argument("out", nargs="?", help=_("file to write (default: standard output)"))
    p.add_argument("--force", action="store_true", help=_("replace OUT if it exists"))

    p = add("clarity", cmd_clarity, _("List clarity findings for the IEP in effect (or --version ID)."))
    p.add_argument("path")
    p.add_argument("--version", type=int, help=_("an IEP version id instead of the one in effect today"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    p = add("compare", cmd_compare, _("Compare two IEP versions: added, removed, changed provisions."))
    p.add_argument("path")
    p.add_argument("old", type=int, help=_("id of the older version"))
    p.add_argument("new", type=int, help=_("id of the newer version"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    p = add("ledger", cmd_ledger, _("Minutes required, delivered, missed and owed per service."))
    p.add_argument("path")
    p.add_argument(
        "--from", dest="from_", type=_date, help=_("first day (default: start of the school year)")
    )
    p.add_argument("--to", type=_date, help=_("last day (default: the as-of day)"))
    p.add_argument(
        "--period",
        choices=["school_year", "iep_year", "month", "week", "whole"],
        help=_("a period as the window offers it, around the as-of day (instead of --from/--to)"),
    )
    p.add_argument(
        "--as-of",
        dest="as_of",
        type=_date,
        help=_("count as of this day, that day included (default: today, its sessions still to come)"),
    )
    p.add_argument(
        "--by",
        default="whole",
        choices=["week", "month", "grading_period", "iep_year", "whole"],
        help=_("one row per period (default: one total per service)"),
    )
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    vault = sub.add_parser(
        "vault", help=_("Documents kept inside the case."), description=_("Documents kept inside the case.")
    )
    vault_sub = vault.add_subparsers(dest="vault_command", required=True, metavar="ACTION")
    p = vault_sub.add_parser("add", help=_("Store files in the case; prints each new document's id."))
    p.set_defaults(func=cmd_vault_add)
    p.add_argument("path")
    p.add_argument("files", nargs="+")
    p.add_argument("--tag", help=_("tags for the new documents (comma-separated)"))
    p = vault_sub.add_parser("list", help=_("List the documents."))
    p.set_defaults(func=cmd_vault_list)
    p.add_argument("path")
    p.add_argument("--json", action="store_true")
    p = vault_sub.add_parser("export", help=_("Write a document out (NOT encrypted); never overwrites."))
    p.set_defaults(func=cmd_vault_export)
    p.add_argument("path")
    p.add_argument("doc_id", type=int)
    p.add_argument("out", help=_("a folder, or a new file name"))

    p = add("search", cmd_search, _("Search everything in the case."))
    p.add_argument("path")
    p.add_argument("query", nargs="+")

    export = sub.add_parser(
        "export",
        help=_("Print-ready PDFs: letters and the meeting binder."),
        description=_("Print-ready PDFs: letters and the meeting binder."),
    )
    export_sub = export.add_subparsers(dest="export_command", required=True, metavar="WHAT")
    p = export_sub.add_parser("letter", help=_("A letter or complaint draft as PDF (or .txt)."))
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
    p.add_argument("out", help=_("OUT.pdf, or OUT.txt for plain text"))
    p.add_argument("--new", action="store_true", help=_("start a new draft instead of the latest saved one"))
    p.add_argument("--force", action="store_true", help=_("replace OUT if it exists"))
    p.add_argument(
        "--date", type=_date, help=_("the letter's date, figures counted as of it (default: today)")
    )
    p.add_argument("--incident", type=int, action="append", help=_("cite this incident id (repeat for more)"))
    p.add_argument("--communication", type=int, action="append", help=_("cite this communication id"))
    p.add_argument("--provision", type=int, action="append", help=_("cite what this provision promises"))
    p.add_argument("--from", dest="from_", type=_date, help=_("service minutes from (default: 90 days back)"))
    p.add_argument("--to", type=_date, help=_("service minutes to (default: the letter's date)"))
    p.add_argument("--detail", action="append", metavar="KEY=VALUE", help=_("a detail, e.g. resolution=..."))
    p.add_argument(
        "--documents",
        type=int,
        nargs="+",
        metavar="ID",
        help=_(
            "documents sent with the letter, listed at its end under Enclosures (ids: iepdesk vault list)"
        ),
    )
    p.add_argument(
        "--with-binder",
        action="store_true",
        help=_("the letter goes with the meeting binder: cite each enclosed document by its exhibit number"),
    )
    p.add_argument(
        "--leave-out-old", action="store_true", help=_("leave out what is outside the filing window")
    )
    p.add_argument(
        "--copy-language",
        choices=["en", "es"],
        help=_("also make your own copy in this language, beside OUT (OUT.es.pdf); the letter: --lang's"),
    )

    p = export_sub.add_parser("binder", help=_("The meeting binder as PDF."))
    p.set_defaults(func=cmd_export_binder)
    p.add_argument("path")
    p.add_argument("out", help=_("OUT.pdf"))
    p.add_argument(
        "--from",
        dest="from_",
        type=_date,
        help=_("first day covered (default: since the IEP in effect or the first log entry, the later)"),
    )
    p.add_argument("--to", type=_date, help=_("last day covered (default: today)"))
    p.add_argument("--meeting", type=_date, help=_("the meeting's date, for the first page"))
    p.add_argument(
        "--concerns",
        metavar="FILE",
        help=_("a UTF-8 text file: the parent's concerns and asks (first page and their own section)"),
    )
    p.add_argument("--a4", action="store_true", help=_("A4 paper instead of US Letter"))
    p.add_argument("--duplex", action="store_true", help=_("start each section on a right-hand page"))
    p.add_argument("--force", action="store_true", help=_("replace OUT if it exists"))

    p = add("deadlines", cmd_deadlines, _("Deadlines from the case, with what each counts from."))
    p.add_argument("path")
    p.add_argument("--json", action="store_true")

    p = add("import-json", cmd_import_json, _("Load a JSON export into the case."))
    p.add_argument("path")
    p.add_argument("file")
    p.add_argument("--replace", action="store_true", help=_("replace the records the case holds"))

    add_import_log(add)
    add_log(sub)  # log add|list, calendar import-ics
    add_areas(sub)  # incident add|list, comms add|list, tone
    add_progress(sub)  # progress, progress add|received|import
    add_state(sub)  # state, state set|date|own
    add_share(add)  # share CASE OUT
    add_verify(add)  # verify CASE FINGERPRINT
    return parser


class _Terminated(BaseException):
    """SIGTERM (a shutdown, ``kill``): raised so that every ``finally`` removes its temporary files."""


def _terminate(signum: int, _frame: object) -> None:
    raise _Terminated(signum)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    before = i18n.current()
    # The language comes first: the parser's own texts (help, usage, its errors) are in it.
    i18n.set_language(chosen(arguments))
    install_argparse_texts()
    try:
        parser = build_parser()
        args = parser.parse_args(arguments)
        in_main_thread = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGTERM, _terminate) if in_main_thread else None
        try:
            return _run(args)
        finally:
            if in_main_thread and previous is not None:
                signal.signal(signal.SIGTERM, previous)
    finally:
        i18n.set_language(before)  # main() called in a process that goes on (tests) leaves it as it was


def _run(args: argparse.Namespace) -> int:
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
        return errors.EXIT_CANNOT_WRITE if errors.write_failure(exc) else errors.EXIT_USAGE
    except Exception as exc:
        reason = errors.write_failure(exc)  # SQLite's "database or disk is full", through peewee
        if reason is None:
            raise
        stopped = _(
            "{reason}; the command stopped. Everything saved before it is kept (each change "
            "is saved whole or not at all)."
        ).format(reason=reason)
        sys.stderr.write(f"iepdesk: {stopped}\n")
        return errors.EXIT_CANNOT_WRITE
    except KeyboardInterrupt:
        sys.stderr.write("iepdesk: " + _("interrupted; nothing was left half-written.") + "\n")
        return 130
    except _Terminated:
        sys.stderr.write("iepdesk: " + _("stopped; nothing was left half-written.") + "\n")
        return 128 + signal.SIGTERM


if __name__ == "__main__":
    sys.exit(main())
