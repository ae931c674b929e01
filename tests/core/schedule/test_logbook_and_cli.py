"""Logging a week, typed-in provider logs, incidents, and `iepdesk ledger`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from iepdesk.casefile import Argon2Params, Case
from iepdesk.model import IepVersion, NonSchoolDay, SchoolYear, ServiceLogEntry
from iepdesk.schedule import entry_edits, logbook
from iepdesk.schedule.ledger import build_ledger

from .conftest import D, speech


def test_mark_week_delivered_except_one_day(school_year: SchoolYear, annual: IepVersion) -> None:
    s = speech(annual, days_of_week="2,4")
    counseling = speech(annual, title="Counseling", minutes_per_session=45, sessions_per_period=1)
    made = logbook.mark_week_delivered(D(2026, 3, 4), except_days={s.id: {D(2026, 3, 5)}})
    got = sorted((e.provision_id, e.date, e.status) for e in made)
    assert got == [
        (s.id, D(2026, 3, 3), "delivered"),
        (s.id, D(2026, 3, 5), "missed"),
        (counseling.id, D(2026, 3, 2), "delivered"),
    ]
    # Running it again adds nothing: the week is already logged.
    assert logbook.mark_week_delivered(D(2026, 3, 2)) == []
    f = build_ledger(D(2026, 3, 2), D(2026, 3, 6)).totals
    assert {t.service: (t.figures.delivered, t.figures.missed) for t in f} == {
        "Speech therapy": (30, 30),
        "Counseling": (45, 0),
    }


def test_parse_provider_log_and_save(school_year: SchoolYear, annual: IepVersion) -> None:
    s = speech(annual)
    lines = logbook.parse_provider_log(
        "3/3 seen 30\nMar 5 absent\n2026-03-10 shortened 20 min\n3/11 therapist out\n"
        "not a line\n3/12 refused",
        2026,
    )
    assert [(line.day, line.status, line.minutes, line.reason) for line in lines if not line.error] == [
        (D(2026, 3, 3), "delivered", 30, None),
        (D(2026, 3, 5), "missed", None, "student_absent"),
        (D(2026, 3, 10), "shortened", 20, None),
        (D(2026, 3, 11), "missed", None, "provider_absent"),
        (D(2026, 3, 12), "missed", None, "student_refused"),
    ]
    assert [line.line_number for line in lines if line.error] == [5]
    assert logbook.save_parsed(s.id, lines) == 5
    assert ServiceLogEntry.select().where(ServiceLogEntry.source == "provider_log").count() == 5


def test_log_session_refuses_nonsense(school_year: SchoolYear, annual: IepVersion) -> None:
    s = speech(annual)
    with pytest.raises(ValueError, match="maybe"):
        logbook.log_session(s.id, D(2026, 3, 3), "maybe")
    with pytest.raises(ValueError, match="Minutes"):
        logbook.log_session(s.id, D(2026, 3, 3), "delivered", minutes=-5)
    entry = logbook.log_session(s.id, D(2026, 3, 3), "delivered")
    kept = entry_edits.delete_entry(entry.id)
    assert ServiceLogEntry.select().count() == 0
    entry_edits.restore(kept)
    assert ServiceLogEntry.get_by_id(entry.id).date == D(2026, 3, 3)


def test_incidents_with_filters(school_year: SchoolYear, annual: IepVersion) -> None:
    extra_time = speech(
        annual,
        kind="accommodation",
        title="Extended time",
        minutes_per_session=None,
        sessions_per_period=None,
        period=None,
    )
    seating = speech(
        annual,
        kind="accommodation",
        title="Front seat",
        minutes_per_session=None,
        sessions_per_period=None,
        period=None,
    )
    first = logbook.record_incident(
        D(2026, 3, 3),
        [extra_time.id],
        "Math test without extra time",
        reported_by="Jacob",
        child_words="She said no time today",
    )
    second = logbook.record_incident(D(2026, 3, 9), [extra_time.id, seating.id], "Sub moved him to the back")
    assert [i.id for i in logbook.find_incidents()] == [second.id, first.id]
    assert [i.id for i in logbook.find_incidents(provision_id=seating.id)] == [second.id]
    assert [i.id for i in logbook.find_incidents(text="no time")] == [first.id]
    assert [i.id for i in logbook.find_incidents(start=D(2026, 3, 4))] == [second.id]
    assert [p.title for p in logbook.incident_provisions(second.id)] == ["Extended time", "Front seat"]
    with pytest.raises(ValueError, match="what happened"):
        logbook.record_incident(D(2026, 3, 3), [], "   ")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "IEPDESK_PASSPHRASE": "cli passphrase", "IEPDESK_KDF": "floor"}
    return subprocess.run(
        [sys.executable, "-m", "iepdesk", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_ledger_command(tmp_path: Path) -> None:
    path = tmp_path / "cli.iepcase"
    case, _ = Case.create(path, "Jacob Smith", "cli passphrase", Argon2Params())
    with case:
        SchoolYear.create(name="2025-26", first_day=D(2025, 8, 25), last_day=D(2026, 6, 10))
        NonSchoolDay.create(first_day=D(2026, 3, 16), last_day=D(2026, 3, 20), kind="break")
        version = IepVersion.create(
            kind="annual", status="final", effective_from=D(2025, 9, 1), effective_to=D(2026, 8, 31)
        )
        s = speech(version)
        logbook.log_session(s.id, D(2026, 3, 3), "delivered")
        logbook.log_session(s.id, D(2026, 3, 5), "missed", reason="provider_absent")
    result = run("ledger", str(path), "--from", "2026-03-02", "--to", "2026-03-13", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    total = data["totals"][0]
    assert (total["required"], total["delivered"], total["missed"], total["not_recorded"], total["owed"]) == (
        120,
        30,
        30,
        60,
        30,
    )
    assert total["below_threshold"] is True
    text = run("ledger", str(path), "--from", "2026-03-02", "--to", "2026-03-13", "--by", "week")
    assert "Speech therapy · Week of 2026-03-02" in text.stdout
    assert "under 85%" in text.stdout
    bad = run("ledger", str(path), "--from", "2026-03-13", "--to", "2026-03-02")
    assert bad.returncode == 2
    assert "before the start" in bad.stderr
    assert run("ledger", str(path), "--from", "March").returncode == 2


def test_month_view_shows_expected_logged_and_incidents(school_year: SchoolYear, annual: IepVersion) -> None:
    from iepdesk.schedule.month import month_view

    tue_thu = speech(annual, days_of_week="2,4")
    weekly = speech(annual, title="Counseling", minutes_per_session=45, sessions_per_period=1)
    logbook.log_session(tue_thu.id, D(2026, 3, 3), "delivered")
    logbook.log_session(weekly.id, D(2026, 3, 4), "missed", reason="testing")
    incident = logbook.record_incident(D(2026, 3, 4), [tue_thu.id], "No notes given")
    view = month_view(2026, 3)
    cells = {c.day: c for week in view.weeks for c in week}
    assert cells[D(2026, 3, 3)].expected == [(tue_thu.id, "Speech therapy")]
    assert [s.status for s in cells[D(2026, 3, 3)].logged] == ["delivered"]
    assert cells[D(2026, 3, 4)].incidents == [incident.id]
    assert cells[D(2026, 3, 17)].school_day is False
    assert cells[D(2026, 3, 17)].no_school_reason == "Spring break"
    assert cells[D(2026, 3, 7)].no_school_reason == "weekend"
    assert cells[D(2026, 2, 23)].in_month is False
    assert view.weeks[1][0].day == D(2026, 3, 2)  # the first row is the week of February 23
    first_week = {line.service: (line.owed, line.logged) for line in view.week_lines[1]}
    assert first_week == {"Counseling": (1, 1), "Speech therapy": (2, 1)}
    spring_break_week = view.week_lines[3]
    assert spring_break_week == []
