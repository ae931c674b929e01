"""The periods a parent picks (issue 14: they were computed in the window, so the CLI could not offer
them): each worked out by hand, and `iepdesk ledger --period` giving the window's period."""

from __future__ import annotations

from pathlib import Path

from iepdesk.model import IepVersion, ServiceLogEntry
from iepdesk.schedule.periods import preset_range

from .conftest import D, speech
from .test_ledger_boundaries import ledger_json, run, total, twelve_week_log


def test_each_period_around_a_day(case, school_year: object, annual: IepVersion) -> None:
    s = speech(annual)
    ServiceLogEntry.create(provision=s, date=D(2025, 8, 28), status="delivered")
    today = D(2025, 11, 19)  # a Wednesday
    # This week: Monday Nov 17 to Sunday Nov 23, whole (what is after today is still to come).
    assert preset_range("week", today) == (D(2025, 11, 17), D(2025, 11, 23))
    # This month: November, whole.
    assert preset_range("month", today) == (D(2025, 11, 1), D(2025, 11, 30))
    # The school year (2025-08-25 to 2026-06-10), whole: the ledger shows it to the as-of date, and
    # the rest of this week is still to come (ending it today cut the week in progress, issue 11).
    assert preset_range("school_year", today) == (D(2025, 8, 25), D(2026, 6, 10))
    # The IEP year (2025-09-01 to 2026-08-31), whole.
    assert preset_range("iep_year", today) == (D(2025, 9, 1), D(2026, 8, 31))
    # The whole history: from the first entry (Aug 28, before the IEP's Sep 1) to the end of the
    # school year that includes today.
    assert preset_range("whole", today) == (D(2025, 8, 28), D(2026, 6, 10))
    # A leap day in a month: February 2028 ends on the 29th.
    assert preset_range("month", D(2028, 2, 29)) == (D(2028, 2, 1), D(2028, 2, 29))
    # After the school year has ended, it is shown whole.
    assert preset_range("school_year", D(2026, 7, 15)) == (D(2025, 8, 25), D(2026, 6, 10))


def test_the_command_line_offers_the_windows_periods(tmp_path: Path) -> None:
    path = twelve_week_log(tmp_path)
    # The week of Mon Nov 17, 2025 as of Tue Nov 18: Tuesday delivered (30); Thursday is still to come.
    data = ledger_json(path, "--period", "week", "--as-of", "2025-11-18")
    assert (data["from"], data["to"]) == ("2025-11-17", "2025-11-18")
    assert (total(data)["required"], total(data)["delivered"], total(data)["still_to_come"]) == (30, 30, 30)
    # The school year so far, as of Nov 18: Sep 2 to Nov 18 holds 23 sessions (690), as --from/--to.
    year = ledger_json(path, "--period", "school_year", "--as-of", "2025-11-18")
    assert (year["from"], total(year)["required"]) == ("2025-08-25", 690)
    both = run("ledger", str(path), "--period", "week", "--from", "2025-09-01")
    assert both.returncode == 2 and "not both" in both.stderr
