"""``iepdesk progress CASE``, ``progress add``, ``progress received`` (and ``progress import``, from
cli_progress_import): the same core functions the window's Progress page calls (iepdesk.progress).
docs/command-line.md lists the JSON fields; docs/progress.md gives the rules.

``progress CASE`` and ``progress ACTION CASE ...`` share one word, so the ``progress`` parser takes
the first word and the rest as they are, and reads them again with the parser of what the first word
names (an action, or else the case of the listing).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from iepdesk import errors
from iepdesk.casefile import Case
from iepdesk.cli_common import _out, _passphrase
from iepdesk.cli_fields import by_first_word, day, iso, print_id, print_json
from iepdesk.i18n import _

ACTIONS = ("add", "received", "import")


def add_parsers(sub: Any) -> None:
    """Register ``progress`` (``sub`` is build_parser's subparsers)."""
    text = _("Progress toward the IEP's goals: data points, trends and progress reports.")
    p = sub.add_parser(
        "progress",
        help=text,
        description=text,
        usage=_(
            "iepdesk progress CASE [--json] [--as-of DATE]\n"
            "       iepdesk progress add CASE GOAL DATE VALUE [options]\n"
            "       iepdesk progress received CASE --version V --received DATE [options]\n"
            "       iepdesk progress import CASE GOAL FILE [options]"
        ),
        epilog=_("Add --help after an action (add, received, import) to see its options."),
    )
    p.set_defaults(func=cmd_progress)
    p.add_argument("first", metavar="CASE|ACTION", help=_("the case, or add, received or import"))
    p.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)


def _show_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="iepdesk progress",
        description=_("Each goal: its data points, trend, aim line and the reports it was due in."),
    )
    p.add_argument("path", help=_("the case"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))
    p.add_argument(
        "--as-of",
        dest="as_of",
        type=day,
        metavar="YYYY-MM-DD",
        help=_("as of this day, that day included (default: today)"),
    )
    return p


def _actions_parser() -> argparse.ArgumentParser:
    from iepdesk.cli_progress_import import add_parser as add_import
    from iepdesk.progress.points import SOURCE_WORDS
    from iepdesk.progress.reports import STATUS_WORDS

    parser = argparse.ArgumentParser(prog="iepdesk progress")
    actions = parser.add_subparsers(dest="progress_command", required=True, metavar="ACTION")
    p = actions.add_parser("add", help=_("Record one data point of a goal; prints the new point's id."))
    p.set_defaults(func=cmd_progress_add)
    p.add_argument("path", help=_("the case"))
    p.add_argument("goal", type=int, help=_("the goal (its provision id; iepdesk progress lists them)"))
    p.add_argument("date", type=day, metavar="DATE", help=_("the day it was measured (YYYY-MM-DD)"))
    p.add_argument("value", help=_("the number measured, kept as you type it (e.g. 62.5)"))
    p.add_argument("--unit", default="", help=_("its unit, e.g. 'percent correct' (default: none)"))
    p.add_argument(
        "--source",
        default="parent_observation",
        choices=list(SOURCE_WORDS),
        help=_("how you know it (default: parent_observation)"),
    )
    p.add_argument("--by", default="", help=_("who measured it"))
    p.add_argument("--note", default="", help=_("anything else about it"))

    p = actions.add_parser(
        "received",
        help=_("Record a progress report received; prints the new report's id."),
        description=_(
            "Record a progress report received from the school, with what it says of each goal. "
            "A value given for a goal is also kept as a data point (source school_report)."
        ),
    )
    p.set_defaults(func=cmd_progress_received)
    p.add_argument("path", help=_("the case"))
    p.add_argument("--version", type=int, required=True, help=_("the IEP version id the report is for"))
    p.add_argument(
        "--expected",
        type=day,
        metavar="YYYY-MM-DD",
        help=_("the due date it answers, as iepdesk progress lists it (default: none)"),
    )
    p.add_argument(
        "--received", type=day, required=True, metavar="YYYY-MM-DD", help=_("the day you received it")
    )
    p.add_argument(
        "--goal",
        action="append",
        default=[],
        metavar="GOAL=STATUS[:WORDS]",
        help=_(
            "what it says of a goal ({choices}), and the school's words, e.g. '12=progressing:On track'"
        ).format(choices=", ".join(STATUS_WORDS)),
    )
    p.add_argument("--document", type=int, help=_("the report's document id in the vault"))
    p.add_argument("--note", default="", help=_("anything else about it"))
    add_import(actions)
    return parser


def cmd_progress(args: argparse.Namespace) -> int:
    return by_first_word(args, ACTIONS, _actions_parser, _show_parser, cmd_progress_show)


# ---- the listing ----------------------------------------------------------------------------------


def _point_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "date": row.day.isoformat(),
        "value": row.value,
        "unit": row.unit,
        "source": row.source,
        "measured_by": row.measured_by,
        "note": row.note,
        "report_id": row.report_id,
        "document_ids": list(row.document_ids),
    }


