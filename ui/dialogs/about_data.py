"""What Help > About shows: the libraries IEPDesk ships, with their versions and licences.

Read from the installed packages' metadata (importlib.metadata), which the desktop bundle carries for
every runtime dependency (pyinstaller.spec copies it), so the list is the same from source and from
the bundle. No Qt import here: the dialog that shows the list lives elsewhere in ui/.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from importlib import metadata

APP_DISTRIBUTION = "iepdesk"

#: Licences the metadata does not state in a field (only as a LICENSE file).
KNOWN_LICENCES = {
    "peewee": "MIT",
    "sqlcipher3": "Zlib",
    "PySide6_Essentials": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "PySide6_Addons": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "shiboken6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "reportlab": "BSD-3-Clause",
}
#: The icon set bundled (only the icons used) in resources/icons/lucide/: name, version, licence. The
#: version is that of the ``lucide`` wheel the SVGs were copied from (resources/icons/lucide/README.md);
#: the licence text is resources/icons/lucide/LICENSE.
ICON_SET = ("Lucide icons", "1.1.4", "ISC")
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(dist: metadata.Distribution, key: str) -> str:
    values = dist.metadata.get_all(key) or []
    return str(values[0]).strip() if values else ""


def licence_of(dist: metadata.Distribution) -> str:
    """The licence, as an SPDX expression where the package gives one."""
    name = _field(dist, "Name")
    expression = _field(dist, "License-Expression")
    if expression:
        return expression
    for known, licence in KNOWN_LICENCES.items():
        if _canonical(known) == _canonical(name):
            return licence
    text = _field(dist, "License")
    if text and "\n" not in text and len(text) <= 60:
        return text
    classifiers = [
        c.split("::")[-1].strip()
        for c in (dist.metadata.get_all("Classifier") or [])
        if c.startswith("License ::") and c.count("::") >= 2
    ]
    if classifiers:
        return " / ".join(classifiers)
    if text:
        return text.splitlines()[0][:60]
    return "see the package's licence file"


def _requirements(dist: metadata.Distribution) -> list[str]:
    """Names of the runtime requirements (extras left out). A requirement whose marker does not
    apply here (another platform) is simply not installed, and so is skipped by the caller."""
    names = []
    for requirement in dist.requires or []:
        if "extra" in requirement.partition(";")[2]:
            continue
        match = _NAME.match(requirement)
        if match:
            names.append(match.group(1))
    return names


@cache
def _shipped() -> tuple[metadata.Distribution, ...]:
    """IEPDesk's runtime dependencies, and theirs, that are installed (or bundled) here."""
    seen: dict[str, metadata.Distribution] = {}
    try:
        root = metadata.distribution(APP_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return ()
    queue = _requirements(root)
    while queue:
        name = queue.pop()
        key = _canonical(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        queue.extend(_requirements(dist))
    return tuple(seen.values())


def _sqlcipher_version() -> str:
    try:
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        try:
            row = conn.execute("PRAGMA cipher_version").fetchone()
        finally:
            conn.close()
        return str(row[0]).split()[0] if row and row[0] else ""
    except Exception:
        return ""


def _qt_version() -> str:
    try:
        return metadata.version("PySide6_Essentials")
    except metadata.PackageNotFoundError:
        return ""


def bundled_libraries() -> list[tuple[str, str, str]]:
    """(name, version, licence) for Python, Qt, SQLCipher, the fonts, the icon set and every Python
    library IEPDesk ships, sorted by name (case-insensitive)."""
    rows: list[tuple[str, str, str]] = [
        ("Python", sys.version.split()[0], "PSF-2.0"),
        ("Qt", _qt_version(), "LGPL-3.0-only"),
        ("SQLCipher", _sqlcipher_version(), "BSD-3-Clause"),
        ("DejaVu fonts", "", "Bitstream-Vera AND LicenseRef-DejaVu-public-domain"),
        ICON_SET,
    ]
    for dist in _shipped():
        rows.append((_field(dist, "Name"), str(dist.version), licence_of(dist)))
    return sorted(rows, key=lambda row: row[0].lower())


def app_version() -> str:
    from iepdesk import __version__

    return __version__


def app_licence() -> str:
    try:
        return licence_of(metadata.distribution(APP_DISTRIBUTION))
    except metadata.PackageNotFoundError:
        return "GPL-3.0-or-later"


if __name__ == "__main__":
    for name, version, licence in bundled_libraries():
        print(f"{name:24} {version:12} {licence}")
