"""Cases written by every earlier schema version open, migrate and read correctly with today's code.

tests/core/data/old_cases/vN/ holds a small, made-up case that the IEPDesk of the last commit at schema
version N wrote with its own code (see the README there and make_old_case.py), and contents.json, what
was put in it. Each test works on a copy in the test's own folder; the committed files are never
opened in place. Issue 14 (as TagStudio tests its committed libraries).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import factories
import pytest

from iepdesk import case_settings, search
from iepdesk.casefile import Case, migrations, sqlcipher
from iepdesk.casefile.keyslots import KeySlotFile
from iepdesk.errors import NewerCaseVersionError
from iepdesk.iep import versions
from iepdesk.model import (
    Child,
    Contact,
    IepVersion,
    Letter,
    Provision,
    ServiceLogEntry,
)
from iepdesk.portable import export_case
from iepdesk.schedule import entries as service_log
from iepdesk.schedule import logbook
from iepdesk.schedule.ledger import build_ledger
from iepdesk.schedule.school_calendar import SchoolCalendar

D = dt.date
OLD_CASES = Path(__file__).resolve().parent / "data" / "old_cases"
LATEST = migrations.LATEST_VERSION
VERSIONS = sorted(int(p.name[1:]) for p in OLD_CASES.glob("v*") if p.is_dir() and p.name[1:].isdigit())

# The log every case from schema 3 on holds (speech therapy: 30 minutes, 2 sessions a week), and the
# ledger of Sept 8-26, 2025 (three whole school weeks, no day off) as of Sept 30, worked out by hand:
#   week of  8: 9/9 delivered (as planned, 30)        -> delivered 30
#               9/11 shortened to 20 (school event)   -> delivered 20, missed 10
#   week of 15: 9/16 missed, provider absent          -> missed 30
#               9/18 missed, student absent (excused) -> excused 30
#   week of 22: 9/23 delivered 30                     -> delivered 30
#               second session: nothing logged        -> not recorded 30
#               9/25 make-up of 30                    -> made up 30 (outside the required sessions)
# required 6 x 30 = 180 = delivered 80 + excused 30 + missed 40 + not recorded 30
# owed = missed 40 - made up 30 = 10; rate = (80 + 30) / (180 - 30 - 30) = 110 / 120
LEDGER = (D(2025, 9, 8), D(2025, 9, 26), D(2025, 9, 30))
EXPECTED_FIGURES = dict(
    required=180,
    delivered=80,
    excused=30,
    missed=40,
    made_up=30,
    not_recorded=30,
    sessions_required=6,
    sessions_not_recorded=1,
)


def _manifest(version: int) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((OLD_CASES / f"v{version}" / "contents.json").read_text("utf-8"))
    return data


def _copy(version: int, folder: Path) -> Path:
    """The case's own files (not contents.json) copied into ``folder``; the path to open."""
    manifest = _manifest(version)
    folder.mkdir(parents=True, exist_ok=True)
    for name in manifest["files"]:
        shutil.copyfile(OLD_CASES / f"v{version}" / name, folder / name)
    return folder / manifest["case_file"]


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _key(path: Path, passphrase: str) -> bytes:
    """The data key through the key-slot file alone (reads, writes nothing)."""
    return KeySlotFile.load(path.with_name(path.name + ".keys")).unlock_with_passphrase(passphrase)


def _user_version(path: Path, key: bytes) -> int:
    with sqlcipher.readonly(path, key) as conn:
        return migrations.schema_version(conn)


def _schema(path: Path, key: bytes) -> dict[tuple[str, str], str]:
    """Every table, index and trigger with its SQL, whitespace folded."""
    with sqlcipher.readonly(path, key) as conn:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL"
        ).fetchall()
    return {(str(t), str(n)): " ".join(str(s).split()) for t, n, s in rows}


def _counts(path: Path, key: bytes, tables: list[str]) -> dict[str, int]:
    with sqlcipher.readonly(path, key) as conn:
        return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}


@pytest.fixture
def new_case_schema(sandbox) -> dict[tuple[str, str], str]:
    """The schema of a case made today, to compare a migrated one with."""
    path = sandbox.root / "fresh" / "fresh.iepcase"
    path.parent.mkdir()
    case, _secret = Case.create(path, "Test Child Fresh", "fresh passphrase", None)
    key = case.data_key
    case.lock()
    return _schema(path, key)


