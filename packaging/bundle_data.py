"""What goes into the desktop bundle, declared once.

pyinstaller.spec builds from these lists and tests/packaging/test_spec_data.py checks them, so a
resource that is named here but missing fails a test, not a parent's first start.

This folder has no ``__init__.py`` on purpose: a package named ``packaging`` at the top of the
repository would shadow PyPI's ``packaging`` (which pip, pytest and PyInstaller import). Load this
file by putting ``packaging/`` itself on ``sys.path`` and importing ``bundle_data``.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP_NAME = "IEPDesk"
#: The executable's and the Linux package's name.
EXE_NAME = "iepdesk"
APP_ID = "org.iepdesk.IEPDesk"
SUMMARY = "Keep a child's IEP, what was delivered, and the letters that follow"
HOMEPAGE = "https://iepdesk.invalid/"  # no public site yet; placeholder kept in one place
MAINTAINER = "The IEPDesk team <maintainers@iepdesk.invalid>"

#: The script PyInstaller freezes (it calls ui.launcher.main).
ENTRY_SCRIPT = "packaging/iepdesk_entry.py"

#: Files of docs/ that the app opens (Help → User guide, through iepdesk.paths.bundled_doc); bundled as
#: ``docs/`` beside ``resources/``.
BUNDLED_DOCS = ("docs/user-guide.md", "docs/user-guide.es.md")
#: The whole resources tree is bundled as ``resources/`` (iepdesk.paths.resource_root() finds it
#: beside sys._MEIPASS). Files that the code names and that must be there:
RESOURCES_DIR = "resources"
REQUIRED_RESOURCES = (
    "resources/fonts/DejaVuSans.ttf",
    "resources/fonts/DejaVuSans-Bold.ttf",
    "resources/fonts/DejaVuSansMono.ttf",
    "resources/fonts/LICENSE-DejaVu.txt",
    "resources/icons/iepdesk.svg",
    "resources/icons/iepdesk.ico",
    # the window's icons (ui/icons.py): the Lucide SVGs it uses, and their licence (Help > About lists it)
    "resources/icons/lucide/LICENSE",
    "resources/icons/lucide/lock.svg",
    # the translations (issue 16), compiled from the committed .ts and .po by `make catalogues`
    "resources/i18n/iepdesk_es.qm",
    "resources/i18n/iepdesk_en.qm",
    "resources/locale/es/LC_MESSAGES/iepdesk.mo",
    *BUNDLED_DOCS,
)
#: Never copied into the bundle even when they sit under resources/. The catalogues' sources (.ts,
#: .po) stay behind: the bundle holds them compiled (.qm, .mo).
RESOURCE_JUNK = re.compile(r"(^|/)(__pycache__|\.DS_Store|Thumbs\.db|.*\.pyc|.*~|.*\.ts|.*\.po)(/|$)")

ICON_DIR = "resources/icons"
ICON_SVG = "resources/icons/iepdesk.svg"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def icon_png(size: int) -> str:
    return f"{ICON_DIR}/iepdesk-{size}.png"


ICON_ICO = f"{ICON_DIR}/iepdesk.ico"
#: The macOS .icns is made on a Mac by packaging/macos/build-app.sh (iconutil); not committed.
ICON_ICNS = "build/macos/iepdesk.icns"

DESKTOP_FILE = "packaging/linux/iepdesk.desktop"

# ---- Python side --------------------------------------------------------------------------------
#: Imported lazily or through plugins, so PyInstaller's import scan cannot see them.
HIDDEN_IMPORTS = (
    "ui.shell.selftest",
    "ui.dialogs.about_data",
    "sqlcipher3",
    "sqlcipher3.dbapi2",
    "playhouse.sqlcipher_ext",
    "PySide6.QtSvg",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
)
#: keyring finds its backends through importlib.metadata entry points: its metadata (and that of
#: every runtime dependency, for Help > About) goes in, and its backends are collected.
METADATA_OF = ("iepdesk", "keyring")
#: The app's own packages go in whole (modules it imports by name at run time, such as the self-test's
#: vault probe, are then never missing), and so do keyring's backends.
COLLECT_SUBMODULES = ("iepdesk", "ui", "keyring.backends")

#: Never in the bundle: other Qt stacks, GUI toolkits and test or build tools.
EXCLUDED_MODULES = (
    # Qt modules the app does not use (QML/Quick, WebEngine, designer, 3D, multimedia, SQL ...)
    "PySide6.QtQml",
    "PySide6.QtQmlFeatures",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
    "PySide6.scripts",
    # Pillow (reportlab needs it for images in PDFs) without AVIF or its Tk and Qt bridges
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "PyQt5",
    "PyQt6",
    "PySide2",
    # other toolkits and things only developers use
    "tkinter",
    "_tkinter",
    "readline",
    "curses",
    "turtle",
    "turtledemo",
    "idlelib",
    "test",
    "tests",
    "lib2to3",
    "pydoc_data",
    "pytest",
    "_pytest",
    "pytestqt",
    "pytest_timeout",
    "hypothesis",
    "pluggy",
    "iniconfig",
    "pygments",
    "mypy",
    "mypyc",
    "ruff",
    "PyInstaller",
    "pip",
    "setuptools",
    "distutils",
    "IPython",
    "matplotlib",
    "numpy",
)

# ---- Qt side: what PyInstaller's Qt hooks collect, trimmed ---------------------------------------
#: Plugins kept, per plugin folder. A folder not named here is dropped whole.
QT_PLUGINS_KEPT: dict[str, tuple[str, ...]] = {
    # xcb for X11 and XWayland (Qt falls back to it on a Wayland session), offscreen for the self-test,
    # minimal as a last resort; the Wayland plugin is not shipped (see docs/packaging.md).
    "platforms": ("qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa", "qdirect2d"),
    "xcbglintegrations": ("qxcb-glx-integration", "qxcb-egl-integration"),
    # photos and scans a parent imports: JPEG, GIF, TIFF, WebP; SVG and ICO for icons (PNG is built in)
    "imageformats": ("qjpeg", "qgif", "qtiff", "qwebp", "qsvg", "qico", "qicns"),
    "iconengines": ("qsvgicon",),
    # native file dialogs on GNOME and through the desktop portal (Flatpak/Wayland desktops)
    "platformthemes": ("qxdgdesktopportal", "qgtk3"),
    "platforminputcontexts": ("composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"),
    "printsupport": ("cupsprintersupport", "windowsprintersupport"),
    "styles": ("qwindowsvistastyle", "qmodernwindowsstyle", "qmacstyle"),
    "tls": (),
    "generic": (),
    "networkinformation": (),
    "egldeviceintegrations": (),
}
#: Qt's own translation catalogues (qtbase_*.qm) kept; the app's first translation will be Spanish.
QT_TRANSLATIONS_KEPT = ("es",)
#: Qt libraries that the kept modules do not need but the hooks may pull in.
QT_LIBRARIES_DROPPED = re.compile(
    r"libQt6(Qml|Quick|Labs|WebEngine|Designer|Help|Wayland|Test|Sql|VirtualKeyboard|Lottie|"
    r"QuickControls|EglFs|Wl|3D|Multimedia|Concurrent|Xml)"
)


QT_DIRS = ("Qt", "PySide6")


def qt_plugin_kept(dest: str) -> bool:
    """Whether a collected file under PySide6/Qt/plugins/<folder>/ (PySide6/plugins/<folder>/ on
    Windows) stays in the bundle."""
    parts = dest.replace("\\", "/").split("/")
    try:
        i = next(n for n in range(1, len(parts)) if parts[n] == "plugins" and parts[n - 1] in QT_DIRS)
    except StopIteration:
        return True
    if len(parts) < i + 3:
        return True
    folder, filename = parts[i + 1], parts[-1]
    kept = QT_PLUGINS_KEPT.get(folder)
    if kept is None:
        return False
    stem = re.sub(r"^lib", "", filename.split(".")[0])
    return stem in kept


#: Babel ships the data of 1,149 locales (35 MB); IEPDesk formats in US English and US Spanish, whose
#: chains of parents are these (es_US -> es_419 -> es -> root). global.dat stays.
BABEL_LOCALES_KEPT = ("root", "en", "en_US", "es", "es_419", "es_US")


def babel_data_kept(dest: str) -> bool:
    """Whether a collected file of Babel's locale data stays in the bundle."""
    path = dest.replace("\\", "/")
    if "babel/locale-data/" not in path:
        return True
    return path.rsplit("/", 1)[-1].removesuffix(".dat") in BABEL_LOCALES_KEPT


