"""A two-page PDF printout: the columns from the header line, page titles and footers left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from iepdesk.logimport import TableError, read_table

from . import files


def test_two_page_printout_cell_by_cell(tmp_path: Path) -> None:
    table = read_table(files.pdf_two_pages(tmp_path))
    assert (table.kind, table.source_name) == ("pdf", "printout.pdf")
    assert table.header == files.PDF_HEADER
    assert table.rows == (
        ("09/03/2024", "30", "Present", "J. Smith", "Good focus"),
        ("09/05/2024", "0", "Absent", "J. Smith", "Student absent, sick"),
        ("09/06/2024", "30", "Present", "Ms. O’Brien", "Make-up session"),
        ("09/10/2024", "25", "Present", "Ms. O’Brien", "Left early for the bus, then read a story"),
    )
    assert [n // 1000 for n in table.row_numbers] == [1, 1, 1, 2]
    reasons = [why for _, why in table.skipped]
    assert reasons.count("page number line") == 2
    assert reasons.count("repeated header row") == 1
    assert reasons.count("repeated page title") == 1
    assert reasons.count("total or subtotal row") == 2
    assert reasons[0] == "title above the header"


def test_a_pdf_without_text(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    sheet = canvas.Canvas(str(path))
    sheet.rect(100, 100, 200, 200, fill=1)
    sheet.showPage()
    sheet.save()
    with pytest.raises(TableError) as caught:
        read_table(path)
    assert str(caught.value) == (
        "scan.pdf has no text to read (it may be a scanned image); ask the school for a CSV export."
    )


def test_a_cover_page_before_the_table(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "report.pdf"
    sheet = canvas.Canvas(str(path))
    sheet.drawString(100, 700, "Related Services Report")
    sheet.drawString(100, 680, "Prepared for the IEP team")
    sheet.showPage()
    for x, text in zip((50, 150, 250), ("Date", "Minutes", "Provider"), strict=True):
        sheet.drawString(x, 700, text)
    for x, text in zip((50, 150, 250), ("2024-09-03", "30", "J. Smith"), strict=True):
        sheet.drawString(x, 686, text)
    sheet.showPage()
    sheet.save()
    table = read_table(path)
    assert table.header == ("Date", "Minutes", "Provider")
    assert table.rows == (("2024-09-03", "30", "J. Smith"),)
    assert [n // 1000 for n in table.row_numbers] == [2]
    assert [why for _, why in table.skipped] == ["before the table", "before the table"]


def test_nothing_of_a_repaired_pdf_reaches_a_log(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    import re

    path = files.pdf_two_pages(tmp_path)
    damaged = re.sub(rb"startxref\s+\d+", b"startxref\n3", path.read_bytes())
    path.write_bytes(damaged.replace(b"/Type /Catalog", b"/Type /Catalgo"))
    caplog.set_level("DEBUG")
    table = read_table(path)  # pypdf repairs it, and would say so quoting the file's bytes
    assert table.header == files.PDF_HEADER
    assert caplog.records == []