# ---- the committed cases themselves -------------------------------------------------------------------
def test_there_is_an_old_case_for_every_schema_version() -> None:
    """A new schema version needs its committed case too: make it with make_old_case.py (README)."""
    schema_versions = list(range(1, LATEST + 1))
    assert schema_versions == VERSIONS, f"old cases of versions {VERSIONS}; schema versions {schema_versions}"
    for version in VERSIONS:
        manifest = _manifest(version)
        assert manifest["schema_version"] == version
        assert manifest["values"]["child"]["name"] == "Test Child One"
        for name, info in manifest["files"].items():
            data = (OLD_CASES / f"v{version}" / name).read_bytes()
            assert len(data) == info["bytes"] and hashlib.sha256(data).hexdigest() == info["sha256"], name
            assert b"Test Child" not in data  # encrypted: not a byte of plaintext


@pytest.mark.parametrize("version", VERSIONS)
def test_an_old_case_is_at_its_own_version_before_it_is_opened(version: int, sandbox) -> None:
    manifest = _manifest(version)
    path = _copy(version, sandbox.documents)
    assert _user_version(path, _key(path, manifest["passphrase"])) == version


# ---- open, migrate, read -------------------------------------------------------------------------------
@pytest.mark.parametrize("version", VERSIONS)
def test_an_old_case_opens_and_is_migrated_to_the_current_schema(
    version: int, sandbox, new_case_schema: dict[tuple[str, str], str]
) -> None:
    manifest = _manifest(version)
    path = _copy(version, sandbox.documents)
    before = _fingerprint(sandbox.documents)

    with Case.open(path, manifest["passphrase"]) as case:
        key = case.data_key
        result = case.check()
        assert result.ok, result.problems
        assert result.schema_version == LATEST
        assert case.child_name == "Test Child One"
    assert _user_version(path, key) == LATEST
    # The migrated schema is exactly that of a case made today (a ladder step edited after its release
    # would leave old cases with other tables than new ones).
    assert _schema(path, key) == new_case_schema

    after = _fingerprint(sandbox.documents)
    backups = sorted(n for n in after if n not in before)
    if version == LATEST:
        assert after == before  # nothing to migrate: nothing written, no backup
    else:
        # An encrypted backup of the case as it was, beside it, before the migration.
        assert len(backups) == 2, backups
        backup = next(sandbox.documents / n for n in backups if n.endswith(".iepcase"))
        assert backup.name.startswith(f"case.before-v{LATEST}-")
        assert backup.with_name(backup.name + ".keys").exists()
        assert _user_version(backup, key) == version
        assert b"Test Child" not in backup.read_bytes()


@pytest.mark.parametrize("version", VERSIONS)
def test_every_record_of_an_old_case_reads_back_through_the_current_code(version: int, sandbox) -> None:
    manifest = _manifest(version)
    values = manifest["values"]
    path = _copy(version, sandbox.documents)

    with Case.open(path, manifest["passphrase"]) as case:
        key = case.data_key
        _check_child_and_team(values)
        if version >= 2:
            _check_iep(values, version)
        if version >= 3:
            _check_calendar_log_and_incidents(values, version)
        else:
            _check_ledger_without_a_log(version)
        if version >= 4:
            _check_vault_and_communications(values)
        if version >= 5:
            _check_letters(values)
        _check_search(version)
        _check_progress(values, version)
        exported = export_case()
        assert exported["schema_version"] == LATEST
        assert [c["name"] for c in exported["contacts"]] == [c["name"] for c in values["contacts"]]
    # No record lost or added by the migration (tables new since the case was made are empty unless
    # the migration fills them, as v4's search index is filled from the records already there).
    counts = _counts(path, key, list(manifest["counts"]))
    assert counts == manifest["counts"]


def _check_child_and_team(values: dict[str, Any]) -> None:
    child = Child.the_child()
    expected = values["child"]
    assert child.name == expected["name"]
    assert child.date_of_birth == D.fromisoformat(expected["date_of_birth"])
    assert (child.grade, child.school, child.district) == (
        expected["grade"],
        expected["school"],
        expected["district"],
    )
    if "last_evaluation_date" in expected:
        assert child.last_evaluation_date == D.fromisoformat(expected["last_evaluation_date"])
    else:
        assert child.last_evaluation_date is None  # column added by v2's step, empty
    # Columns added by v5's step read as empty on an older case.
    assert child.parent_name == expected.get("parent_name", "")
    assert child.parent_email == expected.get("parent_email", "")
    assert [(c.name, c.role, c.email) for c in Contact.ordered()] == [
        (c["name"], c["role"], c["email"]) for c in values["contacts"]
    ]


