"""Make the small case that an earlier IEPDesk wrote, with THAT version's own code (issue 14).

    git -C /work/main worktree add --detach /tmp/oldcase-v3 <commit>
    .venv/bin/python tests/core/data/old_cases/make_old_case.py /tmp/oldcase-v3 tests/core/data/old_cases/v3
    git -C /work/main worktree remove --force /tmp/oldcase-v3

The script runs itself again with PYTHONPATH set to the checkout (and a throw-away HOME, a keyring that
always fails), checks that ``iepdesk`` really comes from the checkout, reads the checkout's schema
version from its migration ladder, and writes through that version's own core functions a few records of
each kind the version has. Everything in it is made up: "Test Child One", example.org addresses, 555
phone numbers. Beside the case it writes ``contents.json``: what was put in (counts per table and the
values the tests read back). The folder must not exist yet.

Only the standard library and the old checkout's own imports are used, so it keeps working against any
earlier commit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

PASSPHRASE = "old case passphrase"
CHILD = "Test Child One"
CASE_NAME = "case.iepcase"
D = dt.date


def main(argv: list[str]) -> int:
    if len(argv) == 4 and argv[1] == "--inner":
        return _inner(Path(argv[2]), Path(argv[3]))
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    checkout, out = Path(argv[1]).resolve(), Path(argv[2]).resolve()
    if not (checkout / "iepdesk" / "casefile" / "migrations.py").is_file():
        print(f"{checkout} is not a checkout of IEPDesk", file=sys.stderr)
        return 2
    if out.exists():
        print(f"{out} exists already; it is never overwritten", file=sys.stderr)
        return 2
    commit = subprocess.run(
        ["git", "-C", str(checkout), "rev-parse", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()
    subject = subprocess.run(
        ["git", "-C", str(checkout), "log", "-1", "--format=%cI %s"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="old-case-home-") as home:
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("PYTHONPATH", "DBUS_SESSION_BUS_ADDRESS", "PYTHONHOME")
        }
        env.update(
            PYTHONPATH=str(checkout),
            HOME=home,
            XDG_CONFIG_HOME=f"{home}/config",
            XDG_DATA_HOME=f"{home}/data",
            XDG_CACHE_HOME=f"{home}/cache",
            XDG_STATE_HOME=f"{home}/state",
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
            QT_QPA_PLATFORM="offscreen",
            OLD_CASE_COMMIT=commit,
            OLD_CASE_COMMIT_SUBJECT=subject,
        )
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--inner", str(checkout), str(out)],
            env=env,
            cwd=home,
            check=False,
        )
    return done.returncode


# ---- run with the old checkout's code -----------------------------------------------------------------
def _inner(checkout: Path, out: Path) -> int:
    import iepdesk
    from iepdesk.casefile import Argon2Params, Case, migrations

    origin = Path(iepdesk.__file__).resolve()
    if checkout not in origin.parents:
        raise SystemExit(f"iepdesk was imported from {origin}, not from the checkout {checkout}")
    version = int(migrations.LADDER[-1].version)

    out.mkdir(parents=True)
    # The cheapest parameters the key-slot file accepts (what every version's tests use).
    case, secret = Case.create(out / CASE_NAME, CHILD, PASSPHRASE, Argon2Params())
    values: dict[str, Any] = {}
    try:
        _fill(version, values)
        counts = _counts()
    finally:
        case.lock()

    files = sorted(p for p in out.iterdir() if p.is_file())
    manifest = {
        "about": "A small, entirely made-up case written by an earlier IEPDesk (see README.md).",
        "schema_version": version,
        "commit": os.environ.get("OLD_CASE_COMMIT", ""),
        "commit_subject": os.environ.get("OLD_CASE_COMMIT_SUBJECT", ""),
        "made_on": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "case_file": CASE_NAME,
        "passphrase": PASSPHRASE,
        "recovery_secret": secret.formatted(),
        "kdf": {"memory_kib": Argon2Params().memory_kib, "iterations": Argon2Params().iterations},
        "files": {
            p.name: {"bytes": p.stat().st_size, "sha256": hashlib.sha256(p.read_bytes()).hexdigest()}
            for p in files
        },
        "counts": counts,
        "values": values,
    }
    (out / "contents.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"v{version}: {', '.join(f'{p.name} {p.stat().st_size} B' for p in files)}")
    return 0


def _counts() -> dict[str, int]:
    """Rows of every table of the case (FTS shadow tables and SQLite's own left out)."""
    from iepdesk.model import database

    names = [
        str(r[0])
        for r in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_index_%' ORDER BY name"
        ).fetchall()
    ]
    return {name: int(database.execute_sql(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def _fill(version: int, values: dict[str, Any]) -> None:
    """A few records of each kind ``version`` has, through that version's own functions."""
    from iepdesk.model import Child, Contact

    child = Child.the_child()
    child.date_of_birth = D(2015, 1, 1)
    child.grade = "4"
    child.school = "Example Elementary School"
    child.district = "Example School District"
    if version >= 2:
        child.last_evaluation_date = D(2023, 5, 15)
    if version >= 5:
        child.home_address = "1 Example Street, Testtown"
        child.parent_name = "Test Parent One"
        child.parent_email = "parent.one@example.org"
        child.parent_phone = "555-0101"
        child.parent_address = "1 Example Street, Testtown"
    child.save()
    values["child"] = {
        "name": CHILD,
        "date_of_birth": "2015-01-01",
        "grade": "4",
        "school": "Example Elementary School",
        "district": "Example School District",
    }
    if version >= 2:
        values["child"]["last_evaluation_date"] = "2023-05-15"
    if version >= 5:
        values["child"].update(parent_name="Test Parent One", parent_email="parent.one@example.org")

    Contact.create(
        name="Test Teacher One",
        role="Case manager",
        email="teacher.one@example.org",
        phone="555-0100",
        notes="Made-up contact for a test case.",
        position=0,
    )
    therapist = Contact.create(
        name="Test Therapist Two",
        role="Speech-language pathologist",
        email="therapist.two@example.org",
        phone="555-0102",
        position=1,
    )
    values["contacts"] = [
        {"name": "Test Teacher One", "role": "Case manager", "email": "teacher.one@example.org"},
        {
            "name": "Test Therapist Two",
            "role": "Speech-language pathologist",
            "email": "therapist.two@example.org",
        },
    ]
    if version < 2:
        return

    # ---- v2: an IEP version with a service, an accommodation and a goal -------------------------------
    from iepdesk.iep import edits
    from iepdesk.model import IepVersion

    iep = IepVersion.create(
        kind="annual",
        status="final",
        meeting_date=D(2025, 8, 28),
        effective_from=D(2025, 9, 2),
        effective_to=D(2026, 9, 1),
        notes="Made-up IEP of a test case.",
    )
    speech = edits.add_provision(
        iep.id,
        "service",
        title="Speech-language therapy",
        iep_wording=(
            "30 minutes of individual speech-language therapy, 2 times per week, in the therapy room."
        ),
        page_ref="p. 9, Services",
        minutes_per_session=30,
        sessions_per_period=2,
        period="week",
        delivery="individual",
        location="therapy room",
        provider_role="speech-language pathologist",
    )
    extended = edits.add_provision(
        iep.id,
        "accommodation",
        title="Extended time on tests",
        iep_wording="Time and a half on classroom tests and quizzes, given without the child asking.",
        page_ref="p. 11, Accommodations",
        applies_when="tests",
        location="classroom",
        provider_role="general education teacher",
        how_given="prompted",
    )
    goal = edits.add_provision(
        iep.id,
        "goal",
        title="Articulation of /r/",
        area="Communication",
        baseline="Says /r/ correctly in 40% of words in structured tasks.",
        target="Says /r/ correctly in 80% of words in structured tasks.",
        measurement="Therapist's data, 3 probes per quarter.",
        reporting_schedule="Each quarter",
    )
    values["iep_versions"] = [
        {
            "id": iep.id,
            "kind": "annual",
            "status": "final",
            "meeting_date": "2025-08-28",
            "effective_from": "2025-09-02",
            "effective_to": "2026-09-01",
        }
    ]
    values["provisions"] = [
        {
            "id": speech.id,
            "kind": "service",
            "title": "Speech-language therapy",
            "minutes_per_session": 30,
            "sessions_per_period": 2,
            "period": "week",
            "delivery": "individual",
            "location": "therapy room",
        },
        {
            "id": extended.id,
            "kind": "accommodation",
            "title": "Extended time on tests",
            "applies_when": "tests",
            "how_given": "prompted",
        },
        {"id": goal.id, "kind": "goal", "title": "Articulation of /r/", "area": "Communication"},
    ]
    if version < 3:
        return

    # ---- v3: school calendar, service log, incidents, case settings -----------------------------------
    from iepdesk import case_settings
    from iepdesk.model import GradingPeriod, NonSchoolDay, SchoolYear
    from iepdesk.schedule import logbook

    SchoolYear.create(name="2025-26", first_day=D(2025, 8, 25), last_day=D(2026, 6, 10), weekdays="1,2,3,4,5")
    NonSchoolDay.create(
        first_day=D(2025, 10, 13), last_day=D(2025, 10, 13), kind="holiday", label="Test holiday"
    )
    GradingPeriod.create(name="Quarter 1", first_day=D(2025, 8, 25), last_day=D(2025, 10, 31))
    case_settings.save(case_settings.CaseSettings(shortfall_threshold_pct=90))
    values["school_year"] = {"name": "2025-26", "first_day": "2025-08-25", "last_day": "2026-06-10"}
    values["non_school_days"] = [{"first_day": "2025-10-13", "kind": "holiday", "label": "Test holiday"}]
    values["grading_periods"] = [{"name": "Quarter 1", "first_day": "2025-08-25", "last_day": "2025-10-31"}]
    values["case_settings"] = {"shortfall_threshold_pct": 90}

    log = [
        # (day, status, minutes, reason, source, note)
        (D(2025, 9, 9), "delivered", None, None, "provider_log", ""),
        (D(2025, 9, 11), "shortened", 20, "school_event", "provider_log", "Assembly ran late."),
        (
            D(2025, 9, 16),
            "missed",
            None,
            "provider_absent",
            "child_reported",
            "Therapist out, no substitute.",
        ),
        (D(2025, 9, 18), "missed", None, "student_absent", "parent_saw", "Child home sick."),
        (D(2025, 9, 23), "delivered", 30, None, "provider_log", ""),
        (D(2025, 9, 25), "makeup", 30, None, "provider_log", "Make-up for Sept 16."),
    ]
    entries = []
    for day, status, minutes, reason, source, note in log:
        entry = logbook.log_session(
            speech.id, day, status, minutes=minutes, reason=reason, source=source, note=note
        )
        entries.append(
            {
                "id": entry.id,
                "date": day.isoformat(),
                "status": status,
                "minutes": minutes,
                "reason": reason,
                "source": source,
                "note": note,
            }
        )
    values["log_entries"] = entries

    incident = logbook.record_incident(
        D(2025, 9, 19),
        [extended.id],
        "Spelling test given with no extra time.",
        reported_by="Test Child One",
        child_words="The teacher took my test at the bell.",
        evidence="Test paper with the time written on it.",
    )
    values["incidents"] = [
        {
            "id": incident.id,
            "date": "2025-09-19",
            "what_happened": "Spelling test given with no extra time.",
            "provisions": [extended.id],
        }
    ]
    if version < 4:
        return

    # ---- v4: a document in the vault, a communication, links ------------------------------------------
    from iepdesk.comms import log as comms_log
    from iepdesk.vault import library, store

    note = b"Made-up note of a test case: the spelling test on Sept 19 had no extra time.\n"
    result = store.import_bytes(
        note, "test-note.txt", title="Test note", kind="other", tags="test, spelling", doc_date=D(2025, 9, 19)
    )
    document = result.document
    assert document is not None
    library.index_text(document.id)
    library.link("document", document.id, "incident", incident.id)
    mail = comms_log.record(
        when="2025-09-17T15:30",
        channel="email",
        direction="from_school",
        subject="Speech session on Sept 16",
        body="Made-up message: the therapist was out on Sept 16; a make-up session will be scheduled.",
        contact_ids=[therapist.id],
        follow_up=D(2025, 9, 24),
        links=[("provision", speech.id)],
    )
    values["documents"] = [
        {
            "id": document.id,
            "title": "Test note",
            "filename": "test-note.txt",
            "bytes": len(note),
            "sha256": hashlib.sha256(note).hexdigest(),
            "text": note.decode(),
            "linked_incident": incident.id,
        }
    ]
    values["communications"] = [
        {
            "id": mail.id,
            "when": "2025-09-17T15:30",
            "subject": "Speech session on Sept 16",
            "people": [therapist.id],
            "follow_up": "2025-09-24",
            "linked_provision": speech.id,
        }
    ]
    if version < 5:
        return

    # ---- v5: a letter and its history ----------------------------------------------------------------
    from iepdesk.letters import drafts

    letter = drafts.create_draft(
        "concerns-letter",
        drafts.Selection(incidents=(incident.id,), provisions=(extended.id,)),
        {},
        today=D(2025, 10, 1),
    )
    edited = str(letter.body) + "\n\nP.S. Made-up edit of a test case."
    drafts.save_body(letter.id, edited)
    values["letters"] = [
        {
            "id": letter.id,
            "kind": "concerns-letter",
            "title": str(letter.title),
            "body_ends_with": "P.S. Made-up edit of a test case.",
            "revisions": len(drafts.history(letter.id)),
        }
    ]
    if version < 6:
        return

    # ---- v6: notes to propose at the next meeting ----------------------------------------------------
    proposal = "Name the two days of the week of the sessions."
    edits.propose_at_next_meeting(speech.id, proposal)
    values["provisions"][0]["to_propose"] = proposal
    if version < 7:
        return

    # ---- v7: how an entry counts beside another source's entry of that day -----------------------------
    twin = logbook.log_session(
        speech.id, D(2025, 9, 9), "delivered", source="parent_saw", note="Child said it happened."
    )
    logbook.set_counting(twin.id, "preferred")
    entries.append(
        {
            "id": twin.id,
            "date": "2025-09-09",
            "status": "delivered",
            "minutes": None,
            "reason": None,
            "source": "parent_saw",
            "note": "Child said it happened.",
            "counting": "preferred",
        }
    )
    if version < 8:
        return

    # ---- v8: a letter's language, and the parent's copy in the other language ------------------------
    pair = drafts.create_draft(
        "records-request", None, {}, today=D(2025, 10, 1), language="en", copy_language="es"
    )
    copy = drafts.copy_for(pair.id)
    assert copy is not None
    values["bilingual_letter"] = {
        "id": pair.id,
        "copy_id": copy.id,
        "language": pair.language,
        "copy_language": copy.language,
        "title": str(pair.title),
        "copy_title": str(copy.title),
    }
    if version < 9:
        return

    # ---- v9: the child's state, a goal's numbers, data points and a progress report ------------------
    from iepdesk import profile
    from iepdesk.progress import points, reports

    profile.save_state("CA")
    edits.update_provision(goal.id, {"baseline_value": "40", "target_value": "80", "unit": "percent correct"})
    made = []
    for day, value in ((D(2025, 9, 15), "42"), (D(2025, 10, 6), "50"), (D(2025, 10, 27), "55")):
        point_id = points.save(
            points.PointData(goal.id, day, value, unit="percent correct", measured_by="Test Therapist Two")
        )
        made.append({"id": point_id, "day": day.isoformat(), "value": value})
    report_id = reports.save_report(
        reports.ReportData(
            iep.id,
            expected_on=None,
            received_on=D(2025, 11, 7),
            note="First quarter report.",
            goals=(reports.GoalReportData(goal.id, "progressing", "Making steady progress."),),
        )
    )
    values["state"] = "CA"
    values["goal_numbers"] = {
        "id": goal.id,
        "baseline_value": "40",
        "target_value": "80",
        "unit": "percent correct",
    }
    values["data_points"] = made
    values["progress_reports"] = [
        {
            "id": report_id,
            "received_on": "2025-11-07",
            "goal": goal.id,
            "status": "progressing",
            "words": "Making steady progress.",
        }
    ]


if __name__ == "__main__":
    sys.exit(main(sys.argv))
