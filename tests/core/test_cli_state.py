"""``iepdesk state CASE [--json]``, ``state set``, ``state date``, ``state own`` (issue 19): the same
core functions the Child & team page calls; refusals exit 2 and change nothing; the recorded dates
move ``iepdesk deadlines``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from core_support import assert_plain_failure, cli, cli_ok, fingerprint, keys_of

D = dt.date
TODAY = dt.date.today()


@pytest.fixture
def case_path(make_case: Any) -> Path:
    path: Path = make_case()[0]
    return path


def _shown(case_path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(cli_ok("state", case_path, "--json"))
    return document


def test_a_new_case_has_no_state_and_every_field_is_there(case_path: Path) -> None:
    shown = _shown(case_path)
    assert shown == {"state": "", "name": "", "rules": [], "cautions": [], "dates": [], "own_figures": []}
    assert "not set" in cli_ok("state", case_path)


def test_set_a_state_in_any_case_and_back_to_not_set(case_path: Path) -> None:
    assert cli_ok("state", "set", case_path, "ca").strip() == "CA"
    shown = _shown(case_path)
    assert shown["state"] == "CA" and shown["name"] == "California"
    (rule,) = shown["rules"]  # California's one shipped rule: records in 5 business days
    assert (rule["topic"], rule["number"], rule["unit"]) == ("records_response", 5, "business_days")
    assert rule["citation"].startswith("Cal. Educ. Code § 56504")
    cli_ok("state", "set", case_path, "none")
    assert _shown(case_path)["state"] == ""


def test_alaska_asks_for_the_written_notice_and_records_it(case_path: Path) -> None:
    cli_ok("state", "set", case_path, "AK")
    assert _shown(case_path)["dates"][0]["date"] is None
    assert "not recorded" in cli_ok("state", case_path)
    assert cli_ok("state", "date", case_path, "written_notice", "2026-03-02") == ""
    (recorded,) = _shown(case_path)["dates"]
    assert recorded["trigger"] == "written_notice" and recorded["date"] == "2026-03-02"
    cli_ok("state", "date", case_path, "written_notice", "--clear")
    assert _shown(case_path)["dates"][0]["date"] is None


def test_a_date_after_today_or_none_at_all_is_refused_and_nothing_changes(case_path: Path) -> None:
    before = fingerprint(case_path, keys_of(case_path))
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    result = cli("state", "date", case_path, "written_notice", tomorrow)
    assert_plain_failure(result, 2)
    assert "after today" in result.stderr
    assert_plain_failure(cli("state", "date", case_path, "written_notice"), 2)  # neither date nor --clear
    assert_plain_failure(cli("state", "date", case_path, "request", "2026-03-02"), 2)  # not recordable
    assert_plain_failure(cli("state", "set", case_path, "ZZ"), 2)
    assert fingerprint(case_path, keys_of(case_path)) == before


def test_an_own_figure_is_saved_shown_and_cleared(case_path: Path) -> None:
    cli_ok("state", "set", case_path, "OH")  # a state the app has no records rule for
    cli_ok("state", "own", case_path, "records_response", "10", "business_days", "--notes", "my reading")
    assert _shown(case_path)["own_figures"] == [
        {"topic": "records_response", "number": 10, "unit": "business_days", "notes": "my reading"}
    ]
    assert "10 business days my reading" in cli_ok("state", case_path)
    assert_plain_failure(cli("state", "own", case_path, "records_response", "10"), 2)  # no unit
    assert_plain_failure(cli("state", "own", case_path, "records_response", "0", "business_days"), 2)
    assert_plain_failure(cli("state", "own", case_path, "due_process", "3", "hours"), 2)  # unit unfit
    cli_ok("state", "own", case_path, "records_response", "--clear")
    assert _shown(case_path)["own_figures"] == []


def test_a_recorded_placement_in_new_hampshire_is_a_deadline(case_path: Path) -> None:
    cli_ok("state", "set", case_path, "NH")
    start = TODAY - dt.timedelta(days=10)
    cli_ok("state", "date", case_path, "placement", start.isoformat())
    listed = json.loads(cli_ok("deadlines", case_path, "--json"))
    rows = listed["deadlines"] if isinstance(listed, dict) else listed
    (found,) = [d for d in rows if d["kind"] == "reimbursement_placement"]
    # RSA 186-C:16-b: 90 days from the placement, so 80 days from today.
    assert found["due"] == (start + dt.timedelta(days=90)).isoformat()


@pytest.mark.parametrize(
    "argv",
    [
        ["set", "{case}", "CA"],
        ["date", "{case}", "written_notice", "2026-03-02"],
        ["own", "{case}", "records_response", "10", "business_days"],
    ],
)
def test_each_action_refuses_a_wrong_passphrase_with_exit_3_changing_nothing(
    case_path: Path, argv: list[str]
) -> None:
    before = fingerprint(case_path, keys_of(case_path))
    result = cli("state", *[a.format(case=case_path) for a in argv], passphrase="not the passphrase")
    assert_plain_failure(result, 3)
    assert fingerprint(case_path, keys_of(case_path)) == before


def test_a_meeting_logged_twice_in_tennessee_lists_its_draft_and_notice_once(case_path: Path) -> None:
    cli_ok("state", "set", case_path, "TN")
    meeting = TODAY + dt.timedelta(days=30)
    for hour in ("09:00", "15:00"):  # the same meeting logged twice
        cli_ok(
            "comms", "add", case_path, "IEP meeting", "--channel", "meeting", "--when", f"{meeting}T{hour}"
        )
    listed = json.loads(cli_ok("deadlines", case_path, "--json"))
    rows = listed["deadlines"] if isinstance(listed, dict) else listed
    # Tenn. Comp. R. & Regs. 0520-01-09-.15: a draft IEP 48 hours (2 days) before, notice 10 calendar
    # days before; one of each although the meeting is logged twice.
    found = sorted((d["kind"], d["due"]) for d in rows if d["kind"] in ("before_meeting", "meeting_notice"))
    assert found == [
        ("before_meeting", (meeting - dt.timedelta(days=2)).isoformat()),
        ("meeting_notice", (meeting - dt.timedelta(days=10)).isoformat()),
    ]
