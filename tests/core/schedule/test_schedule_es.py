"""The ledger's, the reconciliation's and the service log's texts in Spanish (issue 16), worked by hand.

Speech therapy, 2 × 30 min a week (conftest's speech()), in the first weeks of September 2025. The same
calls outside ``use_language("es")`` still speak English.
"""

from __future__ import annotations

import datetime as dt

import pytest

from iepdesk.i18n import use_language
from iepdesk.model import IepVersion, SchoolYear
from iepdesk.schedule import logbook, reasons
from iepdesk.schedule.entry_rules import EntryError
from iepdesk.schedule.ledger import build_ledger, ledger_notes
from iepdesk.schedule.reconcile import reconcile
from iepdesk.schedule.school_days import DAY_OFF, Span, SpanError, check

from .conftest import speech

D = dt.date
AS_OF = D(2025, 9, 30)


def _ask(ledger_warnings: list[str]) -> list[str]:
    return [w for w in ledger_warnings if "escuela." in w or "school." in w]


def test_one_session_to_ask_about_is_singular_two_are_plural(
    school_year: SchoolYear, annual: IepVersion
) -> None:
    s = speech(annual).id
    logbook.log_session(s, D(2025, 9, 2), "missed", reason="unknown")
    with use_language("es"):
        one = build_ledger(D(2025, 9, 1), D(2025, 9, 5), as_of=AS_OF).warnings
    assert _ask(one) == [
        "1 sesión perdida por un motivo desconocido o acortada sin saber cuántos minutos: pregunte a la "
        "escuela."
    ]
    logbook.log_session(s, D(2025, 9, 4), "missed", reason="unknown")
    with use_language("es"):
        two = build_ledger(D(2025, 9, 1), D(2025, 9, 5), as_of=AS_OF).warnings
    assert _ask(two) == [
        "2 sesiones perdidas por un motivo desconocido o acortadas sin saber cuántos minutos: pregunte a "
        "la escuela."
    ]
    # The same call outside the block: the English of before, word for word.
    assert _ask(build_ledger(D(2025, 9, 1), D(2025, 9, 5), as_of=AS_OF).warnings) == [
        "2 sessions missed for an unknown reason or cut short with minutes not known: ask the school."
    ]


def test_no_school_year_warning_and_row_labels(annual: IepVersion) -> None:
    speech(annual)
    with use_language("es"):
        ledger = build_ledger(D(2025, 9, 1), D(2025, 9, 30), "month", as_of=AS_OF)
        weeks = build_ledger(D(2025, 9, 1), D(2025, 9, 7), "week", as_of=AS_OF)
    assert ledger.warnings[0] == (
        "No se ha ingresado ningún año escolar, así que cada día de lunes a viernes se cuenta como día "
        "escolar."
    )
    assert [r.label for r in ledger.rows] == ["septiembre de 2025"]
    assert [t.label for t in ledger.totals] == ["Total"]
    assert [r.label for r in weeks.rows] == ["Semana del 2025-09-01"]
    english = build_ledger(D(2025, 9, 1), D(2025, 9, 30), "month", as_of=AS_OF)
    assert [r.label for r in english.rows] == ["September 2025"]


def test_a_session_logged_differently_is_said_in_spanish(school_year: SchoolYear, annual: IepVersion) -> None:
    s = speech(annual).id
    logbook.log_session(s, D(2025, 9, 18), "missed", reason="student_absent", source="provider_log")
    logbook.log_session(s, D(2025, 9, 18), "missed", reason="provider_absent", source="parent_saw")
    with use_language("es"):
        ledger = build_ledger(D(2025, 9, 15), D(2025, 9, 19), as_of=AS_OF)
        notes = ledger_notes(ledger)
    assert (
        "1 sesión se registró de forma distinta en dos fuentes; se cuenta una sola vez, según la fuente más "
        "segura (primero el registro del proveedor)."
    ) in ledger.warnings
    assert notes == [
        "2025-09-18, Speech therapy: se registró de forma distinta. Se cuenta: el registro del proveedor: "
        "perdida (Estudiante ausente). También se registró: su nota: perdida (Proveedor ausente)."
    ]
    assert ledger_notes(build_ledger(D(2025, 9, 15), D(2025, 9, 19), as_of=AS_OF)) == [
        "2025-09-18, Speech therapy: logged differently. Counted: the provider's log: missed (Student "
        "absent). Also logged: your note: missed (Provider absent)."
    ]


def test_the_school_record_beside_yours_in_spanish(school_year: SchoolYear, annual: IepVersion) -> None:
    s = speech(annual).id
    logbook.log_session(s, D(2025, 9, 4), "delivered", 30, source="school_record")
    logbook.log_session(s, D(2025, 9, 4), "missed", reason="unknown", source="child_reported")
    logbook.log_session(s, D(2025, 9, 9), "delivered", 30, source="parent_saw")
    with use_language("es"):
        words = [row.sentence for row in reconcile(D(2025, 9, 1), D(2025, 9, 12), as_of=AS_OF).sessions]
    assert words == [
        "El registro de la escuela dice: dada (30 min); usted registró: perdida (lo que dijo el niño).",
        "El registro de la escuela no tiene ninguna entrada; usted registró: dada (30 min, su nota).",
    ]
    assert reconcile(D(2025, 9, 1), D(2025, 9, 5), as_of=AS_OF).sessions[0].sentence == (
        "The school's record says delivered (30 min); you logged missed (what the child said)."
    )


def test_reason_labels_and_the_log_messages_in_spanish(case: object, annual: IepVersion) -> None:
    s = speech(annual).id
    with use_language("es"):
        assert reasons.reason_label("student_absent") == "Estudiante ausente"
        assert reasons.BY_CODE["unknown"].label_text() == "Desconocido"
        with pytest.raises(EntryError, match=r"^Los minutos deben estar entre 0 y 1440\.$"):
            logbook.log_session(s, D(2025, 9, 2), "delivered", minutes=2000)
        lines = logbook.parse_provider_log("hello there\n9/2 absent", 2025)
        with pytest.raises(SpanError, match=r"^El último día es anterior al primer día\.$"):
            check(DAY_OFF, Span(D(2025, 9, 5), D(2025, 9, 1)))
    assert [line.error for line in lines] == ["no se encontró la fecha", ""]
    assert reasons.reason_label("student_absent") == "Student absent"
    with pytest.raises(EntryError, match=r"^Minutes must be between 0 and 1440\.$"):
        logbook.log_session(s, D(2025, 9, 2), "delivered", minutes=2000)
