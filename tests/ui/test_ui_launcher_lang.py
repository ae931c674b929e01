"""`iepdesk --lang es COMMAND` goes to the command line; `iepdesk --lang es` alone opens the window in
Spanish (IEPDESK_LANG=es for the window); an unknown language is the command line's usage error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ui import launcher


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    seen: list[tuple[str, list[str]]] = []
    import iepdesk.cli
    import ui.shell.app

    # Recorded by setenv, so whatever the launcher sets is undone after the test.
    monkeypatch.setenv(launcher.LANGUAGE_ENV, "")
    monkeypatch.delenv(launcher.LANGUAGE_ENV)
    monkeypatch.setattr(ui.shell.app, "run", lambda args: seen.append(("gui", args)) or 0)
    monkeypatch.setattr(iepdesk.cli, "main", lambda args: seen.append(("cli", list(args))) or 0)
    return seen


def test_lang_before_a_command_goes_to_the_command_line(calls: list[tuple[str, list[str]]]) -> None:
    launcher.main(["--lang", "es", "ledger", "Maya.iepcase"])
    launcher.main(["--lang=es", "--help"])
    assert calls == [("cli", ["--lang", "es", "ledger", "Maya.iepcase"]), ("cli", ["--lang=es", "--help"])]
    assert launcher.LANGUAGE_ENV not in os.environ


def test_lang_alone_opens_the_window_in_that_language(
    calls: list[tuple[str, list[str]]], tmp_path: Path
) -> None:
    assert launcher.main(["--lang", "es"]) == 0
    assert calls == [("gui", [])]
    assert os.environ[launcher.LANGUAGE_ENV] == "es"
    case = tmp_path / "Maya.iepcase"
    case.write_bytes(b"x")
    launcher.main(["--lang", "en", str(case)])
    assert calls[-1] == ("gui", [str(case)])
    assert os.environ[launcher.LANGUAGE_ENV] == "en"


def test_an_unknown_language_is_for_the_command_line_to_refuse(calls: list[tuple[str, list[str]]]) -> None:
    launcher.main(["--lang", "fr"])
    assert calls == [("cli", ["--lang", "fr"])]  # it says so and exits 2 (tests/core/test_cli_lang.py)
    assert launcher.LANGUAGE_ENV not in os.environ


def test_a_spanish_command_runs_without_loading_qt() -> None:
    import subprocess
    import sys

    probe = (
        "import sys; from ui.launcher import main; code = main(sys.argv[1:]); "
        "sys.stderr.write('qt loaded: %s' % ('PySide6' in sys.modules)); sys.exit(code)"
    )
    env = {**os.environ, "LANG": "C.UTF-8"}
    env.pop(launcher.LANGUAGE_ENV, None)
    done = subprocess.run(
        [sys.executable, "-c", probe, "--lang", "es", "tone", "Gracias por su ayuda."],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done
    assert done.stdout == "No se encontró nada acalorado.\n"
    assert done.stderr.endswith("qt loaded: False")