def _check_iep(values: dict[str, Any], version: int) -> None:
    (expected_version,) = values["iep_versions"]
    in_effect = versions.in_effect_on(D(2025, 10, 1))
    assert in_effect is not None and in_effect.id == expected_version["id"]
    assert (in_effect.kind, in_effect.status) == ("annual", "final")
    assert in_effect.effective_from == D.fromisoformat(expected_version["effective_from"])
    assert in_effect.effective_to == D.fromisoformat(expected_version["effective_to"])
    assert versions.timeline_issues(D(2025, 10, 1)) == []

    provisions = versions.provisions_of(in_effect)
    assert [(p.id, p.kind, p.title) for p in provisions] == [
        (p["id"], p["kind"], p["title"]) for p in values["provisions"]
    ]
    service, accommodation, goal = provisions
    expected_service = values["provisions"][0]
    assert (service.minutes_per_session, service.sessions_per_period, service.period, service.delivery) == (
        expected_service["minutes_per_session"],
        expected_service["sessions_per_period"],
        expected_service["period"],
        expected_service["delivery"],
    )
    assert service.location == expected_service["location"]
    assert service.days_of_week == ""  # v3's column, empty on a v2 case
    assert service.to_propose == expected_service.get("to_propose", "")  # v6's column
    assert (accommodation.applies_when, accommodation.how_given) == ("tests", "prompted")
    assert goal.area == "Communication"


def _ledger_totals() -> Any:
    start, end, as_of = LEDGER
    ledger = build_ledger(start, end, as_of=as_of)
    (total,) = ledger.totals
    assert total.service == "Speech-language therapy"
    return ledger, total.figures


def _check_ledger_without_a_log(version: int) -> None:
    """A case from before the log: its service is expected on every weekday (no school year yet) and
    nothing is recorded, so all 180 minutes are "not recorded", none delivered or missed."""
    if version < 2:
        return
    ledger, figures = _ledger_totals()
    assert (figures.required, figures.not_recorded, figures.delivered, figures.missed) == (180, 180, 0, 0)
    assert any("No school year" in w for w in ledger.warnings)


def _check_calendar_log_and_incidents(values: dict[str, Any], version: int) -> None:
    calendar = SchoolCalendar.load()
    assert not calendar.assumed
    assert calendar.is_school_day(D(2025, 9, 9))
    assert not calendar.is_school_day(D(2025, 10, 13))  # the case's "Test holiday"
    assert not calendar.is_school_day(D(2025, 9, 13))  # a Saturday
    settings = case_settings.load()
    assert settings.shortfall_threshold_pct == values["case_settings"]["shortfall_threshold_pct"]
    assert settings.excused_reasons == case_settings.CaseSettings().excused_reasons

    entries = service_log.entries_between(D(2025, 9, 1), D(2025, 9, 30))
    by_id = {e.id: e for e in entries}
    assert sorted(by_id) == sorted(e["id"] for e in values["log_entries"])
    for expected in values["log_entries"]:
        entry = by_id[expected["id"]]
        assert entry.day == D.fromisoformat(expected["date"])
        assert (entry.status, entry.minutes, entry.reason, entry.source, entry.note) == (
            expected["status"],
            expected["minutes"],
            expected["reason"],
            expected["source"],
            expected["note"],
        )
        assert entry.counting == expected.get("counting", "")  # v7's column: "" on older cases
    missed = [e for e in entries if e.status == "missed"]
    assert {(e.day, e.reason) for e in missed} == {
        (D(2025, 9, 16), "provider_absent"),
        (D(2025, 9, 18), "student_absent"),
    }

    ledger, figures = _ledger_totals()
    for name, expected_value in EXPECTED_FIGURES.items():
        assert getattr(figures, name) == expected_value, name
    assert figures.owed == 10
    assert figures.rate == pytest.approx(110 / 120)
    assert figures.excused_entries == [_entry_id(values, D(2025, 9, 18))]
    assert sorted(figures.missed_entries) == sorted(
        [_entry_id(values, D(2025, 9, 11)), _entry_id(values, D(2025, 9, 16))]
    )
    assert figures.made_up_entries == [_entry_id(values, D(2025, 9, 25))]
    assert figures.not_recorded_slots == [D(2025, 9, 22)]
    assert ledger.unmatched_entries == [] and ledger.conflicts == []
    if version >= 7:
        # The second record of 9/9 (the parent's, "preferred") is counted instead of the provider's.
        (provider, parent) = (e["id"] for e in values["log_entries"] if e["date"] == "2025-09-09")
        assert parent in figures.delivered_entries and provider not in figures.delivered_entries
        assert ledger.duplicate_entries == [provider]
    else:
        assert ledger.duplicate_entries == []

    (expected_incident,) = values["incidents"]
    (incident,) = logbook.find_incidents(D(2025, 9, 1), D(2025, 9, 30))
    assert incident.id == expected_incident["id"]
    assert incident.date == D.fromisoformat(expected_incident["date"])
    assert incident.what_happened == expected_incident["what_happened"]
    assert incident.child_words == "The teacher took my test at the bell."
    assert [p.id for p in logbook.incident_provisions(incident.id)] == expected_incident["provisions"]


