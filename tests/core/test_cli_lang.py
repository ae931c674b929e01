"""``iepdesk --lang es COMMAND`` and ``LANG``: what the command line prints follows the language;
``--json`` keys, codes and ISO dates do not; English stays as it was; ``--lang fr`` is exit 2."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from core_support import PASSPHRASE, assert_plain_failure, cli, cli_ok, run_cli

from iepdesk import i18n
from iepdesk.casefile import Case
from iepdesk.cli_language import split
from iepdesk.model import IepVersion, Provision

D = dt.date
ok = cli_ok


@pytest.fixture
def case_path(make_case: Any) -> Path:
    path: Path = make_case()[0]
    return path


@pytest.fixture
def service_id(case_path: Path) -> int:
    """Speech therapy, 2 × 30 minutes a week, in a final IEP in effect 2025-09-01 to 2026-08-31, with
    the session of Tuesday 2026-03-03 delivered as planned and Thursday 2026-03-05's missed."""
    with Case.open(case_path, PASSPHRASE):
        version = IepVersion.create(
            kind="annual", status="final", effective_from=D(2025, 9, 1), effective_to=D(2026, 8, 31)
        )
        speech = Provision.create(
            version=version,
            kind="service",
            title="Speech therapy",
            minutes_per_session=30,
            sessions_per_period=2,
            period="week",
        )
    ok("log", "add", case_path, speech.id, "delivered", "--date", "2026-03-03")
    ok("log", "add", case_path, speech.id, "missed", "--date", "2026-03-05", "--reason", "provider_absent")
    return int(speech.id)


def _keys(document: Any) -> Any:
    """The shape of a JSON document: its keys at every level, without the values."""
    if isinstance(document, dict):
        return {key: _keys(value) for key, value in document.items()}
    if isinstance(document, list):
        return [_keys(item) for item in document]
    return None


# ---- --lang es --------------------------------------------------------------------------------------


def test_lang_es_prints_spanish(case_path: Path, service_id: int) -> None:
    listed = ok("--lang", "es", "log", "list", case_path)
    # The codes stay (they are what one types), "as planned" is said in Spanish.
    assert "2026-03-03  Speech therapy               delivered según lo previsto" in listed
    assert "2026-03-05  Speech therapy               missed    provider absent" in listed
    assert ok("--lang", "es", "incident", "list", case_path) == "No hay incidentes.\n"
    assert ok("--lang", "es", "comms", "list", case_path) == "No hay comunicaciones.\n"
    assert ok("--lang", "en", "comms", "list", case_path) == "No communications.\n"


def test_the_ledger_in_spanish_keeps_its_figures_under_wider_headings(
    case_path: Path, service_id: int
) -> None:
    args = ("ledger", case_path, "--from", "2026-03-02", "--to", "2026-03-06", "--as-of", "2026-03-06")
    english = ok(*args).splitlines()
    spanish = ok("--lang", "es", *args).splitlines()
    assert english[0] == "Ledger of minutes, 2026-03-02 to 2026-03-06"
    assert spanish[0] == "Cuenta de minutos, del 2026-03-02 al 2026-03-06"
    assert spanish[2] == "Totales"
    # 2 sessions of 30 minutes required in the week; 30 delivered, 30 missed (the provider was away,
    # so owed); 30 of 60 is 50 %, under the 85 % threshold.
    assert english[3].split() == [
        "required",
        "delivered",
        "excused",
        "missed",
        "made",
        "up",
        "not",
        "rec.",
        "owed",
    ]
    assert english[4].split() == [
        "Speech",
        "therapy",
        "60",
        "30",
        "0",
        "30",
        "0",
        "0",
        "30",
        "⚠",
        "under",
        "85%",
    ]
    assert spanish[3].split() == [
        "requeridos",
        "dados",
        "justif.",
        "perdidos",
        "recuperados",
        "sin",
        "reg.",
        "adeudados",
    ]
    assert spanish[4].split() == [
        "Speech",
        "therapy",
        "60",
        "30",
        "0",
        "30",
        "0",
        "0",
        "30",
        "⚠",
        "por",
        "debajo",
        "del",
        "85%",
    ]
    # Each figure ends where its heading ends, however long the Spanish heading is.
    header, row = spanish[3], spanish[4]
    for heading, figure in zip(
        ["requeridos", "dados", "justif.", "perdidos", "recuperados", "sin reg.", "adeudados"],
        ["60", "30", "0", "30", "0", "0", "30"],
        strict=True,
    ):
        end = header.index(heading) + len(heading)
        assert row[end - len(figure) : end] == figure, (heading, figure)
        assert row[end - len(figure) - 1] == " "


