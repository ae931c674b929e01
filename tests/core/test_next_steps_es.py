"""Next steps in Spanish (issue 16): the core's texts through its catalogue, dates written out in Spanish.

The window shows the same keys through its own table (ui/letters/next_steps_texts.py); these are the
core's own words, for the command line and anything printed.
"""

from __future__ import annotations

import datetime as dt

from iepdesk.i18n import use_language
from iepdesk.next_steps import CaseProgress, build

D = dt.date


def _shows(progress: CaseProgress, key: str) -> list[str]:
    return [line.text() for line in build(progress).step(key).shows]


def test_the_record_step_counts_one_and_many_in_spanish() -> None:
    progress = CaseProgress(log_entries=1, incidents=2, latest_incident=D(2026, 12, 1))
    with use_language("es"):
        shows = _shows(progress, "record")
        title = build(progress).step("record").title.text()
    assert title == "Lleve un registro con fechas"
    assert shows == [
        "Documentado: 1 entrada del registro de servicios, 2 incidentes.",
        "El incidente más reciente es del 1 de diciembre de 2026.",
    ]
    assert _shows(progress, "record") == [
        "Documented: 1 service log entry, 2 incidents.",
        "The latest incident is from December 1, 2026.",
    ]


def test_the_records_request_step_in_spanish() -> None:
    progress = CaseProgress(sent={"records-request": D(2026, 1, 10)}, records_due=D(2026, 2, 24))
    with use_language("es"):
        shows = _shows(progress, "meeting")
    assert shows[0] == "Expedientes solicitados el 10 de enero de 2026."
    assert shows[1].startswith(
        "Según la ley federal, el distrito debe dejarle verlos dentro de 45 días, a más tardar el 24 de "
        "febrero de 2026,"
    )


def test_every_text_of_the_page_is_spanish() -> None:
    with use_language("es"):
        texts = [line.text() for line in build(CaseProgress()).lines()]
    english = [line.text() for line in build(CaseProgress()).lines()]
    assert len(texts) == len(english)
    assert [t for t, e in zip(texts, english, strict=True) if t == e] == []
    assert "Esto es información, no asesoramiento legal." in texts