def goal_json(p: Any) -> dict[str, Any]:
    """One goal line of ``iepdesk progress --json`` (docs/command-line.md names every field)."""
    line = p.line
    latest = p.latest
    return {
        "goal_id": line.goal_id,
        "goal_ids": list(line.goal_ids),
        "title": line.title,
        "area": line.area,
        "baseline": line.baseline,
        "target": line.target,
        "unit": line.unit,
        "point_count": len(p.points),
        "last_point": _point_json(p.points[-1]) if p.points else None,
        "trend": p.trend.value,
        "recent_trend": p.recent.value,
        "behind_aim": p.behind_aim,
        "latest_status": None
        if latest is None
        else {
            "report_id": latest.report_id,
            "received_on": latest.received_on.isoformat(),
            "status": latest.status,
            "words": latest.words,
        },
        "disagreement": None
        if p.disagreement is None
        else {"code": p.disagreement.code, "text": p.disagreement.text},
        "reports": [
            {
                "version_id": r.expected.version_id,
                "due": r.expected.due.isoformat(),
                "state": r.expected.state.value,
                "report_id": r.expected.report_id,
                "received_on": iso(r.expected.received_on),
                "status": r.stated.status if r.stated is not None else None,
            }
            for r in p.reports
        ],
    }


def cmd_progress_show(args: argparse.Namespace) -> int:
    from iepdesk.progress import summary

    as_of = args.as_of or dt.date.today()
    with Case.open(args.path, _passphrase()):
        found = summary.all_progress(as_of)
        if args.json:
            print_json({"as_of": as_of.isoformat(), "goals": [goal_json(p) for p in found]})
            return errors.EXIT_OK
        lines = _text(found)
    for text in lines:
        _out(text)
    return errors.EXIT_OK


def _text(found: list[Any]) -> list[str]:
    from iepdesk.progress.reports import state_words, status_words
    from iepdesk.progress.trend import trend_words

    if not found:
        return [_("No goals in a final IEP yet.")]
    out: list[str] = []
    for p in found:
        line = p.line
        out.append(_("Goal {id}: {title}").format(id=line.goal_id, title=line.title))
        if line.baseline or line.target:
            out.append(
                "  "
                + _("From {baseline} to {target} {unit}")
                .format(baseline=line.baseline or "?", target=line.target or "?", unit=line.unit)
                .rstrip()
            )
        if p.points:
            last = p.points[-1]
            out.append(
                "  "
                + _("{count} points; last {value} {unit} on {day}")
                .format(
                    count=len(p.points),
                    value=last.value,
                    unit=last.unit or line.unit,
                    day=last.day.isoformat(),
                )
                .replace("  ", " ")
            )
        else:
            out.append("  " + _("No data points yet."))
        out.append(
            "  "
            + _("Trend: {trend}; last three: {recent}").format(
                trend=trend_words(p.trend), recent=trend_words(p.recent)
            )
        )
        if p.behind_aim:
            out.append("  " + _("The last three points are all behind the aim line."))
        if p.latest is not None:
            said = status_words(p.latest.status)
            if p.latest.words:
                said = f"{said} (\u201c{p.latest.words}\u201d)"
            out.append(
                "  "
                + _("The school said on {day}: {status}").format(
                    day=p.latest.received_on.isoformat(), status=said
                )
            )
        if p.disagreement is not None:
            out.append("  " + _("Flag: {text}").format(text=p.disagreement.text))
        for r in p.reports:
            state = state_words(r.expected.state)
            if r.expected.received_on is not None:
                state = _("{state} on {day}").format(state=state, day=r.expected.received_on.isoformat())
            if r.stated is not None:
                state = f"{state}: {status_words(r.stated.status)}"
            out.append(
                "  " + _("Report due {due}: {state}").format(due=r.expected.due.isoformat(), state=state)
            )
    return out


# ---- adding ----------------------------------------------------------------------------------------


def cmd_progress_add(args: argparse.Namespace) -> int:
    from iepdesk.progress import points, values

    found = values.problem(args.value)  # before the passphrase
    if found is not None:
        raise errors.UsageError(found)
    data = points.PointData(
        goal_id=args.goal,
        day=args.date,
        value=args.value,
        unit=args.unit,
        source=args.source,
        measured_by=args.by,
        note=args.note,
    )
    with Case.open(args.path, _passphrase()):
        points.check(data)
        point_id = points.save(data)
    print_id(point_id)
    return errors.EXIT_OK


def _goal(text: str) -> Any:
    from iepdesk.progress.reports import GoalReportData

    goal, sep, said = text.partition("=")
    status, _colon, words = said.partition(":")
    if not sep or not goal.strip().isdigit() or not status.strip():
        raise errors.UsageError(
            _("--goal {text}: write GOAL=STATUS or GOAL=STATUS:WORDS, e.g. 12=progressing").format(
                text=repr(text)
            )
        )
    return GoalReportData(goal_id=int(goal), status=status.strip(), words=words)


def cmd_progress_received(args: argparse.Namespace) -> int:
    from iepdesk.progress import reports

    goals = tuple(_goal(t) for t in args.goal)  # before the passphrase
    data = reports.ReportData(
        version_id=args.version,
        expected_on=args.expected,
        received_on=args.received,
        document_id=args.document,
        note=args.note,
        goals=goals,
    )
    with Case.open(args.path, _passphrase()):
        found = reports.problem(data)
        if found is not None:
            raise errors.UsageError(found)
        report_id = reports.save_report(data)
    print_id(report_id)
    return errors.EXIT_OK