def _entry_id(values: dict[str, Any], day: dt.date) -> int:
    (found,) = (
        e["id"] for e in values["log_entries"] if e["date"] == day.isoformat() and "counting" not in e
    )
    return int(found)


def _check_vault_and_communications(values: dict[str, Any]) -> None:
    from iepdesk.comms import log as comms_log
    from iepdesk.vault import library, store

    (expected_doc,) = values["documents"]
    (document,) = library.documents()
    assert (document.id, document.title, document.filename) == (
        expected_doc["id"],
        expected_doc["title"],
        expected_doc["filename"],
    )
    assert document.tag_list() == ["test", "spelling"]
    data = store.read_bytes(document.id)
    assert data == expected_doc["text"].encode()
    assert hashlib.sha256(data).hexdigest() == expected_doc["sha256"] == document.sha256
    assert store.verify(document.id)
    assert ("incident", expected_doc["linked_incident"]) in library.linked("document", document.id)

    (expected_mail,) = values["communications"]
    (mail,) = comms_log.between(D(2025, 9, 1), D(2025, 9, 30))
    assert (mail.id, mail.when, mail.subject) == (
        expected_mail["id"],
        expected_mail["when"],
        expected_mail["subject"],
    )
    assert mail.follow_up == D.fromisoformat(expected_mail["follow_up"])
    assert [c.id for c in comms_log.people_of(mail.id)] == expected_mail["people"]
    assert ("provision", expected_mail["linked_provision"]) in library.linked("communication", mail.id)
    assert [c.id for c in comms_log.follow_ups_due(D(2025, 9, 30))] == [mail.id]


def _check_letters(values: dict[str, Any]) -> None:
    from iepdesk.letters import drafts

    (expected,) = values["letters"]
    letter = Letter.get_by_id(expected["id"])
    assert (letter.kind, letter.title) == (expected["kind"], expected["title"])
    assert str(letter.body).endswith(expected["body_ends_with"])
    assert len(drafts.history(letter.id)) == expected["revisions"]
    checked = drafts.check(letter, today=D(2025, 10, 1))
    assert checked.elements  # today's checks run on the old letter
    assert drafts.text_for_export(letter).strip()


def _check_progress(values: dict[str, Any], version: int) -> None:
    """v9's goal numbers, data points and progress report read back; an older case migrates with the
    progress tables empty and no state."""
    from iepdesk import profile
    from iepdesk.progress import points, reports

    assert profile.load_state() == values.get("state", "")
    if version < 2:
        assert points.points_of([]) == [] and reports.reports() == []
        return
    goal = Provision.get_by_id(values["provisions"][2]["id"])
    numbers = values.get("goal_numbers", {"baseline_value": "", "target_value": "", "unit": ""})
    assert (goal.baseline_value, goal.target_value, goal.unit) == (
        numbers["baseline_value"],
        numbers["target_value"],
        numbers["unit"],
    )
    found = points.points_of([goal.id])
    expected_points = values.get("data_points", [])
    # The 3 typed points, plus none from the report (it gave a status only, no value).
    assert [(p.id, p.day.isoformat(), p.value) for p in found] == [
        (e["id"], e["day"], e["value"]) for e in expected_points
    ]
    got = reports.reports()
    expected_reports = values.get("progress_reports", [])
    assert [r.id for r in got] == [e["id"] for e in expected_reports]
    for expected in expected_reports:
        report = reports.get_report(expected["id"])
        assert report is not None
        assert report.received_on == D.fromisoformat(expected["received_on"])
        statuses = [(g.goal_id, g.status, g.words) for g in report.goals]
        assert statuses == [(expected["goal"], expected["status"], expected["words"])]


def _check_search(version: int) -> None:
    """The search index (v4) holds the records written before it existed, and those after."""
    if version < 2:
        assert search.search("speech") == []
        return
    kinds = {h.kind for h in search.search("speech")}
    assert "provision" in kinds
    if version >= 3:
        assert ("incident", 1) in {(h.kind, h.ref_id) for h in search.search("spelling")}
        assert "service_log_entry" in {h.kind for h in search.search("assembly")}
    if version >= 4:
        hits = {h.kind for h in search.search("spelling")}
        assert "document" in hits
        assert "communication" in {h.kind for h in search.search("make-up session")}


