"""The core's language (iepdesk/i18n): which language, the catalogue, dates and numbers per language."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from iepdesk.i18n import (
    _,
    current,
    long_date,
    month_year,
    ngettext,
    number,
    resolve,
    set_language,
    short_month,
    system_language,
    use_language,
)
from iepdesk.model.iep import IepVersion, VersionKind

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("es", "es"),
        ("es_MX.UTF-8", "es"),
        ("es-US", "es"),
        ("ES_es@euro", "es"),
        ("en_GB.UTF-8", "en"),
        ("fr_FR.UTF-8", "en"),  # not a language of IEPDesk: English, its source
        ("C.UTF-8", "en"),
        ("POSIX", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_a_locale_stands_for_one_of_our_languages(text: str | None, language: str) -> None:
    assert resolve(text) == language


def test_the_system_language_is_read_as_gettext_reads_it() -> None:
    assert system_language({"LANGUAGE": "es:en", "LANG": "en_US.UTF-8"}) == "es"  # the first of the list
    assert system_language({"LC_ALL": "es_ES.UTF-8", "LANG": "en_US.UTF-8"}) == "es"
    assert system_language({"LC_MESSAGES": "es_AR.UTF-8", "LANG": "en_US.UTF-8"}) == "es"
    assert system_language({"LC_ALL": "", "LANG": "es_CL.UTF-8"}) == "es"  # empty is unset
    assert system_language({"LANG": "C"}) == "en"
    assert system_language({}) == "en"


def test_use_language_holds_only_inside_its_block_and_its_thread() -> None:
    assert current() == "en"
    seen: list[str] = []
    with use_language("es"):
        assert current() == "es"
        worker = threading.Thread(target=lambda: seen.append(current()))
        worker.start()
        worker.join()
        with use_language("en"):
            assert current() == "en"
        assert current() == "es"
    assert current() == "en"
    assert seen == ["en"]  # another thread writes in the process's language


def test_set_language_is_the_process_default_and_refuses_others() -> None:
    try:
        set_language("es")
        assert current() == "es"
        with use_language("en"):
            assert current() == "en"
    finally:
        set_language("en")
    with pytest.raises(ValueError, match="en, es"):
        set_language("fr")
    with pytest.raises(ValueError, match=r"not .de."), use_language("de"):
        pass


@pytest.mark.parametrize(
    ("day", "english", "spanish"),
    [
        (dt.date(2026, 12, 1), "December 1, 2026", "1 de diciembre de 2026"),
        (dt.date(2028, 2, 29), "February 29, 2028", "29 de febrero de 2028"),  # a leap day
        (dt.date(2027, 1, 1), "January 1, 2027", "1 de enero de 2027"),
    ],
)
def test_long_dates_in_each_language(day: dt.date, english: str, spanish: str) -> None:
    assert long_date(day) == english
    assert long_date(day, "es") == spanish
    with use_language("es"):
        assert long_date(day) == spanish
        assert long_date(day, "en") == english


def test_months_and_numbers_in_each_language() -> None:
    day = dt.date(2025, 9, 30)
    assert (month_year(day), month_year(day, "es")) == ("September 2025", "septiembre de 2025")
    assert (short_month(day), short_month(day, "es")) == ("Sep '25", "sep '25")
    # US Spanish writes numbers as the US does (a parent compares them with the school's papers).
    assert (number(1234.5), number(1234.5, "es")) == ("1,234.5", "1,234.5")


def test_plurals_follow_the_count_in_each_language() -> None:
    def sessions(n: int) -> str:  # a text of the catalogue (iepdesk/iep: how often a service is given)
        return ngettext("{sessions} session per day", "{sessions} sessions per day", n).format(sessions=n)

    assert [sessions(n) for n in (0, 1, 2)] == [
        "0 sessions per day",
        "1 session per day",
        "2 sessions per day",
    ]
    with use_language("es"):
        # Spanish: 1 is singular; 0 and 2 plural (and CLDR's third form, for millions, is plural too).
        assert [sessions(n) for n in (0, 1, 2, 1_000_000)] == [
            "0 sesiones por día",
            "1 sesión por día",
            "2 sesiones por día",
            "1000000 sesiones por día",
        ]


def test_a_text_without_spanish_yet_stays_english_rather_than_vanishing() -> None:
    with use_language("es"):
        assert _("A text no catalogue holds") == "A text no catalogue holds"


def test_a_version_is_named_in_the_current_language() -> None:
    version = IepVersion(kind=VersionKind.ANNUAL.value, effective_from=dt.date(2025, 9, 1))
    assert version.label() == "Annual IEP 2025-09-01"
    with use_language("es"):
        assert version.label() == "IEP anual 2025-09-01"
        assert IepVersion(kind=VersionKind.AMENDMENT.value).label() == "IEP enmendado (aún sin fecha)"


def test_a_checkout_without_compiled_catalogues_still_speaks_spanish(tmp_path: Path) -> None:
    """The .po is read and compiled in memory when the .mo is missing (a fresh clone before make)."""
    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources" / "locale", resources / "locale")
    for compiled in resources.rglob("*.mo"):
        compiled.unlink()
    code = (
        "import sys; from pathlib import Path; import iepdesk.paths as p\n"
        f"p.resource_root = lambda: Path({str(resources)!r})\n"
        "from iepdesk.i18n import use_language, ngettext\n"
        "with use_language('es'):\n"
        "    text = ngettext('{sessions} session per day', '{sessions} sessions per day', 1)\n"
        "    print(text.format(sessions=1))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "1 sesión por día"
    assert not list(resources.rglob("*.mo"))  # nothing written: compiled in memory
