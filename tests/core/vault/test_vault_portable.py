"""export-json / import-json carry documents as files beside the JSON, checked by sha256."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from iepdesk.casefile import Argon2Params, Case

PASS = "portable passphrase"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "IEPDESK_PASSPHRASE": PASS, "IEPDESK_KDF": "floor"}
    return subprocess.run(
        [sys.executable, "-m", "iepdesk", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_documents_round_trip_through_json(tmp_path: Path) -> None:
    a, b = tmp_path / "a.iepcase", tmp_path / "b.iepcase"
    for path in (a, b):
        Case.create(path, "Jacob", PASS, Argon2Params())[0].lock()
    files = tmp_path / "in"
    files.mkdir()
    (files / "eval.pdf").write_bytes(os.urandom(3 * 1024 * 1024 + 5))
    (files / "empty.txt").write_bytes(b"")
    (files / "note.txt").write_text("Speech minutes were cut")
    added = run("vault", "add", str(a), *(str(p) for p in sorted(files.iterdir())), "--tag", "2026")
    assert added.returncode == 0, added.stderr
    out = tmp_path / "export.json"
    assert run("export-json", str(a), str(out)).returncode == 0
    folder = tmp_path / "export.files"
    assert sorted(p.name for p in folder.iterdir()) == ["1-empty.txt", "2-eval.pdf", "3-note.txt"]
    assert run("import-json", str(b), str(out)).returncode == 0
    listed = json.loads(run("vault", "list", str(b), "--json").stdout)
    expected = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files.iterdir()}
    assert {d["filename"]: d["sha256"] for d in listed} == expected
    assert all(d["tags"] == ["2026"] for d in listed)
    back = tmp_path / "back.pdf"
    assert run("vault", "export", str(b), "2", str(back)).returncode == 0
    assert back.read_bytes() == (files / "eval.pdf").read_bytes()
    assert "note.txt" in run("search", str(b), "minutes").stdout
    again = tmp_path / "again.json"
    assert run("export-json", str(b), str(again)).returncode == 0
    first, second = json.loads(out.read_text()), json.loads(again.read_text())
    assert first["documents"] == second["documents"]


def test_altered_document_file_stops_the_import(tmp_path: Path) -> None:
    a, b = tmp_path / "a.iepcase", tmp_path / "b.iepcase"
    for path in (a, b):
        Case.create(path, "Jacob", PASS, Argon2Params())[0].lock()
    note = tmp_path / "note.txt"
    note.write_text("original")
    run("vault", "add", str(a), str(note))
    out = tmp_path / "export.json"
    run("export-json", str(a), str(out))
    (tmp_path / "export.files" / "1-note.txt").write_text("changed!")
    before = b.read_bytes()
    result = run("import-json", str(b), str(out))
    assert result.returncode == 2
    assert "checksum" in result.stderr
    assert json.loads(run("vault", "list", str(b), "--json").stdout) == []
    assert b.stat().st_size == len(before)
