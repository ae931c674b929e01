"""Check the .deb's Depends against what the bundle really links to.

Every library an ELF file in the bundle needs and the bundle does not carry must come from a Debian
package named in bundle_data.DEB_DEPENDS (or, for the optional GTK theme plugin, DEB_RECOMMENDS),
and the newest glibc symbol version used must be covered by the libc6 dependency.

    python packaging/linux/check_deb_depends.py dist/iepdesk [--strict]

Prints what it found. Exits 1 when a library maps to a package that is not declared, and, with
--strict (CI), also when a library cannot be mapped because it is not installed on this machine.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import bundle_data as bd

#: Plugins whose libraries are optional: Qt skips the plugin when they are missing.
OPTIONAL_PLUGINS = ("libqgtk3.so",)
GLIBC = re.compile(rb"GLIBC_2\.(\d+)")


def _package_names(declared: tuple[str, ...]) -> set[str]:
    names: set[str] = set()
    for entry in declared:
        for alternative in entry.split("|"):
            names.add(alternative.strip().split(" ")[0])
    return names


def unresolved(bundle: Path) -> dict[str, set[str]]:
    """soname -> names of the bundle's files that need it but do not find it in the bundle."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    carried = {p.name for p in bundle.rglob("*")}
    needs: dict[str, set[str]] = {}
    for path in files:
        for soname in bd.elf_needed(path):
            if soname not in carried:
                needs.setdefault(soname, set()).add(path.name)
    return needs


def package_of(soname: str) -> str | None:
    try:
        out = subprocess.run(
            ["dpkg-query", "-S", f"*/{soname}"], capture_output=True, text=True, check=False
        ).stdout
    except FileNotFoundError:
        return None
    for line in out.splitlines():
        package, _, path = line.partition(": ")
        if os.path.basename(path.strip()) == soname:
            return package.split(":")[0].split(",")[0].strip()
    return None


def newest_glibc(bundle: Path) -> int:
    newest = 0
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            head = path.read_bytes()
            if head[:4] == b"\x7fELF":
                for match in GLIBC.finditer(head):
                    newest = max(newest, int(match.group(1)))
    return newest


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    strict = "--strict" in argv
    bundle = Path(args[0] if args else "dist/iepdesk")
    if not bundle.is_dir():
        print(f"check_deb_depends: {bundle} is not a folder")
        return 2
    depends = _package_names(bd.DEB_DEPENDS)
    recommends = _package_names(bd.DEB_RECOMMENDS)
    problems: list[str] = []
    unknown: list[str] = []
    for soname, users in sorted(unresolved(bundle).items()):
        package = package_of(soname)
        optional = users <= set(OPTIONAL_PLUGINS)
        if package is None:
            if optional:
                continue  # the optional plugin's library is not installed here: nothing to check
            unknown.append(f"{soname} (needed by {', '.join(sorted(users)[:3])})")
        elif package not in depends and not (optional and package in recommends):
            if optional:
                continue  # a library of the GTK theme plugin: it comes with libgtk-3-0
            problems.append(f"{soname} comes from {package}, which Depends does not name")
    glibc = newest_glibc(bundle)
    declared = re.search(r"libc6 \(>= 2\.(\d+)\)", ", ".join(bd.DEB_DEPENDS))
    if declared is None or int(declared.group(1)) < glibc:
        problems.append(f"the bundle uses GLIBC_2.{glibc}; Depends must say libc6 (>= 2.{glibc})")
    for line in problems:
        print(f"check_deb_depends: ERROR: {line}")
    for line in unknown:
        print(f"check_deb_depends: {'ERROR' if strict else 'warning'}: not installed here: {line}")
    if problems or (strict and unknown):
        return 1
    print(f"check_deb_depends: ok (newest glibc symbol 2.{glibc})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
