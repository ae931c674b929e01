"""What every command of the command line shares: the passphrase from the environment or a prompt,
the KDF choice, dates, and printing."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from iepdesk import errors
from iepdesk.casefile import Argon2Params, CasePaths, calibrate
from iepdesk.i18n import _

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
        raise errors.UsageError(
            _("No terminal to ask for the {label}; set {variable}.").format(
                label=label, variable=PASSPHRASE_ENV
            )
        )
    return getpass.getpass(_("{label}: ").format(label=label))


def _passphrase(label: str | None = None) -> str:
    """The passphrase from the environment, or asked for as ``label`` (default: "Passphrase")."""
    value = os.environ.get(PASSPHRASE_ENV)
    return value if value is not None else _prompt(label or _("Passphrase"))


def _new_passphrase(env: str) -> str:
    value = os.environ.get(env)
    if value is None:
        value = _prompt(_("New passphrase"))
        if _prompt(_("Type it again")) != value:
            raise errors.UsageError(_("The two passphrases differ; nothing was changed."))
    if len(value) < MIN_PASSPHRASE_CHARS:
        raise errors.UsageError(
            _("A passphrase needs at least {count} characters.").format(count=MIN_PASSPHRASE_CHARS)
        )
    return value


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


# ---- commands ------------------------------------------------------------------------------------


def _date(text: str) -> dt.date:
    """Every command reads a date the same strict way (YYYY-MM-DD only): cli_fields.day."""
    from iepdesk.cli_fields import day

    return day(text)


def _output_path(text: str, force: bool) -> Path:
    """Where an export goes: its folder must exist, and an existing file is replaced only with --force.

    Checked before any work, so a long build never ends in a bare "No such file" error."""
    out = Path(text).expanduser()
    if not out.parent.is_dir():
        raise errors.UsageError(
            _("The folder {folder} does not exist; choose another place.").format(folder=out.parent)
        )
    if out.exists() and not force:
        raise errors.CaseExistsError(_("{path} already exists; add --force to replace it.").format(path=out))
    return out


def check_kit_path(kit: Path, case_path: str) -> None:
    """Refuse a kit path that would overwrite a file (the case itself included) before the case is
    made: a kit that cannot be written after creation would leave a case whose secret is lost."""
    target = kit.expanduser().absolute()
    paths = CasePaths.of(case_path)
    if target.exists() or target in (paths.db, paths.keys):
        raise errors.CaseExistsError(
            _("{path} already exists; choose another name for the kit.").format(path=kit)
        )
    if not target.parent.is_dir():
        raise errors.UsageError(_("The folder {folder} does not exist.").format(folder=target.parent))
