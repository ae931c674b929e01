"""``iepdesk state CASE``, ``state set``, ``state date``, ``state own``: the child's state, the dates
its rules count from, and the parent's own figures, through the same core functions the Child & team
page calls (iepdesk.profile, iepdesk.states). docs/state-rules.md gives the rules; docs/command-line.md
the JSON fields.

``state CASE`` and ``state ACTION CASE ...`` share one word, so (as for ``progress``) the first word
is read, then the rest again with the parser of what it names.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from iepdesk import errors
from iepdesk.casefile import Case
from iepdesk.cli_common import _out, _passphrase
from iepdesk.cli_fields import by_first_word, day, iso, print_json
from iepdesk.i18n import _

ACTIONS = ("set", "date", "own")


def add_parsers(sub: Any) -> None:
    """Register ``state`` (``sub`` is build_parser's subparsers)."""
    text = _("The child's state: its own deadlines, the dates they count from, and your own figures.")
    p = sub.add_parser(
        "state",
        help=text,
        description=text,
        usage=_(
            "iepdesk state CASE [--json]\n"
            "       iepdesk state set CASE CODE\n"
            "       iepdesk state date CASE TRIGGER (DATE | --clear)\n"
            "       iepdesk state own CASE TOPIC (NUMBER UNIT [--notes TEXT] | --clear)"
        ),
        epilog=_("Add --help after an action (set, date, own) to see its options."),
    )
    p.set_defaults(func=cmd_state)
    p.add_argument("first", metavar="CASE|ACTION", help=_("the case, or set, date or own"))
    p.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)


def _show_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="iepdesk state",
        description=_("The case's state, the rules the app has for it, the dates and your figures."),
    )
    p.add_argument("path", help=_("the case"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))
    return p


def _actions_parser() -> argparse.ArgumentParser:
    from iepdesk.states.clock_dates import RECORDABLE
    from iepdesk.states.own import TOPIC_UNITS
    from iepdesk.states.rules import UNITS

    parser = argparse.ArgumentParser(prog="iepdesk state")
    actions = parser.add_subparsers(dest="state_command", required=True, metavar="ACTION")
    p = actions.add_parser("set", help=_("Set the child's state (a postal code such as CA; none = not set)."))
    p.set_defaults(func=cmd_state_set)
    p.add_argument("path", help=_("the case"))
    p.add_argument("code", help=_("the state's two-letter postal code, or none for the federal rules only"))

    p = actions.add_parser("date", help=_("Record a date your state's rule counts from."))
    p.set_defaults(func=cmd_state_date)
    p.add_argument("path", help=_("the case"))
    p.add_argument("trigger", choices=list(RECORDABLE), help=_("which date it is"))
    p.add_argument("date", nargs="?", type=day, metavar="YYYY-MM-DD", help=_("the day (not after today)"))
    p.add_argument("--clear", action="store_true", help=_("remove the recorded date"))

    p = actions.add_parser("own", help=_("Record your state's figure where the app has no rule."))
    p.set_defaults(func=cmd_state_own)
    p.add_argument("path", help=_("the case"))
    p.add_argument("topic", choices=list(TOPIC_UNITS), help=_("which deadline"))
    p.add_argument("number", nargs="?", type=int, help=_("the number (1 to 999)"))
    p.add_argument("unit", nargs="?", choices=list(UNITS), help=_("its unit"))
    p.add_argument("--notes", default="", help=_("the citation or where you read it"))
    p.add_argument("--clear", action="store_true", help=_("remove your figure for this deadline"))
    return parser


def cmd_state(args: argparse.Namespace) -> int:
    return by_first_word(args, ACTIONS, _actions_parser, _show_parser, cmd_state_show)


def _usage(message: str) -> errors.UsageError:
    return errors.UsageError(message)


def cmd_state_set(args: argparse.Namespace) -> int:
    from iepdesk import profile

    code = "" if args.code.strip().lower() == "none" else args.code
    with Case.open(args.path, _passphrase()):
        saved = profile.save_state(code)
    _out(saved or _("not set"))
    return errors.EXIT_OK


def cmd_state_date(args: argparse.Namespace) -> int:
    from iepdesk.states.clock_dates import set_clock_date

    if args.clear == (args.date is not None):
        raise _usage(_("Give the date, or --clear to remove it (not both)."))
    with Case.open(args.path, _passphrase()):
        set_clock_date(args.trigger, None if args.clear else args.date, dt.date.today())
    return errors.EXIT_OK


def cmd_state_own(args: argparse.Namespace) -> int:
    from iepdesk.states.own import OwnFigure, clear_own_figure, set_own_figure

    given = args.number is not None and args.unit is not None
    if args.clear == given or (not args.clear and (args.number is None) != (args.unit is None)):
        raise _usage(_("Give the number and its unit, or --clear to remove your figure (not both)."))
    with Case.open(args.path, _passphrase()):
        if args.clear:
            clear_own_figure(args.topic)
        else:
            set_own_figure(OwnFigure(args.topic, args.number, args.unit, args.notes))
    return errors.EXIT_OK


def cmd_state_show(args: argparse.Namespace) -> int:
    from iepdesk import profile
    from iepdesk.states.apply import amount
    from iepdesk.states.clock_dates import needed_dates
    from iepdesk.states.codes import state_name
    from iepdesk.states.own import own_figures
    from iepdesk.states.rules import rule_book

    with Case.open(args.path, _passphrase()):
        code = profile.load_state()
        needed = needed_dates(code)
        figures = own_figures()
    book = rule_book()
    rules = [r for r in book.rules if r.state == code]
    cautions = [c for c in book.cautions if c.state == code]
    if args.json:
        document: dict[str, Any] = {
            "state": code,
            "name": state_name(code),
            "rules": [
                {
                    "id": r.id,
                    "topic": r.topic,
                    "number": r.number,
                    "unit": r.unit,
                    "trigger": r.trigger,
                    "changes": r.changes.now(),
                    "citation": r.citation,
                    "last_checked": r.last_checked.isoformat(),
                }
                for r in rules
            ],
            "cautions": [{"topic": c.topic, "text": c.words.now()} for c in cautions],
            "dates": [
                {"trigger": n.trigger, "what": n.words.now(), "citation": n.citation, "date": iso(n.day)}
                for n in needed
            ],
            "own_figures": [
                {"topic": f.topic, "number": f.number, "unit": f.unit, "notes": f.notes}
                for _topic, f in sorted(figures.items())
            ],
        }
        print_json(document)
        return errors.EXIT_OK
    _out(
        _("State: {name}").format(name=state_name(code)) if code else _("State: not set (federal rules only)")
    )
    for rule in rules:
        _out(f"  {rule.changes.now()} ({rule.citation})")
    for caution in cautions:
        _out(f"  {caution.words.now()}")
    for need in needed:
        shown = need.day.isoformat() if need.day is not None else _("not recorded")
        _out(_("  Date of {what}: {day}").format(what=need.words.now(), day=shown))
    for _topic, figure in sorted(figures.items()):
        _out(
            _("  Your own figure for {topic}: {amount} {notes}")
            .format(topic=figure.topic, amount=amount(figure.number, figure.unit), notes=figure.notes)
            .rstrip()
        )
    return errors.EXIT_OK
