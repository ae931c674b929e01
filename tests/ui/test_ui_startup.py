"""Start-up stays light (issue 14): the welcome window comes up without the main window, its pages, the
dialogs, the encrypted storage, reportlab, pypdf or zxcvbn. Checked by module names in a fresh
interpreter, never by time (``make bench`` times it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from iepdesk import casefile, settings

#: Runs as ``iepdesk`` does up to the welcome window, then prints what is loaded.
WELCOME = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.shell.app import start

app, controller = start([])
def shown_then_quit():
    shown = [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()]
    print("shown", *shown)
    print("recent", controller.welcome.recent.count())
    app.quit()
QTimer.singleShot(0, shown_then_quit)
app.exec()
print("\\n".join(sorted(sys.modules)))
"""

#: Modules (and packages, with everything under them) the welcome window has no use for.
NOT_AT_WELCOME = (
    "ui.shell.main_window",
    "ui.shell.case_page",
    "ui.overview",
    "ui.settings",
    "ui.incidents",
    "ui.calendar",
    "ui.iep",
    "ui.letters",
    "ui.comms",
    "ui.vault",
    "ui.search",
    "ui.create",
    "ui.shell.case_actions",
    "ui.shell.restore_flow",
    "ui.dialogs",
    "ui.strength",
    "iepdesk.casefile.case",
    "iepdesk.casefile.keyslots",
    "iepdesk.model",
    "iepdesk.export",
    "peewee",
    "playhouse",
    "sqlcipher3",
    "cryptography",
    "keyring",
    "reportlab",
    "pypdf",
    "zxcvbn",
)


def loaded_at_welcome() -> tuple[list[str], set[str]]:
    result = subprocess.run(
        [sys.executable, "-c", WELCOME], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    return lines[:2], set(lines[2:])


def under(module: str, names: tuple[str, ...]) -> bool:
    return any(module == name or module.startswith(name + ".") for name in names)


def test_the_welcome_window_loads_none_of_the_case_windows_or_heavy_libraries(tmp_path: Path) -> None:
    # A recent case in the (sandboxed) settings: the list shows it, missing, still opening nothing.
    settings.save(settings.Settings(recent_cases=[str(tmp_path / "Maya.iepcase")]))
    shown, modules = loaded_at_welcome()
    assert shown == ["shown welcome", "recent 1"]
    assert "ui.shell.welcome" in modules and "ui.shell.controller" in modules  # the list is the real one
    assert sorted(m for m in modules if under(m, NOT_AT_WELCOME)) == []


def test_every_name_of_the_storage_package_is_there_when_asked_for() -> None:
    # The package imports its heavy parts on first use: each name it offers still resolves.
    for name in casefile.__all__:
        assert getattr(casefile, name) is not None, name
    assert casefile.Case.__module__ == "iepdesk.casefile.case"
    assert casefile.remember.__name__ == "iepdesk.casefile.remember"
    assert casefile.CasePaths.of(Path("/x/Maya.iepcase")).keys == Path("/x/Maya.iepcase.keys")
