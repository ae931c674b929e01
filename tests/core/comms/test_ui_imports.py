"""Issue 14: the window's communications, documents, letters and search modules reach the case only
through the core's area modules (iepdesk.comms, iepdesk.vault, iepdesk.letters, iepdesk.search, …),
never iepdesk.model, peewee or playhouse. Read as text (no Qt)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
AREAS = ("comms", "vault", "letters", "search")
MODULES = sorted(str(p.relative_to(ROOT)) for area in AREAS for p in (ROOT / "ui" / area).glob("*.py"))
FORBIDDEN = ("iepdesk.model", "peewee", "playhouse")


def _imported(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
            names += [f"{node.module}.{a.name}" for a in node.names]  # from iepdesk import model
    return names


def test_every_area_has_modules() -> None:
    assert {Path(m).parts[1] for m in MODULES} == set(AREAS)


@pytest.mark.parametrize("relative", MODULES)
def test_no_model_import(relative: str) -> None:
    bad = [n for n in _imported(ROOT / relative) if n == FORBIDDEN[0] or n.startswith(FORBIDDEN)]
    assert bad == [], f"{relative} imports {bad}: use the core's area modules"
