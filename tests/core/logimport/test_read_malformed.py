"""Files that are not tables, or too big, each refused with a plain sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from iepdesk.logimport import TableError, read_table

from . import files


def refused(path: Path, **bounds: int) -> str:
    with pytest.raises(TableError) as caught:
        read_table(path, **bounds)
    return str(caught.value)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_bytes(b"")
    assert refused(path) == "log.csv is empty."


def test_binary_file_named_csv(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_bytes(bytes(range(256)) * 64)
    assert refused(path) == (
        "log.csv does not look like a text table (CSV): it holds binary data. If it is a spreadsheet, "
        "save it from the spreadsheet program as CSV or .xlsx and read that."
    )


def test_text_without_a_header(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("1,2,3\n4,5,6\n", encoding="utf-8")
    assert refused(path) == (
        "notes.csv has no header row (a row of column names such as Date, Minutes, Provider) in its "
        "first 30 lines."
    )


def test_truncated_xlsx(tmp_path: Path) -> None:
    assert refused(files.truncated_xlsx(tmp_path)) == (
        "cut.xlsx could not be read as an Excel workbook (.xlsx); it may be damaged or incomplete. "
        "Try opening it in Excel and saving it again, or save it as CSV."
    )


def test_old_xls_or_password_protected_workbook(tmp_path: Path) -> None:
    path = tmp_path / "log.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    assert refused(path).startswith(
        "log.xlsx is an old-style Excel file (.xls) or is protected by a password."
    )


def test_zip_bomb_xlsx(tmp_path: Path) -> None:
    message = refused(files.zip_bomb_xlsx(tmp_path))
    assert message.startswith("bomb.xlsx would expand to 201 MB when opened (")
    assert message.endswith("times its size), far more than a service log needs; it was not opened.")


def test_garbage_pdf(tmp_path: Path) -> None:
    path = tmp_path / "log.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    assert refused(path) == "log.pdf could not be read as a PDF; it may be damaged or protected."


def test_encrypted_pdf(tmp_path: Path) -> None:
    assert refused(files.encrypted_pdf(tmp_path)) == (
        "locked.pdf is protected by a password; print it to a new PDF or export the log as CSV."
    )


def test_not_a_pdf_named_pdf(tmp_path: Path) -> None:
    path = tmp_path / "log.pdf"
    path.write_text("Date,Minutes\n", encoding="utf-8")
    assert refused(path) == "log.pdf is not a PDF file (it does not start like one), or it is damaged."


def test_too_many_pdf_pages(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "long.pdf"
    sheet = canvas.Canvas(str(path))
    for _ in range(201):
        sheet.showPage()
    sheet.save()
    assert refused(path) == "long.pdf has 201 pages; IEPDesk reads printouts of up to 200 pages."


def test_too_large(tmp_path: Path) -> None:
    path = files.many_rows_csv(tmp_path, 20)
    assert refused(path, max_bytes=100) == (
        f"rows_20.csv is {path.stat().st_size:,} bytes; IEPDesk reads service logs of up to 100 bytes."
    )


def test_too_many_rows_csv(tmp_path: Path) -> None:
    path = files.many_rows_csv(tmp_path, 12)
    assert (
        refused(path, max_rows=10) == "rows_12.csv has 13 rows; IEPDesk reads at most 10 rows from one file."
    )


def test_too_many_rows_xlsx(tmp_path: Path) -> None:
    path = files.many_rows_xlsx(tmp_path, 12)
    assert refused(path, max_rows=10) == (
        "rows_12.xlsx has 13 rows on its sheet; IEPDesk reads at most 10 rows from one file."
    )


def test_missing_file(tmp_path: Path) -> None:
    assert refused(tmp_path / "gone.csv") == "gone.csv was not found."


def test_binary_without_nul_bytes_named_csv(tmp_path: Path) -> None:
    import random

    noise = random.Random(5)
    path = tmp_path / "noise.csv"
    path.write_bytes(bytes(noise.randrange(1, 256) for _ in range(5000)))
    assert refused(path).startswith("noise.csv does not look like a text table (CSV): it holds binary data.")
