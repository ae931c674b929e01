"""One figures API: the CLI, the letters and the binder show the same numbers for the same period."""

from __future__ import annotations

from pathlib import Path

import factories

from iepdesk.casefile import Case
from iepdesk.export.binder_data import BinderOptions, gather
from iepdesk.letters import drafts
from iepdesk.model import IepVersion, Provision, SchoolYear
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
    # The letter's sentence names every part, so 150 + 30 + 90 = 270 on its face (issue 12).
    assert "was to receive 270 minutes. By my records, of those 270: 150 were delivered, 30 were" in body
    assert (
        "excused (student absent) and 90 were missed. None of the 90 missed minutes were made up: 90" in body
    )


def test_notes_name_unknown_minutes_conflicts_and_what_is_still_to_come(
    school_year: SchoolYear, annual: IepVersion
) -> None:
    s = speech(annual, days_of_week="2,4")
    factories.log(s, D(2026, 3, 3), "shortened", source="parent_saw")
    factories.log(s, D(2026, 3, 3), "missed", source="provider_log")
    factories.log(s, D(2026, 3, 10), "shortened")
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
    factories.log(s, D(2026, 3, 3), "delivered", source="parent_saw")
    factories.log(s, D(2026, 3, 3), "delivered", source="provider_log")
    factories.log(s, D(2026, 3, 7), "missed", reason="school_closed")
    view = month_view(2026, 3)
    line = view.week_lines[1][0]  # the first row is the week of February 23
    assert (line.owed, line.logged) == (2, 1)
    ledger = build_ledger(D(2026, 3, 2), D(2026, 3, 8), as_of=D(2026, 12, 1))
    assert ledger.totals[0].figures.sessions_counted == line.logged


def test_the_overviews_minutes_owed_agree_with_the_cli(tmp_path: Path) -> None:
    from iepdesk import dashboard
    from iepdesk.schedule.owed_summary import owed_summary

    path = twelve_week_log(tmp_path)
    with Case.open(path, "cli passphrase"):
        s = Provision.get(Provision.title == "Speech therapy")
        factories.log(s, D(2025, 11, 21), "makeup", minutes=45)
        factories.log(s, D(2025, 11, 25), "shortened")  # minutes not given
    # The school year 2025-26 (Aug 25, 2025 to Jun 10, 2026), as of Wed Nov 26, 2025, that day counted.
    # The IEP starts Mon Sep 1, so the sessions are Tue/Thu from Sep 2. Past: the 12 logged weeks (24
    # sessions) and Tue Nov 25 = 25 x 30 = 750 required. Missed, provider absent: Sep 16, Oct 2, 14, 30,
    # Nov 11 = 5 x 30 = 150; excused, student absent: 3 x 30 = 90; delivered 24 - 8 = 16 x 30 = 480;
    # made up 45 (Fri Nov 21); Nov 25 cut short, minutes not known: 30 (1 session); not recorded 0.
    # Owed 150 - 45 = 105. Still to come: Thu Nov 27, the 27 whole weeks of Dec 1 to Jun 1 (54), and
    # Tue Jun 9 (Thu Jun 11 is after the last day) = 56 x 30 = 1680.
    document = ledger_json(path, "--from", "2025-08-25", "--to", "2026-06-10", "--as-of", "2025-11-26")
    # The ledger's own "to" is the last day counted: the as-of day (the rest of the year is still to come).
    assert (document["from"], document["to"], document["as_of"]) == ("2025-08-25", "2025-11-26", "2025-11-26")
    cli = total(document)
    figures = ("required", "delivered", "excused", "missed", "made_up", "not_recorded", "owed")
    assert tuple(cli[n] for n in figures) == (750, 480, 90, 150, 45, 0, 105)
    assert (cli["minutes_unknown"], cli["sessions_minutes_unknown"], cli["still_to_come"]) == (30, 1, 1680)
    with Case.open(path, "cli passphrase"):
        core = owed_summary(D(2025, 11, 26), as_of=D(2025, 11, 26))
        shown = dashboard.dashboard(D(2025, 11, 26), as_of=D(2025, 11, 26)).school_year  # the Overview's
    for summary in (core, shown):
        assert summary is not None
        assert (summary.start, summary.end) == (D(2025, 8, 25), D(2026, 6, 10))  # the school year asked
        assert (summary.start.isoformat(), summary.as_of.isoformat()) == (document["from"], document["as_of"])
        assert summary.school_year == "2025-26"
        assert [(line.service, line.owed) for line in summary.lines] == [(cli["service"], cli["owed"])]
        (line,) = summary.lines
        assert (line.missed, line.made_up) == (cli["missed"], cli["made_up"])
        assert (line.minutes_unknown, line.sessions_minutes_unknown) == (30, 1)
        assert line.still_to_come == cli["still_to_come"]
        assert summary.total_owed == 105 and summary.sessions_minutes_unknown == 1


def test_no_minutes_owed_summary_outside_a_school_year(school_year: SchoolYear, annual: IepVersion) -> None:
    from iepdesk.schedule.owed_summary import owed_summary

    speech(annual)
    # The IEP runs to Aug 31, 2026, but the school year ended on Jun 10: no school year to count.
    assert owed_summary(D(2026, 7, 1), as_of=D(2026, 7, 1)) is None
