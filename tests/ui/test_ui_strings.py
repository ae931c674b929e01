"""The window's texts are literal calls that ``pyside6-lupdate`` reads, so a translation can cover them.

A helper such as ``t(text)`` or ``_t(text)`` hides every text it is given from lupdate (before this test,
about half of the window's texts were hidden that way). The rule checked here: every call to
``translate``/``tr`` in ui/ gives literal strings, except the few places that translate a text marked
elsewhere with ``QT_TRANSLATE_NOOP``, listed below.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"

#: (file, line text) of calls whose text is a variable, each marked with QT_TRANSLATE_NOOP where it is
#: defined (or, for zxcvbn, translated by the catalogue of zxcvbn's own English feedback).
MARKED_ELSEWHERE = {
    ("ui/calendar/texts.py", "known"),
    ("ui/calendar/ledger_period.py", "label"),
    ("ui/strength.py", "p"),
    # The core's suggested roles (iepdesk.profile.TEAM_ROLES), saved as the words shown: their catalogue
    # entries belong with the Spanish work (issue 16), which decides what a translated role saves.
    ("ui/dialogs/contact.py", "r"),
}


def _calls() -> list[tuple[str, int, ast.Call]]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called(node)
            if isinstance(node.func, ast.Attribute) and name == "translate":
                owner = node.func.value
                if not (isinstance(owner, ast.Name) and owner.id == "QCoreApplication"):
                    continue  # QPainter.translate and the like
            if name in ("translate", "tr", "t", "_t"):
                found.append((str(path.relative_to(ROOT)), node.lineno, node))
    return found


def _text_argument(name: str, call: ast.Call) -> ast.expr | None:
    index = 1 if name == "translate" else 0
    return call.args[index] if len(call.args) > index else None


def test_no_wrapper_hides_texts_from_lupdate() -> None:
    wrappers = [f"{where}:{line}" for where, line, call in _calls() if _called(call) in ("t", "_t")]
    assert wrappers == [], "lupdate cannot see texts passed through t()/_t(); call translate() directly"


def _called(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def test_every_translated_text_is_a_literal() -> None:
    hidden = []
    for where, line, call in _calls():
        name = _called(call)
        if name not in ("translate", "tr"):
            continue
        argument = _text_argument(name, call)
        literal = isinstance(argument, ast.Constant) and isinstance(argument.value, str)
        marked = isinstance(argument, ast.Name) and (where, argument.id) in MARKED_ELSEWHERE
        if not (literal or marked):
            hidden.append(f"{where}:{line}: {ast.unparse(call)[:80]}")
    assert hidden == []


def _lupdate() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    return str(here) if here.exists() else shutil.which("pyside6-lupdate")


def test_lupdate_reads_the_windows_texts(tmp_path: Path) -> None:
    """What a translator would be handed: lupdate's catalogue of ui/ holds the texts of every area."""
    tool = _lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    catalogue = tmp_path / "iepdesk_es.ts"
    files = [str(p) for p in sorted(UI.rglob("*.py"))]
    subprocess.run([tool, *files, "-ts", str(catalogue)], check=True, capture_output=True, timeout=120)
    root = ET.parse(catalogue).getroot()  # noqa: S314 (lupdate wrote it, in this test)
    sources = {m.findtext("source") for m in root.iter("message")}
    # One text of each area, each once hidden behind a wrapper.
    for text in (
        "Nothing to log",  # calendar
        "A document needs a title.",  # documents
        "Clarity: no findings",  # IEP
        "Use at least {n} characters.",  # passphrase strength
        "Week by week",  # a table marked with QT_TRANSLATE_NOOP
    ):
        assert text in sources, text
    assert len(sources) > 1500
