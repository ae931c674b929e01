"""A shared copy exported to JSON and loaded into a new case stays a shared copy (issue 18 review): the
export carries whose copy it is, the case it is loaded into opens read-only with the same banner, and
a backup of a shared copy is one too."""

from __future__ import annotations

import json
from pathlib import Path

from core_support import PASSPHRASE, fingerprint, run_cli

from iepdesk.casefile import Case
from iepdesk.errors import EXIT_READ_ONLY
from iepdesk.share.marker import shared_copy

from .conftest import SHARE_PASSPHRASE, Seeded
from .share_support import share

OTHER = "the advocate's own passphrase"


def test_a_shared_copys_json_loaded_into_a_new_case_opens_read_only(seeded: Seeded, tmp_path: Path) -> None:
    copy = share(seeded.path, seeded.path.with_name("Copy.iepcase"), exclude_private=True).path
    out = tmp_path / "copy.json"
    assert run_cli("export-json", copy, out, passphrase=SHARE_PASSPHRASE).code == 0
    marker = json.loads(out.read_text("utf-8"))["shared_copy"]
    assert marker["child"] == "Maya Example" and marker["private_notes_removed"] is True
    new = seeded.path.with_name("Loaded.iepcase")
    assert run_cli("new", new, "--child", "Someone", passphrase=OTHER).code == 0
    loaded = run_cli("import-json", new, out, passphrase=OTHER)
    assert loaded.code == 0, loaded
    with Case.open(new, OTHER):
        info = shared_copy()
        assert info is not None and info.child_name == "Maya Example" and info.private_notes_removed
    before = fingerprint(new)
    added = run_cli(
        "log", "add", new, str(seeded.speech), "delivered", "--date", "2025-10-02", passphrase=OTHER
    )
    assert added.code == EXIT_READ_ONLY, added
    assert fingerprint(new) == before


def test_the_parents_own_export_carries_no_marker(seeded: Seeded, tmp_path: Path) -> None:
    out = tmp_path / "own.json"
    assert run_cli("export-json", seeded.path, out).code == 0
    assert "shared_copy" not in json.loads(out.read_text("utf-8"))


def test_a_backup_of_a_shared_copy_is_a_shared_copy(seeded: Seeded, tmp_path: Path) -> None:
    copy = share(seeded.path, seeded.path.with_name("Copy.iepcase")).path
    backup = tmp_path / "backup.iepcase"
    assert run_cli("backup", copy, backup, passphrase=SHARE_PASSPHRASE).code == 0
    added = run_cli(
        "log",
        "add",
        backup,
        str(seeded.speech),
        "delivered",
        "--date",
        "2025-10-02",
        passphrase=SHARE_PASSPHRASE,
    )
    assert added.code == EXIT_READ_ONLY, added


def test_a_shared_copys_json_is_refused_over_the_parents_own_records(seeded: Seeded, tmp_path: Path) -> None:
    """--replace over a case with records would make the parent's own case a read-only copy for good
    (no edit, not even another import, could undo it): refused, the case unchanged."""
    copy = share(seeded.path, seeded.path.with_name("Copy.iepcase")).path
    out = tmp_path / "copy.json"
    assert run_cli("export-json", copy, out, passphrase=SHARE_PASSPHRASE).code == 0
    before = fingerprint(seeded.path)
    refused = run_cli("import-json", seeded.path, out, "--replace")
    assert refused.code == 2, refused
    assert "export of a shared copy" in refused.stderr and "Load it into a new case" in refused.stderr
    assert fingerprint(seeded.path) == before
    with Case.open(seeded.path, PASSPHRASE):
        assert shared_copy() is None
