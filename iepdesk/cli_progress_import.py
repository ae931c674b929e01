"""``iepdesk progress import CASE GOAL FILE``: a goal's data points from a CSV or .xlsx file.

The file is read like the school's service log (``iepdesk import-log``): in a bounded child process
(time and memory), into a table; ``iepdesk.progress.import_data`` plans the goal's points and writes
them in one transaction, unless ``--dry-run``. Exit codes: 0 done (rows refused or already recorded are
listed, not written), 2 a usage mistake, or a file that cannot be read (nothing written), 3, 4, 5 as
for every command. docs/importing-logs.md, *A goal's data*.
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
from iepdesk.model.progress import DataSource
from iepdesk.progress.import_data import FIELDS, ImportPlan, PlannedPoint


def add_parser(subparsers: Any) -> None:
    """Add ``import`` to the ``iepdesk progress`` sub-commands (``subparsers``: their
    ``add_subparsers()`` action)."""
    text = _("Import a goal's data points from a CSV or Excel (.xlsx) file with a date and a value.")
    p = subparsers.add_parser("import", help=text, description=text)
    p.set_defaults(func=cmd_progress_import)
    p.add_argument("path", help=_("the case"))
    p.add_argument("goal", type=int, help=_("the goal (its provision id)"))
    p.add_argument("file", help=_("the file with the data (CSV, TSV or .xlsx)"))
    p.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=NUMBER",
        help=_("the column of a field ({fields}), by its number from 1").format(fields=", ".join(FIELDS)),
    )
    p.add_argument(
        "--dates", choices=["mdy", "dmy"], help=_("the file's date order when its dates do not tell")
    )
    p.add_argument(
        "--source",
        choices=[s.value for s in DataSource],
        default=DataSource.PROVIDER_DATA.value,
        help=_("how you know the values (default: provider_data)"),
    )
    p.add_argument("--dry-run", action="store_true", help=_("show what would be added, write nothing"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))


def _columns(given: list[str]) -> dict[str, int] | None:
    if not given:
        return None
    out: dict[str, int] = {}
    for item in given:
        field, sep, number = item.partition("=")
        field = field.strip().lower()
        if not sep or field not in FIELDS or not number.strip().isdigit() or int(number) < 1:
            raise errors.UsageError(
                _("--column takes FIELD=NUMBER with FIELD one of {fields} and NUMBER from 1.").format(
                    fields=", ".join(FIELDS)
                )
            )
        out[field] = int(number) - 1
    return out


def _document(plan: ImportPlan) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    for row in plan.rows:
        if isinstance(row, PlannedPoint):
            rows.append(
                {
                    "row": row.row_number,
                    "status": "already_recorded" if row.already_recorded else "ready",
                    "date": row.data.day.isoformat(),
                    "value": row.data.value,
                    "unit": row.data.unit,
                    "remark": row.remark,
                }
            )
        else:
            rows.append({"row": row.row_number, "status": "refused", "reason": row.reason})
    return {
        "file": plan.table_name,
        "sha256": plan.sha256,
        "goal": plan.goal_id,
        "columns": {field: index + 1 for field, index in plan.columns.items()},
        "date_order": plan.date_order,
        "ready": plan.ready_count,
        "refused": plan.refused_count,
        "already_recorded": plan.duplicates_count,
        "rows": rows,
    }


def _show(plan: ImportPlan) -> None:
    _out(
        _("{name}: {ready} ready, {refused} refused, {duplicates} already recorded.").format(
            name=plan.table_name,
            ready=plan.ready_count,
            refused=plan.refused_count,
            duplicates=plan.duplicates_count,
        )
    )
    for row in plan.rows:
        if isinstance(row, PlannedPoint):
            said = _("already recorded") if row.already_recorded else _("ready")
            data = row.data
            line = f"  {row.row_number:>5}  {data.day.isoformat()}  {data.value} {data.unit}".rstrip()
            _out(f"{line}  ({said}{'; ' + row.remark if row.remark else ''})")
        else:
            _out(
                "  {number:>5}  {refused}: {reason}".format(
                    number=row.row_number, refused=_("refused"), reason=row.reason
                )
            )


def cmd_progress_import(args: argparse.Namespace) -> int:
    from iepdesk.logimport.table import TableError, read_table_bounded
    from iepdesk.progress.import_data import apply_plan, missing_words, plan_points

    file = Path(args.file).expanduser()
    if not file.is_file():
        raise errors.UsageError(_("There is no file {path}.").format(path=file))
    columns = _columns(args.column)
    try:
        table = read_table_bounded(file)
    except TableError as exc:
        raise errors.UsageError(
            _("{name} could not be read: {error} Nothing was written.").format(name=file.name, error=exc)
        ) from None
    with Case.open(args.path, _passphrase()):
        plan = plan_points(table, args.goal, columns=columns, date_order=args.dates, source=args.source)
        if plan.missing_fields:
            raise errors.UsageError(
                missing_words(plan.missing_fields[0])
                + " "
                + _("Use --column date=NUMBER --column value=NUMBER; nothing was written.")
            )
        added = 0 if args.dry_run else apply_plan(plan)
    if args.json:
        sys.stdout.write(
            json.dumps(
                {**_document(plan), "written": not args.dry_run, "added": added}, indent=2, ensure_ascii=False
            )
            + "\n"
        )
        return errors.EXIT_OK
    _show(plan)
    if plan.needs_date_order:
        _out(_("Some dates can be read two ways: say the file's order with --dates mdy or --dates dmy."))
    if args.dry_run:
        _out(_("Nothing was written (--dry-run)."))
    else:
        _out(ngettext("Added {count} data point.", "Added {count} data points.", added).format(count=added))
    return errors.EXIT_OK
