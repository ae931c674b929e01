"""A killed import loses nothing earlier and keeps nothing partial; no plaintext of a document on disk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from iepdesk.casefile import Argon2Params, Case
from iepdesk.model import Document, DocumentChunk
from iepdesk.vault import library, store

CHILD = textwrap.dedent(
    """
    import sys
    from iepdesk.casefile import Case
    from iepdesk.vault import library
    case = Case.open(sys.argv[1], "kill passphrase")
    for name in sys.argv[2:]:
        result = library.add_file(name, with_text=False)
        print("stored", result.document.id, flush=True)
    print("done", flush=True)
    """
)


def test_sigkill_during_a_large_import(tmp_path: Path) -> None:
    path = tmp_path / "kill.iepcase"
    Case.create(path, "Jacob", "kill passphrase", Argon2Params())[0].lock()
    small = tmp_path / "small.txt"
    small.write_text("an earlier document")
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(120 * store.CHUNK_BYTES))
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    proc = subprocess.Popen(
        [sys.executable, str(script), str(path), str(small), str(big)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().startswith("stored")
    time.sleep(0.4)  # well into the 120 MiB import
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    with Case.open(path, "kill passphrase") as case:
        docs = list(Document.select())
        assert case.check().ok
        assert [d.filename for d in docs] == ["small.txt"]
        assert store.verify(docs[0].id)
        assert DocumentChunk.select().count() == 1


def test_no_plaintext_of_documents_on_disk(sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from iepdesk import search
    from iepdesk.vault.extract import extract

    from .test_vault_store import make_pdf

    marker_pdf = "QZXPDFMARKER4417"
    marker_txt = "QZXTEXTMARKER9921"
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "report.pdf").write_bytes(make_pdf(f"Evaluation {marker_pdf} results"))
    (sources / "note.txt").write_text(f"The teacher said {marker_txt} on the phone")
    case, _ = Case.create(sandbox.documents / "leak.iepcase", "Jacob", "leak passphrase", Argon2Params())
    with case:
        for name in ("report.pdf", "note.txt"):
            result = library.add_file(sources / name)
            assert result.document is not None
            data = store.read_bytes(result.document.id)  # as a preview does, in memory
            extract(data, result.document.media_type, result.document.filename)
        assert search.search(marker_pdf.lower())
        assert search.search(marker_txt.lower())
    needles = [m.encode(enc) for m in (marker_pdf, marker_txt) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    for folder in sandbox.folders:
        for file in folder.rglob("*"):
            if file.is_file():
                content = file.read_bytes()
                assert not any(n in content for n in needles), f"plaintext marker in {file}"
