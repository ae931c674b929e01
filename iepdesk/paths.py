"""Where things are: bundled resources (from source or the frozen bundle) and the app's own folders."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from iepdesk import APP_NAME


def resource_root() -> Path:
    """The resources/ folder, beside the source tree or inside the PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def bundled_doc(name: str) -> Path:
    """A file of docs/ that ships with the app (the user guide), from source or the frozen bundle
    (packaging/bundle_data.py puts docs/ files at the same place in the bundle)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    base = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return base / "docs" / name


def config_dir() -> Path:
    """Settings of the program (never case data): recent cases, auto-lock minutes."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_case_dir() -> Path:
    """Where a new case is suggested: the user's documents folder."""
    return Path(platformdirs.user_documents_dir())
