"""``iepdesk log add|list`` and ``iepdesk calendar import-ics``: the same core functions the window's
calendar calls (iepdesk.schedule.logbook and .entries; iepdesk.schedule.school_days for the .ics file).
docs/command-line.md lists the JSON fields.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from iepdesk import errors
from iepdesk.casefile import Case
from iepdesk.cli_common import _out, _passphrase
from iepdesk.cli_fields import add_range, day, listed, print_id, print_json
from iepdesk.i18n import N_, _, ngettext
from iepdesk.schedule.kinds import LogReason, LogSource, LogStatus

#: What an event of a calendar file can be marked as, in words: iepdesk.schedule.ics.CHOICES (a test
#: holds them equal; ics is not imported here, to keep the command line's start quick).
_CHOICE_WORDS = {
    "day_off": N_("day off"),
    "first_day": N_("first day of school"),
    "last_day": N_("last day of school"),
    "school_day": N_("a school day (nothing to change)"),
    "ignore": N_("skipped"),
}
_CHOICES = tuple(_CHOICE_WORDS)
#: An entry without minutes, in words (docs/counting-rules.md): a missed session has none to say.
_NO_MINUTES = {LogStatus.MISSED.value: "", LogStatus.SHORTENED.value: N_("minutes unknown")}


def add_parsers(sub: Any) -> None:
    """Register ``log`` and ``calendar`` (``sub`` is build_parser's subparsers)."""
    log = sub.add_parser(
        "log",
        help=_("The service log: sessions delivered, missed, shortened, made up."),
        description=_("The service log: sessions delivered, missed, shortened, made up."),
    )
    actions = log.add_subparsers(dest="log_command", required=True, metavar="ACTION")
    p = actions.add_parser("add", help=_("Log one session of a service; prints the new entry's id."))
    p.set_defaults(func=cmd_log_add)
    p.add_argument("path", help=_("the case"))
    p.add_argument("service", type=int, help=_("the service's provision id (iepdesk export-json lists them)"))
    p.add_argument("status", choices=[s.value for s in LogStatus])
    p.add_argument(
        "--date", type=day, metavar="YYYY-MM-DD", help=_("the day of the session (default: today)")
    )
    p.add_argument("--minutes", type=int, help=_("minutes delivered (default: as planned)"))
    p.add_argument("--reason", choices=[r.value for r in LogReason], help=_("why it was missed or cut short"))
    p.add_argument("--source", choices=[s.value for s in LogSource], help=_("who says so"))
    p.add_argument("--note", default="", help=_("anything else about the session"))
    p = actions.add_parser("list", help=_("List the log's entries, by day."))
    p.set_defaults(func=cmd_log_list)
    p.add_argument("path", help=_("the case"))
    add_range(p, _("entries from this day on"), _("entries up to this day, that day included"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))

    calendar = sub.add_parser(
        "calendar",
        help=_("The school calendar: days off, the school year."),
        description=_("The school calendar: days off, the school year."),
    )
    actions = calendar.add_subparsers(dest="calendar_command", required=True, metavar="ACTION")
    p = actions.add_parser(
        "import-ics",
        help=_("Import a district calendar (.ics): days off, first and last day of school."),
        description=_(
            "Import a district calendar (.ics). Each event is taken as IEPDesk reads its title "
            "(as the window proposes it); events it cannot tell are skipped unless --unknown or --mark says "
            "what they are. Importing the same file again adds nothing twice."
        ),
    )
    p.set_defaults(func=cmd_import_ics)
    p.add_argument("path", help=_("the case"))
    p.add_argument("file", help=_("the calendar file"))
    p.add_argument(
        "--mark",
        action="append",
        default=[],
        metavar="TITLE=CHOICE",
        help=_("what the events called TITLE are ({choices}), e.g. 'Teacher workday=day_off'").format(
            choices=", ".join(_CHOICES)
        ),
    )
    p.add_argument(
        "--unknown",
        choices=_CHOICES,
        default="ignore",
        help=_(
            "what the events IEPDesk cannot tell are (default: ignore, as the window skips them unmarked)"
        ),
    )
    p.add_argument("--dry-run", action="store_true", help=_("show what would be imported; change nothing"))
    p.add_argument("--json", action="store_true", help=_("machine-readable output"))


# ---- the service log ------------------------------------------------------------------------------


def cmd_log_add(args: argparse.Namespace) -> int:
    from iepdesk.schedule import entries, logbook
    from iepdesk.schedule.entry_rules import check_entry

    on = args.date or dt.date.today()
    check_entry(on, args.status, args.minutes, args.reason, args.source)  # before the passphrase
    with Case.open(args.path, _passphrase()):
        services = dict(entries.all_services())
        if args.service not in services:
            listed = "; ".join(f"{pid} {title}" for pid, title in services.items()) or _("none yet")
            raise errors.UsageError(
                _("There is no service {service} in this case (services: {listed}).").format(
                    service=args.service, listed=listed
                )
            )
        entry = logbook.log_session(
            args.service, on, args.status, args.minutes, args.reason, args.source, args.note
        )
        entry_id = int(entry.id)
    print_id(entry_id)
    return errors.EXIT_OK


def _entry_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "date": row.day.isoformat(),
        "provision_id": row.provision_id,
        "service": row.service,
        "status": row.status,
        "minutes": row.minutes,
        "reason": row.reason,
        "source": row.source,
        "note": row.note,
        "counting": row.counting,
    }


