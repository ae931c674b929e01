"""A full disk: `new`, `vault add` and `backup` say so plainly, exit 5, and lose nothing committed.

The real tests run on an 8 MiB tmpfs (root is needed to mount one; they skip with the reason when the
mount is refused). The cases the disk cannot hit on cue (the kit, the terminal) are simulated in-process
with the same OSError the system raises.
"""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest
import sqlcipher3
from core_support import (
    PASSPHRASE,
    assert_plain_failure,
    fingerprint,
    keys_of,
    run_cli,
    run_cli_in_process,
)

from iepdesk import errors

FILLER = "filler.bin"


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """An empty 8 MiB tmpfs, unmounted afterwards."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        pytest.skip(f"mount of a tmpfs was refused: {proc.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)


def fill(folder: Path, leave: int = 0) -> Path:
    """Write a filler file until about ``leave`` bytes are free (0: the disk is full)."""
    path = folder / FILLER
    with open(path, "ab") as handle:
        while True:
            free = shutil.disk_usage(folder).free
            if free <= leave:
                break
            try:
                handle.write(b"\0" * min(free - leave, 1 << 20))
                handle.flush()
            except OSError:
                break
    return path


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ---- the classification --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "The disk is full"),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), "The disk is full"),
        (PermissionError(errno.EACCES, "Permission denied"), "IEPDesk has no permission to write there"),
        (OSError(errno.EROFS, "Read-only file system"), "IEPDesk has no permission to write there"),
        (sqlcipher3.OperationalError("database or disk is full"), "The disk is full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "IEPDesk has no permission"),
        (peewee.OperationalError("database or disk is full"), "The disk is full"),
        (FileNotFoundError(errno.ENOENT, "No such file"), None),
        (sqlcipher3.OperationalError("no such table: child"), None),
        (ValueError("database or disk"), None),
    ],
)
def test_write_failure_names_only_refused_writes(exc: BaseException, expected: str | None) -> None:
    found = errors.write_failure(exc)
    assert (found if found is None else found[: len(expected or "")]) == expected


def test_write_failure_follows_the_cause() -> None:
    outer = RuntimeError("wrapped")
    outer.__cause__ = OSError(errno.ENOSPC, "No space left on device")
    assert errors.write_failure(outer) == "The disk is full"
    assert errors.write_failure(RuntimeError("alone")) is None


# ---- on a real full disk -------------------------------------------------------------------------
def test_new_on_a_full_disk_exits_5_and_leaves_nothing(tiny_disk: Path) -> None:
    fill(tiny_disk)
    result = run_cli("new", tiny_disk / "Maya.iepcase", "--child", "Maya")
    assert_plain_failure(result, errors.EXIT_CANNOT_WRITE)
    assert "The disk is full: the case could not be created" in result.stderr
    assert "nothing was saved" in result.stderr
    assert result.stdout == ""  # no secret for a case that does not exist
    assert listing(tiny_disk) == [FILLER]


def test_vault_add_on_a_full_disk_keeps_what_was_stored(tiny_disk: Path, tmp_path: Path) -> None:
    case = tiny_disk / "Maya.iepcase"
    assert run_cli("new", case, "--child", "Maya").code == 0
    small, big, later = tmp_path / "small.txt", tmp_path / "big.pdf", tmp_path / "later.pdf"
    small.write_bytes(b"the first document\n")
    big.write_bytes(os.urandom(600_000))  # random: no page of it compresses away
    later.write_bytes(b"never tried")
    fill(tiny_disk, leave=64 * 1024)  # the small one fits, the big one does not
    result = run_cli("vault", "add", case, small, big, later)
    assert_plain_failure(result, errors.EXIT_CANNOT_WRITE)
    assert result.stdout == f"1\t{small}\n"
    assert "The disk is full: big.pdf was not stored. The 1 file(s) listed above are stored." in result.stderr
    assert "1 more file(s) were not tried." in result.stderr

    (tiny_disk / FILLER).unlink()
    assert run_cli("check", case).stdout == "ok\n"
    listed = run_cli("vault", "list", case, "--json")
    assert [d["filename"] for d in json.loads(listed.stdout)] == ["small.txt"]
    out = tmp_path / "out"
    out.mkdir()
    assert run_cli("vault", "export", case, "1", out).code == 0
    assert (out / "small.txt").read_bytes() == b"the first document\n"


def test_backup_on_a_full_disk_leaves_no_copy_and_the_case_unchanged(tiny_disk: Path) -> None:
    case = tiny_disk / "Maya.iepcase"
    assert run_cli("new", case, "--child", "Maya").code == 0
    before = fingerprint(case, keys_of(case))
    fill(tiny_disk, leave=32 * 1024)
    result = run_cli("backup", case, tiny_disk / "Maya-backup.iepcase")
    assert_plain_failure(result, errors.EXIT_CANNOT_WRITE)
    assert "The disk is full: the backup" in result.stderr
    assert "nothing of it was left; the case is unchanged" in result.stderr
    assert listing(tiny_disk) == sorted([FILLER, case.name, keys_of(case).name])
    assert fingerprint(case, keys_of(case)) == before
    assert run_cli("check", case).stdout == "ok\n"


def test_new_with_a_kit_never_leaves_a_case_without_its_kit(tiny_disk: Path) -> None:
    """Free space from "nothing fits" to "everything fits", a page at a time: at every step the case
    is there with its kit, or nothing is (and the secret of a removed case is never printed)."""
    outcomes = set()
    leave = 160 * 1024
    while leave <= 320 * 1024 and "saved" not in outcomes:
        for name in os.listdir(tiny_disk):
            (tiny_disk / name).unlink()
        fill(tiny_disk, leave=leave)
        case, kit = tiny_disk / "Maya.iepcase", tiny_disk / "kit.pdf"
        result = run_cli_in_process("new", case, "--child", "Maya", "--kit", kit)
        if result.code == 0:
            outcomes.add("saved")
            assert case.exists() and keys_of(case).exists() and kit.stat().st_size > 10_000
            assert "Recovery kit saved to" in result.stdout
        else:
            assert_plain_failure(result, errors.EXIT_CANNOT_WRITE)
            assert listing(tiny_disk) == [FILLER], result
            assert result.stdout == ""
            if "the recovery kit could not be saved, so the new case was removed" in result.stderr:
                outcomes.add("kit refused")
            else:
                assert "the case could not be created" in result.stderr
                outcomes.add("case refused")
        leave += 8 * 1024
    # The sweep went through all three: a case that fit while its kit did not was among them.
    assert outcomes == {"case refused", "kit refused", "saved"}


# ---- what the disk cannot do on cue ----------------------------------------------------------------
def test_a_kit_that_cannot_be_written_removes_the_new_case(sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    import iepdesk.export.recovery_kit as recovery_kit

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(recovery_kit, "write_recovery_kit", full)
    case = sandbox.documents / "Maya.iepcase"
    result = run_cli_in_process("new", case, "--child", "Maya", "--kit", sandbox.documents / "kit.pdf")
    assert_plain_failure(result, errors.EXIT_CANNOT_WRITE)
    assert "The disk is full: the recovery kit could not be saved, so the new case was removed" in (
        result.stderr
    )
    assert result.stdout == ""
    assert listing(sandbox.documents) == []


class _FullStdout(io.StringIO):
    """A standard output redirected to a file on a full disk: the flush fails."""

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_secret_that_cannot_be_shown_removes_the_new_case(sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    from iepdesk.cli import main

    monkeypatch.setenv("IEPDESK_KDF", "floor")
    monkeypatch.setenv("IEPDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys, "stdout", _FullStdout())
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    code = main(["new", str(sandbox.documents / "Maya.iepcase"), "--child", "Maya"])
    assert code == errors.EXIT_CANNOT_WRITE
    assert "the secret could not be shown, so the new case was removed" in err.getvalue()
    assert listing(sandbox.documents) == []


def test_help_lists_exit_code_5() -> None:
    result = run_cli_in_process("--help")
    assert "5 could not write" in result.stdout


def test_export_json_on_a_full_disk_leaves_nothing(tiny_disk: Path, make_case, tmp_path: Path) -> None:
    case, _ = make_case()
    document = tmp_path / "report.pdf"
    document.write_bytes(os.urandom(400_000))
    assert run_cli("vault", "add", case, document).code == 0
    fill(tiny_disk, leave=100 * 1024)  # the JSON would fit, the document's copy does not
    result = run_cli("export-json", case, tiny_disk / "maya.json")
    assert_plain_failure(result, errors.EXIT_CANNOT_WRITE)
    assert "The disk is full: the export could not be written" in result.stderr
    assert listing(tiny_disk) == [FILLER]  # no maya.json, no maya.files, no half-written copy


def test_import_json_on_a_full_disk_changes_nothing(tiny_disk: Path, make_case, tmp_path: Path) -> None:
    source, _ = make_case("Source")
    report = tmp_path / "report.pdf"
    report.write_bytes(os.urandom(600_000))
    assert run_cli("vault", "add", source, report).code == 0
    export = tmp_path / "export" / "maya.json"
    export.parent.mkdir()
    assert run_cli("export-json", source, export).code == 0
    case = tiny_disk / "Maya.iepcase"
    assert run_cli("new", case, "--child", "Maya").code == 0
    before = run_cli("export-json", case).stdout
    fill(tiny_disk, leave=64 * 1024)
    result = run_cli("import-json", case, export, "--replace")
    assert_plain_failure(result, errors.EXIT_CANNOT_WRITE)
    assert "The disk is full: nothing was imported; the case is unchanged." in result.stderr
    (tiny_disk / FILLER).unlink()
    assert run_cli("check", case).stdout == "ok\n"
    after = run_cli("export-json", case).stdout
    strip = ("exported_by", "case_id", "case_created_at")
    assert {k: v for k, v in json.loads(after).items() if k not in strip} == {
        k: v for k, v in json.loads(before).items() if k not in strip
    }
