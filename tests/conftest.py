"""Shared by tests/core and tests/ui: every test runs in its own sandboxed home.

The autouse ``sandbox`` fixture points HOME, TMPDIR and every XDG folder into the test's own temp dir
(and makes ``tempfile`` use it), so a test can scan those folders afterwards and prove nothing of a case
leaked, and no test ever reads or writes the real user's settings, keyring or cache.

Qt runs offscreen. The real keyring is never touched: PYTHON_KEYRING_BACKEND points at keyring's
"fail" backend and DBUS_SESSION_BUS_ADDRESS is removed; a test that wants a keyring sets one itself.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

# Before anything can import Qt (pytest-qt creates the QApplication lazily, but be safe).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The tests read English unless one asks for Spanish (iepdesk.i18n.use_language, or --lang es): the
# machine's own locale (a developer's LANG=es_MX) must not change what the window or the CLI says.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"


@dataclass(frozen=True)
class Sandbox:
    """The folders a test's process sees as its home, temp and XDG folders."""

    root: Path
    home: Path
    tmp: Path
    config: Path
    data: Path
    cache: Path
    state: Path
    runtime: Path

    @property
    def folders(self) -> list[Path]:
        """Every folder a leak-scan must cover."""
        return [self.home, self.tmp, self.config, self.data, self.cache, self.state, self.runtime]

    @property
    def documents(self) -> Path:
        """A place inside HOME for case files (so scans cover the cases too)."""
        folder = self.home / "Documents"
        folder.mkdir(exist_ok=True)
        return folder


@pytest.fixture(autouse=True)
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    root = tmp_path / "sandbox"
    box = Sandbox(
        root=root,
        home=root / "home",
        tmp=root / "tmp",
        config=root / "xdg-config",
        data=root / "xdg-data",
        cache=root / "xdg-cache",
        state=root / "xdg-state",
        runtime=root / "xdg-runtime",
    )
    for folder in box.folders:
        folder.mkdir(parents=True)
    box.runtime.chmod(0o700)  # XDG_RUNTIME_DIR must be private (gnome-keyring, Qt insist)

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("HOME", str(box.home))
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(box.tmp))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(box.config))
    monkeypatch.setenv("XDG_DATA_HOME", str(box.data))
    monkeypatch.setenv("XDG_CACHE_HOME", str(box.cache))
    monkeypatch.setenv("XDG_STATE_HOME", str(box.state))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(box.runtime))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    # tempfile caches its folder on first use; make it read TMPDIR again (restored after the test).
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert Path(tempfile.gettempdir()) == box.tmp
    return box
