"""Settings of the program, each declared once with its type and default.

These live in a small JSON file in the user's config folder. They never hold case content: only
paths of recent cases (which the user chose) and preferences.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from iepdesk.casefile.atomic import write_atomic
from iepdesk.i18n.language import LANGUAGES
from iepdesk.paths import config_dir

log = logging.getLogger(__name__)
MAX_RECENT = 8
#: The window's look: follow the system's colour scheme, or always light, or always dark.
THEMES = ("system", "light", "dark")


@dataclass
class Settings:
    #: Minutes without input before an open case locks itself (0 = never).
    auto_lock_minutes: int = 10
    #: Most recent first; paths as the user chose them.
    recent_cases: list[str] = field(default_factory=list)
    #: Last folder a case was created or opened in.
    last_folder: str = ""
    #: One of THEMES (IEPDESK_THEME in the environment overrides it for a run).
    theme: str = "system"
    #: The window's language, one of iepdesk.i18n.LANGUAGES, or "" to follow the system's (until the
    #: parent chooses in the create wizard or Settings). IEPDESK_LANG overrides it for a run.
    language: str = ""

    def add_recent(self, path: str | Path) -> None:
        text = str(Path(path).absolute())
        self.recent_cases = [text, *[p for p in self.recent_cases if p != text]][:MAX_RECENT]

    def remove_recent(self, path: str | Path) -> None:
        text = str(Path(path).absolute())
        self.recent_cases = [p for p in self.recent_cases if p != text]


def settings_file() -> Path:
    return config_dir() / "settings.json"


def load(path: Path | None = None) -> Settings:
    """Read the settings; a missing or damaged file gives the defaults (and is not overwritten here)."""
    target = path or settings_file()
    try:
        raw: Any = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings unreadable, using defaults: %s", type(exc).__name__)
        return Settings()
    settings = Settings()
    if not isinstance(raw, dict):
        return settings
    for spec in fields(Settings):
        value = raw.get(spec.name)
        default = getattr(settings, spec.name)
        if value is not None and isinstance(value, type(default)) and not isinstance(value, bool):
            setattr(settings, spec.name, value)
    settings.auto_lock_minutes = max(0, min(240, settings.auto_lock_minutes))
    settings.recent_cases = [p for p in settings.recent_cases if isinstance(p, str)][:MAX_RECENT]
    if settings.theme not in THEMES:
        settings.theme = "system"
    if settings.language not in ("", *LANGUAGES):
        settings.language = ""
    return settings


def save(settings: Settings, path: Path | None = None) -> None:
    target = path or settings_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, (json.dumps(asdict(settings), indent=2) + "\n").encode("utf-8"))
