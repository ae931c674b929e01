"""``iepdesk import-log CASE FILE``: the school's own service log into the case (docs/importing-logs.md).

Reads the file in a bounded child process, proposes the columns, the services and the school's words,
asks y/N on a terminal (``--yes`` accepts, unmapped words as missed for an unknown reason) and writes
everything in one transaction. Exit codes: 0 done (or declined), 2 the file cannot be read or the
import needs a choice the command line did not give (nothing imported), 3, 4, 5 as for every command.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from iepdesk import errors
from iepdesk.casefile import Case
from iepdesk.cli_common import _out, _passphrase
from iepdesk.i18n import _, ngettext
from iepdesk.logimport.plan import FIELDS, ColumnMapping, ImportPlan


def add_parser(add: Any) -> None:
    """Register the command (``add`` is build_parser's helper)."""
    p = add("import-log", cmd_import_log, _("Import the school's own service log (CSV, TSV, Excel or PDF)."))
    p.add_argument("path", help=_("the case"))
    p.add_argument("file", help=_("the school's export"))
    p.add_argument(
        "--service", type=int, metavar="ID", help=_("every row is this service (its provision id)")
    )
    p.add_argument(
        "--service-name",
        action="append",
        default=[],
        metavar="TEXT=ID",
        help=_("the service a name in the file means, e.g. 'Speech=3' (remembered for the case)"),
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=_("the column of a field ({fields}): its header or its number from 1; FIELD= for none").format(
            fields=", ".join(FIELDS)
        ),
    )
    p.add_argument(
        "--word",
        action="append",
        default=[],
        metavar="TEXT=STATUS[/REASON]",
        help=_(
            "what a school's word means, e.g. 'See provider note=delivered' or 'Sub=missed/provider_absent'"
        ),
    )
    p.add_argument(
        "--dates", choices=["mdy", "dmy"], help=_("the file's date order when its dates do not tell")
    )
    p.add_argument(
        "--leave-out", type=int, action="append", default=[], metavar="ROW", help=_("skip this row")
    )
    p.add_argument("--yes", action="store_true", help=_("import without asking; unmapped words as unknown"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))


def _mapping(plan_mapping: ColumnMapping, header: tuple[str, ...], given: list[str]) -> ColumnMapping:
    from iepdesk.logimport.columns import normalize

    columns = dict(plan_mapping.columns)
    for item in given:
        field, sep, column = item.partition("=")
        field = field.strip().lower()
        if not sep or field not in FIELDS:
            raise errors.UsageError(
                _("--map takes FIELD=COLUMN with FIELD one of {fields}.").format(fields=", ".join(FIELDS))
            )
        columns.pop(field, None)
        if not column.strip():
            continue
        if column.strip().isdigit():
            index = int(column) - 1
        else:
            names = [normalize(h) for h in header]
            if normalize(column) not in names:
                raise errors.UsageError(
                    _("The file has no column {column}; its columns: {columns}.").format(
                        column=repr(column), columns=", ".join(header)
                    )
                )
            index = names.index(normalize(column))
        if not 0 <= index < len(header):
            raise errors.UsageError(
                _("The file has no column {column}; it has {count}.").format(column=column, count=len(header))
            )
        columns = {f: i for f, i in columns.items() if i != index}
        columns[field] = index
    return ColumnMapping(columns)


def _words(given: list[str]) -> dict[str, tuple[str, str | None] | None]:
    from iepdesk.logimport.school_words import check_meaning

    out: dict[str, tuple[str, str | None] | None] = {}
    for item in given:
        text, sep, meaning = item.rpartition("=")
        if not sep:
            raise errors.UsageError(
                _("--word takes TEXT=STATUS[/REASON], not {item}.").format(item=repr(item))
            )
        status, _slash, reason = meaning.strip().partition("/")
        try:
            out[text.strip()] = check_meaning((status.strip(), reason.strip() or None))
        except ValueError:
            raise errors.UsageError(
                _(
                    "--word {item}: say TEXT=STATUS or TEXT=missed/REASON with our codes "
                    "(docs/importing-logs.md)."
                ).format(item=repr(item))
            ) from None
    return out


def _services(given: list[str]) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    for item in given:
        text, sep, number = item.rpartition("=")
        if not sep or not number.strip().isdigit():
            raise errors.UsageError(
                _("--service-name takes TEXT=ID (a provision id), not {item}.").format(item=repr(item))
            )
        out[text.strip()] = int(number)
    return out


def _document(plan: ImportPlan, header: tuple[str, ...]) -> dict[str, Any]:
    return {
        "file": plan.table_name,
        "sha256": plan.sha256,
        "mapping": {
            field: {"column": index + 1, "header": header[index]}
            for field, index in sorted(plan.mapping.columns.items(), key=lambda kv: kv[1])
        },
        "missing_fields": list(plan.missing_fields),
        "date_order": plan.date_order,
        "services": [{"text": t, "provision_id": pid} for t, pid in plan.services.items()],
        "words": [
            {"text": t, "status": m[0] if m else None, "reason": m[1] if m else None}
            for t, m in plan.words.items()
        ],
        "unmapped_words": list(plan.unmapped_words),
        "rows": len(plan.rows),
        "to_add": len(plan.new_rows),
        "duplicates": sum(1 for r in plan.rows if r.duplicate),
        "problems": [{"row": r.row_number, "problem": r.problem} for r in plan.problems],
        "skipped": [{"row": n, "why": why} for n, why in plan.skipped],
    }


def _show(plan: ImportPlan, header: tuple[str, ...], titles: dict[int, str]) -> None:
    # TRANSLATORS: the English says "rows" in both forms, as it always has.
    rows = ngettext("{name}: {count} rows", "{name}: {count} rows", len(plan.rows))
    _out(rows.format(name=plan.table_name, count=len(plan.rows)))
    _out(_("Columns:"))
    for field, index in sorted(plan.mapping.columns.items(), key=lambda kv: kv[1]):
        _out(
            f"  {field:<9} " + _("column {number} “{header}”").format(number=index + 1, header=header[index])
        )
    for field in plan.missing_fields:
        _out(f"  {field:<9} " + _("(no column: use --map {field}=COLUMN)").format(field=field))
    _out(_("Services:"))
    for text, pid in plan.services.items():
        shown = (
            f"[{pid}] {titles.get(pid, '?')}"
            if pid is not None
            else _("not matched (--service-name TEXT=ID)")
        )
        _out(f"  “{text or _('(blank)')}” → {shown}")
    if plan.words:
        _out(_("The school's words:"))
    for text, meaning in plan.words.items():
        said = (
            f"{meaning[0]}" + (f", {meaning[1].replace('_', ' ')}" if meaning[1] else "")
            if meaning
            else _("not mapped: counted as missed, reason unknown (or say what it means with --word)")
        )
        _out(f"  “{text or _('(blank, no minutes)')}” → {said}")
    duplicates = sum(1 for r in plan.rows if r.duplicate)
    _out(
        _("{new} to add, {duplicates} already in the case, {problems} with problems.").format(
            new=len(plan.new_rows), duplicates=duplicates, problems=len(plan.problems)
        )
    )
    for row in plan.problems[:20]:
        _out(f"  {row.problem}")
    if len(plan.problems) > 20:
        _out("  " + _("… and {count} more").format(count=len(plan.problems) - 20))


def cmd_import_log(args: argparse.Namespace) -> int:
    from iepdesk.logimport import services as service_list
    from iepdesk.logimport.apply import apply_import
    from iepdesk.logimport.plan import mapping_for, plan_import
    from iepdesk.logimport.table import TableError, read_table_bounded

    file = Path(args.file).expanduser()
    if not file.is_file():
        raise errors.UsageError(_("There is no file {path}.").format(path=file))
    ask = not args.yes
    if ask and not args.json and not sys.stdin.isatty():
        raise errors.UsageError(_("No terminal to confirm the import; add --yes to import without asking."))
    if ask and args.json:
        raise errors.UsageError(_("--json prints no question: add --yes."))
    try:
        table = read_table_bounded(file)
    except TableError as exc:
        raise errors.UsageError(
            _("{name} could not be read: {error}").format(name=file.name, error=exc)
        ) from None
    words = _words(args.word)
    named = _services(args.service_name)
    with Case.open(args.path, _passphrase()):
        mapping = _mapping(mapping_for(table.header), table.header, args.map)
        try:
            plan = plan_import(
                table,
                service_id=args.service,
                mapping=mapping,
                services=named or None,
                words=words or None,
                date_order=args.dates,
                leave_out=frozenset(args.leave_out),
            )
        except ValueError as exc:
            raise errors.UsageError(str(exc)) from None
        titles = {c.provision_id: c.title for c in service_list.choices()}
        wrong = sorted({pid for pid in named.values() if pid is not None and pid not in titles})
        if wrong:
            raise errors.UsageError(_("There is no service {id} in this case.").format(id=wrong[0]))
        document = _document(plan, table.header)
        if not args.json:
            _show(plan, table.header, titles)
        blocking = plan.missing_fields or plan.problems or plan.unmapped_services
        if blocking:
            if args.json:
                sys.stdout.write(
                    json.dumps({**document, "imported": False}, indent=2, ensure_ascii=False) + "\n"
                )
            if plan.unmapped_services:
                listed = "; ".join(f"{pid} {title}" for pid, title in titles.items())
                raise errors.UsageError(
                    _("Name the service with --service ID ({listed}); nothing was imported.").format(
                        listed=listed
                    )
                )
            raise errors.UsageError(_("Nothing was imported: settle the columns and rows above first."))
        if ask:
            answer = input(_("Import? [y/N] ")).strip().lower()
            # TRANSLATORS: the answers that mean yes, besides y and yes, separated by "/".
            if answer not in ("y", "yes", *_("y/yes").split("/")):
                _out(_("Nothing was imported."))
                return errors.EXIT_OK
        result = apply_import(plan, file, accept_unmapped=True)
    if args.json:
        document.update(
            imported=True,
            added=result.added,
            duplicates=result.duplicates,
            document_id=result.document_id,
            unknown_words=list(result.unknown_words),
        )
        sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        return errors.EXIT_OK
    # TRANSLATORS: the English says "entries" in both forms, as it always has.
    imported = ngettext(
        "Imported {added} entries ({duplicates} already in the case).",
        "Imported {added} entries ({duplicates} already in the case).",
        result.added,
    )
    _out(imported.format(added=result.added, duplicates=result.duplicates))
    if result.unknown_words:
        listed = ", ".join(f"“{w or _('(blank)')}”" for w in result.unknown_words)
        _out(_("Counted as missed for an unknown reason (ask the school): {listed}.").format(listed=listed))
    return errors.EXIT_OK
