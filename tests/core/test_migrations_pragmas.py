"""Schema versions: a newer case is refused untouched, an older one is backed up (encrypted) before it is
migrated, a failing step leaves the case as it was. And the pragmas every connection must have."""

from __future__ import annotations

import re

import pytest
from core_support import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    assert_plain_failure,
    fingerprint,
    folder_listing,
    keys_of,
    run_cli,
)

from iepdesk.casefile import Case, migrations, sqlcipher
from iepdesk.errors import NewerCaseVersionError
from iepdesk.model import Contact, database


def _use_ladder(monkeypatch: pytest.MonkeyPatch, ladder: tuple[migrations.Migration, ...]) -> None:
    """Make the program believe its schema ladder is ``ladder`` (``pending`` reads LADDER at call time)."""
    monkeypatch.setattr(migrations, "LADDER", ladder)
    monkeypatch.setattr(migrations, "LATEST_VERSION", ladder[-1].version)


def _user_version(path, key: bytes) -> int:
    with sqlcipher.readonly(path, key) as conn:
        return migrations.schema_version(conn)


def _tables(path, key: bytes) -> set[str]:
    with sqlcipher.readonly(path, key) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


# ---- newer than this program ------------------------------------------------------------------------
def test_a_case_from_a_newer_program_is_refused_untouched(make_case, floor):
    path, secret = make_case()
    with Case.open(path, PASSPHRASE) as case:
        key = case.data_key
    conn = sqlcipher.connect(path, key)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    conn.close()
    before = fingerprint(path, keys_of(path))
    listing = folder_listing(path.parent)

    with pytest.raises(NewerCaseVersionError, match="newer version"):
        Case.open(path, PASSPHRASE)
    with pytest.raises(NewerCaseVersionError):
        Case.open_with_key(path, key)
    with pytest.raises(NewerCaseVersionError):
        Case.recover(path, secret.formatted(), NEW_PASSPHRASE, floor)
    result = run_cli("check", path)
    assert_plain_failure(result, 4)
    assert "newer version" in result.stderr
    assert fingerprint(path, keys_of(path)) == before
    assert folder_listing(path.parent) == listing  # and no "before-v" backup either

    # Even with its key file lost, the kit reports the real reason, not "wrong secret".
    keys_of(path).unlink()
    with pytest.raises(NewerCaseVersionError):
        Case.recover(path, secret.formatted(), NEW_PASSPHRASE, floor)
    assert fingerprint(path) == {str(path): before[str(path)]}


def test_a_program_with_a_shorter_ladder_refuses_todays_case(make_case, monkeypatch):
    """The same from the other side: a fake, older program (its ladder stops at version 1)."""
    if len(migrations.LADDER) < 2:
        pytest.skip("the schema has only one version so far")
    path, _ = make_case()
    before = fingerprint(path, keys_of(path))
    _use_ladder(monkeypatch, migrations.LADDER[:1])
    with pytest.raises(NewerCaseVersionError):
        Case.open(path, PASSPHRASE)
    assert fingerprint(path, keys_of(path)) == before


# ---- older than this program: backup, then migrate --------------------------------------------------
def _backups(path) -> list:
    return sorted(p for p in path.parent.iterdir() if ".before-v" in p.name)


def test_an_older_case_is_backed_up_then_migrated_for_real(make_case, monkeypatch):
    """A case made by a program that knew only schema version 1, opened by today's program."""
    real_ladder = migrations.LADDER
    if len(real_ladder) < 2:
        pytest.skip("the schema has only one version so far")
    with monkeypatch.context() as patch:
        _use_ladder(patch, real_ladder[:1])
        path, _ = make_case()
        with Case.open(path, PASSPHRASE) as case:
            Contact.create(name="Ms. Ana Pérez", role="Case manager")
            key = case.data_key
    assert _user_version(path, key) == 1
    old_bytes = fingerprint(path)[str(path)]

    with Case.open(path, PASSPHRASE) as case:
        assert case.check().schema_version == real_ladder[-1].version
        assert [c.name for c in Contact.select()] == ["Ms. Ana Pérez"]
    latest = real_ladder[-1].version
    db_backups = [p for p in _backups(path) if p.suffix == ".iepcase"]
    assert len(db_backups) == 1, _backups(path)
    db_backup = db_backups[0]
    assert re.fullmatch(rf"Maya\.before-v{latest}-\d{{8}}T\d{{6}}\.iepcase", db_backup.name)
    assert keys_of(db_backup).exists()
    # The backup is the case exactly as it was (still version 1), encrypted, and opens.
    assert not db_backup.read_bytes().startswith(b"SQLite format 3")
    assert _user_version(db_backup, key) == 1
    with monkeypatch.context() as patch:
        _use_ladder(patch, real_ladder[:1])
        with Case.open(db_backup, PASSPHRASE) as copy:
            assert copy.check().ok
            assert [c.name for c in Contact.select()] == ["Ms. Ana Pérez"]
    assert fingerprint(path)[str(path)] != old_bytes  # the case itself did move on


def test_v6_adds_notes_to_propose_and_keeps_the_provisions(make_case, monkeypatch):
    """A case from schema 5 (before notes to propose): its provisions come through, with no notes."""
    v5 = tuple(step for step in migrations.LADDER if step.version <= 5)
    with monkeypatch.context() as patch:
        _use_ladder(patch, v5)
        path, _ = make_case()
        with Case.open(path, PASSPHRASE):
            database.execute_sql("INSERT INTO iep_version (kind, status) VALUES ('annual', 'final')")
            database.execute_sql(
                "INSERT INTO provision (version_id, kind, title, iep_wording) "
                "VALUES (1, 'service', 'Speech', 'Speech as needed.')"
            )
    with Case.open(path, PASSPHRASE) as case:
        assert case.check().schema_version == migrations.LATEST_VERSION  # 6 and every step after it
        row = database.execute_sql("SELECT title, iep_wording, to_propose FROM provision").fetchall()
        assert row == [("Speech", "Speech as needed.", "")]


