"""``iepdesk incident add|list``, ``iepdesk comms add|list`` and ``iepdesk tone TEXT``: the same core
functions the window's incident and communication pages call (iepdesk.incidents, iepdesk.comms.log,
iepdesk.comms.tone). docs/command-line.md lists the JSON fields.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from iepdesk import errors
from iepdesk.casefile import Case
from iepdesk.cli_common import _out, _passphrase
from iepdesk.cli_fields import add_range, day, iso, listed, print_id, print_json, when
from iepdesk.i18n import _
from iepdesk.model.vault import Channel, Direction


def add_parsers(sub: Any) -> None:
    """Register ``incident``, ``comms`` and ``tone`` (``sub`` is build_parser's subparsers)."""
    incident = sub.add_parser(
        "incident",
        help=_("Incidents: a provision of the IEP that was not followed."),
        description=_("Incidents: a provision of the IEP that was not followed."),
    )
    actions = incident.add_subparsers(dest="incident_command", required=True, metavar="ACTION")
    p = actions.add_parser("add", help=_("Record an incident; prints its id."))
    p.set_defaults(func=cmd_incident_add)
    p.add_argument("path", help=_("the case"))
    p.add_argument("what_happened", help=_("what happened, in a few words"))
    p.add_argument("--date", type=day, metavar="YYYY-MM-DD", help=_("the day it happened (default: today)"))
    p.add_argument(
        "--provision",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help=_("a provision it is about, of the IEP in effect that day (repeat for more)"),
    )
    p.add_argument("--reported-by", default="", help=_("who reported it"))
    p.add_argument("--child-words", default="", help=_("what the child said, in their words"))
    p.add_argument("--evidence", default="", help=_("what shows it (a note, a photo in the vault, ...)"))
    p = actions.add_parser("list", help=_("List incidents, the newest first."))
    p.set_defaults(func=cmd_incident_list)
    p.add_argument("path", help=_("the case"))
    add_range(p, _("incidents from this day on"), _("incidents up to this day, that day included"))
    p.add_argument("--provision", type=int, metavar="ID", help=_("only incidents about this provision"))
    p.add_argument("--text", default="", help=_("only incidents whose words hold this text"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    comms = sub.add_parser(
        "comms",
        help=_("Communications with the school: emails, calls, meetings, letters."),
        description=_("Communications with the school: emails, calls, meetings, letters."),
    )
    actions = comms.add_subparsers(dest="comms_command", required=True, metavar="ACTION")
    p = actions.add_parser("add", help=_("Record a communication; prints its id."))
    p.set_defaults(func=cmd_comms_add)
    p.add_argument("path", help=_("the case"))
    p.add_argument("subject", help=_("its subject, or what it was about"))
    p.add_argument(
        "--when",
        type=when,
        metavar="YYYY-MM-DD[THH:MM]",
        help=_("its day, and time if known (default: today)"),
    )
    p.add_argument("--channel", choices=[c.value for c in Channel], default=Channel.EMAIL.value)
    p.add_argument("--direction", choices=[d.value for d in Direction], default=Direction.FROM_SCHOOL.value)
    p.add_argument("--body", default=None, help=_("the message, or a summary of the call or meeting"))
    p.add_argument("--body-file", metavar="FILE", help=_("the body from a UTF-8 file (- for standard input)"))
    p.add_argument("--people", default="", help=_("who took part, other than the team's contacts"))
    p.add_argument("--follow-up", type=day, metavar="YYYY-MM-DD", help=_("a day to follow it up"))
    p = actions.add_parser("list", help=_("List communications, the oldest first."))
    p.set_defaults(func=cmd_comms_list)
    p.add_argument("path", help=_("the case"))
    add_range(p, _("communications from this day on"), _("communications up to this day, that day included"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    p = sub.add_parser(
        "tone",
        help=_("Check a message's tone: each heated phrase with a calmer way to say it (no case needed)."),
        description=_(
            "Check a message's tone: each heated phrase with a calmer way to say it. Needs no "
            "case file; exit 0 whether or not it finds anything."
        ),
    )
    p.set_defaults(func=cmd_tone)
    p.add_argument("text", nargs="+", help=_("the message (words joined by spaces); - reads standard input"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))


# ---- incidents ------------------------------------------------------------------------------------


def _incident_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "date": row.day.isoformat(),
        "what_happened": row.what_happened,
        "reported_by": row.reported_by,
        "child_words": row.child_words,
        "evidence": row.evidence,
        "provisions": [{"id": p.id, "kind": p.kind, "title": p.title} for p in row.provisions],
        "entered_at": row.entered_at,
    }


def cmd_incident_add(args: argparse.Namespace) -> int:
    import datetime as dt

    from iepdesk import incidents

    on = args.date or dt.date.today()
    data = incidents.IncidentData(
        on, tuple(args.provision), args.what_happened, args.reported_by, args.child_words, args.evidence
    )
    incidents.check(data)  # before the passphrase: a blank incident is a usage error, case or not
    with Case.open(args.path, _passphrase()):
        offered = {p.id: p for p in incidents.provisions_on(on)}
        wrong = [pid for pid in args.provision if pid not in offered]
        if wrong:
            listed = "; ".join(f"{p.id} {p.title} ({p.kind})" for p in offered.values())
            if listed:
                message = _(
                    "Provision {id} is not one of the IEP in effect on {day} "
                    "(its provisions: {listed}); nothing was recorded."
                )
            else:
                message = _(
                    "Provision {id} is not one of the IEP in effect on {day} "
                    "(no IEP is in effect that day); nothing was recorded."
                )
            raise errors.UsageError(message.format(id=wrong[0], day=on.isoformat(), listed=listed))
        incident_id = incidents.save(data)
    print_id(incident_id)
    return errors.EXIT_OK


def cmd_incident_list(args: argparse.Namespace) -> int:
    from iepdesk import incidents

    def read(first: dt.date, last: dt.date) -> list[incidents.IncidentRow]:
        provisions = None
        if args.provision is not None:  # its whole line (every IEP version's copy), as the window filters
            lines = (ids for _name, ids in incidents.provision_filters() if args.provision in ids)
            provisions = next(lines, [args.provision])
        return incidents.find(first, last, provisions, args.text)

    rows = listed(args, read, _incident_json, _("No incidents."))
    if rows is None:
        return errors.EXIT_OK
    for r in rows:
        about = ", ".join(p.title or _("provision {id}").format(id=p.id) for p in r.provisions)
        _out(f"{r.id:>5}  {r.day.isoformat()}  {r.what_happened}" + (f"  [{about}]" if about else ""))
        if r.reported_by:
            _out("       " + _("reported by {name}").format(name=r.reported_by))
    return errors.EXIT_OK


# ---- communications -------------------------------------------------------------------------------


def _read_text(name: str) -> str:
    """A UTF-8 file's text, or standard input's for ``-``; exit 2 when it cannot be read."""
    try:
        if name == "-":
            return sys.stdin.read()
        return Path(name).expanduser().read_text(encoding="utf-8")
    except FileNotFoundError:
        raise errors.UsageError(_("There is no file {path}.").format(path=name)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise errors.UsageError(
            _("{path} could not be read as UTF-8 text ({error}).").format(path=name, error=exc)
        ) from None


def cmd_comms_add(args: argparse.Namespace) -> int:
    import datetime as dt

    from iepdesk.comms import log as comms_log

    if args.body is not None and args.body_file:
        raise errors.UsageError(_("Give --body or --body-file, not both."))
    body = _read_text(args.body_file) if args.body_file else (args.body or "")
    fields: dict[str, Any] = {
        "when": args.when or dt.date.today().isoformat(),
        "channel": args.channel,
        "direction": args.direction,
        "subject": args.subject,
        "body": body,
    }
    comms_log.check(**fields)  # before the passphrase: an entry that says nothing is a usage error
    with Case.open(args.path, _passphrase()):
        saved = comms_log.record(**fields, other_people=args.people, follow_up=args.follow_up)
    print_id(saved.id)
    return errors.EXIT_OK


def _comms_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "when": row.when,
        "channel": row.channel,
        "direction": row.direction,
        "people": row.people,
        "subject": row.subject,
        "body": row.body,
        "follow_up": iso(row.follow_up),
        "follow_up_done": row.follow_up_done,
    }


def cmd_comms_list(args: argparse.Namespace) -> int:
    from iepdesk.comms import log as comms_log

    rows = listed(args, comms_log.rows_between, _comms_json, _("No communications."))
    if rows is None:
        return errors.EXIT_OK
    arrows = {Direction.TO_SCHOOL.value: _("to school"), Direction.FROM_SCHOOL.value: _("from school")}
    width = max(11, *(len(a) for a in arrows.values()))
    for r in rows:
        people = f" ({r.people})" if r.people else ""
        way = arrows.get(r.direction, r.direction)
        _out(f"{r.id:>5}  {r.when:<16}  {r.channel:<9} {way:<{width}}  {r.subject}{people}")
        if r.follow_up is not None:
            follow = _("follow up {day} (done)") if r.follow_up_done else _("follow up {day}")
            _out("       " + follow.format(day=r.follow_up.isoformat()))
    return errors.EXIT_OK


# ---- tone -----------------------------------------------------------------------------------------


def cmd_tone(args: argparse.Namespace) -> int:
    from iepdesk.comms import tone

    text = _read_text("-") if args.text == ["-"] else " ".join(args.text)
    findings = tone.check(text)
    if args.json:
        print_json(
            {
                "findings": [
                    {
                        "rule_id": f.rule_id,
                        "category": f.category,
                        "label": f.label,
                        "words": f.words,
                        "start": f.start,
                        "end": f.end,
                        "why": f.why,
                        "instead": f.instead,
                    }
                    for f in findings
                ]
            }
        )
        return errors.EXIT_OK
    if not findings:
        _out(_("Nothing heated found."))
    for f in findings:
        _out(f"“{f.words}” ({f.label or f.category})")
        _out(f"  {f.why}")
        _out("  " + _("Instead: {text}").format(text=f.instead))
    return errors.EXIT_OK
