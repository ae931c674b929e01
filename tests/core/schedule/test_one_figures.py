"""One figures API: the CLI, the letters and the binder show the same numbers for the same period."""

from __future__ import annotations

from pathlib import Path

from iepdesk.casefile import Case
from iepdesk.export.binder_data import BinderOptions, gather
from iepdesk.letters import drafts
from iepdesk.model import IepVersion, SchoolYear, ServiceLogEntry
from iepdesk.schedule.ledger import build_ledger, ledger_notes

from .conftest import D, speech
from .test_ledger_boundaries import ledger_json, total, twelve_week_log


def test_cli_letter_and_binder_agree_on_october(tmp_path: Path) -> None:
    path = twelve_week_log(tmp_path)
    # October 1-31, 2025 starts on a Wednesday. Sessions inside: Thu Oct 2, then Tue/Thu of the weeks
    # of Oct 6, 13, 20, 27: 9 x 30 = 270 required. Missed, provider absent: Oct 2, 14, 30 (90);
    # excused, student absent: Oct 21 (30); delivered the other 5 (150); made up 0; owed 90.
    cli = total(ledger_json(path, "--from", "2025-10-01", "--to", "2025-10-31"))
    figures = ("required", "delivered", "excused", "missed", "made_up", "not_recorded", "owed")
    assert tuple(cli[n] for n in figures) == (270, 150, 30, 90, 0, 0, 90)
    with Case.open(path, "cli passphrase"):
        core = build_ledger(D(2025, 10, 1), D(2025, 10, 31)).totals[0].figures
        binder = gather(BinderOptions(start=D(2025, 10, 1), end=D(2025, 10, 31), sections=["ledger"]))
        assert binder.ledger is not None
        monthly = binder.ledger.totals[0].figures
        letter = drafts.create_draft(
            "concerns-letter", drafts.Selection(ledger_from=D(2025, 10, 1), ledger_to=D(2025, 10, 31))
        )
        body = str(letter.body)
    assert tuple(getattr(core, n) for n in figures) == tuple(cli[n] for n in figures)
    assert tuple(getattr(monthly, n) for n in figures) == tuple(cli[n] for n in figures)
    assert "was to receive 270 minutes of speech therapy" in body
    assert "150 minutes were delivered and 90 minutes were missed." in body


def test_notes_name_unknown_minutes_conflicts_and_what_is_still_to_come(
    school_year: SchoolYear, annual: IepVersion
) -> None:
    s = speech(annual, days_of_week="2,4")
    ServiceLogEntry.create(provision=s, date=D(2026, 3, 3), status="shortened", source="parent_saw")
    ServiceLogEntry.create(provision=s, date=D(2026, 3, 3), status="missed", source="provider_log")
    ServiceLogEntry.create(provision=s, date=D(2026, 3, 10), status="shortened")
    # As of Tue Mar 10: Mar 3 counted from the provider's log (missed, 30); Mar 5 not recorded (30);
    # Mar 10 cut short, minutes unknown (30); Thu Mar 12 still to come (30).
    ledger = build_ledger(D(2026, 3, 2), D(2026, 3, 13), as_of=D(2026, 3, 10))
    f = ledger.totals[0].figures
    assert (f.required, f.missed, f.not_recorded, f.minutes_unknown, f.still_to_come) == (90, 30, 30, 30, 30)
    notes = ledger_notes(ledger)
    assert any("1 session cut short, minutes not known: ask the school" in n for n in notes)
    assert any("30 minutes are still to come after 2026-03-10" in n for n in notes)
    assert any(n.startswith("2026-03-03, Speech therapy: logged differently") for n in notes)


def test_the_month_views_weekly_column_counts_sessions_as_the_ledger_does(
    school_year: SchoolYear, annual: IepVersion
) -> None:
    from iepdesk.schedule.month import month_view

    s = speech(annual)  # 2 x 30 a week
    # Week of March 2, 2026: Tuesday logged by the parent and by the provider (one session), and a
    # Saturday entry (no session that day): 1 session logged of 2, as in the ledger.
    ServiceLogEntry.create(provision=s, date=D(2026, 3, 3), status="delivered", source="parent_saw")
    ServiceLogEntry.create(provision=s, date=D(2026, 3, 3), status="delivered", source="provider_log")
    ServiceLogEntry.create(provision=s, date=D(2026, 3, 7), status="missed", reason="school_closed")
    view = month_view(2026, 3)
    line = view.week_lines[1][0]  # the first row is the week of February 23
    assert (line.owed, line.logged) == (2, 1)
    ledger = build_ledger(D(2026, 3, 2), D(2026, 3, 8), as_of=D(2026, 12, 1))
    assert ledger.totals[0].figures.sessions_counted == line.logged