# ---- writing to a migrated case -----------------------------------------------------------------------
@pytest.mark.parametrize("version", VERSIONS)
def test_a_migrated_case_takes_todays_records(version: int, sandbox) -> None:
    """What the window writes today goes into the migrated case and counts in the ledger."""
    manifest = _manifest(version)
    path = _copy(version, sandbox.documents)
    with Case.open(path, manifest["passphrase"]):
        if version < 3:
            factories.school_year()
        if version < 2:
            iep = factories.version(D(2025, 9, 2), D(2026, 9, 1), meeting_date=D(2025, 9, 2))
            speech = factories.service(iep, title="Speech-language therapy")
            factories.accommodation(iep)
        else:
            speech = Provision.get_by_id(manifest["values"]["provisions"][0]["id"])
        # The week of Sept 29 (2 x 30 required): Monday delivered; Wednesday's session missed, logged
        # by the provider and by the parent, the parent's record "preferred" (v7's column): counted
        # once, from the parent's record -> delivered 30, missed 30, the provider's set aside.
        monday = factories.log(speech, D(2025, 9, 29), source="provider_log")
        provider = factories.log(
            speech, D(2025, 10, 1), "missed", reason="provider_absent", source="provider_log"
        )
        parent = factories.log(
            speech,
            D(2025, 10, 1),
            "missed",
            reason="provider_absent",
            source="parent_saw",
            counting="preferred",
        )
        assert parent.counting == "preferred"
        ledger = build_ledger(D(2025, 9, 29), D(2025, 10, 3), as_of=D(2025, 10, 3))
        (total,) = ledger.totals
        figures = total.figures
        assert (figures.required, figures.delivered, figures.missed, figures.owed) == (60, 30, 30, 30)
        assert figures.delivered_entries == [monday.id] and figures.missed_entries == [parent.id]
        assert ledger.duplicate_entries == [provider.id]
        assert IepVersion.select().count() == 1
    with Case.open(path, manifest["passphrase"]):
        assert ServiceLogEntry.select().where(ServiceLogEntry.date >= D(2025, 9, 29)).count() == 3


# ---- opening again ------------------------------------------------------------------------------------
@pytest.mark.parametrize("version", VERSIONS)
def test_opening_a_migrated_case_again_changes_nothing(version: int, sandbox) -> None:
    manifest = _manifest(version)
    path = _copy(version, sandbox.documents)
    Case.open(path, manifest["passphrase"]).lock()
    once = _fingerprint(sandbox.documents)
    key = _key(path, manifest["passphrase"])
    schema = _schema(path, key)

    with Case.open(path, manifest["passphrase"]) as case:
        assert case.check().schema_version == LATEST
        assert Child.the_child().name == "Test Child One"
    assert _fingerprint(sandbox.documents) == once  # same bytes, and no second backup
    assert _schema(path, key) == schema
    # The ladder has nothing left to run on it.
    with sqlcipher.readonly(path, key) as conn:
        assert migrations.pending(conn) == []


# ---- a newer case -------------------------------------------------------------------------------------
@pytest.mark.parametrize("version", [VERSIONS[0], VERSIONS[-1]])
def test_a_case_from_a_newer_schema_is_refused_and_left_as_it_was(version: int, sandbox) -> None:
    """A case whose version field says it is newer than this program (its tables are those of
    ``version``): refused before anything is written, with a message that says what to do."""
    manifest = _manifest(version)
    path = _copy(version, sandbox.documents)
    key = _key(path, manifest["passphrase"])
    conn = sqlcipher.connect(path, key)  # the version field is SQLite's user_version
    try:
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    finally:
        conn.close()
    assert _user_version(path, key) == LATEST + 1
    before = _fingerprint(sandbox.documents)

    with pytest.raises(NewerCaseVersionError) as refused:
        Case.open(path, manifest["passphrase"])
    message = str(refused.value)
    assert "newer version of IEPDesk" in message
    assert f"case format {LATEST + 1}" in message and f"reads up to {LATEST}" in message
    assert "nothing was changed" in message
    with pytest.raises(NewerCaseVersionError):
        Case.open_with_key(path, key)
    assert _fingerprint(sandbox.documents) == before  # not a byte written, no backup made
    assert _user_version(path, key) == LATEST + 1
