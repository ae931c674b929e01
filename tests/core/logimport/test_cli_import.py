"""`iepdesk import-log`: --yes and --json, the choices on the command line, and plain failures."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import factories
import pytest
from core_support import PASSPHRASE, assert_plain_failure, run_cli, run_cli_in_process

from iepdesk.casefile import Case
from iepdesk.model import ServiceLogEntry
from iepdesk.schedule.ledger import build_ledger

from .conftest import D

CSV = (
    "Student,Svc Date,Service,Mins,Attendance,Absence Reason,Provider,Notes\r\n"
    "Jacob S.,9/9/2025,Speech/Language,30,Present,,Ms. Núñez,\r\n"
    "Jacob S.,9/11/2025,Speech/Language,0:20,Present,Early release,Ms. Lee,\r\n"
    "Jacob S.,9/16/2025,Speech/Language,,Absent,Student ill,Ms. Lee,\r\n"
    "Jacob S.,9/18/2025,Speech/Language,,See provider note,,Ms. Lee,\r\n"
)


def _case(make_case: object, tmp_path: Path) -> tuple[Path, Path, int]:
    path, _secret = make_case()  # type: ignore[operator]
    with Case.open(path, PASSPHRASE):
        factories.school_year("2025-26", D(2025, 8, 25), D(2026, 6, 10))
        annual = factories.version(D(2025, 9, 1), D(2026, 8, 31), meeting_date=None)
        speech = factories.service(
            annual, "Speech-language therapy", 30, 2, "week", delivery=None, location="", provider_role=""
        )
    export = tmp_path / "speech_export.csv"
    export.write_bytes(CSV.encode("cp1252"))
    return path, export, int(speech.id)


def test_yes_and_json(make_case: object, tmp_path: Path) -> None:
    path, export, speech = _case(make_case, tmp_path)
    result = run_cli_in_process("import-log", path, export, "--yes", "--json")
    assert result.code == 0, result
    doc = json.loads(result.stdout)
    assert doc["mapping"]["date"] == {"column": 2, "header": "Svc Date"}
    assert doc["services"] == [{"text": "Speech/Language", "provision_id": speech}]
    assert {"text": "See provider note", "status": None, "reason": None} in doc["words"]
    assert (doc["imported"], doc["added"], doc["duplicates"]) == (True, 4, 0)
    assert doc["mapping"]["provider"] == {"column": 7, "header": "Provider"}
    assert doc["unknown_words"] == ["See provider note"]
    assert doc["problems"] == [] and isinstance(doc["document_id"], int)
    with Case.open(path, PASSPHRASE):
        assert ServiceLogEntry.select().count() == 4
        first = ServiceLogEntry.select().order_by(ServiceLogEntry.date).first()
        assert first.note == "School's record: Present · Provider: Ms. Núñez"  # cp1252, decoded
        f = build_ledger(D(2025, 9, 8), D(2025, 9, 19), as_of=D(2025, 9, 30)).totals[0].figures
    # 2 x 30 a week, two weeks: 120. Sep 9 delivered 30; Sep 11 "0:20" of 30: shortened, delivered
    # 20 and missed 10; Sep 16 student ill: excused 30; Sep 18 unknown: missed 30. Missed 10 + 30.
    assert (f.required, f.delivered, f.excused, f.missed, f.not_recorded) == (120, 50, 30, 40, 0)
    again = run_cli_in_process("import-log", path, export, "--yes", "--json")
    assert (json.loads(again.stdout)["added"], json.loads(again.stdout)["duplicates"]) == (0, 4)


def test_words_and_columns_on_the_command_line(make_case: object, tmp_path: Path) -> None:
    path, export, _speech = _case(make_case, tmp_path)
    result = run_cli_in_process(
        "import-log",
        path,
        export,
        "--yes",
        "--word",
        "See provider note=delivered",
        "--map",
        "note=Student",  # the student's name as the note: column 1
    )
    assert result.code == 0, result
    assert "Imported 4 entries (0 already in the case)." in result.stdout
    assert "unknown reason" not in result.stdout
    with Case.open(path, PASSPHRASE):
        last = ServiceLogEntry.select().order_by(ServiceLogEntry.date.desc()).first()
        assert (last.status, last.note.endswith("Jacob S.")) == ("delivered", True)


def test_plain_failures(make_case: object, tmp_path: Path) -> None:
    path, export, _speech = _case(make_case, tmp_path)
    # No terminal and no --yes: nothing asked, nothing imported.
    assert_plain_failure(run_cli_in_process("import-log", path, export), 2)
    assert_plain_failure(run_cli_in_process("import-log", path, tmp_path / "nope.csv", "--yes"), 2)
    bad = tmp_path / "bad.csv"
    bad.write_text("Date,Service,Minutes\n9/30/2025,Speech/Language,hour 30\n", encoding="utf-8")
    failed = run_cli_in_process("import-log", path, bad, "--yes")
    assert_plain_failure(failed, 2)
    assert "row 2: 'hour 30' is not a number of minutes" in failed.stdout
    unknown = tmp_path / "other.csv"
    unknown.write_text("Date,Service,Minutes\n2025-09-30,Counseling,30\n", encoding="utf-8")
    assert_plain_failure(run_cli_in_process("import-log", path, unknown, "--yes"), 2)
    assert_plain_failure(
        run_cli_in_process("import-log", path, unknown, "--yes", "--service-name", "Counseling=99"), 2
    )
    assert_plain_failure(run_cli_in_process("import-log", path, export, "--yes", "--map", "colour=2"), 2)
    assert_plain_failure(run_cli_in_process("import-log", path, export, "--yes", "--word", "x=maybe"), 2)
    assert_plain_failure(run_cli_in_process("import-log", path, export, "--yes", passphrase="wrong one"), 3)
    with Case.open(path, PASSPHRASE):
        assert ServiceLogEntry.select().count() == 0


def test_a_service_named_on_the_command_line(make_case: object, tmp_path: Path) -> None:
    path, _export, speech = _case(make_case, tmp_path)
    other = tmp_path / "other.csv"
    other.write_text("Date,Service,Minutes\n2025-09-30,Speech,30\n", encoding="utf-8")
    named = run_cli_in_process(
        "import-log", path, other, "--yes", "--json", "--service-name", f"Speech={speech}"
    )
    assert json.loads(named.stdout)["services"] == [{"text": "Speech", "provision_id": speech}]
    # Remembered for the case: the next file saying "Speech" needs no --service-name.
    later = tmp_path / "later.csv"
    later.write_text("Date,Service,Minutes\n2025-10-01,speech,30\n", encoding="utf-8")
    again = run_cli_in_process("import-log", path, later, "--yes", "--json")
    assert (again.code, json.loads(again.stdout)["added"]) == (0, 1)


def test_the_installed_command(make_case: object, tmp_path: Path) -> None:
    """A real process: the bounded reader's child process and the exit code."""
    path, export, speech = _case(make_case, tmp_path)
    result = run_cli("import-log", path, export, "--yes", "--service", str(speech))
    assert result.code == 0, result
    assert "Imported 4 entries" in result.stdout


def test_on_a_terminal_it_asks(make_case: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from iepdesk.cli import main

    path, export, _speech = _case(make_case, tmp_path)
    monkeypatch.setenv("IEPDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys, "stdin", io.StringIO())
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    asked: list[str] = []
    answers = iter(["", "y"])

    def answer(prompt: str) -> str:
        asked.append(prompt)
        return next(answers)

    monkeypatch.setattr("builtins.input", answer)
    assert main(["import-log", str(path), str(export)]) == 0  # Enter: the default is No
    with Case.open(path, PASSPHRASE):
        assert ServiceLogEntry.select().count() == 0
    assert main(["import-log", str(path), str(export)]) == 0
    assert asked == ["Import? [y/N] ", "Import? [y/N] "]
    with Case.open(path, PASSPHRASE):
        assert ServiceLogEntry.select().count() == 4