def test_plurals_follow_the_count_in_spanish(case_path: Path, tmp_path: Path) -> None:
    ics = tmp_path / "district.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test district//EN\r\n"
        "BEGIN:VEVENT\r\nUID:thanks@district\r\nDTSTAMP:20250601T000000Z\r\nSUMMARY:Thanksgiving Holiday\r\n"
        "DTSTART;VALUE=DATE:20251127\r\nDTEND;VALUE=DATE:20251129\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    first = ok("--lang", "es", "calendar", "import-ics", case_path, ics)
    assert "del 2025-11-27 al 2025-11-28" in first
    assert "→ día libre (holiday)" in first
    assert "Se agregó 1 día libre; 0 ya estaban." in first
    again = ok("calendar", "import-ics", case_path, ics)  # English says what it always said
    assert "0 day(s) off added, 1 already there." in again


def test_json_keys_are_the_same_in_spanish(case_path: Path, service_id: int) -> None:
    for args in (
        ("log", "list", case_path, "--json"),
        (
            "ledger",
            case_path,
            "--from",
            "2026-03-02",
            "--to",
            "2026-03-06",
            "--as-of",
            "2026-03-06",
            "--json",
        ),
        ("deadlines", case_path, "--json"),
        ("vault", "list", case_path, "--json"),
    ):
        english = json.loads(ok("--lang", "en", *args))
        spanish = json.loads(ok("--lang", "es", *args))
        assert _keys(spanish) == _keys(english), args
    log = json.loads(ok("--lang", "es", "log", "list", case_path, "--json"))
    assert [(e["date"], e["status"], e["reason"]) for e in log] == [
        ("2026-03-03", "delivered", None),
        ("2026-03-05", "missed", "provider_absent"),
    ]  # machine values as they are
    ledger = json.loads(
        ok("--lang", "es", "ledger", case_path, "--from", "2026-03-02", "--to", "2026-03-06", "--json")
    )
    assert (ledger["from"], ledger["unit"], ledger["grouping"]) == ("2026-03-02", "minutes", "whole")


def test_argparse_speaks_spanish_too(case_path: Path) -> None:
    missing = cli("--lang", "es", "log", "list")
    assert missing.code == 2
    assert missing.stderr.startswith("uso: iepdesk log list [-h]")
    assert "iepdesk log list: error: se requieren los siguientes argumentos: path" in missing.stderr
    wrong = cli("--lang", "es", "log", "list", case_path, "--from", "2026-3-3")
    assert_plain_failure(wrong, 2)
    assert (
        "error: argumento --from: '2026-3-3' no es una fecha: escríbala como YYYY-MM-DD, "
        "por ejemplo 2026-03-31" in wrong.stderr
    )
    choice = cli("--lang", "es", "log", "add", case_path, "1", "given")
    assert "argumento status: opción no válida: 'given' (elija entre" in choice.stderr


def test_errors_of_the_core_reach_the_parent_in_spanish(case_path: Path) -> None:
    result = cli("--lang", "es", "log", "add", case_path, "99", "delivered", "--date", "2026-03-03")
    assert_plain_failure(result, 2)
    assert result.stderr == "iepdesk: No hay un servicio 99 en este caso (servicios: ninguno todavía).\n"
    from iepdesk import errors

    with i18n.use_language("es"):
        assert errors.write_failure(OSError(28, "No space left on device")) == "El disco está lleno"
    assert errors.write_failure(OSError(28, "No space left on device")) == "The disk is full"


def test_help_is_spanish_with_lang_es() -> None:
    result = run_cli("--lang", "es", "--help", passphrase=None)
    assert result.code == 0, result
    out = result.stdout
    assert out.startswith("uso: iepdesk [-h] [--version] [--lang {en,es}] COMMAND ...")
    assert "argumentos posicionales:" in out and "opciones:" in out
    assert "-h, --help" in out and "mostrar este mensaje de ayuda y salir" in out
    assert "Crear un caso (nunca reemplaza un archivo)." in out
    assert "Códigos de salida: 0 hecho, 2 error de uso" in " ".join(out.split())
    english = run_cli("--help", passphrase=None).stdout
    assert english.startswith("usage: iepdesk [-h] [--version] [--lang {en,es}] COMMAND ...")
    assert (
        "show this help message and exit" in english and "Create a case (never overwrites a file)." in english
    )


