"""``iepdesk progress CASE [--json]``, ``progress add`` and ``progress received``: through the core
(iepdesk.progress), the JSON fields docs/command-line.md promises, refusals exit 2 writing nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from core_support import PASSPHRASE, assert_plain_failure, cli, cli_ok, fingerprint, keys_of

from iepdesk.casefile import Case
from iepdesk.model import IepVersion, Provision
from iepdesk.progress import points, reports, summary, trend

D = dt.date
GOAL_FIELDS = {
    "goal_id",
    "goal_ids",
    "title",
    "area",
    "baseline",
    "target",
    "unit",
    "point_count",
    "last_point",
    "trend",
    "recent_trend",
    "behind_aim",
    "latest_status",
    "disagreement",
    "reports",
}
POINT_FIELDS = {"id", "date", "value", "unit", "source", "measured_by", "note", "report_id", "document_ids"}
REPORT_FIELDS = {"version_id", "due", "state", "report_id", "received_on", "status"}


@pytest.fixture
def case_path(make_case: Any) -> Path:
    path: Path = make_case()[0]
    return path


@pytest.fixture
def ids(case_path: Path) -> tuple[int, int]:
    """(version id, goal id): a goal from 40 to 80 percent correct in a final IEP in effect
    2025-09-01 to 2026-08-31."""
    with Case.open(case_path, PASSPHRASE):
        version = IepVersion.create(
            kind="annual", status="final", effective_from=D(2025, 9, 1), effective_to=D(2026, 8, 31)
        )
        goal = Provision.create(
            version=version,
            kind="goal",
            title="Reading fluency",
            area="Reading",
            baseline="40% correct",
            target="80% correct",
            baseline_value="40",
            target_value="80",
            unit="percent correct",
            reporting_schedule="each quarter",
        )
        return int(version.id), int(goal.id)


def _files(case_path: Path) -> dict[str, str | None]:
    return fingerprint(case_path, keys_of(case_path))


def test_add_keeps_the_value_as_typed_and_prints_the_id(case_path: Path, ids: tuple[int, int]) -> None:
    _version, goal = ids
    out = cli_ok(
        "progress",
        "add",
        case_path,
        goal,
        "2025-10-01",
        "42.50",
        "--unit",
        "percent correct",
        "--source",
        "provider_data",
        "--by",
        "Ms. Test",
        "--note",
        "probe",
    )
    point_id = int(out.strip())
    with Case.open(case_path, PASSPHRASE):
        row = points.get(point_id)
    assert row is not None
    assert (row.goal_id, row.day, row.value, row.unit) == (goal, D(2025, 10, 1), "42.50", "percent correct")
    assert (row.source, row.measured_by, row.note) == ("provider_data", "Ms. Test", "probe")


@pytest.mark.parametrize(
    "argv",
    [
        ["GOAL", "2025-10-01", "45%"],  # not a number
        ["GOAL", "2025-10-01", "abc"],
        ["GOAL", "10/01/2025", "45"],  # ambiguous date
        ["GOAL", "2025-02-29", "45"],  # not a day (2025 is no leap year)
        ["GOAL", "2025-10-01", "45", "--source", "teacher"],  # unknown source
        ["VERSION", "2025-10-01", "45"],  # an IEP version id is not a goal
        ["999", "2025-10-01", "45"],  # no such provision
    ],
)
def test_add_refusals_are_exit_2_and_write_nothing(
    case_path: Path, ids: tuple[int, int], argv: list[str]
) -> None:
    version, goal = ids
    argv = [str(goal) if a == "GOAL" else str(version + 1000) if a == "VERSION" else a for a in argv]
    before = _files(case_path)
    result = cli("progress", "add", case_path, *argv)
    assert_plain_failure(result, 2)
    assert _files(case_path) == before


def test_a_service_id_is_not_a_goal(case_path: Path, ids: tuple[int, int]) -> None:
    version, _goal = ids
    with Case.open(case_path, PASSPHRASE):
        service = Provision.create(version=version, kind="service", title="Speech", minutes_per_session=30)
    result = cli("progress", "add", case_path, service.id, "2025-10-01", "45")
    assert_plain_failure(result, 2)
    assert f"There is no goal {service.id}." in result.stderr


def test_listing_json_fields_trend_and_flag(case_path: Path, ids: tuple[int, int]) -> None:
    version, goal = ids
    # Flat: 50, 50, 50 (change 0, under 5% of 80 - 40 = 2). The report of 2025-12-05 says
    # progressing: the flag FLAT_BUT_PROGRESSING.
    for day in ("2025-10-01", "2025-10-15", "2025-11-01"):
        cli_ok("progress", "add", case_path, goal, day, "50")
    report = cli_ok(
        "progress",
        "received",
        case_path,
        "--version",
        version,
        "--expected",
        "2025-12-01",
        "--received",
        "2025-12-05",
        "--goal",
        f"{goal}=progressing:Making progress",
    )
    report_id = int(report.strip())
    document = json.loads(cli_ok("progress", case_path, "--json", "--as-of", "2025-12-10"))
    assert document["as_of"] == "2025-12-10"
    (line,) = document["goals"]
    assert set(line) == GOAL_FIELDS
    assert line["goal_id"] == goal
    assert (line["baseline"], line["target"], line["unit"]) == ("40", "80", "percent correct")
    assert line["point_count"] == 3
    assert set(line["last_point"]) == POINT_FIELDS
    assert (line["last_point"]["date"], line["last_point"]["value"]) == ("2025-11-01", "50")
    assert (line["trend"], line["recent_trend"]) == ("flat", "flat")
    assert line["latest_status"] == {
        "report_id": report_id,
        "received_on": "2025-12-05",
        "status": "progressing",
        "words": "Making progress",
    }
    assert line["disagreement"]["code"] == trend.FLAT_BUT_PROGRESSING and line["disagreement"]["text"]
    for r in line["reports"]:
        assert set(r) == REPORT_FIELDS
    with Case.open(case_path, PASSPHRASE):
        core = summary.all_progress(D(2025, 12, 10))[0]
    assert line["disagreement"]["code"] == core.disagreement.code  # type: ignore[union-attr]
    assert [r["due"] for r in line["reports"]] == [r.expected.due.isoformat() for r in core.reports]
    received = [r for r in line["reports"] if r["report_id"] == report_id]
    assert received and received[0]["state"] == "received" and received[0]["status"] == "progressing"


def test_as_of_leaves_out_later_points(case_path: Path, ids: tuple[int, int]) -> None:
    _version, goal = ids
    cli_ok("progress", "add", case_path, goal, "2025-10-01", "41")
    cli_ok("progress", "add", case_path, goal, "2025-10-02", "43")
    # As of 2025-10-01, that day included: one point (too few for a trend).
    line = json.loads(cli_ok("progress", case_path, "--json", "--as-of", "2025-10-01"))["goals"][0]
    assert (line["point_count"], line["trend"], line["last_point"]["value"]) == (1, "too_few", "41")
    line = json.loads(cli_ok("progress", case_path, "--json", "--as-of", "2025-10-02"))["goals"][0]
    assert line["point_count"] == 2


def test_text_output_is_plain(case_path: Path, ids: tuple[int, int]) -> None:
    _version, goal = ids
    for day, value in (("2025-10-01", "40"), ("2025-11-01", "50"), ("2025-12-01", "60")):
        cli_ok("progress", "add", case_path, goal, day, value)
    out = cli_ok("progress", case_path, "--as-of", "2025-12-10")
    assert f"Goal {goal}: Reading fluency" in out
    assert "3 points; last 60 percent correct on 2025-12-01" in out
    assert "Trend: rising; last three: rising" in out


def test_received_refuses_a_bad_goal_status(case_path: Path, ids: tuple[int, int]) -> None:
    version, goal = ids
    before = _files(case_path)
    for bad in (f"{goal}=great", f"{goal}", "x=progressing"):
        result = cli(
            "progress", "received", case_path, "--version", version, "--received", "2025-12-05", "--goal", bad
        )
        assert_plain_failure(result, 2)
    assert _files(case_path) == before
    with Case.open(case_path, PASSPHRASE):
        assert reports.reports() == []


def test_no_goals(case_path: Path) -> None:
    assert "No goals in a final IEP yet." in cli_ok("progress", case_path)
    assert json.loads(cli_ok("progress", case_path, "--json"))["goals"] == []


def test_help_lists_the_actions() -> None:
    result = cli("progress", "add", "--help")
    assert result.code == 0
    assert "--source" in result.stdout
    assert cli("progress", "--help").code == 0
