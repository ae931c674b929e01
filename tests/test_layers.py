"""The layers hold: the window (ui/) reaches case data only through the core's area functions.

Two checks of one rule, so that `make test` enforces what `make lint` does: import-linter's contracts
(pyproject.toml, [tool.importlinter]), and a plain reading of every ui/ module's imports, which also
catches an import inside a function.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = ("iepdesk.model", "peewee", "playhouse")


def _imported(path: Path) -> list[tuple[int, str]]:
    names: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append((node.lineno, node.module))
            # "from iepdesk import model" names the forbidden module as an imported name
            names += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return names


def _forbidden(name: str) -> bool:
    return any(name == f or name.startswith(f + ".") for f in FORBIDDEN)


def test_no_ui_module_imports_the_models_or_the_orm() -> None:
    files = sorted((ROOT / "ui").rglob("*.py"))
    assert len(files) > 100
    bad = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in files
        for line, name in _imported(path)
        if _forbidden(name)
    ]
    assert bad == []


def test_the_reading_sees_each_way_of_importing(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from iepdesk.model import Provision\nimport peewee\nfrom iepdesk import model\n"
        "def f():\n    from playhouse.sqlcipher_ext import SqlCipherDatabase\n"
    )
    assert sorted({line for line, name in _imported(sample) if _forbidden(name)}) == [1, 2, 3, 5]


def test_import_linter_contracts_are_kept() -> None:
    here = Path(sys.executable).parent / "lint-imports"
    tool = str(here) if here.exists() else shutil.which("lint-imports")
    if tool is None:
        pytest.skip("import-linter is not installed")
    result = subprocess.run(
        [tool, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "2 kept, 0 broken" in result.stdout
