""" "Remember on this computer": no keyring, a stale entry, a good entry, and a real Secret Service."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys

import keyring
import keyring.core
import pytest
from core_support import PASSPHRASE, SCRIPTS, fingerprint, keys_of
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

from iepdesk.casefile import Case, case_id_of, remember, unlock_remembered
from iepdesk.model import Child


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict (what a real store does, minus the disk)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class LockedKeyring(MemoryKeyring):
    """A store that is there but refuses every request (a locked login keyring)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")


def test_no_keyring_backend(make_case, monkeypatch, restore_keyring):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.core.init_backend()  # read the variable again, as a fresh process would
    path, _ = make_case()
    status = remember.status()
    assert status.usable is False
    assert "passphrase" in status.reason.lower() and len(status.reason) > 40
    with Case.open(path, PASSPHRASE) as case:
        assert remember.remember(case.case_id, case.data_key) is False
        assert remember.recall(case.case_id) is None
        assert remember.is_remembered(case.case_id) is False
    result = unlock_remembered(path)
    assert result.case is None and result.stale is False
    with Case.open(path, PASSPHRASE) as case:  # the passphrase still opens it
        assert case.child_name == "Maya López"


def test_a_locked_keyring_falls_back_to_the_passphrase(make_case, restore_keyring):
    keyring.set_keyring(LockedKeyring())
    path, _ = make_case()
    assert remember.status().usable is True  # it is there...
    with Case.open(path, PASSPHRASE) as case:
        assert remember.remember(case.case_id, case.data_key) is False  # ...but refuses
    result = unlock_remembered(path)
    assert result.case is None and result.stale is False
    with Case.open(path, PASSPHRASE):
        pass


def test_a_stale_entry_is_forgotten_and_the_passphrase_works(make_case, restore_keyring):
    store = MemoryKeyring()
    keyring.set_keyring(store)
    path, _ = make_case()
    case_id = case_id_of(path)
    assert case_id is not None
    assert remember.remember(case_id, os.urandom(32)) is True  # a key that is not this case's
    before = fingerprint(path, keys_of(path))

    result = unlock_remembered(path)
    assert result.case is None and result.stale is True
    assert store.items == {}  # the stale entry is gone
    assert remember.recall(case_id) is None
    assert fingerprint(path, keys_of(path)) == before  # the wrong key wrote nothing
    with Case.open(path, PASSPHRASE) as case:
        assert case.check().ok


def test_a_good_entry_opens_without_the_passphrase_and_forget_removes_it(make_case, restore_keyring):
    store = MemoryKeyring()
    keyring.set_keyring(store)
    path, _ = make_case()
    other, _ = make_case("Leo", child="Leo")
    with Case.open(path, PASSPHRASE) as case:
        case_id, key = case.case_id, case.data_key
        assert remember.remember(case_id, key) is True
    assert list(store.items) == [(remember.SERVICE, f"case-{case_id}")]
    assert key.hex() not in str(store.items)  # stored encoded, and only in the store
    assert unlock_remembered(other).case is None  # remembering one case opens no other

    result = unlock_remembered(path)
    assert result.stale is False and result.case is not None
    with result.case:
        assert Child.the_child().name == "Maya López"
    assert remember.forget(case_id) is True
    assert remember.forget(case_id) is False
    assert store.items == {}
    assert unlock_remembered(path).case is None


def test_a_damaged_entry_is_ignored(make_case, restore_keyring):
    store = MemoryKeyring()
    keyring.set_keyring(store)
    path, _ = make_case()
    case_id = case_id_of(path)
    for junk in ("not base64 at all!", "c2hvcnQ=", ""):
        store.items[(remember.SERVICE, f"case-{case_id}")] = junk
        assert remember.recall(case_id) is None
        result = unlock_remembered(path)
        assert result.case is None


def test_a_good_key_is_kept_when_the_case_itself_cannot_be_opened(make_case, restore_keyring):
    """A case from a newer program: the remembered key is right, so it is not thrown away."""
    from iepdesk.casefile import migrations, sqlcipher

    store = MemoryKeyring()
    keyring.set_keyring(store)
    path, _ = make_case()
    with Case.open(path, PASSPHRASE) as case:
        case_id, key = case.case_id, case.data_key
        assert remember.remember(case_id, key)
    conn = sqlcipher.connect(path, key)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    conn.close()
    result = unlock_remembered(path)
    assert result.case is None and result.stale is False
    assert remember.recall(case_id) == key


# ---- a real Secret Service ---------------------------------------------------------------------------
@pytest.mark.secretservice
def test_real_secret_service(make_case, sandbox):
    missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None]
    if missing:
        pytest.skip(
            f"no Secret Service to test against: {', '.join(missing)} not installed "
            "(apt-get install gnome-keyring dbus libsecret-tools)"
        )
    path, _ = make_case(child="Zoë Núñez")
    env = {**os.environ, "IEPDESK_PASSPHRASE": PASSPHRASE}
    env.pop("PYTHON_KEYRING_BACKEND", None)  # let keyring find the Secret Service by itself
    script = (
        "echo -n keyring-test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
        f'exec "{sys.executable}" "{SCRIPTS / "secret_service_child.py"}" "$0" "$1"'
    )
    proc = subprocess.Popen(
        ["dbus-run-session", "--", "sh", "-c", script, str(path), "Zoë Núñez"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # so the daemon it starts can be stopped with it
    )
    try:
        out, err = proc.communicate(timeout=90)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    text = out.decode("utf-8", "replace")
    assert proc.returncode == 0 and "SECRET-SERVICE-OK" in text, (text, err.decode("utf-8", "replace"))
    assert "SecretService" in text
