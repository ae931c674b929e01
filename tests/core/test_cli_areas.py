"""``iepdesk incident add|list``, ``iepdesk comms add|list`` and ``iepdesk tone``: through the core
functions the window's pages call, the same records out, strict dates, --from/--to both included."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from core_support import (
    PASSPHRASE,
    WRONG_PASSPHRASE,
    assert_plain_failure,
    cli,
    cli_ok,
    fingerprint,
    keys_of,
)

from iepdesk import incidents
from iepdesk.casefile import Case
from iepdesk.cli import main
from iepdesk.comms import log as comms_log
from iepdesk.model import IepVersion, Provision

D = dt.date
CORPUS = json.loads((Path(__file__).parent / "comms" / "tone_corpus.json").read_text(encoding="utf-8"))
INCIDENT_FIELDS = {
    "id",
    "date",
    "what_happened",
    "reported_by",
    "child_words",
    "evidence",
    "provisions",
    "entered_at",
}
COMMS_FIELDS = {
    "id",
    "when",
    "channel",
    "direction",
    "people",
    "subject",
    "body",
    "follow_up",
    "follow_up_done",
}
FINDING_FIELDS = {"rule_id", "category", "label", "words", "start", "end", "why", "instead"}


ok = cli_ok


@pytest.fixture
def case_path(make_case: Any) -> Path:
    path: Path = make_case()[0]
    return path


@pytest.fixture
def extended_time(case_path: Path) -> int:
    """An accommodation of a final IEP in effect 2025-09-01 to 2026-08-31."""
    with Case.open(case_path, PASSPHRASE):
        version = IepVersion.create(
            kind="annual", status="final", effective_from=D(2025, 9, 1), effective_to=D(2026, 8, 31)
        )
        return int(
            Provision.create(version=version, kind="accommodation", title="Extended time (1.5x) on tests").id
        )


# ---- incidents ------------------------------------------------------------------------------------


def test_incident_add_then_list_round_trips(case_path: Path, extended_time: int) -> None:
    first = ok(
        "incident",
        "add",
        case_path,
        "No extra time on the science quiz",
        "--date",
        "2026-03-03",
        "--provision",
        extended_time,
        "--reported-by",
        "Leo",
        "--child-words",
        "She took my paper when the bell rang",
        "--evidence",
        "the quiz, photo in the vault",
    )
    second = ok("incident", "add", case_path, "Again on the spelling test", "--date", "2026-03-10")
    listed = json.loads(ok("incident", "list", case_path, "--json"))
    assert [row["id"] for row in listed] == [int(second), int(first)]  # the newest first
    assert [set(row) for row in listed] == [INCIDENT_FIELDS, INCIDENT_FIELDS]
    one = listed[1]
    assert {k: v for k, v in one.items() if k != "entered_at"} == {
        "id": int(first),
        "date": "2026-03-03",
        "what_happened": "No extra time on the science quiz",
        "reported_by": "Leo",
        "child_words": "She took my paper when the bell rang",
        "evidence": "the quiz, photo in the vault",
        "provisions": [
            {"id": extended_time, "kind": "accommodation", "title": "Extended time (1.5x) on tests"}
        ],
    }
    assert listed[0]["provisions"] == []
    with Case.open(case_path, PASSPHRASE):  # what the window's incident list reads
        window = incidents.find(None, None, None, "")
    assert [(r.id, r.day.isoformat(), r.what_happened, r.entered_at) for r in window] == [
        (row["id"], row["date"], row["what_happened"], row["entered_at"]) for row in listed
    ]
    about = json.loads(ok("incident", "list", case_path, "--json", "--provision", extended_time))
    assert [row["id"] for row in about] == [int(first)]
    with Case.open(case_path, PASSPHRASE):  # next year's IEP carries the accommodation over
        version = IepVersion.create(
            kind="annual", status="final", effective_from=D(2026, 9, 1), effective_to=D(2027, 8, 31)
        )
        copy = Provision.create(
            version=version, kind="accommodation", title="Extended time", copied_from=extended_time
        ).id
    later = ok("incident", "add", case_path, "Not again", "--date", "2026-09-15", "--provision", copy)
    for asked in (extended_time, copy):  # either version's id finds the incidents of both
        line = json.loads(ok("incident", "list", case_path, "--json", "--provision", asked))
        assert [row["id"] for row in line] == [int(later), int(first)]
    words = json.loads(ok("incident", "list", case_path, "--json", "--text", "spelling"))
    assert [row["id"] for row in words] == [int(second)]
    assert "No extra time on the science quiz" in ok("incident", "list", case_path)


def test_incident_list_from_to_both_days_included(case_path: Path) -> None:
    for day in ("2026-03-02", "2026-03-03", "2026-03-06", "2026-03-07"):
        ok("incident", "add", case_path, f"on {day}", "--date", day)

    def days(*extra: str) -> list[str]:
        return [row["date"] for row in json.loads(ok("incident", "list", case_path, "--json", *extra))]

    assert days("--from", "2026-03-03", "--to", "2026-03-06") == ["2026-03-06", "2026-03-03"]
    assert days("--to", "2026-03-02") == ["2026-03-02"]
    assert days("--from", "2026-03-07") == ["2026-03-07"]
    assert_plain_failure(cli("incident", "list", case_path, "--from", "2026-03-07", "--to", "2026-03-06"), 2)


def test_incident_refusals_write_nothing(case_path: Path, extended_time: int) -> None:
    before = fingerprint(case_path, keys_of(case_path))
    blank = cli("incident", "add", case_path, "   ", "--date", "2026-03-03")
    assert_plain_failure(blank, 2)
    assert "what happened" in blank.stderr
    other_year = cli("incident", "add", case_path, "x", "--date", "2024-03-03", "--provision", extended_time)
    assert_plain_failure(other_year, 2)  # the accommodation is not in an IEP in effect that day
    no_such = cli("incident", "add", case_path, "x", "--date", "2026-03-03", "--provision", extended_time + 9)
    assert_plain_failure(no_such, 2)
    assert f"{extended_time} Extended time" in no_such.stderr
    assert_plain_failure(cli("incident", "add", case_path, "x", "--date", "2026-3-3"), 2)
    assert fingerprint(case_path, keys_of(case_path)) == before


# ---- communications -------------------------------------------------------------------------------


def test_comms_add_then_list_round_trips(case_path: Path, tmp_path: Path) -> None:
    body = tmp_path / "email.txt"
    body.write_text("Dear Ms. Rivera,\nLeo had no speech session on Tuesday.\n", encoding="utf-8")
    first = ok(
        "comms",
        "add",
        case_path,
        "No speech session on Tuesday",
        "--when",
        "2026-03-04T15:30",
        "--direction",
        "to_school",
        "--body-file",
        body,
        "--people",
        "Ms. Rivera",
        "--follow-up",
        "2026-03-11",
    )
    second = ok("comms", "add", case_path, "IEP meeting", "--when", "2026-03-02", "--channel", "meeting")
    listed = json.loads(ok("comms", "list", case_path, "--json"))
    assert [row["id"] for row in listed] == [int(second), int(first)]  # the oldest first
    assert [set(row) for row in listed] == [COMMS_FIELDS, COMMS_FIELDS]
    assert listed[1] == {
        "id": int(first),
        "when": "2026-03-04T15:30",
        "channel": "email",
        "direction": "to_school",
        "people": "Ms. Rivera",
        "subject": "No speech session on Tuesday",
        "body": "Dear Ms. Rivera,\nLeo had no speech session on Tuesday.\n",
        "follow_up": "2026-03-11",
        "follow_up_done": False,
    }
    with Case.open(case_path, PASSPHRASE):  # what the window's communication log reads
        window = sorted(comms_log.rows(), key=lambda r: r.when)
    assert [(r.id, r.when, r.channel, r.direction, r.people, r.subject, r.body) for r in window] == [
        (row["id"], row["when"], row["channel"], row["direction"], row["people"], row["subject"], row["body"])
        for row in listed
    ]
    text = ok("comms", "list", case_path)
    assert "No speech session on Tuesday" in text and "follow up 2026-03-11" in text


def test_comms_list_from_to_both_days_included(case_path: Path) -> None:
    for when in ("2026-03-02T23:59", "2026-03-03", "2026-03-06T23:59", "2026-03-07T00:00"):
        ok("comms", "add", case_path, f"at {when}", "--when", when)

    def whens(*extra: str) -> list[str]:
        return [row["when"] for row in json.loads(ok("comms", "list", case_path, "--json", *extra))]

    assert whens("--from", "2026-03-03", "--to", "2026-03-06") == ["2026-03-03", "2026-03-06T23:59"]
    assert whens("--to", "2026-03-02") == ["2026-03-02T23:59"]
    assert whens("--from", "2026-03-07") == ["2026-03-07T00:00"]


def test_comms_refusals_write_nothing(case_path: Path, tmp_path: Path) -> None:
    before = fingerprint(case_path, keys_of(case_path))
    for when in ("2026-03-04 15:30", "2026-02-30", "20260304", "2026-03-04T25:00", "2026-03-04T15:30:00"):
        assert_plain_failure(cli("comms", "add", case_path, "x", "--when", when), 2)
    assert_plain_failure(cli("comms", "add", case_path, "   "), 2)  # says nothing
    assert_plain_failure(cli("comms", "add", case_path, "x", "--body", "a", "--body-file", "-"), 2)
    assert_plain_failure(cli("comms", "add", case_path, "x", "--body-file", tmp_path / "missing.txt"), 2)
    assert_plain_failure(cli("comms", "add", case_path, "x", "--channel", "pigeon"), 2)
    assert_plain_failure(cli("comms", "add", case_path, "x", "--follow-up", "2026-3-11"), 2)
    assert fingerprint(case_path, keys_of(case_path)) == before


@pytest.mark.parametrize(
    "argv",
    [
        ["incident", "list", "{case}"],
        ["incident", "add", "{case}", "what happened"],
        ["comms", "list", "{case}"],
        ["comms", "add", "{case}", "subject"],
    ],
)
def test_wrong_passphrase_is_exit_3(case_path: Path, argv: list[str]) -> None:
    before = fingerprint(case_path, keys_of(case_path))
    result = cli(*[a.format(case=case_path) for a in argv], passphrase=WRONG_PASSPHRASE)
    assert_plain_failure(result, 3)
    assert "passphrase" in result.stderr
    assert fingerprint(case_path, keys_of(case_path)) == before


# ---- tone -----------------------------------------------------------------------------------------

HEATED = next(m for m in CORPUS["heated"] if m["category"] == "threat")
CALM = CORPUS["calm"][0]


def test_tone_on_a_heated_sentence() -> None:
    result = cli("tone", HEATED["text"], passphrase=WRONG_PASSPHRASE)  # no case: no passphrase needed
    assert result.code == 0, result
    assert "Instead:" in result.stdout
    found = json.loads(ok("tone", HEATED["text"], "--json"))["findings"]
    assert found and {f["category"] for f in found} >= {"threat"}
    assert all(set(f) == FINDING_FIELDS for f in found)
    for f in found:  # the offsets are the text's characters
        assert HEATED["text"][f["start"] : f["end"]] == f["words"]
        assert f["instead"] and f["why"]


def test_tone_on_a_calm_sentence() -> None:
    result = cli("tone", CALM["text"])
    assert (result.code, result.stdout.strip()) == (0, "Nothing heated found.")
    assert json.loads(ok("tone", CALM["text"], "--json")) == {"findings": []}


def test_tone_reads_standard_input_and_joins_words(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(CALM["text"] + "\n\n" + HEATED["text"] + "\n"))
    assert main(["tone", "-", "--json"]) == 0
    from_stdin = json.loads(capsys.readouterr().out)["findings"]
    assert {f["category"] for f in from_stdin} >= {"threat"}
    offset = len(CALM["text"]) + 2
    assert all(f["start"] >= offset for f in from_stdin)  # nothing found in the calm sentence
    words = HEATED["text"].split(" ")
    joined = json.loads(ok("tone", *words, "--json"))["findings"]
    assert [f["words"] for f in joined] == [f["words"] for f in from_stdin]
