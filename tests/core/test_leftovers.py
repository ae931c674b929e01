"""Nothing left behind: a killed backup's temporary copy is cleaned up (safely), export-json makes no
empty ``X.files`` folder and leaves nothing when it fails, and a file whose name is not UTF-8 can be
added to the vault."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from core_support import PASSPHRASE, ROOT, SCRIPTS, assert_plain_failure, keys_of, run_cli, run_cli_in_process

from iepdesk import errors
from iepdesk.casefile import Case
from iepdesk.casefile.atomic import STALE_AFTER_SECONDS, remove_stale_copies
from iepdesk.vault import library, store

STALLED = SCRIPTS / "stalled_backup.py"


def _env() -> dict[str, str]:
    return {**os.environ, "IEPDESK_PASSPHRASE": PASSPHRASE, "IEPDESK_KDF": "floor", "PYTHONPATH": str(ROOT)}


def _copies(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".copy-" in p.name)


def _age(path: Path, seconds: float = 3600) -> None:
    old = time.time() - seconds
    os.utime(path, (old, old), follow_symlinks=False)


def _stalled_backup(case: Path, out: Path) -> subprocess.Popen[bytes]:
    """A backup process stopped inside its copy (the temporary file exists and is held)."""
    child = subprocess.Popen(
        [sys.executable, str(STALLED), str(case), str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
        bufsize=0,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line == b"copying\n", (line, child.stderr.read() if child.stderr else b"")
    return child


def test_a_killed_backup_leaves_a_copy_that_the_next_backup_removes(make_case, sandbox) -> None:
    case, _ = make_case()
    folder = sandbox.documents
    child = _stalled_backup(case, folder / "Maya.bk1.iepcase")
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    left = _copies(folder)
    assert [p.name.split(".copy-")[0] for p in left] == [".Maya.bk1.iepcase"]  # what issue 10 saw

    # Younger than STALE_AFTER_SECONDS it could be a backup just starting, so it stays (the clock is
    # given, so this does not depend on how fast this machine is).
    (copy,) = left
    assert remove_stale_copies(folder, now=copy.stat().st_mtime + STALE_AFTER_SECONDS - 1) == []
    assert _copies(folder) == left
    _age(copy, STALE_AFTER_SECONDS + 5)
    assert run_cli("backup", case, folder / "Maya.bk2.iepcase").code == 0
    assert _copies(folder) == []
    assert run_cli("check", folder / "Maya.bk2.iepcase").stdout == "ok\n"


def test_opening_a_case_removes_a_stale_copy_beside_it(make_case, sandbox) -> None:
    case, _ = make_case()
    child = _stalled_backup(case, sandbox.documents / "Maya.bk1.iepcase")
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    (left,) = _copies(sandbox.documents)
    _age(left)
    with Case.open(case, PASSPHRASE):
        pass
    assert not left.exists()


def test_a_copy_in_use_is_never_removed(make_case, sandbox) -> None:
    """Another program's backup in progress holds its copy: old or not, it is left alone."""
    case, _ = make_case()
    child = _stalled_backup(case, sandbox.documents / "Maya.bk1.iepcase")
    try:
        (copy,) = _copies(sandbox.documents)
        _age(copy)
        assert remove_stale_copies(sandbox.documents) == []
        assert copy.exists()
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
    assert remove_stale_copies(sandbox.documents) == [copy]  # the holder is gone: now a leftover


def test_a_backup_stopped_with_sigterm_leaves_nothing(make_case, sandbox) -> None:
    case, _ = make_case()
    child = _stalled_backup(case, sandbox.documents / "Maya.bk1.iepcase")
    child.send_signal(signal.SIGTERM)
    _out, err = child.communicate(timeout=30)
    assert child.returncode == 128 + signal.SIGTERM
    assert b"iepdesk: stopped; nothing was left half-written." in err
    assert sorted(p.name for p in sandbox.documents.iterdir()) == [case.name, keys_of(case).name]


def test_only_our_own_stale_copies_are_removed(tmp_path: Path) -> None:
    tmp_path = tmp_path / "folder"  # beside the sandbox
    tmp_path.mkdir()
    ours = [
        ".Maya.iepcase.copy-1a2b3c4d",
        ".Maya.iepcase.copy-1a2b3c4d-journal",
        ".Maya.iepcase.keys.copy-00ff00ff",
    ]
    others = [
        "Maya.iepcase.copy-1a2b3c4d",  # not hidden: not a name we make
        ".Maya.iepcase.copy-1A2B3C4D",  # capital hex
        ".Maya.iepcase.copy-1a2b3c4",  # 7 digits
        ".Maya.iepcase.copy-1a2b3c4d5",  # 9 digits
        ".Maya.iepcase.new-1a2b3c4d",  # another kind of temp name
        "notes.copy-1a2b3c4d.txt",
        ".copy-1a2b3c4d",  # no name before the tag
    ]
    for name in ours + others:
        (tmp_path / name).write_bytes(b"x")
        _age(tmp_path / name)
    (tmp_path / ".folder.copy-1a2b3c4d").mkdir()
    _age(tmp_path / ".folder.copy-1a2b3c4d")
    target = tmp_path / "precious.txt"
    target.write_bytes(b"keep")
    (tmp_path / ".link.copy-1a2b3c4d").symlink_to(target)
    young = tmp_path / ".Young.iepcase.copy-0a0b0c0d"
    young.write_bytes(b"just started")

    removed = remove_stale_copies(tmp_path, now=young.stat().st_mtime + 1)
    assert sorted(p.name for p in removed) == sorted(ours)
    remaining = sorted(p.name for p in tmp_path.iterdir())
    assert remaining == sorted(
        [*others, ".folder.copy-1a2b3c4d", "precious.txt", ".link.copy-1a2b3c4d", young.name]
    )
    assert target.read_bytes() == b"keep"


