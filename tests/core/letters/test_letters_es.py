"""Letters in Spanish and the bilingual pair (issue 16): a letter has a language and is written in it
(its template, its facts, dates, grade, marks, check and disclaimer); a letter can have the parent's
copy in the other language, made from the same selection, details and date, so the same figures."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import factories
import pytest

from iepdesk import portable
from iepdesk.casefile import Case
from iepdesk.export.letter_pdf import letter_pdf
from iepdesk.i18n import use_language
from iepdesk.letters import drafts, grades, windows
from iepdesk.model import Letter, LetterRevision
from tests.core.letters.test_letter_facts import LETTER_DAY, _log_quarter

D = dt.date
PERIOD = drafts.Selection(ledger_from=D(2025, 12, 27), ledger_to=LETTER_DAY)


def _pair(kind: str = "concerns-letter", selection: drafts.Selection = PERIOD, today: dt.date = LETTER_DAY):
    letter = drafts.create_draft(kind, selection, {}, today, language="en", copy_language="es")
    copy = drafts.copy_for(letter.id)
    assert copy is not None
    return letter, copy


def test_a_spanish_letter_is_written_in_spanish_with_its_facts(case: Case) -> None:
    _log_quarter()
    letter = drafts.create_draft("concerns-letter", PERIOD, {}, D(2026, 12, 1), language="es")
    body = str(letter.body)
    assert letter.language == "es" and letter.copy_of is None
    assert body.startswith("1 de diciembre de 2026\n")
    assert str(letter.title) == "Solicitud de una reunión del IEP para José Núñez"
    # The figures of _log_quarter (worked out there by hand) in the Spanish sentence, counted as of the
    # letter's date; the owed words carry the check's anchor.
    assert (
        "- Speech therapy, del 27 de diciembre de 2025 al 27 de marzo de 2026: José debía recibir 780 "
        "minutos. Según mis registros, de esos 780: 560 fueron dados"
    ) in body
    assert "De los 100 minutos perdidos, se recuperaron 30: 70 minutos adeudados." in body
    assert "  - 10 de febrero de 2026: acortada, se dieron 20 de 30 minutos (sin motivo registrado)" in body
    assert "estudiante de 4.º grado" in body
    assert "December" not in body and " owed" not in body
    checked = drafts.check(letter, D(2026, 12, 1))
    assert checked.missing == []
    assert [e.label for e in checked.elements][:2] == [
        "A quién va dirigida",
        "La solicitud de una reunión del IEP",
    ]


def test_the_promise_of_a_service_counts_its_sessions_in_spanish(case: Case) -> None:
    from iepdesk.model import Provision

    speech = Provision.get(Provision.title == "Speech therapy")
    selection = drafts.Selection(provisions=(speech.id,))
    with use_language("es"):
        letter = drafts.create_draft("incident-email", selection, {}, D(2026, 12, 1))
    assert letter.language == "es"
    assert "José recibe 30 minutos de speech therapy, 2 veces por semana" in str(letter.body)
    english = drafts.create_draft("incident-email", selection, {}, D(2026, 12, 1))
    assert english.language == "en"
    assert "José receives 30 minutes of speech therapy, 2 times per week" in str(english.body)


def _figures(body: str, start: str) -> list[int]:
    (line,) = [x for x in body.splitlines() if x.startswith(start)]
    return [int(n) for n in re.findall(r"\d+", line)]


def test_a_bilingual_pair_has_the_same_figures_in_both(case: Case) -> None:
    _log_quarter()
    letter, copy = _pair()
    assert (letter.language, letter.copy_of) == ("en", None)
    assert (copy.language, copy.copy_of) == ("es", letter.id)
    assert (copy.selection, copy.details, copy.kind) == (letter.selection, letter.details, letter.kind)
    english, spanish = str(letter.body), str(copy.body)
    owed_en = int(re.search(r"(\d+) minutes are owed", english).group(1))  # type: ignore[union-attr]
    owed_es = int(re.search(r"(\d+) minutos adeudados", spanish).group(1))  # type: ignore[union-attr]
    assert owed_en == owed_es == 70  # 100 missed - 30 made up (_log_quarter)
    # Every number of the figures sentence, in the same order: dates, required, each part, owed.
    assert _figures(english, "- Speech therapy") == _figures(spanish, "- Speech therapy")
    assert _figures(english, "- Speech therapy")[4:] == [780, 780, 560, 30, 100, 60, 30, 100, 30, 70]
    assert english.startswith("March 27, 2026\n") and spanish.startswith("27 de marzo de 2026\n")
    assert "(in effect from September 1, 2025)" in english
    assert "(vigente desde el 1 de septiembre de 2025)" in spanish
    # The English letter is the one before languages, word for word.
    plain = drafts.create_draft("concerns-letter", PERIOD, {}, LETTER_DAY)
    assert str(plain.body) == english and plain.title == letter.title


def test_the_copy_goes_with_its_letter_but_keeps_its_own_history(case: Case) -> None:
    letter, copy = _pair()
    assert [x.id for x in drafts.letters()] == [letter.id]  # the copy is shown with its letter
    assert drafts.latest("concerns-letter") is not None
    assert drafts.latest("concerns-letter").id == letter.id  # type: ignore[union-attr]
    drafts.save_body(copy.id, str(copy.body) + "\nNota para mí.")
    assert len(drafts.history(copy.id)) == 2 and len(drafts.history(letter.id)) == 1
    assert drafts.get(letter.id).body == letter.body  # type: ignore[union-attr]
    assert drafts.copy_for(letter.id).body.endswith("Nota para mí.")  # type: ignore[union-attr]


def test_deleting_the_letter_deletes_its_copy_and_deleting_the_copy_keeps_the_letter(case: Case) -> None:
    first, first_copy = _pair()
    second, second_copy = _pair("records-request", drafts.Selection())
    assert drafts.delete(second_copy.id) == [second_copy.id]
    assert drafts.get(second.id) is not None and drafts.copy_for(second.id) is None
    assert drafts.delete(first.id) == [first.id, first_copy.id]
    assert drafts.get(first.id) is None and drafts.get(first_copy.id) is None
    assert LetterRevision.select().where(LetterRevision.letter.in_([first.id, first_copy.id])).count() == 0
    assert [x.id for x in drafts.letters()] == [second.id]


def test_a_copy_must_be_in_the_other_language(case: Case) -> None:
    with pytest.raises(ValueError, match="other language"):
        drafts.create_draft("concerns-letter", language="en", copy_language="en")
    with pytest.raises(ValueError, match="can be written in"):
        drafts.create_draft("concerns-letter", language="en", copy_language="fr")
    assert Letter.select().count() == 0


def test_the_check_and_the_window_marks_run_in_each_letters_language(case: Case) -> None:
    old = factories.incident(D(2025, 3, 9), what_happened="Quiz without extended time.")
    recent = factories.incident(D(2026, 3, 2), what_happened="Test without extended time.")
    letter, copy = _pair("state-complaint", drafts.Selection(incidents=(old.id, recent.id)))
    assert f"- {windows.STATE_MARK} On March 9, 2025" in str(letter.body)
    spanish_mark = "(más de un año antes de esta queja)"
    assert f"- {spanish_mark} El 9 de marzo de 2025: Quiz without extended time." in str(copy.body)
    english_check, spanish_check = drafts.check(letter, LETTER_DAY), drafts.check(copy, LETTER_DAY)
    assert len(english_check.outside_window) == len(spanish_check.outside_window) == 1
    # State complaint window: March 9, 2025 + 1 year = March 9, 2026, before the letter (March 27).
    assert any(
        w.startswith("What happened on March 9, 2025 is more than one year") for w in english_check.warnings
    )
    assert any(
        w.startswith("Lo que pasó el 9 de marzo de 2025 ocurrió más de un año antes del 27 de marzo de 2026")
        for w in spanish_check.warnings
    )
    with use_language("es"):
        kept = windows.leave_out(str(copy.body), copy.kind)
    assert spanish_mark not in kept and "El 2 de marzo de 2026: Test without extended time." in kept
    assert {e.id for e in english_check.elements} == {e.id for e in spanish_check.elements}


def test_spanish_grades_say_the_ordinal_before_grado() -> None:
    """In apposition, without an article ("de Ana, estudiante de 4.º grado"), so it fits a girl as a boy."""
    with use_language("es"):
        said = [grades.a_student(g) for g in ("1", "2nd", "3rd grade", "Grade 8", "11", "K", "Pre-K", "")]
    assert said == [
        "estudiante de 1.er grado",
        "estudiante de 2.º grado",
        "estudiante de 3.er grado",
        "estudiante de 8.º grado",
        "estudiante de 11.º grado",
        "estudiante de kínder",
        "estudiante de prekínder",
        "estudiante",
    ]
    assert grades.a_student("8") == "an 8th-grade student" and grades.a_student("3") == "a 3rd-grade student"


def _pdf_text(pdf: bytes, folder: Path) -> str:
    path = folder / "letter.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_each_of_the_pair_exports_in_its_own_language(case: Case, tmp_path: Path) -> None:
    _log_quarter()
    letter, copy = _pair("records-request", PERIOD)
    assert drafts.text_for_export(letter).endswith("This is not legal advice.\n")
    assert drafts.text_for_export(copy).endswith("Esto no es asesoramiento legal.\n")
    spanish = _pdf_text(letter_pdf(copy.title, copy.body, "letter", copy.language), tmp_path)
    assert "notas de sesión" in spanish  # accents intact
    assert "Esto no es asesoramiento legal." in " ".join(spanish.split()) and "Página 1 de 1" in spanish
    assert "not legal advice" not in spanish
    # The Spanish disclaimer is longer: it takes two lines and leaves room for the page number.
    assert re.search(r"Esto no es\n", spanish) and re.search(
        r"asesoramiento legal\. {3,}Página 1 de 1", spanish
    )
    english = _pdf_text(letter_pdf(letter.title, letter.body, "letter", letter.language), tmp_path)
    assert "This is not legal advice." in english and "Page 1 of 1" in english


def test_the_case_export_carries_the_language_and_the_link_and_reads_an_earlier_export(
    case: Case,
) -> None:
    letter, copy = _pair()
    document = portable.export_case()
    rows = {row["id"]: row for row in document["letters"]}
    assert (rows[letter.id]["language"], rows[letter.id]["copy_of"]) == ("en", None)
    assert (rows[copy.id]["language"], rows[copy.id]["copy_of"]) == ("es", letter.id)
    portable.import_case(document)
    assert drafts.copy_for(letter.id) == copy and drafts.get(letter.id) == letter
    # An export from before schema 8 has neither field: its letters are English, none a copy.
    for row in document["letters"]:
        del row["language"], row["copy_of"]
    portable.import_case(document)
    assert {(x.language, x.copy_of) for x in drafts.letters()} == {("en", None)}
    assert len(drafts.letters()) == 2
    bad = portable.export_case()
    bad["letters"][0]["language"] = "fr"
    with pytest.raises(portable.FormatError):
        portable.import_case(bad)


# ---- schema 8 on the committed old cases (tests/core/data/old_cases) ------------------------------------
def test_a_letter_of_a_schema_7_case_reads_as_english_with_no_copy_after_the_migration(sandbox) -> None:
    from tests.core.test_old_cases import _copy, _manifest

    manifest = _manifest(7)
    (expected,) = manifest["values"]["letters"]
    with Case.open(_copy(7, sandbox.documents), manifest["passphrase"]):
        (letter,) = drafts.letters()
        assert (letter.id, letter.language, letter.copy_of) == (expected["id"], "en", None)
        assert drafts.copy_for(letter.id) is None
        assert drafts.check(letter, D(2025, 10, 1)).elements[0].label == "Who it is written to"
        # The migrated case takes a bilingual pair.
        made = drafts.create_draft("pwn-request", today=D(2025, 10, 1), language="en", copy_language="es")
        copy = drafts.copy_for(made.id)
        assert copy is not None and copy.language == "es"
        assert "aviso previo por escrito" in str(copy.body).lower()


def test_the_bilingual_letter_of_a_schema_8_case_reads_back(sandbox) -> None:
    from tests.core.test_old_cases import _copy, _manifest

    manifest = _manifest(8)
    expected = manifest["values"]["bilingual_letter"]
    with Case.open(_copy(8, sandbox.documents), manifest["passphrase"]):
        letter = drafts.get(expected["id"])
        copy = drafts.copy_for(expected["id"])
        assert letter is not None and copy is not None
        assert (letter.language, copy.language, copy.id, copy.copy_of) == (
            "en",
            "es",
            expected["copy_id"],
            letter.id,
        )
        assert (letter.title, copy.title) == (expected["title"], expected["copy_title"])
        assert [x.id for x in drafts.letters() if x.id == copy.id] == []
        assert drafts.check(copy, D(2025, 10, 1)).elements[0].label == "A quién va dirigida"


def test_the_command_line_writes_the_letter_and_the_parents_copy_beside_it(
    case: Case, tmp_path: Path
) -> None:
    from tests.core.letters.test_letter_facts import _cli

    _log_quarter()
    path = tmp_path / "letters.iepcase"  # the case fixture's
    case.lock()
    out = tmp_path / "request.txt"
    done = _cli(path, "records-request", str(out), "--date", "2026-03-27", "--copy-language", "es")
    assert done.returncode == 0, done.stderr
    english, spanish = out.read_text("utf-8"), (tmp_path / "request.es.txt").read_text("utf-8")
    assert english.startswith("March 27, 2026\n") and english.endswith("This is not legal advice.\n")
    assert spanish.startswith("27 de marzo de 2026\n") and spanish.endswith(
        "Esto no es asesoramiento legal.\n"
    )
    assert "notas de sesión" in spanish
