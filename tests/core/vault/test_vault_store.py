"""Files in and out of the vault: every byte back, checksums, duplicates, cancel, odd files."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.model import Document, DocumentChunk
from iepdesk.vault import library, store


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_pdf(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, text)
    pdf.showPage()
    pdf.drawString(72, 720, "Second page")
    pdf.save()
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("empty.txt", 0),
        ("one.bin", 1),
        ("chunk.bin", store.CHUNK_BYTES),
        ("chunk-plus.bin", store.CHUNK_BYTES + 1),
        ("photo.jpg", 3 * store.CHUNK_BYTES + 17),
        ("Núñez report (final).pdf", 4096),
    ],
)
def test_round_trip_exact(case: Case, sources: Path, tmp_path: Path, name: str, size: int) -> None:
    original = sources / name
    original.write_bytes(os.urandom(size))
    result = library.add_file(original)
    assert result.document is not None
    doc = result.document
    assert (doc.size, doc.sha256) == (size, sha(original))
    assert DocumentChunk.select().where(DocumentChunk.document == doc.id).count() == -(
        -size // store.CHUNK_BYTES
    )
    assert store.verify(doc.id)
    out = tmp_path / "out"
    out.mkdir()
    exported = store.export_document(doc.id, out)
    assert exported.name == name
    assert sha(exported) == sha(original)
    again = store.export_document(doc.id, out)  # never overwrites
    assert again.name != name
    assert sha(again) == sha(original)


def test_large_file_streams_in_chunks(case: Case, sources: Path, tmp_path: Path) -> None:
    big = sources / "big.bin"
    block = os.urandom(store.CHUNK_BYTES)
    with open(big, "wb") as handle:
        for i in range(300):  # 300 MiB
            handle.write(block[i:] + block[:i])
    seen: list[int] = []

    def note(done: int, total: int) -> None:
        seen.append(done)

    result = library.add_file(big, progress=note)
    assert result.document is not None
    assert result.document.size == 300 * store.CHUNK_BYTES
    assert seen[-1] == 300 * store.CHUNK_BYTES
    assert len(seen) == 300
    exported = store.export_document(result.document.id, tmp_path)
    assert sha(exported) == sha(big)


def test_duplicate_is_offered_not_stored(case: Case, sources: Path) -> None:
    a = sources / "a.pdf"
    a.write_bytes(make_pdf("same"))
    b = sources / "copy of a.pdf"
    b.write_bytes(a.read_bytes())
    first = library.add_file(a)
    second = library.add_file(b)
    assert second.document is None
    assert second.duplicate_of is not None
    assert first.document is not None
    assert second.duplicate_of.id == first.document.id
    assert Document.select().count() == 1
    assert DocumentChunk.select().count() == 1


def test_cancel_leaves_nothing(case: Case, sources: Path) -> None:
    keep = sources / "keep.txt"
    keep.write_text("keep me")
    library.add_file(keep)
    big = sources / "cancel.bin"
    big.write_bytes(os.urandom(5 * store.CHUNK_BYTES))
    with pytest.raises(store.ImportCancelled):
        library.add_file(big, progress=lambda done, total: done < 3 * store.CHUNK_BYTES)
    assert [d.filename for d in Document.select()] == ["keep.txt"]
    assert DocumentChunk.select().count() == 1


def test_pdf_text_is_searchable_and_damage_is_detected(case: Case, sources: Path) -> None:
    from iepdesk import search

    pdf = sources / "progress.pdf"
    pdf.write_bytes(make_pdf("Reading fluency 62 words per minute"))
    result = library.add_file(pdf)
    assert result.document is not None
    assert "62 words per minute" in Document.get_by_id(result.document.id).text
    hits = search.search("fluency")
    assert [(h.kind, h.ref_id) for h in hits] == [("document", result.document.id)]
    # Tamper with a stored chunk: export refuses to hand out damaged bytes.
    DocumentChunk.update(data=b"X" + bytes(DocumentChunk.get().data)[1:]).execute()
    assert not store.verify(result.document.id)
    with pytest.raises(store.IntegrityError):
        store.export_document(result.document.id, sources)


def hostile_files(folder: Path) -> list[Path]:
    files = {
        "truncated.pdf": make_pdf("cut short")[:300],
        "not-really.pdf": b"This is plain text with a .pdf name",
        "garbage.bin": os.urandom(10_000),
        "zip-bomb.pdf": b"PK\x03\x04" + b"\x00" * 5000,
        "nested.pdf": b"%PDF-1.4\n1 0 obj\n"
        + b"[" * 50_000
        + b"]" * 50_000
        + b"\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF",
        "huge.png": b"\x89PNG\r\n\x1a\n"
        + b"\x00\x00\x00\rIHDR"
        + (10**9).to_bytes(4, "big") * 2
        + b"\x08\x02\x00\x00\x00"
        + b"\x00" * 4,
        "strange name \u202e\u0000fdp.exe.txt".replace("\u0000", ""): b"odd name",
        "empty.pdf": b"",
    }
    out = []
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        out.append(path)
    return out


def test_malformed_and_hostile_files_import_without_a_crash(case: Case, sources: Path) -> None:
    files = hostile_files(sources)
    results = [library.add_file(p) for p in files]
    assert all(r.error == "" for r in results)
    stored = [r.document for r in results if r.document is not None]
    assert len(stored) == len(files)
    for doc in stored:
        assert store.verify(doc.id)
    notes = {d.filename: d.preview_note for d in Document.select()}
    assert "not one" in notes["not-really.pdf"]
    assert notes["truncated.pdf"] != "" or Document.get(Document.filename == "truncated.pdf").text != ""


def test_unlink_either_way_and_delete_clears_references(case: Case, sources: Path) -> None:
    import datetime as dt

    from iepdesk.model import IepVersion

    note = sources / "signed-iep.pdf"
    note.write_bytes(make_pdf("Signed IEP"))
    doc = library.add_file(note).document
    assert doc is not None
    version = factories.version(dt.date(2025, 9, 1), None, meeting_date=None, document_id=doc.id)
    library.link("document", doc.id, "iep_version", version.id)
    library.unlink("iep_version", version.id, "document", doc.id)  # named the other way round
    assert library.linked("document", doc.id) == []
    store.delete_document(doc.id)
    assert IepVersion.get_by_id(version.id).document_id is None
    assert DocumentChunk.select().count() == 0
