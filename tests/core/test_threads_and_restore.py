"""Connections opened on any thread are closed by lock(); restore never disturbs an open case."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from iepdesk.casefile import Argon2Params, Case, key_with_passphrase, remember, restore, unlock_remembered
from iepdesk.errors import DamagedCaseError
from iepdesk.model import Child, Contact

PASS = "thread passphrase"


def open_handles(path: Path) -> int:
    target = str(path.resolve())
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == target:
                count += 1
        except OSError:
            continue
    return count


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs /proc to count open files")
def test_lock_closes_connections_of_every_thread(tmp_path: Path) -> None:
    path = tmp_path / "threads.iepcase"
    Case.create(path, "Jacob", PASS, Argon2Params())[0].lock()
    box: dict[str, Case] = {}

    def worker() -> None:
        case = Case.open(path, PASS)
        Contact.create(name="From the worker")  # a write on the worker's own connection
        box["case"] = case

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    case = box["case"]
    assert [c.name for c in Contact.select()] == ["From the worker"]  # the main thread's connection
    assert open_handles(path) >= 1
    case.lock()
    assert open_handles(path) == 0


def test_restore_does_not_unbind_the_open_case(tmp_path: Path) -> None:
    backup_source = tmp_path / "old.iepcase"
    old, _ = Case.create(backup_source, "Old child", PASS, Argon2Params())
    old.backup(tmp_path / "backup.iepcase")
    old.lock()
    current, _ = Case.create(tmp_path / "current.iepcase", "Current child", PASS, Argon2Params())
    with current:
        restored = restore(
            tmp_path / "backup.iepcase",
            tmp_path / "restored.iepcase",
            key_with_passphrase(tmp_path / "backup.iepcase", PASS),
        )
        assert Child.the_child().name == "Current child"  # still bound to the open case
    with Case.open(restored, PASS):
        assert Child.the_child().name == "Old child"


def test_restore_with_a_key_from_another_case_writes_nothing(tmp_path: Path) -> None:
    a, _ = Case.create(tmp_path / "a.iepcase", "A", PASS, Argon2Params())
    a.backup(tmp_path / "a-backup.iepcase")
    a.lock()
    b, _ = Case.create(tmp_path / "b.iepcase", "B", PASS, Argon2Params())
    wrong_key = b.data_key
    b.lock()
    with pytest.raises(DamagedCaseError, match="cannot be read with that key"):
        restore(tmp_path / "a-backup.iepcase", tmp_path / "out.iepcase", wrong_key)
    assert not (tmp_path / "out.iepcase").exists()
    assert not (tmp_path / "out.iepcase.keys").exists()


class MemoryKeyring:
    """A keyring backend in memory, secure enough for remember.status()."""

    priority = 1

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}


def test_remembered_key_is_kept_when_the_file_is_the_problem(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.iepcase"
    case, _ = Case.create(path, "Jacob", PASS, Argon2Params())
    key, case_id = case.data_key, case.case_id
    case.lock()
    store: dict[str, bytes] = {case_id: key}
    monkeypatch.setattr(remember, "recall", lambda cid: store.get(cid))
    forgotten: list[str] = []
    monkeypatch.setattr(remember, "forget", lambda cid: forgotten.append(cid) or True)
    path.write_bytes(b"")  # the file was emptied (a sync tool gone wrong): the key is still right
    result = unlock_remembered(path)
    assert (result.case, result.stale) == (None, False)
    assert forgotten == []
