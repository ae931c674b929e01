"""Which language the core writes in: the process's own, or one a piece of work asks for."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

#: The languages IEPDesk is written in, English first (the language of its source texts).
LANGUAGES = ("en", "es")

_default = ["en"]
_asked: ContextVar[str | None] = ContextVar("iepdesk_language", default=None)

#: Each language's name in itself (what a chooser shows, so a reader finds their own).
_NAMES = {"en": "English", "es": "Español"}


def language_name(language: str) -> str:
    return _NAMES[resolve(language)]


def resolve(text: str | None) -> str:
    """The supported language a locale or language name stands for: "es_MX.UTF-8" is "es".

    Anything not Spanish is English, which every text is written in first.
    """
    if not text:
        return "en"
    code = text.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the user's system, read as gettext reads it (LANGUAGE, LC_ALL, LC_MESSAGES,
    LANG, the first that is set); "C" and "POSIX" are English."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if name == "LANGUAGE":
            value = value.split(":")[0]
        if value:
            return resolve(value)
    return "en"


def current() -> str:
    """The language the core writes in now."""
    return _asked.get() or _default[0]


def set_language(language: str) -> None:
    """The process's language (from the settings, or ``--lang`` on the command line)."""
    _default[0] = _checked(language)


@contextmanager
def use_language(language: str) -> Iterator[str]:
    """Write in ``language`` for the work inside the block (in this thread or task only)."""
    token = _asked.set(_checked(language))
    try:
        yield language
    finally:
        _asked.reset(token)


def _checked(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    return language
