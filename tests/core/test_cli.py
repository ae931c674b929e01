"""The `iepdesk` command line: every subcommand's happy path, and exit codes 0 / 2 / 3 / 4 with plain
messages (DESIGN.md section 5)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
from pathlib import Path

import pytest
from core_support import (
    CONSOLE_SCRIPT,
    NEW_PASSPHRASE,
    PASSPHRASE,
    WRONG_PASSPHRASE,
    assert_plain_failure,
    fingerprint,
    folder_listing,
    keys_of,
    recovery_secret_from,
    run_cli,
    run_cli_in_process,
)

from iepdesk import __version__
from iepdesk.casefile import Case
from iepdesk.cli import build_parser
from iepdesk.model import IepVersion, Provision

#: The commands about the case file itself (this file's subject); the domain commands (clarity,
#: compare, ledger, ...) have their own tests under tests/core/<area>/ and get a smoke run here.
CASE_COMMANDS = {"new", "check", "passwd", "recover", "backup", "restore", "export-json", "import-json"}


def _subcommands() -> set[str]:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if a.dest == "command"]
    return set(sub.choices)


def _add_two_versions(path: Path) -> tuple[int, int]:
    with Case.open(path, PASSPHRASE):
        old = IepVersion.create(
            kind="annual",
            status="final",
            effective_from=dt.date(2023, 9, 1),
            effective_to=dt.date(2024, 8, 31),
        )
        new = IepVersion.create(
            kind="annual",
            status="final",
            effective_from=dt.date(2024, 9, 1),
            effective_to=dt.date.today() + dt.timedelta(days=200),
        )
        for version, minutes in ((old, 60), (new, 30)):
            Provision.create(
                version=version,
                kind="service",
                title="Speech therapy",
                minutes_per_session=minutes,
                sessions_per_period=1,
                period="week",
                location="speech room",
                provider_role="Speech-language pathologist",
            )
        return old.id, new.id


def test_help_version_and_no_command():
    help_text = run_cli("--help")
    assert help_text.code == 0
    for name in _subcommands():
        assert name in help_text.stdout
    assert "Exit codes" in help_text.stdout
    version = run_cli("--version")
    assert (version.code, version.stdout.strip()) == (0, f"IEPDesk {__version__}")
    assert_plain_failure(run_cli(), 2)  # `python -m iepdesk` is the command line only
    assert_plain_failure(run_cli("frobnicate"), 2)


def test_every_subcommand_happy_path(sandbox, tmp_path):
    docs = sandbox.documents
    path = docs / "Maya.iepcase"
    kit = tmp_path / "kit.pdf"
    done: dict[str, str] = {}

    def ok(*args: str | os.PathLike[str], **kwargs: object) -> str:
        result = run_cli(*args, **kwargs)  # type: ignore[arg-type]
        assert result.code == 0, result
        assert "Traceback" not in result.stderr
        done[str(args[0])] = result.stdout
        return result.stdout

    out = ok("new", path, "--child", "Maya López", "--kit", kit)
    assert f"Created {path}" in out and kit.exists()
    secret = recovery_secret_from(out)
    assert ok("check", path).strip() == "ok"
    assert "changed" in ok("passwd", path, env={"IEPDESK_NEW_PASSPHRASE": NEW_PASSPHRASE})
    assert "Recovered" in ok(
        "recover",
        path,
        passphrase=None,
        env={"IEPDESK_RECOVERY_SECRET": secret, "IEPDESK_NEW_PASSPHRASE": PASSPHRASE},
    )
    old_id, new_id = _add_two_versions(path)
    assert "Backup written" in ok("backup", path, docs / "copy.iepcase")
    assert "Restored" in ok("restore", docs / "copy.iepcase", docs / "restored.iepcase")
    exported = json.loads(ok("export-json", path))
    assert exported["child"][0]["name"] == "Maya López"
    assert len(exported["provisions"]) == 2
    ok("export-json", path, tmp_path / "maya.json")
    fresh = docs / "Fresh.iepcase"
    run_cli("new", fresh, "--child", "Placeholder")
    assert "Imported" in ok("import-json", fresh, tmp_path / "maya.json")
    assert "provisions have findings" in ok("clarity", path, "--version", str(new_id))
    assert json.loads(ok("clarity", path, "--json"))["version"]["id"] == new_id
    compared = ok("compare", path, str(old_id), str(new_id))
    assert "60" in compared and "30" in compared
    assert "Speech therapy" in ok("ledger", path, "--from", "2024-09-01")
    note = tmp_path / "speech log.txt"
    note.write_text("Speech session missed on Tuesday; the therapist was out.", encoding="utf-8")
    added = ok("vault", "add", path, note)
    doc_id = re.findall(r"\d+", added)[0]
    assert "speech log" in ok("vault", "list", path)
    ok("vault", "export", path, doc_id, tmp_path / "out.txt")
    assert (tmp_path / "out.txt").read_bytes() == note.read_bytes()
    assert "speech log" in ok("search", path, "therapist")

    assert set(done) >= CASE_COMMANDS  # the domain commands' own tests live under tests/core/<area>/


@pytest.fixture
def case_path(make_case) -> Path:
    path, _ = make_case()
    return path


USAGE_ERRORS: dict[str, tuple[list[str], dict[str, str | None]]] = {
    # name: (arguments, with {case} / {docs} / {missing} filled in; environment changes)
    "new-no-path": (["new", "--child", "A"], {}),
    "new-no-child": (["new", "{docs}/x.iepcase"], {}),
    "new-existing": (["new", "{case}", "--child", "A"], {}),
    "new-short-passphrase": (["new", "{docs}/x.iepcase", "--child", "A"], {"IEPDESK_PASSPHRASE": "short"}),
    "new-no-passphrase-no-terminal": (
        ["new", "{docs}/x.iepcase", "--child", "A"],
        {"IEPDESK_PASSPHRASE": None},
    ),
    "new-blank-child": (["new", "{docs}/x.iepcase", "--child", "   "], {}),
    "new-missing-folder": (["new", "{missing}/x.iepcase", "--child", "A"], {}),
    "new-kit-exists": (["new", "{docs}/x.iepcase", "--child", "A", "--kit", "{case}.keys"], {}),
    "new-kit-is-the-case": (["new", "{docs}/x.iepcase", "--child", "A", "--kit", "{docs}/x.iepcase"], {}),
    "new-kit-missing-folder": (["new", "{docs}/x.iepcase", "--child", "A", "--kit", "{missing}/k.pdf"], {}),
    "check-no-path": (["check"], {}),
    "check-no-passphrase-no-terminal": (["check", "{case}"], {"IEPDESK_PASSPHRASE": None}),
    "passwd-short-new": (["passwd", "{case}"], {"IEPDESK_NEW_PASSPHRASE": "short"}),
    "passwd-no-new-no-terminal": (["passwd", "{case}"], {}),
    "recover-no-secret-no-terminal": (["recover", "{case}"], {"IEPDESK_NEW_PASSPHRASE": NEW_PASSPHRASE}),
    "backup-no-out": (["backup", "{case}"], {}),
    "backup-out-exists": (["backup", "{case}", "{case}"], {}),
    "backup-missing-folder": (["backup", "{case}", "{missing}/b.iepcase"], {}),
    "restore-onto-existing": (["restore", "{case}", "{case}"], {}),
    "restore-missing-folder": (["restore", "{case}", "{missing}/r.iepcase"], {}),
    "export-out-exists": (["export-json", "{case}", "{case}.keys"], {}),
    "export-missing-folder": (["export-json", "{case}", "{missing}/x.json"], {}),
    "import-missing-file": (["import-json", "{case}", "{missing}/x.json"], {}),
    "import-a-folder": (["import-json", "{case}", "{docs}"], {}),
    "import-the-case-itself": (["import-json", "{case}", "{case}"], {}),
    "clarity-unknown-version": (["clarity", "{case}", "--version", "99"], {}),
    "clarity-nothing-in-effect": (["clarity", "{case}"], {}),
    "compare-unknown-versions": (["compare", "{case}", "1", "2"], {}),
    "compare-not-a-number": (["compare", "{case}", "one", "two"], {}),
}


@pytest.mark.parametrize("name", list(USAGE_ERRORS))
def test_usage_errors_exit_2(case_path, sandbox, tmp_path, name):
    args, env = USAGE_ERRORS[name]
    values = {"case": str(case_path), "docs": str(sandbox.documents), "missing": str(tmp_path / "nope")}
    watched = [case_path, keys_of(case_path)]
    before = fingerprint(*watched)
    listing = folder_listing(sandbox.documents)
    result = run_cli_in_process(*[a.format(**values) for a in args], env=env)
    assert_plain_failure(result, 2)
    assert fingerprint(*watched) == before
    assert folder_listing(sandbox.documents) == listing  # no case made, no kit, no temp files
    assert not (tmp_path / "nope").exists()


#: Arguments for positionals that are not the case itself (by command, then by name).
SPECIAL_ARGS = {
    "restore": {"backup": "{case}", "path": "{docs}/r.iepcase"},
    "backup": {"out": "{docs}/b.iepcase"},
    "export-json": {"out": "{out}/x.json"},
    "import-json": {"file": "{doc}"},
    "vault add": {"files": "{doc}"},
    "import-log": {"file": "{log}"},
    # `progress CASE` and `progress add CASE ...` share the first word: the case, then the listing's
    # own options (tests/core/test_cli_progress.py opens the case through each action).
    "progress": {"first": "{case}", "rest": "--json"},
    # The same for `state CASE` and `state set CASE ...` (tests/core/test_cli_state.py: each action).
    "state": {"first": "{case}", "rest": "--json"},
}


def _leaf_commands() -> dict[str, argparse.ArgumentParser]:
    """Every runnable command, nested ones too ("vault add"), by its words."""
    found: dict[str, argparse.ArgumentParser] = {}

    def walk(words: list[str], parser: argparse.ArgumentParser) -> None:
        nested = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not nested:
            found[" ".join(words)] = parser
            return
        for name, child in nested[0].choices.items():
            walk([*words, name], child)

    walk([], build_parser())
    return found


def _opening_argv(name: str) -> list[str]:
    """A command that opens a case with the passphrase, with made-up but well-formed arguments."""
    argv = name.split()
    for action in _leaf_commands()[name]._actions:
        if action.option_strings:
            continue
        special = SPECIAL_ARGS.get(name, {}).get(action.dest)
        if special is not None:
            argv.append(special)
        elif action.dest == "path":
            argv.append("{case}")
        elif action.choices:
            argv.append(str(next(iter(action.choices))))
        elif action.type is int:
            argv.append("1")
        else:
            argv.append("{out}/" + action.dest)
    return argv


OPENING_COMMANDS = sorted(set(_leaf_commands()) - {"new", "recover", "tone"})  # tone opens no case


def _run_opening(name: str, case_path: Path, sandbox, tmp_path: Path, passphrase: str):
    doc = tmp_path / "doc.json"
    doc.write_text(
        json.dumps({"format": "iepdesk-case", "format_version": 1, "child": [{"id": 1, "name": "A"}]}),
        encoding="utf-8",
    )
    log = tmp_path / "log.csv"
    log.write_text("Date,Minutes,Status\n2025-09-02,30,Delivered\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    values = {
        "case": str(case_path),
        "docs": str(sandbox.documents),
        "doc": str(doc),
        "log": str(log),
        "out": str(out),
    }
    args = [a.format(**values) for a in _opening_argv(name)]
    if name == "import-json":
        args.append("--replace")
    if name == "import-log":
        args.append("--yes")  # without a terminal to confirm on, it asks for --yes before the passphrase
    return run_cli_in_process(
        *args, passphrase=passphrase, env={"IEPDESK_NEW_PASSPHRASE": NEW_PASSPHRASE}
    ), out


@pytest.mark.parametrize("name", OPENING_COMMANDS)
def test_wrong_passphrase_exit_3(case_path, sandbox, tmp_path, name):
    before = fingerprint(case_path, keys_of(case_path))
    listing = folder_listing(sandbox.documents)
    result, out = _run_opening(name, case_path, sandbox, tmp_path, WRONG_PASSPHRASE)
    assert_plain_failure(result, 3)
    assert "passphrase" in result.stderr
    assert fingerprint(case_path, keys_of(case_path)) == before
    assert folder_listing(sandbox.documents) == listing and list(out.iterdir()) == []


@pytest.mark.parametrize("name", OPENING_COMMANDS)
def test_damaged_case_exit_4(case_path, sandbox, tmp_path, name):
    data = bytearray(case_path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    case_path.write_bytes(bytes(data))
    before = fingerprint(case_path, keys_of(case_path))
    listing = folder_listing(sandbox.documents)
    result, out = _run_opening(name, case_path, sandbox, tmp_path, PASSPHRASE)
    assert_plain_failure(result, 4)
    assert "damaged" in result.stderr
    assert fingerprint(case_path, keys_of(case_path)) == before
    assert folder_listing(sandbox.documents) == listing and list(out.iterdir()) == []


def test_check_prints_ok_and_nothing_else(case_path):
    result = run_cli("check", case_path)
    assert (result.code, result.stdout, result.stderr) == (0, "ok\n", "")


def test_the_console_script(case_path):
    if not CONSOLE_SCRIPT.exists():
        pytest.skip(f"{CONSOLE_SCRIPT} is not installed (pip install -e .)")
    command = [str(CONSOLE_SCRIPT)]
    result = run_cli("check", case_path, command=command)
    assert (result.code, result.stdout.strip()) == (0, "ok")
    assert_plain_failure(run_cli("check", case_path, command=command, passphrase=WRONG_PASSPHRASE), 3)
    assert run_cli("--version", command=command).stdout.strip() == f"IEPDesk {__version__}"
