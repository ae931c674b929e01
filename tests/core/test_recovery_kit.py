"""`iepdesk new --kit kit.pdf`: a one-page PDF with every group of the secret and the child's name."""

from __future__ import annotations

import re

from core_support import NEW_PASSPHRASE, keys_of, recovery_secret_from, run_cli
from pypdf import PdfReader

from iepdesk.casefile import Case


def test_new_writes_a_one_page_kit_with_the_secret_and_the_name(sandbox, tmp_path):
    path = sandbox.documents / "Zoe.iepcase"
    kit = tmp_path / "Zoë kit.pdf"
    child = "Zoë Núñez-Ávila"
    result = run_cli("new", path, "--child", child, "--kit", kit)
    assert result.code == 0, result
    secret = recovery_secret_from(result.stdout)
    groups = secret.split("-")
    assert len(groups) == 14 and all(re.fullmatch(r"[A-Z2-7]{4}", g) for g in groups)

    assert kit.read_bytes().startswith(b"%PDF")
    reader = PdfReader(kit)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for number, group in enumerate(groups, start=1):
        assert re.search(rf"\b{number}\s+{group}\b", text), (number, group, text)
    assert child in text
    assert path.name in text and "recover" in text  # names the file, says how to recover
    case_id = keys_of(path).read_text(encoding="utf-8").split('"case_id": "')[1][:32]
    assert case_id in text.replace("\n", "")

    # What is printed is what opens the case.
    keys_of(path).unlink()
    with Case.recover(path, " ".join(groups).lower(), NEW_PASSPHRASE) as case:
        assert case.child_name == child
