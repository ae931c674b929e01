"""The meeting binder in Spanish, read back from the PDF: its headings, tables and dates are Spanish,
accents come through, no English heading is left, and the English binder is unchanged by it."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from iepdesk.casefile import Case
from iepdesk.export.binder_data import SECTIONS, BinderOptions
from iepdesk.export.binder_pdf import build_binder
from iepdesk.export.recovery_kit import recovery_kit_pdf
from iepdesk.i18n import current, use_language
from iepdesk.schedule import logbook

from .conftest import D
from .test_binder import options, outline_titles, pdftotext
from .test_binder_reconcile import speech as speech  # the fixture

#: Worked out by hand from the glossary (docs/glossary-es.md) and the catalogue.
SPANISH_SECTIONS = [
    "Contactos del equipo",
    "El IEP vigente",
    "Servicios: minutos requeridos y dados",
    "Incidentes",
    "Comunicaciones",
    "Informes de progreso",
    "Preocupaciones del padre o madre",
    "Documentos",
]
ENGLISH_HEADINGS = [
    *(title for _key, title in SECTIONS),
    "IEP meeting binder",
    "Contents",
    "Minutes owed, per service",
    "Missed and cut-short sessions",
    "What the parent asks",
    "Period covered",
    "Prepared by",
    "Page 1 of",
    "Confidential:",
]


@pytest.fixture
def spanish(binder_case: tuple[Case, dict[str, int]], tmp_path: Path) -> tuple[bytes, list[str], str]:
    _case, ids = binder_case
    steps: list[str] = []
    result = build_binder(
        options(ids), lambda done, total, what: steps.append(what), today=D(2026, 3, 1), language="es"
    )
    (tmp_path / "binder-es.pdf").write_bytes(result.pdf)
    if os.environ.get("IEPDESK_KEEP_BINDER_ES"):  # for looking at the pages (pdftoppm)
        Path(os.environ["IEPDESK_KEEP_BINDER_ES"]).write_bytes(result.pdf)
    return result.pdf, steps, " ".join(pdftotext(result.pdf, tmp_path).split())


def test_spanish_headings_dates_and_accents(spanish: tuple[bytes, list[str], str]) -> None:
    pdf, steps, text = spanish
    assert current() == "en"  # the build's language did not leak out of it
    for heading in SPANISH_SECTIONS:
        assert heading in text, heading
    assert "Carpeta para la reunión del IEP" in text
    assert "Contenido" in text
    assert "Minutos adeudados, por servicio" in text
    assert "Sesiones perdidas y acortadas" in text
    assert "Página 1 de" in text
    assert "Esto no es asesoramiento legal." in text
    # Dates as Spanish readers write them: the period, the meeting and the day it was made.
    assert "del 1 de septiembre de 2025 al 28 de febrero de 2026" in text
    assert "12 de marzo de 2026" in text
    assert "1 de marzo de 2026" in text
    # Accents come through the embedded font, in our words and in the case's.
    for word in ("Reunión", "Función", "Teléfono", "José Núñez-García", "niño o la niña", "sesión"):
        assert word in text, word
    # The table headers of the ledger and of the sessions.
    for header in ("Requeridos", "Dados", "Justificados", "Perdidos", "Adeudados", "Motivo (y nota)"):
        assert header in text, header
    assert "Preparado por" in text and "María Núñez" in text
    # The progress of the build is in the binder's language too.
    assert steps[0] == "Reuniendo los datos del caso" and steps[-1] == "Listo"
    # The bookmarks are the Spanish section titles.
    titles = outline_titles(PdfReader(io.BytesIO(pdf)))
    for heading in SPANISH_SECTIONS:
        assert heading in titles, heading
    assert "Anexo 2: progress-report" in titles


def test_no_english_heading_is_left(spanish: tuple[bytes, list[str], str]) -> None:
    _pdf, _steps, text = spanish
    left = [heading for heading in ENGLISH_HEADINGS if heading in text]
    assert left == []
    for month in ("September", "December", "February"):
        assert month not in text, month


def test_the_english_binder_still_speaks_english(
    binder_case: tuple[Case, dict[str, int]], tmp_path: Path
) -> None:
    _case, ids = binder_case
    with use_language("es"):  # an explicit language wins over the current one
        result = build_binder(options(ids), today=D(2026, 3, 1), language="en")
    text = " ".join(pdftotext(result.pdf, tmp_path).split())
    assert "IEP meeting binder" in text and "Period covered" in text
    assert "September 1, 2025 to February 28, 2026" in text
    assert "Carpeta" not in text and "Página" not in text


def test_the_pdf_embeds_its_fonts(binder_case: tuple[Case, dict[str, int]], tmp_path: Path) -> None:
    """Every font of the Spanish binder is embedded (DejaVu, which has the accented letters), none is
    a base-14 stand-in. Without the appended documents: the test's own PDFs are in Helvetica."""
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    result = build_binder(options({}), today=D(2026, 3, 1), language="es")
    path = tmp_path / "fonts.pdf"
    path.write_bytes(result.pdf)
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    assert {row[0].split("+")[-1] for row in rows} == {"DejaVuSans", "DejaVuSans-Bold"}, listing
    for row in rows:
        assert row[-5:-2] == ["yes", "yes", "yes"], row  # embedded, subset, with a Unicode map


