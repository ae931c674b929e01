"""One figures API (issue 11): the Minutes owed tab, the month view's weekly column, the Overview, a
letter, the binder and `iepdesk ledger --json` show the same numbers for one case and one period.

Today is Thu Nov 20, 2025 (iepdesk.iep.store.today, replaced), and every count is as of that day,
counted whole, so nothing depends on the real date. The period is the school year 2025-26 (Aug 25,
2025 to Jun 10, 2026), the one the Overview counts.
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
from PySide6.QtCore import QDate
from test_ui_calendar_support import CALENDAR_PAGE
from ui_support import PASSPHRASE, open_case

from iepdesk.casefile import Case
from iepdesk.export.binder_data import BinderOptions, gather
from iepdesk.iep import edits
from iepdesk.letters import drafts
from ui.calendar.ledger_model import LedgerModel

D = dt.date
TODAY = D(2025, 11, 20)  # a Thursday
FIRST, LAST = D(2025, 8, 25), D(2026, 6, 10)
SPEECH, COUNSELING = "Speech therapy", "Counseling"
FIGURES = ("required", "delivered", "excused", "missed", "made_up", "not_recorded", "owed")


def _build(path: Path) -> None:
    with factories.new_case(path, "Jacob Smith", PASSPHRASE):
        factories.school_year("2025-26", FIRST, LAST)
        version = factories.version(D(2025, 9, 1), D(2026, 8, 31), meeting_date=None)

        def service(title: str, **values: Any) -> Any:
            base: dict[str, Any] = dict(minutes_per_session=30, sessions_per_period=2, period="week")
            base.update(values)
            return edits.add_provision(int(version.id), "service", title=title, **base)

        speech = service(SPEECH, days_of_week="2,4")  # Tue/Thu, 30 minutes
        counseling = service(COUNSELING, sessions_per_period=1)  # once a week, any day
        log = factories.log
        log(speech, D(2025, 11, 4), "delivered", source="parent_saw")
        log(speech, D(2025, 11, 4), "shortened", minutes=20, source="provider_log")  # counted: 20 of 30
        log(speech, D(2025, 11, 6), "missed", reason="student_absent")
        log(speech, D(2025, 11, 11), "missed", reason="provider_absent")
        log(speech, D(2025, 11, 13), "shortened")  # minutes not given
        log(speech, D(2025, 11, 14), "makeup", minutes=15)
        log(speech, D(2025, 11, 18), "delivered")
        log(counseling, D(2025, 11, 15), "missed", reason="school_closed")  # a Saturday: no session
        log(counseling, D(2025, 11, 17), "delivered", source="parent_saw")
        log(counseling, D(2025, 11, 17), "delivered", source="child_reported")  # the same session


def _cli(path: Path, *args: str) -> dict[str, Any]:
    env = {**os.environ, "IEPDESK_PASSPHRASE": PASSPHRASE, "IEPDESK_KDF": "floor"}
    result = subprocess.run(
        [sys.executable, "-m", "iepdesk", "ledger", str(path), *args, "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _minutes(text: str) -> int:
    assert text.endswith(" min"), text
    return int(text[: -len(" min")].replace(",", ""))


@pytest.fixture
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("iepdesk.iep.store.today", lambda: TODAY)


def test_the_five_places_show_the_same_figures(qtbot, controller, sandbox, fixed_today) -> None:
    path = sandbox.documents / "agree.iepcase"
    _build(path)
    # Worked by hand, as of Thu Nov 20 (that day counted). Speech Tue/Thu 30 from Tue Sep 2: 12 weeks
    # (Sep 1 to Nov 17) x 2 = 24 sessions = 720 required. Nov 4: the provider's "cut short, 20" counts
    # over the parent's "delivered" (20 delivered, 10 missed); Nov 6 excused 30; Nov 11 missed 30;
    # Nov 13 minutes unknown 30; Nov 18 delivered 30; Fri Nov 14 a 15-minute make-up. Delivered 50,
    # missed 40, owed 40 - 15 = 25; not recorded 720 - 50 - 30 - 40 - 30 = 570 (the 18 sessions of Sep 2
    # to Oct 30, and Thu Nov 20). Counseling once a week: the 11 weeks of Sep 1 to Nov 10 not recorded
    # (330) and Mon Nov 17 delivered, logged by two sources (one session): required 360, delivered 30.
    # The Saturday entry matches no session.
    cli = {
        t["service"]: t
        for t in _cli(path, "--from", "2025-08-25", "--to", "2026-06-10", "--as-of", "2025-11-20")["totals"]
    }
    expected = {
        SPEECH: dict(
            required=720, delivered=50, excused=30, missed=40, made_up=15, not_recorded=570, owed=25
        ),
        COUNSELING: dict(
            required=360, delivered=30, excused=0, missed=0, made_up=0, not_recorded=330, owed=0
        ),
    }
    for service, want in expected.items():
        assert {n: cli[service][n] for n in FIGURES} == want, service
    assert (cli[SPEECH]["minutes_unknown"], cli[SPEECH]["sessions_minutes_unknown"]) == (30, 1)

    open_case(qtbot, controller, path)
    window = controller.main_window
    # 1. The Overview's school year, as of today (the page's today, counted whole).
    owed = window.overview.owed
    qtbot.waitUntil(lambda: bool(owed.texts()), timeout=20_000)
    assert [(s, _minutes(year)) for s, _month, year in owed.texts()] == [(SPEECH, 25)]
    board = window.overview.board
    assert board is not None and board.school_year is not None
    lines = {line.service: line for line in board.school_year.lines}
    assert (lines[SPEECH].missed, lines[SPEECH].made_up, lines[SPEECH].owed) == (40, 15, 25)
    assert lines[SPEECH].minutes_unknown == cli[SPEECH]["minutes_unknown"]
    assert lines[SPEECH].still_to_come == cli[SPEECH]["still_to_come"]

    # 2. The Minutes owed tab, the same period typed in, as of the same day.
    window.show_page(CALENDAR_PAGE)
    page = window.stack.currentWidget()
    page.tabs.setCurrentWidget(page.ledger)
    view = page.ledger
    qtbot.waitUntil(lambda: view.ledger is not None and not view.busy.isVisible(), timeout=20_000)
    view.preset.setCurrentIndex(view.preset.findData("custom"))
    view.start.setDate(QDate(2025, 8, 25))
    view.end.setDate(QDate(2026, 6, 10))
    view.as_of.edit.setText("11/20/2025")
    view.as_of.edit.editingFinished.emit()
    view.ledger = None
    view.count()
    qtbot.waitUntil(lambda: view.ledger is not None and not view.busy.isVisible(), timeout=20_000)
    shown: dict[str, dict[str, int]] = {}
    for row in range(view.model.rowCount()):
        found = view.model.row_at(row)
        if found and found[1]:
            cells = {name: view.model.index(row, c).data() for c, name in enumerate(LedgerModel.COLUMNS)}
            shown[found[0].service] = {n: _minutes(cells[n]) for n in FIGURES}
    assert shown == {s: {n: cli[s][n] for n in FIGURES} for s in expected}

    # 3. The month view's weekly column: sessions owed and logged per week, as the ledger's weeks.
    weeks = _cli(path, "--from", "2025-10-27", "--to", "2025-11-23", "--as-of", "2025-11-20", "--by", "week")
    page.tabs.setCurrentWidget(page.calendar)
    page.calendar.show_month(2025, 11)
    grid = page.calendar.grid
    for row in weeks["rows"]:
        monday = D.fromisoformat(row["from"])
        (line,) = [w for w in grid.week_lines(monday) if w.service == row["service"]]
        # Whole weeks past: owed = the week's sessions; logged = those with an entry counted.
        if monday + dt.timedelta(days=6) < TODAY:
            assert line.owed == row["sessions_required"], (monday, row["service"])
        assert line.logged == row["sessions_required"] - row["sessions_not_recorded"], (
            monday,
            row["service"],
        )
    # By hand: week of Nov 3, speech 2 logged (Nov 4 twice is one session; Nov 6); week of Nov 10,
    # speech 2 (Nov 11, 13; the make-up is none), counseling 0 (Saturday's entry is none); week of
    # Nov 17, counseling 1 (two records of Monday).
    speech_nov3 = [w for w in grid.week_lines(D(2025, 11, 3)) if w.service == SPEECH]
    counseling_nov10 = [w for w in grid.week_lines(D(2025, 11, 10)) if w.service == COUNSELING]
    counseling_nov17 = [w for w in grid.week_lines(D(2025, 11, 17)) if w.service == COUNSELING]
    assert [(w.owed, w.logged) for w in speech_nov3 + counseling_nov10 + counseling_nov17] == [
        (2, 2),
        (1, 0),
        (1, 1),
    ]
    controller.lock()

    # 4 and 5. A letter and the binder made today, for the same period.
    with Case.open(path, PASSPHRASE):
        letter = drafts.create_draft(
            "concerns-letter", drafts.Selection(ledger_from=FIRST, ledger_to=LAST), today=TODAY
        )
        binder = gather(BinderOptions(start=FIRST, end=LAST, sections=["ledger"]), today=TODAY)
    assert binder.ledger is not None
    in_binder = {t.service: {n: getattr(t.figures, n) for n in FIGURES} for t in binder.ledger.totals}
    assert in_binder == {s: {n: cli[s][n] for n in FIGURES} for s in expected}
    body = str(letter.body)
    # The letter's sentence names every part of the CLI's figures (issue 12 words it).
    for service in (SPEECH, COUNSELING):
        f = cli[service]
        assert (
            f"- {service}, August 25, 2025 to November 20, 2025: Jacob was to receive {f['required']} "
            "minutes." in body
        )
        assert f"A further {f['still_to_come']} minutes are scheduled after November 20, 2025" in body
    assert (
        "of those 720: 50 were delivered, 30 were excused (student absent), 40 were missed, 570 are" in body
    )
    assert "Of the 40 missed minutes, 15 were made up: 25 minutes are owed." in body
