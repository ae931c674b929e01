"""Issue 14: the IEP and profile modules of the window reach the case only through the core's area
modules (iepdesk.iep, iepdesk.profile), never iepdesk.model, peewee or playhouse. Read as text (no Qt)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
#: Every module of the window's IEP area, and the profile's controller and team-member dialog.
MOVED = sorted(
    [str(p.relative_to(ROOT)) for p in (ROOT / "ui" / "iep").glob("*.py")]
    + ["ui/controllers/profile.py", "ui/dialogs/contact.py"]
)
FORBIDDEN = ("iepdesk.model", "peewee", "playhouse")


def _imported(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


@pytest.mark.parametrize("relative", MOVED)
def test_no_model_import(relative: str) -> None:
    bad = [n for n in _imported(ROOT / relative) if n.split(".")[0] in FORBIDDEN or n.startswith(FORBIDDEN)]
    assert bad == [], f"{relative} imports {bad}: use iepdesk.iep / iepdesk.profile"
