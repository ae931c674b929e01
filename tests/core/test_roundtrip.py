"""A case's life: create, write, lock, reopen; passphrase change; recovery kit; backup and restore."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from core_support import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    TRICKY_TEXT,
    WRONG_PASSPHRASE,
    assert_plain_failure,
    fingerprint,
    keys_of,
    recovery_secret_from,
    run_cli,
    sha256,
)

from iepdesk.casefile import Case, RecoverySecret, key_with_passphrase, key_with_recovery, restore
from iepdesk.errors import (
    CaseExistsError,
    CaseLockedError,
    IEPDeskError,
    NotACaseError,
    WrongPassphraseError,
    WrongRecoverySecretError,
)
from iepdesk.model import Child, Contact

CONTACTS = [
    ("Ms. Ana Pérez", "Case manager", "ana.perez@example.org", "+1 (555) 010-2030", TRICKY_TEXT[3]),
    ("Mr. Łukasz Żółć", "Speech-language pathologist", "", "", TRICKY_TEXT[6]),
    ("Dr. 王 小明", "School psychologist", "w@example.org", "555 0100", ""),
]


def _write_child_and_team() -> None:
    child = Child.the_child()
    child.date_of_birth = dt.date(2015, 2, 28)
    child.grade = "3rd — Mrs. Ibáñez"
    child.school = "Escuela Primaria Año Nuevo"
    child.district = "Distrito Unificado de São José"
    child.save()
    for position, (name, role, email, phone, notes) in enumerate(CONTACTS):
        Contact.create(name=name, role=role, email=email, phone=phone, notes=notes, position=position)


def _assert_child_and_team(child_name: str = "Zoë Núñez-Ávila") -> None:
    child = Child.the_child()
    assert (child.name, child.date_of_birth, child.grade, child.school, child.district) == (
        child_name,
        dt.date(2015, 2, 28),
        "3rd — Mrs. Ibáñez",
        "Escuela Primaria Año Nuevo",
        "Distrito Unificado de São José",
    )
    got = [(c.name, c.role, c.email, c.phone, c.notes) for c in Contact.ordered()]
    assert got == CONTACTS


def test_create_write_lock_reopen_read(sandbox, floor):
    path = sandbox.documents / "Zoe.iepcase"
    case, secret = Case.create(path, "  Zoë Núñez-Ávila ", PASSPHRASE, floor)
    assert isinstance(secret, RecoverySecret)
    assert path.exists() and keys_of(path).exists()
    assert case.child_name == "Zoë Núñez-Ávila"  # stripped, accents kept
    _write_child_and_team()
    case.lock()
    assert case.is_locked
    with pytest.raises(CaseLockedError):
        _ = case.data_key
    with pytest.raises(CaseLockedError):
        case.check()
    case.lock()  # twice is fine

    with Case.open(path, PASSPHRASE) as reopened:
        assert reopened.case_id == case.case_id
        _assert_child_and_team()
        assert reopened.check().ok
    # Nothing but the case and its key file is left beside it (no journal, no temp names).
    assert sorted(p.name for p in path.parent.iterdir()) == ["Zoe.iepcase", "Zoe.iepcase.keys"]


def test_create_refuses_blank_child_and_existing_paths(sandbox, floor, make_case):
    with pytest.raises(ValueError, match="name"):
        Case.create(sandbox.documents / "blank.iepcase", "   ", PASSPHRASE, floor)
    assert not (sandbox.documents / "blank.iepcase").exists()

    path, _ = make_case("Maya")
    before = fingerprint(path, keys_of(path))
    with pytest.raises(CaseExistsError):
        Case.create(path, "Someone else", PASSPHRASE, floor)
    lonely_keys = sandbox.documents / "Leo.iepcase.keys"
    lonely_keys.write_text("not mine", encoding="utf-8")
    with pytest.raises(CaseExistsError):
        Case.create(sandbox.documents / "Leo.iepcase", "Leo", PASSPHRASE, floor)
    assert fingerprint(path, keys_of(path)) == before
    assert lonely_keys.read_text(encoding="utf-8") == "not mine"
    assert not (sandbox.documents / "Leo.iepcase").exists()


# ---- passphrase change -----------------------------------------------------------------------------
def test_change_passphrase_api_rewrites_only_the_key_file(make_case, floor):
    path, _ = make_case(child="Zoë Núñez-Ávila")
    with Case.open(path, PASSPHRASE):
        _write_child_and_team()
    db_before, keys_before = sha256(path), sha256(keys_of(path))

    with Case.open(path, PASSPHRASE) as case:
        with pytest.raises(WrongPassphraseError):
            case.change_passphrase(WRONG_PASSPHRASE, NEW_PASSPHRASE, floor)
        case.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, floor)
    assert sha256(path) == db_before
    assert sha256(keys_of(path)) != keys_before

    with pytest.raises(WrongPassphraseError):
        Case.open(path, PASSPHRASE)
    with Case.open(path, NEW_PASSPHRASE):
        _assert_child_and_team()
    assert sha256(path) == db_before


def test_change_passphrase_cli(make_case):
    path, _ = make_case()
    db_before = sha256(path)
    result = run_cli("passwd", path, env={"IEPDESK_NEW_PASSPHRASE": NEW_PASSPHRASE})
    assert result.code == 0, result
    assert "changed" in result.stdout.lower()
    assert sha256(path) == db_before

    old = run_cli("check", path, passphrase=PASSPHRASE)
    assert_plain_failure(old, 3)
    assert "passphrase" in old.stderr.lower()
    new = run_cli("check", path, passphrase=NEW_PASSPHRASE)
    assert (new.code, new.stdout.strip()) == (0, "ok")
    assert sha256(path) == db_before


# ---- recovery kit ----------------------------------------------------------------------------------
def test_recover_api_after_key_file_is_deleted(make_case, floor):
    path, secret = make_case(child="Zoë Núñez-Ávila")
    with Case.open(path, PASSPHRASE):
        _write_child_and_team()
    db_before = sha256(path)
    keys_of(path).unlink()

    with pytest.raises(NotACaseError, match="recovery kit"):
        Case.open(path, PASSPHRASE)
    # Typed back the way people type: lower case, spaces instead of dashes, 0 for O.
    typed = secret.formatted().lower().replace("-", " ").replace("o", "0")
    with Case.recover(path, typed, NEW_PASSPHRASE, floor) as case:
        _assert_child_and_team()
        assert case.check().ok
    assert keys_of(path).exists()
    assert sha256(path) == db_before
    with Case.open(path, NEW_PASSPHRASE):
        _assert_child_and_team()
    with pytest.raises(WrongPassphraseError):
        Case.open(path, PASSPHRASE)
    # The kit still works after recovery (it was kept in the new key file, and derives the key).
    with Case.recover(path, secret.formatted(), PASSPHRASE, floor):
        _assert_child_and_team()


def test_recover_cli_after_key_file_is_deleted(make_case):
    path, secret = make_case()
    keys_of(path).unlink()
    result = run_cli(
        "recover",
        path,
        passphrase=None,
        env={"IEPDESK_RECOVERY_SECRET": secret.formatted(), "IEPDESK_NEW_PASSPHRASE": NEW_PASSPHRASE},
    )
    assert result.code == 0, result
    assert secret.formatted() not in result.stdout + result.stderr
    assert run_cli("check", path, passphrase=NEW_PASSPHRASE).stdout.strip() == "ok"


def test_recover_with_forgotten_passphrase_keeps_key_file_case_id(make_case, floor):
    path, secret = make_case()
    case_id = json.loads(keys_of(path).read_text(encoding="utf-8"))["case_id"]
    with Case.recover(path, secret.formatted(), NEW_PASSPHRASE, floor) as case:
        assert case.case_id == case_id
    assert json.loads(keys_of(path).read_text(encoding="utf-8"))["case_id"] == case_id
    with Case.open(path, NEW_PASSPHRASE):
        pass


def test_recover_when_the_key_file_belongs_to_another_case(make_case, floor):
    """A key file copied over from another case must not stop the kit from opening this one."""
    maya, maya_secret = make_case("Maya", child="Maya")
    leo, _ = make_case("Leo", child="Leo")
    shutil.copyfile(keys_of(leo), keys_of(maya))
    db_before = sha256(maya)
    with Case.recover(maya, maya_secret.formatted(), NEW_PASSPHRASE, floor) as case:
        assert case.child_name == "Maya"
    assert sha256(maya) == db_before
    with Case.open(maya, NEW_PASSPHRASE) as case:
        assert case.child_name == "Maya"


@pytest.mark.parametrize("keys_present", [True, False], ids=["keys-present", "keys-deleted"])
def test_recover_with_a_wrong_secret(make_case, floor, keys_present):
    path, _ = make_case()
    if not keys_present:
        keys_of(path).unlink()
    before = fingerprint(path, keys_of(path))
    other = RecoverySecret.generate().formatted()  # well-formed, check group right, wrong case
    with pytest.raises(WrongRecoverySecretError):
        Case.recover(path, other, NEW_PASSPHRASE, floor)
    result = run_cli(
        "recover",
        path,
        passphrase=None,
        env={"IEPDESK_RECOVERY_SECRET": other, "IEPDESK_NEW_PASSPHRASE": NEW_PASSPHRASE},
    )
    assert_plain_failure(result, 3)
    assert fingerprint(path, keys_of(path)) == before


def _typo(formatted: str) -> str:
    """Change one letter of the first group to another valid base32 letter."""
    first = formatted[0]
    return ("B" if first == "A" else "A") + formatted[1:]


def test_recover_with_a_typo_is_caught_by_the_check_group(make_case, floor):
    path, secret = make_case()
    keys_of(path).unlink()
    before = fingerprint(path, keys_of(path))
    typo = _typo(secret.formatted())
    with pytest.raises(WrongRecoverySecretError, match="typing mistake"):
        RecoverySecret.parse(typo)
    with pytest.raises(WrongRecoverySecretError, match="typing mistake"):
        Case.recover(path, typo, NEW_PASSPHRASE, floor)
    short = secret.formatted()[:-5]
    with pytest.raises(WrongRecoverySecretError, match="56"):
        Case.recover(path, short, NEW_PASSPHRASE, floor)
    result = run_cli(
        "recover",
        path,
        passphrase=None,
        env={"IEPDESK_RECOVERY_SECRET": typo, "IEPDESK_NEW_PASSPHRASE": NEW_PASSPHRASE},
    )
    assert_plain_failure(result, 3)
    assert "typing mistake" in result.stderr
    assert fingerprint(path, keys_of(path)) == before


def test_every_secret_typo_in_any_position_is_caught():
    """One wrong character anywhere (body or check group) never yields a different secret: it is
    refused, or (in the unused low bits of the last body character) it decodes to the same bytes."""
    secret = RecoverySecret.generate()
    text = secret.formatted().replace("-", "")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    refused = harmless = 0
    for i, ch in enumerate(text):
        for wrong in alphabet.replace(ch, ""):
            try:
                parsed = RecoverySecret.parse(text[:i] + wrong + text[i + 1 :])
            except WrongRecoverySecretError:
                refused += 1
            else:
                assert parsed.raw == secret.raw, (i, ch, wrong)
                harmless += 1
    assert refused + harmless == 56 * 31
    assert harmless <= 31  # only the last body character has bits that do not count
    assert RecoverySecret.parse(text).raw == secret.raw


# ---- backup and restore ----------------------------------------------------------------------------
def test_backup_and_restore_api(make_case, sandbox, floor):
    path, secret = make_case(child="Zoë Núñez-Ávila")
    with Case.open(path, PASSPHRASE) as case:
        _write_child_and_team()
        backup_path = sandbox.documents / "backups" / "Zoe 2024-05-01.iepcase"
        backup_path.parent.mkdir()
        progress: list[tuple[int, int]] = []
        result = case.backup(backup_path, progress=lambda done, total: progress.append((done, total)))
        assert result.path == backup_path and result.bytes == backup_path.stat().st_size
        assert progress and progress[-1][0] == progress[-1][1]
        with pytest.raises(CaseExistsError):
            case.backup(backup_path)
        Contact.create(name="added after the backup")
    assert keys_of(backup_path).exists()
    assert sorted(p.name for p in backup_path.parent.iterdir()) == [
        backup_path.name,
        keys_of(backup_path).name,
    ]

    # The backup is a case: same passphrase, holds the state at backup time.
    with Case.open(backup_path, PASSPHRASE) as copy:
        _assert_child_and_team()
        assert copy.check().ok

    restored = sandbox.documents / "Restored.iepcase"
    assert restore(backup_path, restored, key_with_passphrase(backup_path, PASSPHRASE)) == restored
    with Case.open(restored, PASSPHRASE):
        _assert_child_and_team()

    # Restore never overwrites: not the case, not a lone key file.
    before = fingerprint(path, keys_of(path), restored, keys_of(restored))
    for target in (path, restored):
        with pytest.raises(CaseExistsError):
            restore(backup_path, target, key_with_passphrase(backup_path, PASSPHRASE))
    lone = sandbox.documents / "Lone.iepcase"
    keys_of(lone).write_bytes(b"someone's key file")
    with pytest.raises(CaseExistsError):
        restore(backup_path, lone, key_with_passphrase(backup_path, PASSPHRASE))
    assert not lone.exists() and keys_of(lone).read_bytes() == b"someone's key file"
    assert fingerprint(path, keys_of(path), restored, keys_of(restored)) == before

    # The backup also opens with the recovery kit, and restores with the key the kit gives.
    from_kit = sandbox.documents / "FromKit.iepcase"
    restore(backup_path, from_kit, key_with_recovery(backup_path, secret.formatted()))
    with Case.open(from_kit, PASSPHRASE):
        _assert_child_and_team()
    with Case.recover(backup_path, secret.formatted(), NEW_PASSPHRASE, floor):
        _assert_child_and_team()


def test_restore_a_backup_whose_key_file_was_lost_with_the_kit(make_case, sandbox, floor):
    """A backup copied without its .keys file: the kit still restores it, and nothing is half-made."""
    path, secret = make_case(child="Zoë Núñez-Ávila")
    backup_path = sandbox.documents / "Backup.iepcase"
    with Case.open(path, PASSPHRASE) as case:
        _write_child_and_team()
        case.backup(backup_path)
    keys_of(backup_path).unlink()
    restored = sandbox.documents / "Restored.iepcase"
    key = key_with_recovery(backup_path, secret.formatted())
    try:
        restore(backup_path, restored, key)
    except IEPDeskError:  # a plain refusal would be acceptable; half a case would not
        assert not restored.exists() and not keys_of(restored).exists()
    else:
        with Case.recover(restored, secret.formatted(), NEW_PASSPHRASE, floor):
            _assert_child_and_team()


def test_backup_and_restore_cli(make_case, sandbox):
    path, secret = make_case(child="Zoë Núñez-Ávila")
    with Case.open(path, PASSPHRASE):
        _write_child_and_team()
    backup_path = sandbox.documents / "Maya backup.iepcase"
    result = run_cli("backup", path, backup_path)
    assert result.code == 0, result
    assert backup_path.exists() and keys_of(backup_path).exists()
    assert run_cli("check", backup_path).stdout.strip() == "ok"

    again = run_cli("backup", path, backup_path)
    assert_plain_failure(again, 2)

    restored = sandbox.documents / "Maya restored.iepcase"
    result = run_cli("restore", backup_path, restored)
    assert result.code == 0, result
    with Case.open(restored, PASSPHRASE):
        _assert_child_and_team()

    before = fingerprint(path, keys_of(path), restored, keys_of(restored))
    assert_plain_failure(run_cli("restore", backup_path, restored), 2)
    assert_plain_failure(run_cli("restore", backup_path, path), 2)
    assert_plain_failure(
        run_cli("restore", backup_path, sandbox.documents / "x.iepcase", passphrase=WRONG_PASSPHRASE), 3
    )
    assert not (sandbox.documents / "x.iepcase").exists()
    assert fingerprint(path, keys_of(path), restored, keys_of(restored)) == before

    # and with the recovery secret (the kit) instead of the passphrase
    kit = run_cli(
        "recover",
        backup_path,
        passphrase=None,
        env={"IEPDESK_RECOVERY_SECRET": secret.formatted(), "IEPDESK_NEW_PASSPHRASE": NEW_PASSPHRASE},
    )
    assert kit.code == 0, kit
    assert run_cli("check", backup_path, passphrase=NEW_PASSPHRASE).stdout.strip() == "ok"


def test_new_prints_a_secret_that_opens_the_case(sandbox):
    path = sandbox.documents / "Ana.iepcase"
    result = run_cli("new", path, "--child", "Ana Ibáñez")
    assert result.code == 0, result
    secret = recovery_secret_from(result.stdout)
    assert len(secret.replace("-", "")) == 56
    keys_of(path).unlink()
    with Case.recover(path, secret, NEW_PASSPHRASE) as case:
        assert case.child_name == "Ana Ibáñez"
