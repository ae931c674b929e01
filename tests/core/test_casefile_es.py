"""The case file's and the import file's messages in Spanish (issue 16); English outside the block."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from core_support import PASSPHRASE, WRONG_PASSPHRASE

from iepdesk.casefile import Case, RecoverySecret
from iepdesk.errors import NotACaseError, WrongPassphraseError, WrongRecoverySecretError
from iepdesk.i18n import use_language
from iepdesk.portable_check import FormatError, check_document


def test_a_wrong_passphrase_is_said_in_spanish(make_case: Callable[..., tuple[Path, RecoverySecret]]) -> None:
    path, _secret = make_case()
    with use_language("es"), pytest.raises(WrongPassphraseError) as caught:
        Case.open(path, WRONG_PASSPHRASE)
    assert str(caught.value) == "Esa frase de contraseña no abre este caso."
    with pytest.raises(WrongPassphraseError) as caught:
        Case.open(path, WRONG_PASSPHRASE)
    assert str(caught.value) == "That passphrase does not open this case."
    Case.open(path, PASSPHRASE).lock()  # the case itself is fine


def test_a_file_that_is_not_a_case(sandbox: Any) -> None:
    empty = Path(sandbox.documents) / "Vacío.iepcase"
    empty.write_bytes(b"")
    with use_language("es"), pytest.raises(NotACaseError) as caught:
        Case.open(empty, PASSPHRASE)
    assert str(caught.value) == "Vacío.iepcase está vacío: no es un caso de IEPDesk."
    pdf = Path(sandbox.documents) / "informe.iepcase"
    pdf.write_bytes(b"%PDF-1.4\n" + b"0" * 4096)
    with use_language("es"), pytest.raises(NotACaseError) as caught:
        Case.open(pdf, PASSPHRASE)
    assert str(caught.value) == "informe.iepcase es un documento PDF, no un caso de IEPDesk."
    with pytest.raises(NotACaseError) as caught:
        Case.open(pdf, PASSPHRASE)
    assert str(caught.value) == "informe.iepcase is a PDF document, not an IEPDesk case."


def test_a_recovery_secret_typed_short() -> None:
    with use_language("es"), pytest.raises(WrongRecoverySecretError) as caught:
        RecoverySecret.parse("ABCD-EFGH")
    # 32 bytes in base32 are 52 letters and digits, and 4 of the check group: 56 in all; 8 were typed
    assert str(caught.value) == "Un secreto de recuperación tiene 56 letras y dígitos; se escribieron 8."
    with pytest.raises(WrongRecoverySecretError) as caught:
        RecoverySecret.parse("ABCD-EFGH")
    assert str(caught.value) == "A recovery secret has 56 letters and digits; 8 were entered."


def _export(**changes: object) -> dict[str, object]:
    document: dict[str, object] = {
        "format": "iepdesk-case",
        "format_version": 1,
        "child": [{"id": 1, "name": "A"}],
        "contacts": [],
    }
    document.update(changes)
    return document


@pytest.mark.parametrize(
    ("document", "spanish", "english"),
    [
        (
            _export(child=[{"id": 1, "name": "A", "date_of_birth": "2015-02-30"}]),
            'child[0].date_of_birth: no es una fecha real: "2015-02-30". No se importó nada; el caso no '
            "cambió.",
            'child[0].date_of_birth: is not a real date: "2015-02-30". Nothing was imported; the case is '
            "unchanged.",
        ),
        (
            _export(contacts=[{"id": 1, "name": "A", "position": True}]),
            "contacts[0].position: debe ser un número entero, no true. No se importó nada; el caso no "
            "cambió.",
            "contacts[0].position: must be a whole number, not true. Nothing was imported; the case is "
            "unchanged.",
        ),
        (
            _export(format="something-else"),
            "Este archivo no es una exportación de un caso de IEPDesk. No se importó nada; el caso no "
            "cambió.",
            "This file is not an IEPDesk case export. Nothing was imported; the case is unchanged.",
        ),
    ],
)
def test_why_an_import_file_is_refused(document: dict[str, object], spanish: str, english: str) -> None:
    with use_language("es"), pytest.raises(FormatError) as caught:
        check_document(document, 1)
    assert str(caught.value) == spanish
    with pytest.raises(FormatError) as caught:
        check_document(document, 1)
    assert str(caught.value) == english
