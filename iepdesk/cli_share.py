"""`iepdesk share CASE OUT`: a sealed, read-only copy to hand over (iepdesk.share)."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from iepdesk import errors
from iepdesk.casefile import Case
from iepdesk.cli_common import MIN_PASSPHRASE_CHARS, _date, _kdf_params, _out, _passphrase, check_kit_path
from iepdesk.i18n import _

SHARE_PASSPHRASE_ENV = "IEPDESK_SHARE_PASSPHRASE"  # noqa: S105 (a variable name)

Add = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _share_passphrase() -> str:
    """The copy's own passphrase: from IEPDESK_SHARE_PASSPHRASE, or asked for twice."""
    value = os.environ.get(SHARE_PASSPHRASE_ENV)
    if value is None:
        if not sys.stdin.isatty():
            raise errors.UsageError(
                _("No terminal to ask for the passphrase of the shared copy; set {variable}.").format(
                    variable=SHARE_PASSPHRASE_ENV
                )
            )
        value = getpass.getpass(_("Passphrase for the shared copy: "))
        if getpass.getpass(_("Type it again: ")) != value:
            raise errors.UsageError(_("The two passphrases differ; nothing was written."))
    if len(value) < MIN_PASSPHRASE_CHARS:
        raise errors.UsageError(
            _("A passphrase needs at least {count} characters.").format(count=MIN_PASSPHRASE_CHARS)
        )
    return value


def cmd_share(args: argparse.Namespace) -> int:
    from iepdesk.share.choices import documents_numbered, services_named
    from iepdesk.share.make import share_case
    from iepdesk.share.parts import ShareParts

    if args.from_ and args.to and args.from_ > args.to:
        raise errors.UsageError(_("--from is after --to; nothing was written."))
    if args.kit:
        check_kit_path(Path(args.kit), args.out)
    with Case.open(args.path, _passphrase()) as case:
        parts = ShareParts(
            date_from=args.from_,
            date_to=args.to,
            services=services_named(args.services) if args.services is not None else None,
            documents=documents_numbered(args.documents) if args.documents is not None else None,
            exclude_private=args.exclude_private,
        )
        result = share_case(case, args.out, _share_passphrase(), parts, _kdf_params())
    try:  # as `new --kit`: a copy is never left without its kit, saved or shown
        if args.kit:
            from iepdesk.export.recovery_kit import write_recovery_kit

            write_recovery_kit(
                Path(args.kit), result.secret, result.case_id, result.info.child_name, result.path.name
            )
        _out(
            _("Shared copy written to {path} ({size} bytes). It opens read-only.").format(
                path=result.path, size=result.bytes
            )
        )
        _out(_("Key file: {path} (hand it over with the copy)").format(path=result.keys))
        if args.exclude_private:
            _out(_("Your private notes were left out."))
        _out("")
        _out(_("Recovery secret of the copy (give it with the copy, or keep it; it is shown only once):"))
        _out(f"  {result.secret.formatted()}")
        if args.kit:
            _out(_("Recovery kit saved to {path}").format(path=args.kit))
        sys.stdout.flush()
    except BaseException as exc:
        for path in (result.path, result.keys):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        reason = errors.write_failure(exc)
        if reason is None and not isinstance(exc, OSError):
            raise
        detail = reason or (exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc))
        raise errors.CannotWriteError(
            _(
                "{reason}: the recovery kit of the copy could not be saved or shown, so the copy was "
                "removed. Nothing was kept. Free some space and run iepdesk share again."
            ).format(reason=detail)
        ) from None
    return errors.EXIT_OK


def add_parser(add: Add) -> None:
    p = add(
        "share",
        cmd_share,
        _(
            "Write a sealed copy to hand over (read-only, with its own passphrase from "
            "IEPDESK_SHARE_PASSPHRASE and its own recovery kit): the whole case or chosen parts."
        ),
    )
    p.add_argument("path")
    p.add_argument("out", help=_("the copy to write, for example Maya-for-advocate.iepcase"))
    p.add_argument("--from", dest="from_", type=_date, help=_("keep dated records from this day"))
    p.add_argument("--to", type=_date, help=_("keep dated records up to this day (included)"))
    p.add_argument(
        "--services",
        nargs="+",
        metavar="NAME",
        help=_("keep only these services (by name, or a provision id); the others are left out"),
    )
    p.add_argument(
        "--documents",
        nargs="*",
        metavar="ID",
        help=_("keep only these documents (ids from vault list); with no id, none"),
    )
    p.add_argument(
        "--exclude-private", action="store_true", help=_("leave out your private notes (see the guide)")
    )
    p.add_argument("--kit", help=_("also save the copy's recovery kit as a PDF here"))
