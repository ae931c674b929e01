"""`iepdesk` dispatches: the window with no arguments or a case file, the command line otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui import launcher


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    seen: list[tuple[str, list[str]]] = []
    import iepdesk.cli
    import ui.shell.app

    monkeypatch.setattr(ui.shell.app, "run", lambda args: seen.append(("gui", args)) or 0)
    monkeypatch.setattr(iepdesk.cli, "main", lambda args: seen.append(("cli", list(args))) or 0)
    return seen


def test_case_file_opens_the_window(calls: list[tuple[str, list[str]]], tmp_path: Path) -> None:
    case = tmp_path / "Maya.iepcase"
    case.write_bytes(b"x")
    assert launcher.main([str(case)]) == 0
    assert calls == [("gui", [str(case)])]


def test_commands_and_missing_files_go_to_the_command_line(
    calls: list[tuple[str, list[str]]], tmp_path: Path
) -> None:
    launcher.main(["check", str(tmp_path / "x.iepcase")])
    launcher.main([str(tmp_path / "missing.iepcase")])
    launcher.main([])
    assert [kind for kind, _ in calls] == ["cli", "cli", "gui"]
