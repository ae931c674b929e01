"""The core never imports Qt (nor the ui package), and the command line starts without the PDF libraries."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from core_support import ROOT

import iepdesk

FORBIDDEN = {"PySide6", "PySide2", "shiboken6", "shiboken2", "PyQt5", "PyQt6", "ui"}
CORE = Path(iepdesk.__file__).resolve().parent


def _imported_roots(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name.split(".")[0]) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module.split(".")[0]))
        elif (  # importlib.import_module("PySide6...") / __import__("ui")
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value.split(".")[0]))
    return found


def test_no_qt_import_anywhere_in_the_core_source():
    files = sorted(CORE.rglob("*.py"))
    assert CORE == ROOT / "iepdesk"
    assert {"cli.py", "case.py", "portable.py"} <= {f.name for f in files}
    offenders = [
        f"{f.relative_to(ROOT)}:{line} imports {root}"
        for f in files
        for line, root in _imported_roots(ast.parse(f.read_text(encoding="utf-8"), str(f)))
        if root in FORBIDDEN
    ]
    assert offenders == []


def test_the_scan_would_see_a_qt_import():
    """The scanner itself: each way of importing is caught."""
    sample = (
        "import PySide6.QtCore\nfrom shiboken6 import isValid\nfrom ui import app\n"
        "import importlib\nimportlib.import_module('PySide6.QtGui')\n"
    )
    roots = {root for _, root in _imported_roots(ast.parse(sample))}
    assert {"PySide6", "shiboken6", "ui"} <= roots


IMPORT_EVERYTHING = """
import json, pkgutil, importlib, sys
import iepdesk
names = [m.name for m in pkgutil.walk_packages(iepdesk.__path__, "iepdesk.")
         if not m.name.endswith("__main__")]
for name in names:
    importlib.import_module(name)
print(json.dumps({"modules": names, "loaded": sorted(sys.modules)}))
"""


def test_importing_every_core_module_loads_no_qt():
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert {"iepdesk.cli", "iepdesk.casefile.case", "iepdesk.portable"} <= set(report["modules"])
    loaded_roots = {name.split(".")[0] for name in report["loaded"]}
    assert "iepdesk" in loaded_roots
    assert loaded_roots & FORBIDDEN == set()


def test_the_command_line_starts_without_pdf_or_qt_libraries():
    code = "import json, sys; import iepdesk.cli; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    roots = {name.split(".")[0] for name in json.loads(result.stdout)}
    assert "iepdesk" in roots
    assert roots & {"reportlab", "pypdf", "PySide6", "shiboken6"} == set()