def cmd_log_list(args: argparse.Namespace) -> int:
    from iepdesk.schedule import entries

    rows = listed(args, entries.entries_between, _entry_json, _("No entries."))
    if rows is None:
        return errors.EXIT_OK
    for r in rows:
        if r.minutes is not None:
            minutes = _("{minutes} min").format(minutes=r.minutes)
        else:
            unknown = _NO_MINUTES.get(r.status, N_("as planned"))
            minutes = _(unknown) if unknown else ""  # _("") would be the catalogue's header
        why = (", " if minutes else "") + r.reason.replace("_", " ") if r.reason else ""
        who = f"  ({r.source.replace('_', ' ')})" if r.source else ""
        note = f"  {r.note}" if r.note else ""
        _out(f"{r.id:>6}  {r.day.isoformat()}  {r.service:<28.28} {r.status:<9} {minutes}{why}{who}{note}")
    return errors.EXIT_OK


# ---- the school calendar --------------------------------------------------------------------------


def _marks(given: list[str]) -> dict[str, str]:
    """--mark TITLE=CHOICE, by title (case ignored)."""
    out: dict[str, str] = {}
    for item in given:
        title, sep, choice = item.rpartition("=")
        choice = choice.strip()
        if not sep or not title.strip() or choice not in _CHOICES:
            raise errors.UsageError(
                _("--mark takes TITLE=CHOICE with CHOICE one of {choices}.").format(
                    choices=", ".join(_CHOICES)
                )
            )
        out[title.strip().casefold()] = choice
    return out


def _decisions(events: list[Any], marks: dict[str, str], unknown: str) -> dict[str, str]:
    """{uid: choice}: a --mark first, then the title's own suggestion (as the window proposes it),
    and for an event IEPDesk cannot tell, --unknown (the window skips those left unmarked)."""
    titles = {e.summary.casefold() for e in events}
    missing = [t for t in marks if t not in titles]
    if missing:
        raise errors.UsageError(
            _("No event of the file is called {title}; nothing was imported.").format(title=repr(missing[0]))
        )
    out: dict[str, str] = {}
    for e in events:
        choice = marks.get(e.summary.casefold())
        if choice is None:
            choice = e.suggestion if e.suggestion in _CHOICES else unknown
        out[e.uid] = choice
    return out


def _event_json(event: Any, choice: str) -> dict[str, Any]:
    return {
        "uid": event.uid,
        "summary": event.summary,
        "first_day": event.first_day.isoformat(),
        "last_day": event.last_day.isoformat(),
        "suggestion": event.suggestion,
        "day_off_kind": event.day_off_kind,
        "choice": choice,
    }


def cmd_import_ics(args: argparse.Namespace) -> int:
    from iepdesk.schedule import school_days

    marks = _marks(args.mark)
    file = Path(args.file).expanduser()
    with Case.open(args.path, _passphrase()):
        if not file.is_file():
            raise errors.UsageError(_("There is no file {path}.").format(path=file))
        events = school_days.read_ics(file)  # the window's reader, with its bounds; IcsError: exit 2
        decisions = _decisions(events, marks, args.unknown)
        result = None if args.dry_run else school_days.import_events(events, decisions)
    if args.json:
        document: dict[str, Any] = {
            "file": file.name,
            "imported": result is not None,
            "events": [_event_json(e, decisions[e.uid]) for e in events],
            "days_off_added": result.days_off_added if result else 0,
            "days_off_skipped": result.days_off_skipped if result else 0,
            "school_year": result.school_year if result else None,
        }
        print_json(document)
        return errors.EXIT_OK
    if not events:
        _out(_("{name} has no events; nothing was imported.").format(name=file.name))
        return errors.EXIT_OK
    for e in events:
        dates = e.first_day.isoformat()
        if e.last_day != e.first_day:
            dates = _("{first} to {last}").format(first=dates, last=e.last_day.isoformat())
        choice = decisions[e.uid]
        what = _(_CHOICE_WORDS[choice])
        if choice == "day_off" and e.day_off_kind:
            what += f" ({e.day_off_kind.replace('_', ' ')})"
        if e.suggestion not in _CHOICES and e.summary.casefold() not in marks:
            what += " " + _("(IEPDesk could not tell; --mark TITLE=CHOICE to say)")
        _out(f"{dates:<24}  {e.summary:<40.40}  → {what}")
    if result is None:
        _out(_("Nothing was imported (--dry-run)."))
        return errors.EXIT_OK
    # TRANSLATORS: the English says "day(s)" in both forms, as it always has.
    added = ngettext(
        "{added} day(s) off added, {skipped} already there.",
        "{added} day(s) off added, {skipped} already there.",
        result.days_off_added,
    )
    _out(added.format(added=result.days_off_added, skipped=result.days_off_skipped))
    if result.school_year:
        _out(_("School year {year} set from the first and last day.").format(year=result.school_year))
    return errors.EXIT_OK
