"""Excel exports: the sheet that holds the log, date cells, serial numbers, merged and two-row headers."""

from __future__ import annotations

from pathlib import Path

from iepdesk.logimport import read_table

from . import files


def test_log_sheet_with_merged_title_two_row_header_dates_blank_and_total_rows(tmp_path: Path) -> None:
    table = read_table(files.xlsx_log(tmp_path))
    assert (table.kind, table.source_name, table.encoding) == ("xlsx", "services.xlsx", "")
    # "Session" was merged over Date and Minutes: its text stays over its first column
    assert table.header == ("Session Date", "Minutes", "Provider Name", "Role", "Attendance", "Comments")
    assert table.rows == (
        ("2024-09-03", "30", "Ms. O’Brien", "SLP", "Present", "Articulation /r/"),
        ("2024-09-05", "25", "Ms. O’Brien", "SLP", "Present", ""),  # a date-formatted serial
        ("45545", "12.5", "Mr. Lee", "SLPA", "Absent", "Sub: 12.5 min\nsecond line"),  # a plain serial
        ("2024-09-12 13:30", "30", "Mr. Lee", "SLPA", "Present", "1:30 pm session"),
    )
    assert table.row_numbers == (5, 6, 9, 10)
    assert table.skipped == (
        (1, "title above the header"),
        (2, "blank row"),
        (7, "blank row"),
        (8, "subtotal row (a number alone)"),
        (11, "total or subtotal row"),
    )


def test_serial_numbers_without_a_date_format_stay_digits(tmp_path: Path) -> None:
    table = read_table(files.xlsx_serials(tmp_path))
    assert table.header == ("Date", "Minutes", "Provider")
    assert table.rows == (("09/03/2024", "30", "A"), ("45540", "30", "A"), ("45545", "30", "A"))
    assert table.row_numbers == (2, 3, 4)


def test_a_sheet_claiming_a_huge_size_is_read_by_its_rows(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date", "Minutes"])
    sheet.append(["2024-09-03", 30])
    path = tmp_path / "big_claim.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.rows == (("2024-09-03", "30"),)
