"""What the desktop bundle is built from exists and is well-formed, and the self-test passes.

pyinstaller.spec reads its lists from packaging/bundle_data.py; these tests read the same module, so a
resource that the spec would ship but that is missing fails here, not on a parent's computer.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))  # packaging/ is not a package: it must not shadow PyPI's one

import bundle_data as bd  # noqa: E402


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_sizes(path: Path) -> set[int]:
    data = path.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1), f"{path} is not an .ico"
    sizes = set()
    for i in range(count):
        width, height = struct.unpack_from("<BB", data, 6 + 16 * i)
        assert width == height
        sizes.add(width or 256)
    return sizes


# ---- the spec's data files ----------------------------------------------------------------------
def test_packaging_folder_is_not_a_python_package() -> None:
    # A packaging/__init__.py would shadow PyPI's "packaging" for pip, pytest and PyInstaller.
    assert not (PACKAGING / "__init__.py").exists()
    assert not (ROOT / "tests" / "packaging" / "__init__.py").exists()


def test_spec_builds_from_bundle_data() -> None:
    spec = (ROOT / "pyinstaller.spec").read_text(encoding="utf-8")
    for name in (
        "import bundle_data",
        "bd.resource_datas()",
        "bd.METADATA_OF",
        "bd.COLLECT_SUBMODULES",
        "bd.HIDDEN_IMPORTS",
        "bd.EXCLUDED_MODULES",
        "bd.ENTRY_SCRIPT",
        "bd.qt_plugin_kept",
        "bd.qt_translation_kept",
        "bd.babel_data_kept",
        "copy_metadata",
    ):
        assert name in spec, f"pyinstaller.spec no longer uses {name}"
    assert (ROOT / bd.ENTRY_SCRIPT).is_file()


def test_required_resources_exist_and_are_bundled() -> None:
    bundled = {Path(src).resolve() for src, _dest in bd.resource_datas()}
    for rel in bd.REQUIRED_RESOURCES:
        path = ROOT / rel
        assert path.is_file(), f"{rel} is missing"
        assert path.stat().st_size > 0, f"{rel} is empty"
        assert path.resolve() in bundled, f"{rel} would not be bundled"


def test_every_resource_file_is_bundled_where_resource_path_finds_it() -> None:
    datas = bd.resource_datas()
    assert datas, "resources/ is empty"
    for src, dest in datas:
        rel = Path(src).resolve().relative_to(ROOT)
        assert Path(dest) == rel.parent, f"{rel} would land in {dest}"
        assert not bd.RESOURCE_JUNK.search(rel.as_posix())


def _literal_resource_paths() -> list[tuple[Path, tuple[str, ...]]]:
    """Every resource_path("a", "b") call with literal arguments in iepdesk/ and ui/."""
    found = []
    for folder in ("iepdesk", "ui"):
        for source in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name != "resource_path" or not node.args:
                    continue
                if all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args):
                    found.append((source, tuple(a.value for a in node.args)))  # type: ignore[union-attr]
    return found


def test_resources_named_in_the_code_exist() -> None:
    for source, parts in _literal_resource_paths():
        path = ROOT / bd.RESOURCES_DIR / Path(*parts)
        assert path.exists(), f"{source.relative_to(ROOT)} asks for resources/{'/'.join(parts)}"


def test_fonts_named_by_the_pdf_export_exist() -> None:
    from iepdesk.export import fonts

    for filename in fonts._FILES.values():
        assert (ROOT / "resources" / "fonts" / filename).is_file()


def test_hidden_imports_exist() -> None:
    for name in bd.HIDDEN_IMPORTS:
        assert importlib.util.find_spec(name) is not None, f"hidden import {name} not found"


def test_metadata_the_bundle_copies_is_installed() -> None:
    from importlib import metadata

    for dist in bd.METADATA_OF:
        assert metadata.distribution(dist).version
    eps = metadata.entry_points(group="keyring.backends")
    assert {"SecretService", "Windows", "macOS"} <= {ep.name for ep in eps}


def test_qt_trimming_keeps_what_the_app_needs() -> None:
    qt = "PySide6/Qt/plugins"
    for kept in (
        f"{qt}/platforms/libqxcb.so",
        f"{qt}/platforms/libqoffscreen.so",
        f"{qt}/imageformats/libqjpeg.so",
        f"{qt}/imageformats/libqsvg.so",
        f"{qt}/iconengines/libqsvgicon.so",
        f"{qt}/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
    ):
        assert bd.qt_plugin_kept(kept), kept
    for dropped in (
        f"{qt}/qmltooling/libqmldbg_debugger.so",
        f"{qt}/platforms/libqvnc.so",
        f"{qt}/platforms/libqeglfs.so",
        f"{qt}/sqldrivers/libqsqlite.so",
        f"{qt}/imageformats/libqpdf.so",
        f"{qt}/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    ):
        assert not bd.qt_plugin_kept(dropped), dropped
    assert bd.qt_translation_kept("PySide6/Qt/translations/qtbase_es.qm")
    assert not bd.qt_translation_kept("PySide6/Qt/translations/qtbase_de.qm")
    assert not bd.qt_translation_kept("PySide6/Qt/translations/designer_es.qm")
    assert bd.qt_translation_kept("resources/i18n/iepdesk_es.qm")  # our own, whatever its name
    assert bd.qt_translation_kept("resources/i18n/iepdesk_en.qm")
    assert bd.QT_LIBRARIES_DROPPED.match("libQt6Quick.so.6")
    assert bd.QT_LIBRARIES_DROPPED.match("libQt6WebEngineCore.so.6")
    assert not bd.QT_LIBRARIES_DROPPED.match("libQt6Pdf.so.6")
    assert not bd.QT_LIBRARIES_DROPPED.match("libQt6XcbQpa.so.6")
    for module in ("PySide6.QtQuick", "PySide6.QtQml", "tkinter", "pytest", "PyInstaller"):
        assert module in bd.EXCLUDED_MODULES
    for needed in ("PySide6.QtPdf", "PySide6.QtSvg", "PySide6.QtWidgets", "sqlcipher3", "keyring"):
        assert needed not in bd.EXCLUDED_MODULES


def test_linux_system_libraries_rule() -> None:
    system = bd.LINUX_SYSTEM_LIBRARIES
    for name in ("libxcb-icccm.so.4", "libX11.so.6", "libfontconfig.so.1", "libstdc++.so.6"):
        assert system.match(name), name
    for name in ("libpango-1.0.so.0", "libgdk_pixbuf-2.0.so.0", "libglib-2.0.so.0"):
        assert system.match(name), name
    for name in ("libpython3.11.so.1.0", "libQt6Core.so.6", "libssl.so.3", "libffi.so.8"):
        assert not system.match(name), name


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF only")
def test_elf_needed_reads_direct_links() -> None:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    needed = bd.elf_needed(plugin)
    assert "libQt6XcbQpa.so.6" in needed
    assert "libxcb-cursor.so.0" in needed
    assert bd.elf_needed(ROOT / "README.md") == []
    # every library the xcb plugin needs from the desktop is covered by a declared Debian package
    names = {d.split(" ")[0] for d in bd.DEB_DEPENDS}
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"} <= names


# ---- icons and the menu entry -------------------------------------------------------------------
def test_icon_svg_is_valid() -> None:
    root = ET.parse(ROOT / bd.ICON_SVG).getroot()  # noqa: S314  (our own file)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


@pytest.mark.parametrize("size", bd.ICON_SIZES)
def test_icon_png_sizes(size: int) -> None:
    assert png_size(ROOT / bd.icon_png(size)) == (size, size)


def test_icon_ico_holds_every_size() -> None:
    assert ico_sizes(ROOT / bd.ICON_ICO) == set(bd.ICON_SIZES)


def test_desktop_file_is_valid() -> None:
    path = ROOT / bd.DESKTOP_FILE
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(path)], capture_output=True, text=True, check=False)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    assert parser.sections()[0] == "Desktop Entry"
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == bd.APP_NAME
    assert entry["Exec"].split()[0] == bd.EXE_NAME
    assert entry["Icon"] == bd.EXE_NAME
    assert entry["Categories"].endswith(";")
    assert entry.get("Terminal") == "false"


def test_deb_scripts_are_executable_and_posix() -> None:
    for name in ("build-deb.sh", "ci-package.sh", "linux/postinst", "linux/postrm", "linux/iepdesk.sh"):
        path = PACKAGING / name
        assert path.stat().st_mode & 0o111, f"packaging/{name} is not executable"
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("#!"), f"packaging/{name} has no #! line"


def test_about_data_lists_the_shipped_libraries() -> None:
    from ui.dialogs.about_data import bundled_libraries

    rows = bundled_libraries()
    names = {name.lower() for name, _version, _licence in rows}
    assert {"python", "qt", "sqlcipher", "pyside6_essentials", "keyring", "reportlab"} <= names
    assert "pytest" not in names and "pyinstaller" not in names  # dev tools are not shipped
    for name, version, licence in rows:
        assert licence, f"{name} has no licence"
        if name != "DejaVu fonts":
            assert version, f"{name} has no version"


# ---- the self-test, from source -----------------------------------------------------------------
@pytest.mark.selftest
def test_self_test_from_source(sandbox) -> None:  # type: ignore[no-untyped-def]
    """`iepdesk --self-test` as a parent would run it (ui/shell/app.py hands it to ui.shell.selftest)."""
    if (ROOT / "ui" / "app.py").exists():
        command = [sys.executable, "-m", "ui.launcher", "--self-test"]
    else:  # before the application module exists
        command = [sys.executable, "-m", "ui.shell.selftest"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=180, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "FAILED" not in output
    for step in ("create case", "reopen with the passphrase", "export PDF", "window", "clean up"):
        assert f"ok: {step}" in output, output
    # nothing left behind in the temp folder (the case, its backup, any document) ...
    assert list(sandbox.tmp.iterdir()) == [], list(sandbox.tmp.iterdir())
    # ... and the self-test's child's name is nowhere in plain text
    from ui.shell.selftest import CHILD_NAME

    markers = [CHILD_NAME.encode("utf-8"), CHILD_NAME.encode("utf-16-le")]
    for folder in sandbox.folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert not any(m in data for m in markers), f"plaintext in {path}"


def test_self_test_reports_the_failing_step_and_cleans_up(sandbox, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.shell.selftest as selftest

    def broken() -> None:
        raise AssertionError("child.grade read back as 'x', wrote '3'")

    monkeypatch.setattr(selftest, "_compare_records", broken)
    lines: list[str] = []
    assert selftest.run(lines.append) == 1
    assert lines[-1] == (
        "FAILED: read back and compare: AssertionError: child.grade read back as 'x', wrote '3'"
    )
    assert "ok: create case" in lines
    assert list(sandbox.tmp.iterdir()) == []  # the case was locked and its folder removed
    from iepdesk.model import database

    assert database.obj is None


def test_the_babel_locales_kept_are_enough_for_our_dates_and_numbers(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The bundle keeps Babel's data for US English and US Spanish only: with nothing else there, the
    dates, numbers and plural rules IEPDesk writes still come out whole."""
    import datetime as dt
    import shutil

    import babel
    from babel import localedata

    data = Path(babel.__file__).parent / "locale-data"
    for name in bd.BABEL_LOCALES_KEPT:
        shutil.copy(data / f"{name}.dat", tmp_path)
    assert bd.babel_data_kept("babel/locale-data/es_US.dat") and bd.babel_data_kept("babel/global.dat")
    assert not bd.babel_data_kept("babel/locale-data/fr.dat")
    monkeypatch.setattr(localedata, "_dirname", str(tmp_path))
    monkeypatch.setattr(localedata, "_cache", {})
    from iepdesk.i18n import long_date, month_year, number

    day = dt.date(2028, 2, 29)
    assert (long_date(day, "en"), long_date(day, "es")) == ("February 29, 2028", "29 de febrero de 2028")
    assert (month_year(day, "en"), month_year(day, "es")) == ("February 2028", "febrero de 2028")
    assert (number(1234.5, "en"), number(1234.5, "es")) == ("1,234.5", "1,234.5")
