"""`iepdesk clarity`, `iepdesk compare`, and the IEP in the JSON export, through the command line."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import factories
import pytest

from iepdesk.casefile import Argon2Params, Case
from iepdesk.iep import versions

PASSPHRASE = "cli test passphrase"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "IEPDESK_PASSPHRASE": PASSPHRASE, "IEPDESK_KDF": "floor"}
    return subprocess.run(
        [sys.executable, "-m", "iepdesk", *args], env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def iep_case(tmp_path: Path) -> Path:
    path = tmp_path / "jacob.iepcase"
    case = factories.new_case(path, "Jacob Smith", PASSPHRASE)
    with case:
        today = dt.date.today()
        old = factories.version(
            today - dt.timedelta(days=400), today - dt.timedelta(days=36), meeting_date=None
        )
        factories.service(old, "Speech therapy", 30, 2, "week", location="therapy room")
        factories.provision(
            old,
            "accommodation",
            "Resource room for testing",
            iep_wording="Jacob will have access to the resource room for testing.",
        )
        new = versions.start_next_version(old)
        new.status = "final"
        new.effective_to = today + dt.timedelta(days=300)
        new.save()
        speech = versions.provisions_of(new)[0]
        speech.sessions_per_period = 1
        speech.location = "classroom"
        speech.save()
    return path


def test_clarity_lists_findings_of_the_version_in_effect(iep_case: Path) -> None:
    result = run("clarity", str(iep_case))
    assert result.returncode == 0, result.stderr
    assert "1 of 2 provisions have findings" in result.stdout
    assert "'access to the resource room'" in result.stdout
    assert "The teacher will send Jacob to the resource room for testing" in result.stdout

    as_json = json.loads(run("clarity", str(iep_case), "--json").stdout)
    found = {p["title"]: [f["rule_id"] for f in p["findings"]] for p in as_json["provisions"]}
    assert found["Speech therapy"] == []
    assert "access-to-place" in found["Resource room for testing"]


def test_clarity_of_a_missing_version_is_a_usage_error(iep_case: Path) -> None:
    result = run("clarity", str(iep_case), "--version", "99")
    assert result.returncode == 2
    assert "no IEP version 99" in result.stderr
    assert "Traceback" not in result.stderr


def test_compare_spells_out_the_change(iep_case: Path) -> None:
    result = run("compare", str(iep_case), "1", "2")
    assert result.returncode == 0, result.stderr
    assert "Speech therapy: 60 → 30 minutes per week; location: therapy room → classroom" in result.stdout
    data = json.loads(run("compare", str(iep_case), "1", "2", "--json").stdout)
    assert data["added"] == []
    assert data["removed"] == []
    assert [c["name"] for c in data["changed"]] == ["Speech therapy"]
    assert run("compare", str(iep_case), "1", "7").returncode == 2


def test_json_round_trip_keeps_versions_provisions_and_links(iep_case: Path, tmp_path: Path) -> None:
    first = tmp_path / "a.json"
    assert run("export-json", str(iep_case), str(first)).returncode == 0
    other = tmp_path / "other.iepcase"
    Case.create(other, "Someone", PASSPHRASE, Argon2Params())[0].lock()
    assert run("import-json", str(other), str(first)).returncode == 0
    second = tmp_path / "b.json"
    assert run("export-json", str(other), str(second)).returncode == 0
    a, b = json.loads(first.read_text()), json.loads(second.read_text())
    for section in ("child", "contacts", "iep_versions", "provisions"):
        assert a[section] == b[section], section
    copied = [p for p in b["provisions"] if p["copied_from"] is not None]
    assert len(copied) == 2
    assert all(isinstance(p["version"], int) for p in b["provisions"])
