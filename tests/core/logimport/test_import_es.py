"""The school-log import's messages in Spanish (issue 16): a row's problem, why nothing was imported, a
file the reader refuses (said by its child process in the window's language), a skipped row's reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from iepdesk import errors
from iepdesk.casefile import Case
from iepdesk.i18n import use_language
from iepdesk.logimport.apply import apply_import
from iepdesk.logimport.plan import plan_import
from iepdesk.logimport.table import TableError, read_table_bounded, skipped_reason

from .conftest import table

HEADER = ("Date", "Minutes", "Status")


def test_a_row_problem_in_spanish(case: Case, services: tuple[int, int]) -> None:
    speech, _ot = services
    unsure = table(HEADER, ("03/10/2025", "30", "Present"), ("04/10/2025", "30", "Present"))
    with use_language("es"):
        plan = plan_import(unsure, service_id=speech)
    assert plan.rows[0].problem == (
        "fila 2: la fecha '03/10/2025' se puede leer de dos maneras (primero el mes o primero el día) y "
        "las otras fechas del archivo no lo aclaran: elija el orden de las fechas del archivo"
    )
    plan = plan_import(unsure, service_id=speech)
    assert plan.rows[0].problem == (
        "row 2: the date '03/10/2025' can be read two ways (month first or day first) and the file's "
        "other dates do not tell which: choose the file's date order"
    )


def test_minutes_that_cannot_be_read(case: Case, services: tuple[int, int]) -> None:
    speech, _ot = services
    rows = table(HEADER, ("2025-09-23", "half an hour", "Present"), ("2025-09-24", "0", "Present"))
    with use_language("es"):
        plan = plan_import(rows, service_id=speech)
    assert [r.problem for r in plan.rows] == [
        "fila 2: 'half an hour' no es un número de minutos",
        "fila 3: marcada como dada con 0 minutos",
    ]


@pytest.mark.parametrize(
    ("rows", "spanish", "english"),
    [
        (
            (("2025-09-23", "ninety", "Present"),),
            "No se importó nada: fila 2: 'ninety' no es un número de minutos.",
            "Nothing was imported: row 2: 'ninety' is not a number of minutes.",
        ),
        (
            (("2025-09-23", "ninety", "Present"), ("2025-09-24", "0", "Present")),
            "No se importó nada: fila 2: 'ninety' no es un número de minutos (y 1 fila más).",
            "Nothing was imported: row 2: 'ninety' is not a number of minutes (and 1 more rows).",
        ),
        (
            (("2025-09-23", "ninety", "Present"), ("2025-09-24", "0", "Present"), ("x", "30", "Present")),
            "No se importó nada: fila 2: 'ninety' no es un número de minutos (y 2 filas más).",
            "Nothing was imported: row 2: 'ninety' is not a number of minutes (and 2 more rows).",
        ),
    ],
)
def test_nothing_imported_says_why(
    case: Case,
    services: tuple[int, int],
    tmp_path: Path,
    rows: tuple[tuple[str, ...], ...],
    spanish: str,
    english: str,
) -> None:
    speech, _ot = services
    with use_language("es"):  # the plan is made and applied in the window's language
        plan = plan_import(table(HEADER, *rows), service_id=speech)
        with pytest.raises(errors.UsageError) as caught:
            apply_import(plan, tmp_path / "log.csv")
    assert str(caught.value) == spanish
    plan = plan_import(table(HEADER, *rows), service_id=speech)
    with pytest.raises(errors.UsageError) as caught:
        apply_import(plan, tmp_path / "log.csv")
    assert str(caught.value) == english


def test_no_column_for_the_date(case: Case, services: tuple[int, int], tmp_path: Path) -> None:
    plan = plan_import(table(("When", "Minutes", "Status"), ("Tuesday", "30", "Present")))
    with use_language("es"), pytest.raises(errors.UsageError) as caught:
        apply_import(plan, tmp_path / "log.csv")
    assert str(caught.value) == "Ninguna columna tiene la fecha o el servicio: elija primero la columna."
    with pytest.raises(errors.UsageError) as caught:
        apply_import(plan, tmp_path / "log.csv")
    assert str(caught.value) == "No column holds the date or the service: choose the column first."


def test_the_reader_process_refuses_a_file_in_the_windows_language(tmp_path: Path) -> None:
    empty = tmp_path / "registro.csv"
    empty.write_bytes(b"")
    with use_language("es"), pytest.raises(TableError) as caught:
        read_table_bounded(empty)
    assert str(caught.value) == "registro.csv está vacío."
    with pytest.raises(TableError) as caught:
        read_table_bounded(empty)
    assert str(caught.value) == "registro.csv is empty."


def test_a_skipped_rows_reason_is_shown_translated() -> None:
    with use_language("es"):
        assert skipped_reason("blank row") == "fila en blanco"
        assert skipped_reason("left out by you") == "dejada fuera por usted"
    assert skipped_reason("blank row") == "blank row"