def test_the_recovery_kit_in_spanish(tmp_path: Path) -> None:
    from iepdesk.casefile.recovery_secret import RecoverySecret

    secret = RecoverySecret.generate()
    pdf = recovery_kit_pdf(
        secret, "0" * 32, "Zoë Núñez-Ávila", "Zoë.iepcase", made_on=D(2026, 12, 1), language="es"
    )
    assert current() == "en"
    text = " ".join(pdftotext(pdf, tmp_path).split())
    assert "Kit de recuperación de IEPDesk" in text
    assert "Hecho el 1 de diciembre de 2026." in text
    assert "Zoë Núñez-Ávila" in text
    assert "frase de contraseña" in text
    assert "Cómo usarla" in text and "How to use it" not in text
    assert "iepdesk recover Zoë.iepcase" in text
    kit = recovery_kit_pdf(secret, "0" * 32, "Zoë", "Zoë.iepcase", made_on=D(2026, 12, 1))
    english = " ".join(pdftotext(kit, tmp_path).split())
    assert "Made on December 1, 2026." in english


def test_the_school_record_section_in_spanish(speech: int, tmp_path: Path) -> None:
    """The sessions of test_binder_reconcile (worked by hand there), in a Spanish binder."""
    log = logbook.log_session
    log(speech, D(2025, 9, 2), "delivered", 30, source="school_record")
    log(speech, D(2025, 9, 2), "delivered", 30, source="parent_saw")
    log(speech, D(2025, 9, 4), "delivered", 30, source="school_record")
    log(speech, D(2025, 9, 4), "missed", reason="unknown", source="child_reported")
    log(speech, D(2025, 9, 9), "delivered", 20, source="school_record", note="Provider: Ms. Lee; Group")
    log(speech, D(2025, 9, 9), "delivered", 30, source="parent_saw")
    log(speech, D(2025, 9, 11), "delivered", 20, source="school_record", note="Provider: Mr. Cole")
    log(speech, D(2025, 9, 16), "missed", reason="provider_absent", source="parent_saw")
    chosen = BinderOptions(
        start=D(2025, 9, 1), end=D(2025, 9, 30), sections=["ledger"], prepared_by="Pat Lee"
    )
    result = build_binder(chosen, today=D(2025, 10, 1), language="es")
    assert "El registro de la escuela junto al suyo" in result.sections
    text = " ".join(pdftotext(result.pdf, tmp_path).split())
    if os.environ.get("IEPDESK_KEEP_BINDER_ES"):
        Path(os.environ["IEPDESK_KEEP_BINDER_ES"] + ".reconcile.pdf").write_bytes(result.pdf)
    assert (
        "5 sesiones del 2025-09-01 al 2025-09-30. Coinciden: 1; no coinciden: 2; solo en el registro de "
        "la escuela: 1; solo en el registro del padre o madre: 1." in text
    )
    assert "Para revisar. En grupo cuando el IEP dice individual: 1;" in text
    assert "los registros nombran a Mr. Cole donde antes nombraban a Ms. Lee." in text
    table = text[text.index("En qué difieren") :]
    assert table.index("2025-09-04") < table.index("2025-09-09")
    assert "The school's record" not in text and "They differ on" not in text
