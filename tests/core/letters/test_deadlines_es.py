"""Deadline titles, labels and explanations in Spanish (issue 16), dates as Spanish writes them.

The case (conftest): the 2025-26 school year (August 25, 2025 to June 10, 2026), an annual IEP from
September 1, 2025 to August 31, 2026 (meeting September 1, 2025), speech therapy 2 × 30 min a week.
"""

from __future__ import annotations

import datetime as dt

import factories

from iepdesk import deadlines
from iepdesk.casefile import Case
from iepdesk.i18n import use_language
from iepdesk.model import IepVersion
from iepdesk.schedule import logbook

D = dt.date


def test_long_date_is_spanish_inside_the_block_and_english_outside() -> None:
    with use_language("es"):
        assert deadlines.long_date(D(2026, 12, 1)) == "1 de diciembre de 2026"
    assert deadlines.long_date(D(2026, 12, 1)) == "December 1, 2026"
    assert deadlines.long_date(D(2026, 10, 3)) == "October 3, 2026"


def test_an_incident_opens_three_windows_in_spanish(case: Case) -> None:
    incident = logbook.record_incident(D(2025, 12, 1), [], "No extended time on the math test")
    with use_language("es"):
        state, ocr, due_process = deadlines.incident_windows(incident)
    assert (state.title, state.due, state.counted_from_label) == (
        "Se cierra el plazo para la queja estatal",
        D(2026, 12, 1),
        "el incidente del 1 de diciembre de 2025",
    )
    assert state.rule == (
        "Una queja estatal debe tratar de una violación que ocurrió no más de un año antes de que el "
        "estado la reciba."
    )
    assert state.note == (
        "Las reglas de su estado pueden ser distintas; consulte con el departamento de educación de su "
        "estado."
    )
    assert (ocr.title, ocr.note) == (
        "Se cierra el plazo para la queja ante la OCR",
        "Esta es una regla federal: es la misma en todos los estados.",
    )
    assert ocr.source == (
        "34 CFR 100.7(b) según lo aplica la OCR; instrucciones de la OCR para presentar una queja (ed.gov)"
    )
    assert due_process.title == "Se cierra el plazo para el debido proceso"
    english = deadlines.incident_windows(incident)[0]
    assert (english.title, english.counted_from_label) == (
        "State complaint window closes",
        "the incident of December 1, 2025",
    )


def test_missed_sessions_one_day_is_singular_two_days_plural(case: Case) -> None:
    speech = 1  # the conftest's service
    logbook.log_session(speech, D(2025, 9, 2), "missed", reason="provider_absent")
    with use_language("es"):
        one = deadlines.missed_session_windows(D(2025, 9, 30))
    ocr = next(d for d in one if d.kind == "ocr_complaint")
    assert ocr.counted_from_label == "la sesión perdida de Speech therapy del 2 de septiembre de 2025"
    assert ocr.detail == "La más reciente de las sesiones perdidas (1 día con una sesión perdida)."
    logbook.log_session(speech, D(2025, 9, 4), "missed", reason="provider_absent")
    with use_language("es"):
        two = deadlines.missed_session_windows(D(2025, 9, 30))
    state = [d for d in two if d.kind == "state_complaint"]
    assert [d.detail for d in state] == [
        "La más antigua de las sesiones perdidas (2 días con una sesión perdida) cuyo plazo sigue abierto; "
        "las posteriores quedan dentro de él por más tiempo.",
        "La más reciente de las sesiones perdidas (2 días con una sesión perdida).",
    ]
    assert [
        d.detail for d in deadlines.missed_session_windows(D(2025, 9, 30)) if d.kind == "ocr_complaint"
    ] == ["The most recent of 2 days with a missed session."]


def test_the_annual_review_and_the_records_request_in_spanish(case: Case) -> None:
    with use_language("es"):
        review = deadlines.annual_review(D(2025, 11, 1))
        plain = deadlines.records_deadline(7, D(2026, 1, 10), [])
        factories.version(None, None, meeting_date=D(2026, 1, 20), status="draft")
        sooner = deadlines.records_deadline(7, D(2026, 1, 10), deadlines.meetings())
    assert review is not None
    assert (review.title, review.counted_from_label, review.detail) == (
        "Revisión anual del IEP, a más tardar el",
        "la última reunión del IEP",
        "El IEP en sí dura hasta el 31 de agosto de 2026.",
    )
    assert (plain.title, plain.due, plain.counted_from_label) == (
        "Los expedientes deben estar disponibles",
        D(2026, 2, 24),
        "su solicitud de expedientes enviada el 10 de enero de 2026",
    )
    assert (sooner.title, sooner.due, sooner.detail) == (
        "Los expedientes deben estar disponibles antes de la reunión",
        D(2026, 1, 20),
        "Antes de la reunión del IEP del 20 de enero de 2026, que llega antes de que pasen 45 días desde "
        "su solicitud (24 de febrero de 2026).",
    )


def test_progress_reports_in_spanish(case: Case) -> None:
    version = IepVersion.get_by_id(1)
    factories.provision(version, "goal", area="Reading", reporting_schedule="quarterly")
    with use_language("es"):
        reports = deadlines.progress_reports(version)
    # Sep 1, 2025 + 3, 6, 9 months: Dec 1, Mar 1 (a Sunday: still inside the school year), Jun 1; the
    # fourth, the IEP's last day (Aug 31, 2026), is after the school year: moved back to June 10.
    assert [(r.title, r.due) for r in reports] == [
        ("Se espera el informe de progreso 1", D(2025, 12, 1)),
        ("Se espera el informe de progreso 2", D(2026, 3, 1)),
        ("Se espera el informe de progreso 3", D(2026, 6, 1)),
        ("Se espera el informe de progreso 4", D(2026, 6, 10)),
    ]
    assert reports[0].rule == "El IEP dice cuándo se informa el progreso: quarterly."
    assert reports[-1].detail == (
        "Cada 3 meses desde el inicio del IEP; se movió desde el 31 de agosto de 2026, que cae después del "
        "fin del año escolar."
    )
    assert deadlines.progress_reports(version)[-1].detail == (
        "Every 3 months from the IEP's start; moved back from August 31, 2026, after the school year ended."
    )
