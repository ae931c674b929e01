"""`iepdesk verify CASE FINGERPRINT`: has anything a binder printed changed since? (issue 18)

Exit codes: 0 nothing printed then has changed; 7 (errors.EXIT_CHANGED) something was changed,
removed or added since, each listed; 2 the fingerprint is not one this case printed (or a usage
error); 3 and 4 as every command that opens a case. Nothing is written.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import asdict

from iepdesk import errors
from iepdesk.casefile import Case
from iepdesk.cli_common import _out, _passphrase
from iepdesk.history.chain import group
from iepdesk.history.verify import Verification, verify
from iepdesk.history.words import moment_text
from iepdesk.i18n import _, ngettext

Add = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _as_json(result: Verification) -> str:
    return json.dumps(
        {
            "fingerprint": result.fingerprint,
            "fingerprint_short": group(result.fingerprint),
            "printed_at": result.printed_at,
            "period": {
                "start": result.start.isoformat() if result.start else None,
                "end": result.end.isoformat() if result.end else None,
            },
            "covers": result.counts,
            "unchanged": result.unchanged,
            "differences": [asdict(d) for d in result.differences],
        },
        indent=2,
        ensure_ascii=False,
    )


def _print(result: Verification) -> None:
    total = sum(result.counts.values())
    _out(
        ngettext(
            "Fingerprint {fingerprint}, printed {moment}, covers {count} record.",
            "Fingerprint {fingerprint}, printed {moment}, covers {count} records.",
            total,
        ).format(fingerprint=group(result.fingerprint), moment=moment_text(result.printed_at), count=total)
    )
    if result.unchanged:
        _out(_("Unchanged: every record printed then reads the same today, and none was added."))
        return
    for d in result.differences:
        if d.change == "altered":
            _out(d.label)
    count = sum(1 for d in result.differences if d.change != "altered")
    if not count:
        return
    _out(
        ngettext("Changed since: {count} record.", "Changed since: {count} records.", count).format(
            count=count
        )
    )
    titles = {"changed": _("changed"), "removed": _("removed"), "added": _("added")}
    for d in (d for d in result.differences if d.change != "altered"):
        _out(f"  {titles[d.change]}: {d.label}")
        for f in d.fields:
            _out("    " + _("{field}: {old} -> {new}").format(field=f.label, old=f.old, new=f.new))


def cmd_verify(args: argparse.Namespace) -> int:
    with Case.open(args.path, _passphrase()):
        result = verify(args.fingerprint)
        if args.json:
            _out(_as_json(result))
        else:
            _print(result)
    return errors.EXIT_OK if result.unchanged else errors.EXIT_CHANGED


def add_parser(add: Add) -> None:
    p = add(
        "verify",
        cmd_verify,
        _(
            "Say whether anything a binder printed has changed since, and what: give the fingerprint on "
            "its last page. Exit 0 unchanged, 7 changed."
        ),
    )
    p.add_argument("path")
    p.add_argument("fingerprint", help=_('the 8 groups of 4 characters, in quotes: "3f2a 9c01 …"'))
    p.add_argument("--json", action="store_true")
