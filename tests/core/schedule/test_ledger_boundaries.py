"""Issue 11: the ledger at the edges a parent picks, each case through `iepdesk ledger --json`.

Every expected figure is worked out by hand in the comment above it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.model import IepVersion, Provision

from .conftest import D, speech


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "IEPDESK_PASSPHRASE": "cli passphrase", "IEPDESK_KDF": "floor"}
    return subprocess.run(
        [sys.executable, "-m", "iepdesk", *args], env=env, capture_output=True, text=True, timeout=120
    )


def ledger_json(path: Path, *args: str) -> dict[str, Any]:
    result = run("ledger", str(path), *args, "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def new_case(tmp_path: Path) -> tuple[Case, Path]:
    path = tmp_path / "boundaries.iepcase"
    return factories.new_case(path, "Jacob Smith", "cli passphrase"), path


def year_and_iep() -> IepVersion:
    factories.school_year("2025-26", D(2025, 8, 25), D(2026, 6, 10))
    version: IepVersion = factories.version(D(2025, 9, 1), D(2026, 8, 31), meeting_date=None)
    return version


def log(p: Provision, day: Any, status: str, **kw: Any) -> int:
    return int(factories.log(p, day, status, **kw).id)


# The 12-week Tue/Thu 30-minute speech log: weeks of Sep 1 to Nov 17, 2025 (24 sessions, all logged).
PROVIDER_ABSENT = [D(2025, 9, 16), D(2025, 10, 2), D(2025, 10, 14), D(2025, 10, 30), D(2025, 11, 11)]
STUDENT_ABSENT = [D(2025, 9, 25), D(2025, 10, 21), D(2025, 11, 6)]


def twelve_week_log(tmp_path: Path) -> Path:
    case, path = new_case(tmp_path)
    with case:
        s = speech(year_and_iep(), days_of_week="2,4")
        for week in range(12):
            for offset in (1, 3):  # Tuesday, Thursday
                day = D(2025, 9, 1) + dt.timedelta(days=7 * week + offset)
                if day in PROVIDER_ABSENT:
                    log(s, day, "missed", reason="provider_absent")
                elif day in STUDENT_ABSENT:
                    log(s, day, "missed", reason="student_absent")
                else:
                    log(s, day, "delivered")
    return path


def total(data: dict[str, Any]) -> dict[str, Any]:
    assert len(data["totals"]) == 1
    row: dict[str, Any] = data["totals"][0]
    return row


def test_case_1_a_period_starting_mid_week_invents_no_make_up(tmp_path: Path) -> None:
    path = twelve_week_log(tmp_path)
    t = total(ledger_json(path, "--from", "2025-09-03", "--to", "2025-11-21", "--as-of", "2025-12-01"))
    # From Wed Sep 3: 23 of the 24 sessions (Tue Sep 2 is outside). 24 - 5 - 3 = 16 delivered, one of
    # them Sep 2, so 15 x 30 = 450 delivered; 5 x 30 = 150 missed (provider absent); 3 x 30 = 90 excused.
    # Thursday Sep 4 is that week's second session, not a make-up: made up 0, owed 150 - 0 = 150.
    assert (t["delivered"], t["made_up"], t["owed"]) == (450, 0, 150)
    assert (t["required"], t["excused"], t["missed"], t["not_recorded"]) == (23 * 30, 90, 150, 0)


def test_case_2_to_is_respected(tmp_path: Path) -> None:
    path = twelve_week_log(tmp_path)
    data = ledger_json(path, "--from", "2025-09-01", "--to", "2025-11-18", "--as-of", "2025-12-01")
    t = total(data)
    # Sep 2 to Nov 18: 23 sessions (Thu Nov 20 is after --to): 690 required; delivered 16 - 1 = 15 -> 450.
    assert (t["required"], t["delivered"], t["missed"], t["excused"]) == (690, 450, 150, 90)
    assert t["made_up"] == 0


def test_case_3_future_sessions_are_still_to_come(tmp_path: Path) -> None:
    case, path = new_case(tmp_path)
    with case:
        version = year_and_iep()
        tue_thu = speech(version, days_of_week="2,4")
        weekly = speech(version, title="Counseling", minutes_per_session=30, sessions_per_period=2)
        log(weekly, D(2025, 11, 17), "delivered")
        del tue_thu
    # As of Tue Nov 18 (that day is over): --to Nov 23 is cut to Nov 18.
    data = ledger_json(path, "--from", "2025-11-17", "--to", "2025-11-23", "--as-of", "2025-11-18")
    assert data["to"] == "2025-11-18"
    assert data["as_of"] == "2025-11-18"
    rows = {r["service"]: r for r in data["totals"]}
    speech_row, counseling = rows["Speech therapy"], rows["Counseling"]
    # Speech Tue/Thu: Tuesday is owed and unlogged (30 not recorded); Thursday can still happen.
    assert (speech_row["required"], speech_row["not_recorded"], speech_row["still_to_come"]) == (30, 30, 30)
    # Counseling 2 a week, no fixed days: Monday delivered; the second can still happen Wed-Fri:
    # required 30 (the delivered one), not recorded 0, still to come 30.
    assert (counseling["required"], counseling["delivered"], counseling["not_recorded"]) == (30, 30, 0)
    assert counseling["still_to_come"] == 30


def test_case_4_the_same_session_logged_from_two_sources(tmp_path: Path) -> None:
    case, path = new_case(tmp_path)
    with case:
        s = speech(year_and_iep(), days_of_week="2,4")
        for source in ("child_reported", "provider_log"):
            log(s, D(2025, 11, 18), "delivered", source=source)
            log(s, D(2025, 11, 20), "missed", reason="provider_absent", source=source)
        # The next week they disagree on Tuesday: the provider's log (first in the order) wins.
        log(s, D(2025, 11, 25), "delivered", source="parent_saw")
        kept = log(s, D(2025, 11, 25), "shortened", minutes=20, source="provider_log")
        log(s, D(2025, 11, 27), "delivered", source="provider_log")
    data = ledger_json(path, "--from", "2025-11-17", "--to", "2025-11-28", "--as-of", "2025-12-01")
    t = total(data)
    # Week of Nov 17: one delivered (30) and one missed (30) session, each logged twice.
    # Week of Nov 24: Tuesday 20 of 30 (10 missed), Thursday 30. Delivered 30 + 20 + 30 = 80;
    # missed 30 + 10 = 40; owed 40; required 4 x 30 = 120; nothing is "on a day with no session".
    assert (t["required"], t["delivered"], t["missed"], t["owed"]) == (120, 80, 40, 40)
    assert data["unmatched_entries"] == []
    assert [c["kept_entry"] for c in data["conflicts"]] == [kept]
    assert data["conflicts"][0]["date"] == "2025-11-25"
    # In words a school can read (the binder prints them), not codes like "provider_log: shortened".
    assert data["conflicts"][0]["kept"] == "the provider's log: cut short, 20 min"
    assert data["conflicts"][0]["others"] == ["your note: delivered"]


def test_case_5_cut_short_with_no_minutes_is_not_delivered_in_full(tmp_path: Path) -> None:
    case, path = new_case(tmp_path)
    with case:
        s = speech(year_and_iep(), days_of_week="2,4")
        log(s, D(2025, 11, 18), "delivered")
        log(s, D(2025, 11, 20), "shortened")  # minutes not given
    t = total(ledger_json(path, "--from", "2025-11-17", "--to", "2025-11-21", "--as-of", "2025-12-01"))
    # Tuesday 30 delivered; Thursday's minutes are unknown: 30 minutes "minutes unknown", left out of
    # the rate's base: 30 / (60 - 30) = 100 % of what is known, with 1 session left out.
    assert (t["required"], t["delivered"], t["minutes_unknown"], t["sessions_minutes_unknown"]) == (
        60,
        30,
        30,
        1,
    )
    assert t["delivered"] + t["excused"] + t["missed"] + t["not_recorded"] + t["minutes_unknown"] == 60


def test_case_6_an_entry_on_a_day_no_session_is_owed(tmp_path: Path) -> None:
    case, path = new_case(tmp_path)
    with case:
        s = speech(year_and_iep())  # 2 x 30 a week, no fixed days
        log(s, D(2025, 11, 18), "delivered")
        saturday = log(s, D(2025, 11, 22), "missed", reason="school_closed")
    data = ledger_json(path, "--from", "2025-11-17", "--to", "2025-11-23", "--as-of", "2025-12-01")
    t = total(data)
    # The Saturday entry matches no session: excused 0; the second session is not recorded (30).
    assert (t["required"], t["delivered"], t["excused"], t["not_recorded"]) == (60, 30, 0, 30)
    assert data["unmatched_entries"] == [saturday]


def test_case_7_an_amendment_without_its_link_is_detected(tmp_path: Path) -> None:
    case, path = new_case(tmp_path)
    with case:
        annual = year_and_iep()
        annual.effective_to = D(2025, 10, 14)
        annual.save()
        old = speech(annual)
        amendment = factories.version(D(2025, 10, 15), D(2026, 8, 31), meeting_date=None, kind="amendment")
        new = speech(amendment, minutes_per_session=45)  # typed again: no "start from this one"
    data = ledger_json(path, "--from", "2025-10-13", "--to", "2025-10-24", "--as-of", "2025-12-01")
    assert data["proposed_links"] == [
        {"provision": new.id, "looks_like": old.id, "service": "Speech therapy"}
    ]
    assert any("Speech therapy" in w and "start from this one" in w for w in data["warnings"])


def test_case_7_once_linked_the_amendment_is_one_service(tmp_path: Path) -> None:
    from iepdesk.iep import versions

    case, path = new_case(tmp_path)
    with case:
        annual = year_and_iep()
        annual.effective_to = D(2025, 10, 14)  # a Tuesday
        annual.save()
        old = speech(annual, days_of_week="2,4")
        amendment = factories.version(D(2025, 10, 15), D(2026, 8, 31), meeting_date=None, kind="amendment")
        new = speech(amendment, days_of_week="2,4", minutes_per_session=45)
        # The parent keeps logging against the service she knows (the old one): Thu Oct 16 and the
        # week of Oct 20 (Tue delivered, Thu missed with the provider absent).
        log(old, D(2025, 10, 14), "delivered")
        log(old, D(2025, 10, 16), "delivered")
        log(old, D(2025, 10, 21), "delivered")
        log(old, D(2025, 10, 23), "missed", reason="provider_absent")
    before = ledger_json(path, "--from", "2025-10-13", "--to", "2025-10-24", "--as-of", "2025-12-01")
    # Unlinked: two lines; the old service's Oct 16 and Oct 21 entries match no session of it and
    # become make-ups (60), its Oct 23 miss matches nothing; nothing is owed.
    assert len(before["totals"]) == 2
    assert sum(t["owed"] for t in before["totals"]) == 0
    with Case.open(path, "cli passphrase"):
        versions.link_to_earlier(new.id, old.id)
        with pytest.raises(ValueError, match="already continues"):
            versions.link_to_earlier(new.id, old.id)
        with pytest.raises(ValueError, match="itself"):
            versions.link_to_earlier(old.id, old.id)
    linked = ledger_json(path, "--from", "2025-10-13", "--to", "2025-10-24", "--as-of", "2025-12-01")
    assert linked["proposed_links"] == []
    after = total(linked)
    # Linked (first-day rule): week of Oct 13 under the annual IEP, Tue/Thu 30 = 60, both delivered;
    # week of Oct 20 under the amendment, Tue/Thu 45 = 90: Tue delivered 45, Thu missed 45.
    # Required 150, delivered 105, missed 45, made up 0, owed 45; no warning left.
    assert (after["required"], after["delivered"], after["missed"], after["made_up"]) == (150, 105, 45, 0)
    assert after["owed"] == 45


def test_as_of_alone_counts_its_school_year_to_that_day(tmp_path: Path) -> None:
    path = twelve_week_log(tmp_path)
    data = ledger_json(path, "--as-of", "2025-11-18")
    # From the first day of the 2025-26 school year to Tue Nov 18: the 23 sessions of Sep 2 to Nov 18
    # (690); 16 delivered but Thu Nov 20 is after the as-of date: 15 x 30 = 450.
    assert (data["from"], data["to"]) == ("2025-08-25", "2025-11-18")
    assert (total(data)["required"], total(data)["delivered"]) == (690, 450)


# The fields `ledger --json` had before issue 11 (its commit dd909b0^): kept, none renamed.
DOCUMENT_FIELDS = {"from", "to", "grouping", "threshold_pct", "unit", "rows", "totals", "warnings"}
DOCUMENT_FIELDS |= {"unmatched_entries"}
ROW_FIELDS = {"service_id", "service", "label", "from", "to", "required", "delivered", "excused", "missed"}
ROW_FIELDS |= {"made_up", "not_recorded", "owed", "sessions_required", "sessions_not_recorded", "rate"}
ROW_FIELDS |= {"below_threshold", "entries"}
ENTRY_FIELDS = {"delivered", "excused", "missed", "made_up", "not_recorded_slots"}
# Added by issue 11, beside them.
NEW_DOCUMENT_FIELDS = {"as_of", "conflicts", "duplicate_entries", "ask_the_school", "proposed_links"}
NEW_ROW_FIELDS = {"still_to_come", "sessions_still_to_come", "minutes_unknown", "sessions_minutes_unknown"}


def test_json_keeps_its_fields_and_adds_the_new_ones_beside_them(tmp_path: Path) -> None:
    path = twelve_week_log(tmp_path)
    data = ledger_json(
        path, "--from", "2025-09-01", "--to", "2025-09-12", "--by", "week", "--as-of", "2025-12-01"
    )
    assert set(data) == DOCUMENT_FIELDS | NEW_DOCUMENT_FIELDS
    assert data["rows"] and data["totals"]
    for row in [*data["rows"], *data["totals"]]:
        assert set(row) == ROW_FIELDS | NEW_ROW_FIELDS
        assert set(row["entries"]) == ENTRY_FIELDS | {"minutes_unknown"}
    # Weeks of Sep 1 and Sep 8: Tue/Thu 30 each, all four delivered (the log's first absence is Sep 16).
    assert [(r["label"], r["required"], r["delivered"]) for r in data["rows"]] == [
        ("Week of 2025-09-01", 60, 60),
        ("Week of 2025-09-08", 60, 60),
    ]


def test_case_3_as_of_alone_does_not_cut_the_week_in_progress(tmp_path: Path) -> None:
    """`iepdesk ledger --as-of DATE` (no --to) ended the period on that day, so the week (month) in
    progress was cut by the period's edge and its open sessions, which can still happen after that
    day, were "not recorded". Now the period runs to the end of the school year, shown to DATE."""
    case, path = new_case(tmp_path)
    with case:
        version = year_and_iep()  # the IEP from Mon Sep 1, 2025; no day off entered
        counseling = speech(version, title="Counseling")  # 2 x 30 a week, any day
        speech(version, title="OT", sessions_per_period=4, period="month")  # 4 x 30 a month
        log(counseling, D(2025, 11, 17), "delivered")
    data = ledger_json(path, "--as-of", "2025-11-18", "--by", "month")  # Tue Nov 18, that day over
    assert (data["from"], data["to"]) == ("2025-08-25", "2025-11-18")
    rows = {r["service"]: r for r in data["totals"]}
    c, ot = rows["Counseling"], rows["OT"]
    # Counseling: the 11 weeks of Sep 1 to Nov 10 not recorded (22 x 30 = 660); the week of Nov 17:
    # Monday delivered (30), its second session can still happen Wed to Fri (still to come).
    assert (c["required"], c["delivered"], c["not_recorded"]) == (690, 30, 660)
    # OT: September and October not recorded (8 x 30 = 240); November's 4 sessions can all still
    # happen on its 8 school days after Nov 18: none "not recorded".
    assert (ot["required"], ot["not_recorded"]) == (240, 240)
    november = {r["service"]: r for r in data["rows"] if r["label"] == "November 2025"}
    # November's weeks (a week counts in the month of its first school day): Nov 3 and Nov 10 not
    # recorded (120), Monday Nov 17 delivered (30): 150; still to come Nov 17's second session and
    # the week of Nov 24: 30 + 60.
    assert (november["Counseling"]["required"], november["Counseling"]["still_to_come"]) == (150, 30 + 60)
    assert (november["OT"]["required"], november["OT"]["still_to_come"]) == (0, 120)
    # December to June have nothing counted yet: no rows of zeros; their sessions are in the
    # totals' still to come, beside November's.
    assert max(r["from"] for r in data["rows"]) <= "2025-11-18"
    assert c["still_to_come"] > november["Counseling"]["still_to_come"]
    # --period school_year is the same year, whole, shown to the as-of day.
    same = ledger_json(path, "--period", "school_year", "--as-of", "2025-11-18")
    assert [(t["service"], t["required"]) for t in same["totals"]] == [
        (t["service"], t["required"]) for t in data["totals"]
    ]
    # A period typed to end before the week is over is cut by its edge, as before: Mon-Tue Nov 10-11
    # as of Dec 1 owes both of that week's sessions in those two days (min_days): 60 not recorded.
    past = {
        r["service"]: r
        for r in ledger_json(path, "--from", "2025-11-10", "--to", "2025-11-11", "--as-of", "2025-12-01")[
            "totals"
        ]
    }
    assert (past["Counseling"]["required"], past["Counseling"]["not_recorded"]) == (60, 60)
