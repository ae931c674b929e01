"""CSV and TSV exports as schools' systems write them, read back cell by cell."""

from __future__ import annotations

import hashlib
from pathlib import Path

from iepdesk.logimport import read_table

from . import files


def test_windows_1252_with_title_lines_quoted_newline_and_totals(tmp_path: Path) -> None:
    path = files.cp1252_with_title(tmp_path)
    table = read_table(path)
    assert (table.kind, table.encoding, table.source_name) == ("csv", "cp1252", "speech_log.csv")
    assert table.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert table.header == ("Date of Service", "Min.", "Session Status", "Provider", "Comments")
    assert table.rows == (
        ("09/03/2024", "30", "Delivered", "Ms. O’Brien", "“Great focus” – café reward"),
        ("09/05/2024", "0", "Missed", "Ms. O’Brien", "Provider absent, no sub"),
        ("09/10/2024", "25", "Shortened", "Ms. O’Brien", "Fire drill;\nended early"),
    )
    assert table.row_numbers == (5, 6, 7)
    assert table.skipped == (
        (1, "title above the header"),
        (2, "title above the header"),
        (3, "blank row"),
        (9, "subtotal row (a number alone)"),
        (10, "total or subtotal row"),
    )


def test_utf16_with_bom_tab_separated(tmp_path: Path) -> None:
    table = read_table(files.utf16_tab(tmp_path))
    assert (table.kind, table.encoding) == ("tsv", "utf-16-le")
    assert table.header == ("Svc Date", "Duration", "Attendance", "Provider", "Comments")
    assert table.rows == (
        ("2024-09-04", "45", "Present", "Dr. Zoë Ng", "Fine motor: scissors"),
        ("2024-09-11", "0", "Absent", "Dr. Zoë Ng", "Student absent 🤒"),
    )
    assert table.row_numbers == (2, 3)
    assert table.skipped == ()


def test_utf16_big_endian(tmp_path: Path) -> None:
    path = tmp_path / "be.csv"
    path.write_bytes("Date,Minutes\r\n2024-09-04,45\r\n".encode("utf-16-be").join([b"\xfe\xff", b""]))
    table = read_table(path)
    assert (table.encoding, table.header, table.rows) == (
        "utf-16-be",
        ("Date", "Minutes"),
        (("2024-09-04", "45"),),
    )


def test_semicolons_decimal_commas_and_utf8_bom(tmp_path: Path) -> None:
    table = read_table(files.semicolon_european(tmp_path))
    assert (table.kind, table.encoding) == ("csv", "utf-8-sig")
    assert table.header == ("Datum / Date", "Minutes", "Status", "Provider", "Comments")
    assert table.rows == (
        ("03.09.2024", "30", "erbracht", "Frau Müller", "Übung 1,5 Seiten"),
        ("05.09.2024", "22,5", "verkürzt", "Frau Müller", ""),
    )


def test_tsv_with_a_blank_row_and_other_delimiters_inside_cells(tmp_path: Path) -> None:
    table = read_table(files.tsv(tmp_path))
    assert (table.kind, table.encoding) == ("tsv", "utf-8")
    assert table.header == ("Date", "Minutes", "Provider", "Comments")
    assert table.rows == (
        ("9/3/2024", "30", "J. Smith", ""),
        ("9/5/2024", "30", "J. Smith", "with a | pipe, a comma; a semicolon"),
    )
    assert table.row_numbers == (2, 4)
    assert table.skipped == ((3, "blank row"),)


def test_pipes_short_rows_padded_long_rows_widen_the_header(tmp_path: Path) -> None:
    path = tmp_path / "pipes.csv"
    path.write_text("Date|Minutes|Provider\n2024-09-03|30\n2024-09-04|30|A|late start\n", encoding="utf-8")
    table = read_table(path)
    assert table.header == ("Date", "Minutes", "Provider", "")
    assert table.rows == (("2024-09-03", "30", "", ""), ("2024-09-04", "30", "A", "late start"))


def test_repeated_header_rows_are_left_out(tmp_path: Path) -> None:
    path = tmp_path / "pages.csv"
    path.write_text(
        "Date,Minutes\n2024-09-03,30\nDate,Minutes\n2024-09-04,30\nGrand Total,60\nPage 1 of 1\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.rows == (("2024-09-03", "30"), ("2024-09-04", "30"))
    assert table.skipped == (
        (3, "repeated header row"),
        (5, "total or subtotal row"),
        (6, "page number line"),
    )


def test_cyrillic_windows_1251_keeps_its_code_page(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    text = "Дата,Минуты,Логопед\n2024-09-03,30,Иванова Мария Петровна\n2024-09-05,30,занятие прошло хорошо\n"
    path.write_bytes(text.encode("cp1251"))
    table = read_table(path)
    assert (table.encoding, table.header) == ("cp1251", ("Дата", "Минуты", "Логопед"))
    assert table.rows[1] == ("2024-09-05", "30", "занятие прошло хорошо")


def test_weekly_totals_and_separator_lines(tmp_path: Path) -> None:
    path = tmp_path / "weeks.csv"
    path.write_text(
        "Date,Minutes,Provider\n"
        "2024-09-03,30,A\n"
        "Weekly total,30,\n"
        "-----,---,-----\n"
        "2024-09-10,30,A\n"
        "J. Smith subtotal,30,\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.rows == (("2024-09-03", "30", "A"), ("2024-09-10", "30", "A"))
    assert table.skipped == (
        (3, "total or subtotal row"),
        (4, "separator line"),
        (6, "total or subtotal row"),
    )


def test_excels_sep_line_decides_the_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "hint.csv"
    path.write_text("sep=;\nDate;Minutes;Comments\n2024-09-03;30;one, two, three\n", encoding="utf-8")
    table = read_table(path)
    assert table.header == ("Date", "Minutes", "Comments")
    assert table.rows == (("2024-09-03", "30", "one, two, three"),)
    assert table.skipped == ((1, "title above the header"),)