def qt_translation_kept(dest: str) -> bool:
    """Whether a collected translation file (.qm) stays in the bundle: IEPDesk's own catalogues
    (resources/i18n/, built by make catalogues) always; Qt's only for the languages IEPDesk speaks."""
    path = dest.replace("\\", "/")
    name = path.split("/")[-1]
    if not name.endswith(".qm") or path.startswith(f"{RESOURCES_DIR}/"):
        return True
    match = re.fullmatch(r"(?:qt|qtbase)_([A-Za-z_]+)\.qm", name)
    return bool(match) and match.group(1) in QT_TRANSLATIONS_KEPT


def resource_datas() -> list[tuple[str, str]]:
    """(source file, destination folder) for every file under resources/, junk left out, and for the
    docs the app opens."""
    out: list[tuple[str, str]] = []
    base = ROOT / RESOURCES_DIR
    for path in sorted(base.rglob("*")):
        rel = path.relative_to(ROOT).as_posix()
        if path.is_file() and not RESOURCE_JUNK.search(rel):
            out.append((str(path), str(Path(rel).parent)))
    out += [(str(ROOT / rel), str(Path(rel).parent)) for rel in BUNDLED_DOCS]
    return out


def version() -> str:
    """The app's version, read from iepdesk/__init__.py without importing it."""
    text = (ROOT / "iepdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise RuntimeError("iepdesk/__init__.py has no __version__")
    return match.group(1)


# ---- Linux: libraries taken from the desktop rather than the build machine ------------------------
#: The display, font, D-Bus and C++ runtime stack must match the computer's own (its graphics driver,
#: its font configuration, its newer libstdc++): these are left out of the bundle and the .deb
#: depends on the Debian packages below instead. Everything else (Python, OpenSSL for Python's ssl,
#: libffi, Qt itself, ICU) comes from the bundle.
LINUX_SYSTEM_LIBRARIES = re.compile(
    r"lib(X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|Xi|Xfixes|Xcursor|Xrandr|Xinerama|Xcomposite|Xdamage|"
    r"xcb|xcb-[a-z-]+|xkbcommon|xkbcommon-x11|fontconfig|freetype|png16|brotli(common|dec|enc)|"
    r"glib-2\.0|gthread-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|pcre2-8|dbus-1|systemd|cap|gcrypt|"
    r"gpg-error|lz4|gtk-3|gdk-3|gdk_pixbuf-2\.0|pango[a-z0-9.-]*|cairo[a-z-]*|atk[a-z0-9.-]*|atspi|"
    r"harfbuzz|epoxy|fribidi|graphite2|pixman-1|thai|datrie|cups|avahi[a-z-]*|gnutls|"
    r"gssapi_krb5|krb5|k5crypto|krb5support|keyutils|com_err|GL|GLX|GLdispatch|EGL|OpenGL|drm|gbm|"
    r"wayland-[a-z]+|stdc\+\+|gcc_s|bsd|md)\.so(\.[0-9.]+)?$"
)
#: Folders a library comes from when it is the build machine's own (pruned unless the bundle needs it).
LINUX_SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")
#: The packages that provide what the bundle needs from the desktop (Debian 12 names; also on
#: Ubuntu 22.04 and later). packaging/build-deb.sh checks this against what the bundle really links.
DEB_DEPENDS = (
    "libc6 (>= 2.35)",
    "libstdc++6",
    "libgcc-s1",
    "libglib2.0-0",
    "libdbus-1-3",
    "libbrotli1",
    "libgssapi-krb5-2",
    "libfontconfig1",
    "libfreetype6",
    "libgl1",
    "libegl1",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-glx0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libcups2",
)
#: Native GTK file dialogs and the fonts the window falls back to; the app works without them.
DEB_RECOMMENDS = ("libgtk-3-0", "fonts-dejavu-core", "gnome-keyring | kwalletmanager")
#: Never in the bundle: source and stub files (PyInstaller keeps modules as bytecode in its archive).
SOURCE_FILE = re.compile(r"\.(py|pyi|pyx|pxd|c|h)$")


def elf_needed(path: str | Path) -> list[str]:
    """The DT_NEEDED entries of an ELF file (its direct library links); [] if it is not ELF."""
    import struct

    try:
        data = Path(path).read_bytes()
    except OSError:
        return []
    if data[:4] != b"\x7fELF" or data[4] not in (1, 2) or data[5] not in (1, 2):
        return []
    wide = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if wide:
        (shoff,) = struct.unpack_from(end + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(end + "HH", data, 0x3A)
        sec_fmt, dyn_fmt = end + "IIQQQQIIQQ", end + "qQ"
    else:
        (shoff,) = struct.unpack_from(end + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(end + "HH", data, 0x2E)
        sec_fmt, dyn_fmt = end + "IIIIIIIIII", end + "iI"
    sections = [struct.unpack_from(sec_fmt, data, shoff + i * shentsize) for i in range(shnum)]
    out: list[str] = []
    for sec in sections:
        if sec[1] != 6:  # SHT_DYNAMIC
            continue
        strtab = sections[sec[6]]  # sh_link: the string table
        str_off = strtab[4]
        size = struct.calcsize(dyn_fmt)
        for i in range(sec[5] // size):
            tag, value = struct.unpack_from(dyn_fmt, data, sec[4] + i * size)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                stop = data.index(b"\0", str_off + value)
                out.append(data[str_off + value : stop].decode("ascii", "replace"))
    return out


def main(argv: list[str]) -> int:
    """``python packaging/bundle_data.py version|depends|recommends`` for the shell scripts."""
    what = argv[0] if argv else ""
    if what == "version":
        print(version())
    elif what == "depends":
        print(", ".join(DEB_DEPENDS))
    elif what == "recommends":
        print(", ".join(DEB_RECOMMENDS))
    else:
        print("usage: bundle_data.py version|depends|recommends")
        return 2
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
