"""The documents' messages in Spanish (issue 16), and the other areas' validation messages a parent
reaches: a title left empty, a file too big to open or unreadable, a preview note (kept English in the
case, shown translated), the child's name, an incident or a communication that says nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from iepdesk.casefile import Case
from iepdesk.comms.log import NothingSaidError
from iepdesk.errors import UsageError
from iepdesk.i18n import use_language
from iepdesk.incidents import NO_WHAT_HAPPENED
from iepdesk.incidents.records import IncidentError
from iepdesk.model import Document
from iepdesk.profile import ChildProfile, save_profile
from iepdesk.vault import library, store


def test_a_preview_note_is_stored_english_and_shown_translated(case: Case, sources: Path) -> None:
    path = sources / "datos.bin"
    path.write_bytes(b"\x00\x01binary")
    with use_language("es"):
        added = library.add_file(path)
    assert added.document is not None
    note = "No preview is available for this kind of file; it is stored unchanged."
    assert Document.get_by_id(added.document.id).preview_note == note  # the case holds no language
    with use_language("es"):
        row = library.document_row(added.document.id)
    assert row is not None
    assert row.preview_note == "No hay vista previa para este tipo de archivo; se guarda sin cambios."
    english = library.document_row(added.document.id)
    assert english is not None and english.preview_note == note


def test_a_document_too_big_to_open_here(case: Case, sources: Path) -> None:
    path = sources / "informe.txt"
    path.write_bytes(b"x" * 2000)
    added = library.add_file(path)
    assert added.document is not None
    with use_language("es"), pytest.raises(ValueError, match="demasiado grande") as caught:
        store.read_bytes(added.document.id, limit=1000)
    assert str(caught.value) == "informe.txt es demasiado grande para abrirlo aquí (2000 bytes)."
    with pytest.raises(ValueError, match="too large") as caught:
        store.read_bytes(added.document.id, limit=1000)
    assert str(caught.value) == "informe.txt is too large to open here (2000 bytes)."


def test_a_file_that_cannot_be_read(case: Case, sources: Path) -> None:
    missing = sources / "no-existe.pdf"
    with use_language("es"):
        result = library.add_file(missing)
    assert result.error is not None and result.error.startswith("No se pudo leer no-existe.pdf: ")
    english = library.add_file(missing).error
    assert english is not None and english.startswith("no-existe.pdf could not be read: ")


def test_a_title_left_empty(case: Case, sources: Path) -> None:
    path = sources / "carta.txt"
    path.write_text("hola", encoding="utf-8")
    added = library.add_file(path)
    assert added.document is not None
    details = {"title": "  ", "doc_date": None, "kind": "other", "tags": "", "notes": ""}
    with use_language("es"), pytest.raises(library.NoTitleError) as caught:
        library.save_details(added.document.id, **details)  # type: ignore[arg-type]
    assert str(caught.value) == "Un documento necesita un título."
    with pytest.raises(library.NoTitleError) as caught:
        library.save_details(added.document.id, **details)  # type: ignore[arg-type]
    assert str(caught.value) == "A document needs a title."


def test_the_other_areas_validation_messages(case: Case) -> None:
    with use_language("es"):
        with pytest.raises(UsageError) as caught:
            save_profile(ChildProfile(name="  "))
        assert str(caught.value) == "El nombre del niño o la niña no puede quedar vacío."
        assert str(IncidentError(NO_WHAT_HAPPENED)) == "Diga en pocas palabras qué pasó."
        assert str(NothingSaidError()) == "Diga en pocas palabras de qué se trató (un asunto o un resumen)."
    assert str(IncidentError(NO_WHAT_HAPPENED)) == "Say in a few words what happened."
    assert str(NothingSaidError()) == "Say in a few words what it was about (a subject or a summary)."
