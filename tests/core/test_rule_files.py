"""Every rules file of a language (resources/clarity, resources/tone, resources/calendar) has the
format, version and keys of its English file, so the code reads every language the same way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iepdesk.i18n import LANGUAGES
from iepdesk.paths import resource_path

ENGLISH = {
    "clarity": "rules.en.json",
    "tone": "rules.en.json",
    "calendar": "ics-keywords.en.json",
}


def _files() -> list[tuple[str, Path]]:
    found = []
    for folder, english in ENGLISH.items():
        stem = english.removesuffix(".en.json")
        for path in sorted(resource_path(folder, english).parent.glob(f"{stem}.*.json")):
            found.append((folder, path))
    return found


def test_every_language_has_its_rule_files() -> None:
    names = {(folder, path.name) for folder, path in _files()}
    for folder, english in ENGLISH.items():
        for language in LANGUAGES:
            assert (folder, english.replace(".en.", f".{language}.")) in names


@pytest.mark.parametrize(("folder", "path"), _files(), ids=lambda v: getattr(v, "name", v))
def test_a_rule_file_has_the_english_format_version_and_keys(folder: str, path: Path) -> None:
    english = json.loads(resource_path(folder, ENGLISH[folder]).read_text("utf-8"))
    data = json.loads(path.read_text("utf-8"))
    language = path.name.split(".")[-2]
    assert data["format"] == english["format"]
    assert data["version"] == english["version"]
    assert data["language"] == language
    assert set(data) == set(english)
    for key, value in english.items():
        assert type(data[key]) is type(value), key
        if isinstance(value, dict) and key not in {"explain", "prompts"}:  # tables keyed by the language
            assert set(data[key]) >= set(value), key
