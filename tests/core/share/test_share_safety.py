"""The shared copy is a case like any other for the guards: SIGKILL while it is written leaves nothing
under its name and no plaintext anywhere; the command line writes it, with its kit, and refuses plainly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from core_support import PASSPHRASE, SCRIPTS, recovery_secret_from, run_cli

from iepdesk.casefile import Case, RecoverySecret
from iepdesk.casefile.atomic import remove_stale_copies
from iepdesk.model import Contact
from iepdesk.share.marker import shared_copy

from .conftest import SHARE_PASSPHRASE, Seeded

STALLED = SCRIPTS / "stalled_share.py"
MARKERS = ("PRIVCONTACTNOTE", "LOGNOTEKEPT", "Maya Example", "DOCTEXTKEPT", "SENTLETTERBODY")


def _plaintext_found(folders: list[Path]) -> list[str]:
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                data = path.read_bytes()
                for marker in MARKERS:
                    for form in (marker.encode(), marker.encode("utf-16-le"), marker.lower().encode()):
                        if form in data:
                            found.append(f"{marker} in {path}")
    return found


@pytest.mark.parametrize("where", ["copied", "sealed"])
def test_sigkill_while_the_copy_is_written_leaves_no_copy_and_no_plaintext(
    seeded: Seeded, sandbox, where: str
) -> None:
    out = seeded.path.with_name("Copy.iepcase")
    env = {
        **os.environ,
        "IEPDESK_KDF": "floor",
        "IEPDESK_PASSPHRASE": PASSPHRASE,
        "IEPDESK_SHARE_PASSPHRASE": SHARE_PASSPHRASE,
    }
    child = subprocess.Popen(
        [sys.executable, str(STALLED), str(seeded.path), str(out), where],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        bufsize=0,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line == f"{where}\n".encode(), (line, child.stderr.read() if child.stderr else b"")
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    assert not out.exists() and not out.with_name(out.name + ".keys").exists()
    leftovers = [p.name for p in out.parent.iterdir() if p.name.startswith(".Copy.iepcase.copy-")]
    assert leftovers  # the killed copy's temporary file, encrypted under a key nobody ever saw
    assert _plaintext_found(sandbox.folders) == []
    removed = remove_stale_copies(out.parent, now=time.time() + 60)  # what the next open or share does
    assert sorted(p.name for p in removed) == sorted(leftovers)
    again = run_cli("share", seeded.path, out, env={"IEPDESK_SHARE_PASSPHRASE": SHARE_PASSPHRASE})
    assert again.code == 0, again


def test_share_on_the_command_line_with_its_kit(seeded: Seeded, tmp_path: Path, sandbox) -> None:
    out = seeded.path.with_name("Oct.iepcase")
    kit = tmp_path / "kit.pdf"
    result = run_cli(
        "share",
        seeded.path,
        out,
        "--from",
        "2025-10-01",
        "--to",
        "2025-10-31",
        "--services",
        "speech  THERAPY",
        "--documents",
        str(seeded.doc_kept),
        "--exclude-private",
        "--kit",
        kit,
        env={"IEPDESK_SHARE_PASSPHRASE": SHARE_PASSPHRASE},
    )
    assert result.code == 0, result
    assert "opens read-only" in result.stdout and kit.read_bytes().startswith(b"%PDF")
    secret = RecoverySecret.parse(recovery_secret_from(result.stdout))
    with Case.open(out, SHARE_PASSPHRASE):
        info = shared_copy()
        assert info is not None and info.private_notes_removed and info.partial
        assert [c.notes for c in Contact.select()] == [""]
    recovered = run_cli(
        "recover",
        out,
        passphrase=None,
        env={"IEPDESK_RECOVERY_SECRET": secret.formatted(), "IEPDESK_NEW_PASSPHRASE": "a third passphrase"},
    )
    assert recovered.code == 0, recovered  # the kit opens the copy (its key file is rewritten, not the copy)
    assert _plaintext_found(sandbox.folders) == []


@pytest.mark.parametrize(
    ("extra", "env", "code", "words"),
    [
        (
            ["--services", "Music"],
            {"IEPDESK_SHARE_PASSPHRASE": SHARE_PASSPHRASE},
            2,
            "no service named Music",
        ),
        (["--documents", "99"], {"IEPDESK_SHARE_PASSPHRASE": SHARE_PASSPHRASE}, 2, "no document 99"),
        (
            ["--from", "2025-11-01", "--to", "2025-10-31"],
            {"IEPDESK_SHARE_PASSPHRASE": SHARE_PASSPHRASE},
            2,
            "after",
        ),
        ([], {"IEPDESK_SHARE_PASSPHRASE": None}, 2, "IEPDESK_SHARE_PASSPHRASE"),
        ([], {"IEPDESK_SHARE_PASSPHRASE": "short"}, 2, "at least 8"),
        ([], {"IEPDESK_SHARE_PASSPHRASE": PASSPHRASE}, 2, "your own case"),
    ],
    ids=["service", "document", "period", "no-passphrase", "short", "own-passphrase"],
)
def test_share_refusals_write_nothing(seeded: Seeded, extra, env, code, words) -> None:
    listing = sorted(p.name for p in seeded.path.parent.iterdir())
    result = run_cli("share", seeded.path, seeded.path.with_name("X.iepcase"), *extra, env=env)
    assert result.code == code and words in result.stderr, result
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in seeded.path.parent.iterdir()) == listing