def test_v7_adds_how_an_entry_counts_and_keeps_the_log(make_case, monkeypatch):
    """A case from schema 6 (before "separate session"): its log entries come through, counted by
    the order of sources (counting '')."""
    v6 = tuple(step for step in migrations.LADDER if step.version <= 6)
    with monkeypatch.context() as patch:
        _use_ladder(patch, v6)
        path, _ = make_case()
        with Case.open(path, PASSPHRASE):
            database.execute_sql("INSERT INTO iep_version (kind, status) VALUES ('annual', 'final')")
            database.execute_sql(
                "INSERT INTO provision (version_id, kind, title) VALUES (1, 'service', 'Speech')"
            )
            database.execute_sql(
                "INSERT INTO service_log_entry (provision_id, date, status, source, note, entered_at) "
                "VALUES (1, '2026-03-03', 'delivered', 'provider_log', 'seen', '')"
            )
    with Case.open(path, PASSPHRASE) as case:
        assert case.check().ok
        assert case.check().schema_version == migrations.LATEST_VERSION  # 7, and every step after it
        row = database.execute_sql(
            "SELECT date, status, source, note, counting FROM service_log_entry"
        ).fetchall()
        assert row == [("2026-03-03", "delivered", "provider_log", "seen", "")]


def _next_step(apply) -> migrations.Migration:
    return migrations.Migration(migrations.LATEST_VERSION + 1, "test step", apply)


def test_a_new_step_backs_up_first_and_the_backup_opens(make_case, monkeypatch):
    path, secret = make_case()
    with Case.open(path, PASSPHRASE) as case:
        Contact.create(name="before the upgrade")
        key = case.data_key
    today = migrations.LATEST_VERSION
    step = _next_step(
        migrations._statements(
            "CREATE TABLE test_extra (id INTEGER PRIMARY KEY, note TEXT NOT NULL)",
            "INSERT INTO test_extra (note) VALUES ('added by the step')",
        )
    )
    with monkeypatch.context() as patch:
        _use_ladder(patch, (*migrations.LADDER, step))
        with Case.open(path, PASSPHRASE) as case:
            assert case.check().schema_version == today + 1
            assert database.execute_sql("SELECT note FROM test_extra").fetchone() == ("added by the step",)
    backups = [p for p in _backups(path) if p.suffix == ".iepcase"]
    assert len(backups) == 1 and backups[0].name.startswith(f"Maya.before-v{today + 1}-")
    assert _user_version(backups[0], key) == today
    assert "test_extra" not in _tables(backups[0], key)
    # Today's program opens the backup with the passphrase, and with the kit.
    with Case.open(backups[0], PASSPHRASE) as copy:
        assert copy.check().ok
        assert [c.name for c in Contact.select()] == ["before the upgrade"]
    keys_of(backups[0]).unlink()
    with Case.recover(backups[0], secret.formatted(), NEW_PASSPHRASE) as copy:
        assert copy.check().schema_version == today


def test_a_failing_step_leaves_the_case_as_it_was(make_case, monkeypatch):
    path, _ = make_case()
    with Case.open(path, PASSPHRASE) as case:
        key = case.data_key

    def half_then_fail(conn) -> None:
        conn.execute("CREATE TABLE test_half (id INTEGER PRIMARY KEY)")
        raise RuntimeError("step failed half way")

    today = migrations.LATEST_VERSION
    with monkeypatch.context() as patch:
        _use_ladder(patch, (*migrations.LADDER, _next_step(half_then_fail)))
        with pytest.raises(RuntimeError, match="half way"):
            Case.open(path, PASSPHRASE)
    assert _user_version(path, key) == today
    assert "test_half" not in _tables(path, key)
    assert database.obj is None  # the failed open did not leave a connection bound
    with Case.open(path, PASSPHRASE) as case:
        assert case.check().ok


# ---- pragmas ---------------------------------------------------------------------------------------
EXPECTED_PRAGMAS = {
    "synchronous": 2,  # FULL
    "temp_store": 2,  # MEMORY
    "secure_delete": 1,
    "foreign_keys": 1,
    "cipher_log_level": "NONE",
}


def _read_pragmas() -> dict[str, object]:
    conn = database.connection()
    return {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in EXPECTED_PRAGMAS}


def test_pragmas_on_every_open(make_case, sandbox, floor):
    path, secret = make_case()
    with Case.open(path, PASSPHRASE) as case:
        assert _read_pragmas() == EXPECTED_PRAGMAS
        conn = database.connection()
        assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
        assert int(conn.execute("PRAGMA cipher_page_size").fetchone()[0]) == 4096
        case.backup(sandbox.documents / "copy.iepcase")
        key = case.data_key
    with Case.open_with_key(path, key):
        assert _read_pragmas() == EXPECTED_PRAGMAS
    with Case.recover(path, secret.formatted(), NEW_PASSPHRASE, floor):
        assert _read_pragmas() == EXPECTED_PRAGMAS
    with Case.open(sandbox.documents / "copy.iepcase", PASSPHRASE):
        assert _read_pragmas() == EXPECTED_PRAGMAS
    # A new case is encrypted from its first byte (no plain SQLite header).
    assert not path.read_bytes()[:16].startswith(b"SQLite format 3")
