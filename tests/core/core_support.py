"""Helpers for the core tests: making cases, running the command line, hashing and filling records."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    Field,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from iepdesk.model import ALL_MODELS, BaseModel, Child, Document

PASSPHRASE = "correct horse battery"
NEW_PASSPHRASE = "new staple 2024 ünïcödé"
WRONG_PASSPHRASE = "Correct horse battery"  # one capital letter away

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = Path(__file__).resolve().parent / "scripts"
CONSOLE_SCRIPT = Path(sys.executable).parent / "iepdesk"

#: Text that has broken record keepers before: accents (precomposed and combining), emoji with joiners,
#: right-to-left scripts, CJK, line breaks, quotes, SQL, zero-width characters, NUL, long text.
TRICKY_TEXT = [
    "",
    "Zoë Núñez-Ávila",
    "Ma\u0301ria (combining accent) vs Mária",
    "👩\u200d👧\u200d👦 family, 🏫 school, ✏️ pencil",
    "中文 日本語 한국어",
    "العربية עברית",
    "line one\nline two\r\nline three\ttabbed",
    "  leading and trailing spaces  ",
    "quotes \"double\" 'single' `back` \\backslash\\",
    "'; DROP TABLE contact; --",
    "zero\u200bwidth\u200djoiner\ufeffbom",
    "nul\x00inside",
    "long " + "paragraph with ümlauts and ß. " * 400,
]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(*paths: Path) -> dict[str, str | None]:
    """sha256 of each path (None when it does not exist), to prove files were not touched."""
    return {str(p): (sha256(p) if p.exists() else None) for p in paths}


def keys_of(path: Path) -> Path:
    return path.with_name(path.name + ".keys")


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ---- the command line ----------------------------------------------------------------------------
@dataclass(frozen=True)
class CliResult:
    code: int
    stdout: str
    stderr: str

    def __repr__(self) -> str:  # readable in pytest's assertion output
        return f"CliResult(code={self.code}, stdout={self.stdout!r}, stderr={self.stderr!r})"


def run_cli(
    *args: str | os.PathLike[str],
    env: Mapping[str, str | None] | None = None,
    passphrase: str | None = PASSPHRASE,
    cwd: Path | None = None,
    command: list[str] | None = None,
    timeout: float = 60,
) -> CliResult:
    """Run ``python -m iepdesk ARGS`` (or ``command``) with the floor KDF and the passphrase in the
    environment. ``env`` values of None remove a variable."""
    full_env = dict(os.environ)
    full_env["IEPDESK_KDF"] = "floor"
    full_env.pop("IEPDESK_NEW_PASSPHRASE", None)
    full_env.pop("IEPDESK_RECOVERY_SECRET", None)
    if passphrase is None:
        full_env.pop("IEPDESK_PASSPHRASE", None)
    else:
        full_env["IEPDESK_PASSPHRASE"] = passphrase
    for name, value in (env or {}).items():
        if value is None:
            full_env.pop(name, None)
        else:
            full_env[name] = value
    base = command if command is not None else [sys.executable, "-m", "iepdesk"]
    proc = subprocess.run(
        [*base, *(str(a) for a in args)],
        env=full_env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    return CliResult(
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
    )


def run_cli_in_process(
    *args: str | os.PathLike[str],
    env: Mapping[str, str | None] | None = None,
    passphrase: str | None = PASSPHRASE,
) -> CliResult:
    """``iepdesk.cli.main(ARGS)`` in this process: the same code as ``run_cli`` without the start-up of a
    new interpreter, for the big tables of cases. No terminal on stdin. An exception escaping ``main``
    is reported the way the interpreter would (a traceback, exit code 1), so tests catch it."""
    import contextlib
    import io
    import traceback

    from iepdesk.cli import main

    changes: dict[str, str | None] = {
        "IEPDESK_KDF": "floor",
        "IEPDESK_NEW_PASSPHRASE": None,
        "IEPDESK_RECOVERY_SECRET": None,
        "IEPDESK_PASSPHRASE": passphrase,
        **(env or {}),
    }
    saved = {name: os.environ.get(name) for name in changes}
    out, err = io.StringIO(), io.StringIO()
    stdin = sys.stdin
    try:
        for name, value in changes.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        sys.stdin = io.StringIO("")
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main([str(a) for a in args])
            except SystemExit as exc:  # argparse
                code = exc.code if isinstance(exc.code, int) else 1
            except Exception:
                traceback.print_exc()
                code = 1
    finally:
        sys.stdin = stdin
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return CliResult(code, out.getvalue(), err.getvalue())


def assert_plain_failure(result: CliResult, code: int) -> None:
    """The command failed with ``code`` and a short plain message: no traceback, nothing half-said."""
    assert result.code == code, result
    assert "Traceback" not in result.stderr, result
    assert "Error:" not in result.stderr.replace("iepdesk:", ""), result  # no exception class names
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines, result
    assert lines[-1].startswith(("iepdesk: ", "usage: ", "iepdesk ")), result
    assert len(result.stderr) < 2000, result


def recovery_secret_from(stdout: str) -> str:
    """The recovery secret `iepdesk new` prints (the line after the heading)."""
    lines = stdout.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("Recovery secret"):
            return lines[i + 1].strip()
    raise AssertionError(f"no recovery secret in {stdout!r}")


# ---- filling every field of every model -----------------------------------------------------------
Maker = Callable[[type[BaseModel], Field, int], Any]


def writable_fields(model: type[BaseModel]) -> list[Field]:
    return [f for f in model._meta.sorted_fields if not isinstance(f, AutoField)]


def value_for(model: type[BaseModel], field: Field, row: int, text: Callable[[str, int], str]) -> Any:
    """A value for ``field`` in the ``row``-th record; ``text(where, row)`` gives the strings."""
    where = f"{model.__name__}.{field.name}"
    if isinstance(field, ForeignKeyField):
        parent = field.rel_model.select(field.rel_model._meta.primary_key).order_by(
            field.rel_model._meta.primary_key
        )
        ids = [r.get_id() for r in parent]
        assert ids, f"{where}: create {field.rel_model.__name__} rows first"
        return ids[row % len(ids)]
    if field.null and row % 3 == 2:
        return None
    from iepdesk.portable_check import RULES  # codes, weekday lists, time stamps: valid examples only

    rule = RULES.get((model.json_name, field.name))
    if rule is not None and rule.examples:
        return rule.examples[row % len(rule.examples)]
    if getattr(field, "choices", None):
        return field.choices[row % len(field.choices)][0]
    if isinstance(field, DateTimeField):
        return dt.datetime(2019, 4, 7, 8, 30, 15) + dt.timedelta(days=row, seconds=row)
    if isinstance(field, DateField):
        return [dt.date(2016, 2, 29), dt.date(1999, 12, 31), dt.date(2031, 1, 1)][row % 3] + dt.timedelta(
            days=row // 3
        )
    if isinstance(field, BooleanField):
        return row % 2 == 0
    if isinstance(field, FloatField):
        return [0.1, -2.5, 1e-7][row % 3]
    if isinstance(field, IntegerField):
        return [0, -7, 2**53 + 1, 42][row % 4]
    if isinstance(field, CharField | TextField):
        return text(where, row)
    raise AssertionError(f"{where}: {type(field).__name__} is new; teach tests/core/core_support.py")


def fill_all_models(
    text: Callable[[str, int], str], rows_per_model: int = 3
) -> dict[str, list[dict[str, Any]]]:
    """Write ``rows_per_model`` records of every model (the child: update the one row) through the
    models, using ``text`` for every string. Returns what was written, by model json_name."""
    written: dict[str, list[dict[str, Any]]] = {}
    for model in ALL_MODELS:
        written[model.json_name] = []
        count = 1 if model is Child else rows_per_model
        for row in range(count):
            values = {f.name: value_for(model, f, row, text) for f in writable_fields(model)}
            if model is Child:
                model.update(**values).where(model.id == Child.the_child().id).execute()
            elif model is Document:  # its bytes live in chunks, checked by sha256: use the vault
                values = _add_document(values, text, row)
            else:
                model.create(**values)
            written[model.json_name].append(values)
    return written


def _add_document(values: dict[str, Any], text: Callable[[str, int], str], row: int) -> dict[str, Any]:
    from iepdesk.vault import store

    content = f"{text('Document.content', row)}\n#{row}".encode()
    stored = store.import_bytes(content, f"file-{row}.txt", allow_duplicate=True).document
    assert stored is not None
    fields = {k: v for k, v in values.items() if k not in ("sha256", "size")}
    Document.update(**fields).where(Document.id == stored.id).execute()
    return {**values, "sha256": stored.sha256, "size": stored.size}


def record_sections(document: Mapping[str, Any]) -> dict[str, Any]:
    return {m.json_name: document[m.json_name] for m in ALL_MODELS}


def all_text_values(written: Mapping[str, Iterable[Mapping[str, Any]]]) -> list[str]:
    return [v for rows in written.values() for row in rows for v in row.values() if isinstance(v, str)]


def cli(*args: object, passphrase: str = PASSPHRASE) -> CliResult:
    """``iepdesk ARGS…`` run in this process (arguments turned to text), with the test passphrase."""
    return run_cli_in_process(*[str(a) for a in args], passphrase=passphrase)


def cli_ok(*args: object) -> str:
    """What ``iepdesk ARGS…`` printed; the command must succeed."""
    result = cli(*args)
    assert result.code == 0, result
    return result.stdout