def test_a_journal_whose_copy_is_held_stays(tmp_path: Path) -> None:
    from iepdesk.casefile.atomic import hold_temp

    copy = tmp_path / ".Maya.iepcase.copy-1a2b3c4d"
    hold = hold_temp(copy)
    try:
        journal = tmp_path / (copy.name + "-journal")
        journal.write_bytes(b"j")
        _age(copy)
        _age(journal)
        assert remove_stale_copies(tmp_path) == []  # held in this very process
    finally:
        hold.close()
    assert sorted(p.name for p in remove_stale_copies(tmp_path)) == sorted([copy.name, journal.name])


# ---- export-json ---------------------------------------------------------------------------------
def test_export_json_without_documents_makes_no_files_folder(make_case, tmp_path: Path) -> None:
    case, _ = make_case()
    out = tmp_path / "export" / "maya.json"
    out.parent.mkdir()
    result = run_cli("export-json", case, out)
    assert result.code == 0, result
    assert sorted(p.name for p in out.parent.iterdir()) == ["maya.json"]
    assert json.loads(out.read_text(encoding="utf-8"))["documents"] == []
    assert "document file(s)" not in result.stderr


def test_a_failed_export_json_leaves_nothing(
    make_case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second document cannot be written (the disk filled): the first one's plain copy, the folder
    and the JSON are all gone again."""
    case, _ = make_case()
    with Case.open(case, PASSPHRASE):
        for n in range(3):
            store.import_bytes(f"document {n}".encode(), f"doc{n}.txt")
    real = store.export_document
    calls: list[int] = []

    def fill_up(document_id: int, folder: object, name: str | None = None) -> Path:
        calls.append(document_id)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(document_id, folder, name)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "export_document", fill_up)
    out = tmp_path / "export" / "maya.json"
    out.parent.mkdir()
    result = run_cli_in_process("export-json", case, out)
    assert_plain_failure(result, errors.EXIT_CANNOT_WRITE)
    assert "The disk is full: the export could not be written" in result.stderr
    assert calls == [1, 2]
    assert list(out.parent.iterdir()) == []


def test_a_json_that_cannot_be_written_takes_its_document_files_away(
    make_case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import iepdesk.portable as portable

    case, _ = make_case()
    with Case.open(case, PASSPHRASE):
        store.import_bytes(b"a private report", "report.txt")

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(portable, "write_atomic", full)
    out = tmp_path / "export" / "maya.json"
    out.parent.mkdir()
    result = run_cli_in_process("export-json", case, out)
    assert_plain_failure(result, errors.EXIT_CANNOT_WRITE)
    assert list(out.parent.iterdir()) == []


# ---- file names that are not UTF-8 ---------------------------------------------------------------
NOT_UTF8 = b"caf\xe9 r\xe9sum\xe9.pdf"  # Latin-1, as an old zip or a Windows disk gives them


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux keeps file names as raw bytes")
def test_vault_add_takes_a_file_whose_name_is_not_utf8(make_case, tmp_path: Path) -> None:
    case, _ = make_case()
    source = os.path.join(os.fsencode(tmp_path), NOT_UTF8)
    with open(source, "wb") as handle:
        handle.write(b"%PDF-1.4 the evaluation")
    env = _env()
    added = subprocess.run(
        [sys.executable, "-m", "iepdesk", "vault", "add", os.fsencode(case), source],
        capture_output=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert added.returncode == 0, added
    assert added.stdout.decode("utf-8").endswith("/caf\ufffd r\ufffdsum\ufffd.pdf\n")  # valid UTF-8 out
    listed = run_cli("vault", "list", case, "--json")
    (document,) = json.loads(listed.stdout)
    assert document["filename"] == "caf\ufffd r\ufffdsum\ufffd.pdf"
    assert document["title"] == "caf\ufffd r\ufffdsum\ufffd"
    out = tmp_path / "out"
    out.mkdir()
    assert run_cli("vault", "export", case, str(document["id"]), out).code == 0
    assert (out / "caf\ufffd r\ufffdsum\ufffd.pdf").read_bytes() == b"%PDF-1.4 the evaluation"
    assert os.path.exists(source)  # the parent's own file is kept as it was


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux keeps file names as raw bytes")
def test_a_folder_with_such_names_is_added_whole(make_case, tmp_path: Path) -> None:
    case, _ = make_case()
    folder = tmp_path / "from-school"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), NOT_UTF8), "wb") as handle:
        handle.write(b"one")
    (folder / "plain.txt").write_bytes(b"two")
    with Case.open(case, PASSPHRASE):
        results = library.add_folder(folder)
        assert [r.error for r in results] == ["", ""]
        assert sorted(d.filename for d in library.documents()) == [
            "caf\ufffd r\ufffdsum\ufffd.pdf",
            "plain.txt",
        ]


def test_readable_name_keeps_good_names_and_replaces_only_the_bad_bytes() -> None:
    assert store.readable_name("café.pdf") == "café.pdf"
    assert store.readable_name(os.fsdecode(NOT_UTF8)) == "caf\ufffd r\ufffdsum\ufffd.pdf"
    assert store.readable_name("a\ud800b.txt") == "a\ufffd\ufffd\ufffdb.txt"  # a lone surrogate (Windows)
