"""A goal's data points from a file, through the school-log importer's bounded reader
(iepdesk/progress/import_data.py): columns in English and Spanish, exact values, "45%" only with a
percent unit, refused rows with their numbers, the same file twice, hostile files and an .xlsx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.logimport.table import TableError, read_table, read_table_bounded
from iepdesk.progress import points
from iepdesk.progress.import_data import PlannedPoint, RefusedRow, apply_plan, plan_points
from iepdesk.progress.points import PointError

D = dt.date


def _goal(unit: str = "") -> int:
    version = factories.version(D(2026, 9, 1), D(2027, 8, 31), meeting_date=None)
    return int(factories.goal(version, unit=unit).id)


def _csv(folder: Path, text: str, name: str = "data.csv") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


FIVE = 'Date,Score\n2026-09-08,40\n2026-09-15,42.5\n09/22/2026,45\n2026-09-29,47.25\n"Oct 6, 2026",50\n'


def test_five_rows_become_five_points_with_their_values_as_typed(case: Case, tmp_path: Path) -> None:
    goal = _goal("words per minute")
    plan = plan_points(read_table_bounded(_csv(tmp_path, FIVE)), goal)
    assert (plan.ready_count, plan.refused_count, plan.duplicates_count) == (5, 0, 0)
    assert plan.columns == {"date": 0, "value": 1}
    assert apply_plan(plan) == 5
    saved = points.points_of([goal])
    # Each row by hand: ISO dates, 09/22/2026 is month first (22 > 12), "Oct 6, 2026" a month name.
    assert [(p.day, p.value, p.unit, p.source) for p in saved] == [
        (D(2026, 9, 8), "40", "words per minute", "provider_data"),
        (D(2026, 9, 15), "42.5", "words per minute", "provider_data"),
        (D(2026, 9, 22), "45", "words per minute", "provider_data"),
        (D(2026, 9, 29), "47.25", "words per minute", "provider_data"),
        (D(2026, 10, 6), "50", "words per minute", "provider_data"),
    ]


def test_the_same_file_twice_adds_nothing_the_second_time(case: Case, tmp_path: Path) -> None:
    goal = _goal()
    path = _csv(tmp_path, FIVE)
    assert apply_plan(plan_points(read_table(path), goal)) == 5
    again = plan_points(read_table(path), goal)
    assert (again.ready_count, again.duplicates_count) == (0, 5)
    assert apply_plan(again) == 0
    assert len(points.points_of([goal])) == 5


def test_a_stale_plan_does_not_add_a_point_twice(case: Case, tmp_path: Path) -> None:
    goal = _goal()
    plan = plan_points(read_table(_csv(tmp_path, FIVE)), goal)
    assert apply_plan(plan) == 5
    assert apply_plan(plan) == 0  # the same plan applied again (a double click)


def test_the_same_day_and_value_twice_in_the_file_is_one_point(case: Case, tmp_path: Path) -> None:
    goal = _goal()
    # 40 and 40.0 are the same value on the same day; 41 on that day is another measurement.
    text = "Date,Value\n2026-09-08,40\n2026-09-08,40.0\n2026-09-08,41\n"
    plan = plan_points(read_table(_csv(tmp_path, text)), goal)
    assert [r.already_recorded for r in plan.rows if isinstance(r, PlannedPoint)] == [False, True, False]
    assert apply_plan(plan) == 2


def test_spanish_headers(case: Case, tmp_path: Path) -> None:
    goal = _goal()
    text = "Fecha,Valor,Unidad,Nota,Quién\n2026-09-08,12,palabras,con apoyo,Sra. A\n"
    plan = plan_points(read_table(_csv(tmp_path, text)), goal)
    assert plan.columns == {"date": 0, "value": 1, "unit": 2, "note": 3, "measured_by": 4}
    (row,) = plan.ready
    assert (row.data.value, row.data.unit, row.data.note, row.data.measured_by) == (
        "12",
        "palabras",
        "con apoyo",
        "Sra. A",
    )
    day = plan_points(read_table(_csv(tmp_path, "Día,Puntuación\n2026-09-08,3\n", "b.csv")), goal)
    assert day.columns == {"date": 0, "value": 1}


def test_45_percent_is_45_only_when_the_unit_is_percent(case: Case, tmp_path: Path) -> None:
    goal = _goal()
    text = "Date,Score,Unit\n2026-09-08,45%,percent\n2026-09-15,45%,trials\n"
    plan = plan_points(read_table(_csv(tmp_path, text)), goal)
    first, second = plan.rows
    assert isinstance(first, PlannedPoint) and first.data.value == "45"
    assert first.remark == "“45%” read as 45: the unit is percent"
    assert isinstance(second, RefusedRow) and second.row_number == 3
    assert second.reason == "Type the number only (45, not 45%); the unit goes in its own box."


def test_a_percent_header_makes_the_unit_percent(case: Case, tmp_path: Path) -> None:
    goal = _goal()
    plan = plan_points(read_table(_csv(tmp_path, "Date,% correct\n2026-09-08,45%\n")), goal)
    (row,) = plan.ready
    assert (row.data.value, row.data.unit) == ("45", "%")


def test_unreadable_date_and_n_a_are_refused_with_their_row_numbers(case: Case, tmp_path: Path) -> None:
    goal = _goal()
    # Line 1 is the header: the rows are lines 2, 3 and 4.
    text = "Date,Score\n2026-09-08,40\n2026-02-30,41\n2026-09-22,n/a\n"
    plan = plan_points(read_table(_csv(tmp_path, text)), goal)
    assert (plan.ready_count, plan.refused_count) == (1, 2)
    assert [(r.row_number, r.reason) for r in plan.refused] == [
        (3, "The date is not readable: '2026-02-30' is not a real date."),
        (4, "Type a number, such as 45 or 62.5 (up to 4 decimals)."),
    ]
    assert apply_plan(plan) == 1


def test_a_leap_day_is_a_date(case: Case, tmp_path: Path) -> None:
    goal = _goal()
    plan = plan_points(read_table(_csv(tmp_path, "Date,Score\n2028-02-29,40\n2027-02-29,41\n")), goal)
    assert [r.row_number for r in plan.ready] == [2]
    assert [r.row_number for r in plan.refused] == [3]


def test_a_date_read_two_ways_is_not_guessed(case: Case, tmp_path: Path) -> None:
    goal = _goal()
    path = _csv(tmp_path, "Date,Score\n03/04/2026,40\n")  # March 4 or 3 April: the file cannot tell
    plan = plan_points(read_table(path), goal)
    assert plan.ready_count == 0 and plan.needs_date_order
    told = plan_points(read_table(path), goal, date_order="dmy")
    assert [r.data.day for r in told.ready] == [D(2026, 4, 3)] and not told.needs_date_order


def test_columns_given_by_the_caller(case: Case, tmp_path: Path) -> None:
    goal = _goal()
    path = _csv(tmp_path, "When,How many\n2026-09-08,7\n")
    assert plan_points(read_table(path), goal).missing_fields == ("date", "value")
    plan = plan_points(read_table(path), goal, columns={"date": 0, "value": 1}, source="work_sample")
    assert [(r.data.value, r.data.source) for r in plan.ready] == [("7", "work_sample")]
    with pytest.raises(PointError, match="no column 3"):
        plan_points(read_table(path), goal, columns={"date": 0, "value": 2})


def test_not_a_goal(case: Case, tmp_path: Path) -> None:
    _goal()
    with pytest.raises(PointError, match="There is no goal 999"):
        plan_points(read_table(_csv(tmp_path, FIVE)), 999)


def test_an_xlsx_made_with_openpyxl(case: Case, tmp_path: Path) -> None:
    from openpyxl import Workbook

    goal = _goal()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Fecha", "Valor"])
    sheet.append([dt.datetime(2026, 9, 8), 40])
    sheet.append([dt.datetime(2026, 9, 15), 42.5])
    path = tmp_path / "data.xlsx"
    book.save(path)
    plan = plan_points(read_table_bounded(path), goal)
    assert [(r.data.day, r.data.value) for r in plan.ready] == [
        (D(2026, 9, 8), "40"),
        (D(2026, 9, 15), "42.5"),
    ]
    assert apply_plan(plan) == 2


def test_an_empty_file_is_refused_plainly(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(b"")
    with pytest.raises(TableError, match=r"^data\.csv is empty\.$"):
        read_table_bounded(path)


def test_a_binary_file_named_csv_is_refused_plainly(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(TableError, match=r"^data\.csv does not look like a text table \(CSV\)"):
        read_table_bounded(path)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    with path.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)  # sparse: 60 MB on paper, nothing written
    with pytest.raises(TableError, match=r"^data\.csv is 60 MB; IEPDesk reads .* of up to 50 MB\.$"):
        read_table_bounded(path)


# ---- the command line (iepdesk progress import), run in this process through a parent parser -------


@pytest.fixture
def locked(tmp_path: Path) -> tuple[Path, int]:
    """A locked case with one goal: (its path, the goal's id)."""
    path = tmp_path / "cli.iepcase"
    opened = factories.new_case(path)
    goal = _goal()
    opened.lock()
    return path, goal


def _cli(monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    import argparse

    from factories.records import PASSPHRASE

    from iepdesk.cli import _run
    from iepdesk.cli_progress_import import add_parser

    parent = argparse.ArgumentParser(prog="iepdesk progress")
    add_parser(parent.add_subparsers())
    monkeypatch.setenv("IEPDESK_PASSPHRASE", PASSPHRASE)
    return _run(parent.parse_args(list(argv)))


def _values(path: Path, goal: int) -> list[str]:
    from factories.records import PASSPHRASE

    with Case.open(path, PASSPHRASE):
        return [p.value for p in points.points_of([goal])]


def test_cli_dry_run_then_import(
    locked: tuple[Path, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import json

    case, goal = locked
    path = _csv(tmp_path, "Date,Score\n2026-09-08,40\n2026-09-15,n/a\n")
    assert _cli(monkeypatch, "import", str(case), str(goal), str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "data.csv: 1 ready, 1 refused, 0 already recorded." in out
    assert "3  refused: Type a number, such as 45 or 62.5 (up to 4 decimals)." in out
    assert "Nothing was written (--dry-run)." in out
    assert _values(case, goal) == []
    assert _cli(monkeypatch, "import", str(case), str(goal), str(path), "--json") == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["added"], document["ready"], document["refused"]) == (1, 1, 1)
    assert _values(case, goal) == ["40"]
    assert _cli(monkeypatch, "import", str(case), str(goal), str(path)) == 0  # the same file again
    assert "Added 0 data points." in capsys.readouterr().out
    assert _values(case, goal) == ["40"]


def test_cli_refuses_a_binary_file_and_writes_nothing(
    locked: tuple[Path, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case, goal = locked
    path = tmp_path / "data.csv"
    path.write_bytes(bytes(range(256)) * 64)
    assert _cli(monkeypatch, "import", str(case), str(goal), str(path)) == 2
    err = capsys.readouterr().err
    assert err.startswith("iepdesk: data.csv could not be read: data.csv does not look like a text table")
    assert err.rstrip().endswith("Nothing was written.")
    assert _values(case, goal) == []


def test_cli_without_a_value_column_says_which_option(
    locked: tuple[Path, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case, goal = locked
    path = _csv(tmp_path, "Date,How many\n2026-09-08,7\n")
    assert _cli(monkeypatch, "import", str(case), str(goal), str(path)) == 2
    assert "--column value=NUMBER" in capsys.readouterr().err
    given = ("--column", "date=1", "--column", "value=2")
    assert _cli(monkeypatch, "import", str(case), str(goal), str(path), *given) == 0
    assert _values(case, goal) == ["7"]