# ---- LANG and the other variables -----------------------------------------------------------------


def test_lang_es_mx_in_the_environment_prints_spanish(case_path: Path) -> None:
    result = run_cli("comms", "list", case_path, env={"LANG": "es_MX.UTF-8"})
    assert (result.code, result.stdout) == (0, "No hay comunicaciones.\n"), result


def test_lang_fr_in_the_environment_prints_english(case_path: Path) -> None:
    result = run_cli("comms", "list", case_path, env={"LANG": "fr_FR.UTF-8"})
    assert (result.code, result.stdout) == (0, "No communications.\n"), result


def test_language_comes_before_lang_and_the_option_before_both(case_path: Path) -> None:
    spanish = cli_in_env(case_path, {"LANGUAGE": "es:en", "LANG": "en_US.UTF-8"})
    assert spanish == "No hay comunicaciones.\n"
    english = cli_in_env(case_path, {"LANG": "es_MX.UTF-8"}, "--lang", "en")
    assert english == "No communications.\n"


def cli_in_env(case_path: Path, env: dict[str, str], *before: str) -> str:
    from core_support import run_cli_in_process

    result = run_cli_in_process(*before, "comms", "list", case_path, env=env)
    assert result.code == 0, result
    return result.stdout


def test_lang_fr_is_a_usage_error_naming_both_languages(case_path: Path) -> None:
    result = cli("--lang", "fr", "comms", "list", case_path)
    assert_plain_failure(result, 2)
    assert result.stderr.endswith(
        "iepdesk: error: argument --lang: 'fr' is not a language of IEPDesk: "
        "choose en (English) or es (Español)\n"
    )
    assert cli("--lang=fr", "comms", "list", case_path).code == 2
    assert cli("--lang").code == 2  # no value


def test_a_run_leaves_the_process_language_as_it_was(case_path: Path) -> None:
    assert ok("--lang", "es", "comms", "list", case_path) == "No hay comunicaciones.\n"
    assert i18n.current() == "en"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--lang", "es", "ledger", "x"], ("es", ["ledger", "x"])),
        (["--lang=es"], ("es", [])),
        (["--la", "es", "--help"], ("es", ["--help"])),
        (["--version", "--lang", "en"], ("en", ["--version"])),
        (["tone", "--lang", "es"], (None, ["tone", "--lang", "es"])),  # after the command: its own words
        (["--lang"], (None, [])),
        (["check", "x"], (None, ["check", "x"])),
    ],
)
def test_only_a_lang_before_the_command_is_the_language(
    argv: list[str], expected: tuple[Any, list[str]]
) -> None:
    assert split(argv) == expected


def _numbers(document: Any, path: str = "") -> dict[str, Any]:
    """Every number of a JSON document, by where it stands."""
    if isinstance(document, dict):
        return {k: v for key, value in document.items() for k, v in _numbers(value, f"{path}.{key}").items()}
    if isinstance(document, list):
        return {k: v for i, item in enumerate(document) for k, v in _numbers(item, f"{path}[{i}]").items()}
    return {path: document} if isinstance(document, int | float) and not isinstance(document, bool) else {}


def test_the_language_changes_no_figure_of_a_period_starting_mid_week_as_of_today(
    case_path: Path, service_id: int
) -> None:
    """Wednesday 2026-03-04 to Tuesday 2026-03-10, as of today (the CLI's default): the week is cut at
    both ends. Inside it, Thursday 2026-03-05's session was missed (30 minutes, the provider away: owed);
    Tuesday 2026-03-03's delivered one is outside. Every figure is the same in both languages."""
    args = ("ledger", case_path, "--from", "2026-03-04", "--to", "2026-03-10", "--json")
    english = json.loads(ok("--lang", "en", *args))
    spanish = json.loads(ok("--lang", "es", *args))
    assert _numbers(spanish) == _numbers(english)
    numbers = _numbers(english)
    assert numbers, "the ledger's JSON holds figures"
    missed = [value for where, value in numbers.items() if where.endswith(".missed")]
    delivered = [value for where, value in numbers.items() if where.endswith(".delivered")]
    assert missed and set(missed) == {30}, numbers  # only Thursday's session, in every total
    assert delivered and set(delivered) == {0}, numbers  # Tuesday the 3rd is before the period
