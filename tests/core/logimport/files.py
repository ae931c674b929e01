"""Builders of files in the shapes schools' service-log exports take, for the readers' tests.

Each builder writes one file under the folder it is given and returns its path; the rows each one
writes are spelled out in the tests that read them, cell by cell.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

D = dt.date


def write_text(path: Path, lines: Sequence[str], encoding: str, newline: str = "\r\n") -> Path:
    path.write_bytes((newline.join(lines) + newline).encode(encoding))
    return path


def cp1252_with_title(folder: Path) -> Path:
    """A district system's CSV in Windows-1252 with two title lines and a blank line above the header."""
    return write_text(
        folder / "speech_log.csv",
        [
            "Lincoln Elementary School - Related Services Log",
            "Student: Maya R.,Grade 3",
            "",
            "Date of Service,Min.,Session Status,Provider,Comments",
            "09/03/2024,30,Delivered,Ms. O’Brien,“Great focus” – café reward",
            '09/05/2024,0,Missed,Ms. O’Brien,"Provider absent, no sub"',
            '09/10/2024,25,Shortened,Ms. O’Brien,"Fire drill;',
            'ended early"',
            ",55,,,",
            "Total,55,,,",
        ],
        "cp1252",
    )


def utf16_tab(folder: Path) -> Path:
    """A UTF-16 (little-endian, with BOM) tab-separated export, as Excel's "Unicode text" writes."""
    return write_text(
        folder / "ot_log.txt",
        [
            "Svc Date\tDuration\tAttendance\tProvider\tComments",
            "2024-09-04\t45\tPresent\tDr. Zoë Ng\tFine motor: scissors",
            "2024-09-11\t0\tAbsent\tDr. Zoë Ng\tStudent absent 🤒",
        ],
        "utf-16",
    )


def semicolon_european(folder: Path) -> Path:
    """A European-style export: UTF-8 with BOM, ';' between cells, decimal commas, day.month.year."""
    return write_text(
        folder / "export.csv",
        [
            "Datum / Date;Minutes;Status;Provider;Comments",
            "03.09.2024;30;erbracht;Frau Müller;Übung 1,5 Seiten",
            "05.09.2024;22,5;verkürzt;Frau Müller;",
        ],
        "utf-8-sig",
        newline="\n",
    )


def tsv(folder: Path) -> Path:
    return write_text(
        folder / "log.tsv",
        [
            "Date\tMinutes\tProvider\tComments",
            "9/3/2024\t30\tJ. Smith\t",
            "\t\t\t",
            "9/5/2024\t30\tJ. Smith\twith a | pipe, a comma; a semicolon",
        ],
        "utf-8",
        newline="\n",
    )


def xlsx_log(folder: Path) -> Path:
    """An .xlsx: a summary sheet first, then the log with a merged title, a two-row header (a group
    cell merged over two sub-columns), real dates, a date-formatted serial, a plain serial, a blank
    row, a subtotal and a total row."""
    from openpyxl import Workbook

    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "Summary"
    summary.append(["Services summary"])
    summary.append(["Speech", 55])
    log = book.create_sheet("Log")
    log.append(["Speech-Language Services - Lincoln Elementary - 2024-25"])
    log.merge_cells("A1:F1")
    log.append([])
    log.append(["Session", None, "Provider", None, "Attendance", "Comments"])
    log.merge_cells("A3:B3")
    log.merge_cells("C3:D3")
    log.append(["Date", "Minutes", "Name", "Role", None, None])
    log.append([dt.datetime(2024, 9, 3), 30.0, "Ms. O’Brien", "SLP", "Present", "Articulation /r/"])
    log.append([45540, 25, "Ms. O’Brien", "SLP", "Present", None])  # 2024-09-05 as a date-formatted serial
    log["A6"].number_format = "mm/dd/yyyy"
    log.append([])
    log.append([None, 55])  # a subtotal: a number alone in the minutes column
    log.append([45545, 12.5, "Mr. Lee", "SLPA", "Absent", "Sub: 12.5 min\nsecond line"])  # a plain serial
    log.append([dt.datetime(2024, 9, 12, 13, 30), 30, "Mr. Lee", "SLPA", "Present", "1:30 pm session"])
    log.append(["Total", 97.5])
    log.append([])
    log.append([])
    path = folder / "services.xlsx"
    book.save(path)
    return path


def xlsx_serials(folder: Path) -> Path:
    """A plain sheet whose dates are serial numbers in cells with no date format."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date", "Minutes", "Provider"])
    sheet.append(["09/03/2024", 30, "A"])  # a date typed as text, for the header search
    sheet.append([45540, 30, "A"])
    sheet.append([45545.0, 30.0, "A"])
    path = folder / "serials.xlsx"
    book.save(path)
    return path


PDF_HEADER = ("Svc Date", "Duration", "Attendance", "Provider", "Comments")
PDF_PAGES = (
    (
        ("09/03/2024", "30", "Present", "J. Smith", "Good focus"),
        ("09/05/2024", "0", "Absent", "J. Smith", "Student absent, sick"),
        ("09/06/2024", "30", "Present", "Ms. O’Brien", "Make-up session"),
    ),
    (("09/10/2024", "25", "Present", "Ms. O’Brien", "Left early for the bus,"),),
)
#: The end of page 2's comment, wrapped onto a line of its own under it.
PDF_WRAPPED = "then read a story"


def pdf_two_pages(folder: Path) -> Path:
    """A report writer's two-page printout: a title, the header, a total and "Page N of 2" on every
    page; the last comment wraps onto a second line."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    path = folder / "printout.pdf"
    sheet = canvas.Canvas(str(path), pagesize=letter)
    columns = (50, 130, 190, 270, 370)
    for page, rows in enumerate(PDF_PAGES, start=1):
        sheet.setFont("Helvetica-Bold", 12)
        sheet.drawString(50, 750, "Lincoln Elementary - Speech Services Log")
        sheet.setFont("Helvetica", 9)
        y = 720
        for x, text in zip(columns, PDF_HEADER, strict=True):
            sheet.drawString(x, y, text)
        for row in rows:
            y -= 14
            for x, text in zip(columns, row, strict=True):
                sheet.drawString(x, y, text)
        if page == len(PDF_PAGES):
            y -= 14
            sheet.drawString(columns[-1], y, PDF_WRAPPED)
        y -= 14
        sheet.drawString(50, y, "Total")
        sheet.drawString(130, y, "55")
        sheet.drawString(270, 40, f"Page {page} of {len(PDF_PAGES)}")
        sheet.showPage()
    sheet.save()
    return path


def encrypted_pdf(folder: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    plain = pdf_two_pages(folder)
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt("secret")
    path = folder / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def zip_bomb_xlsx(folder: Path) -> Path:
    """A zip that looks like a workbook and expands to 201 MB of one repeated byte."""
    path = folder / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            block = b" " * (1024 * 1024)
            for _ in range(201):
                part.write(block)
    return path


def truncated_xlsx(folder: Path) -> Path:
    whole = xlsx_serials(folder).read_bytes()
    path = folder / "cut.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def many_rows_csv(folder: Path, rows: int) -> Path:
    out = io.StringIO()
    out.write("Date,Minutes,Provider,Comments\n")
    start = D(2024, 9, 2)
    for i in range(rows):
        out.write(f"{start + dt.timedelta(days=i % 300)},30,J. Smith,session {i}\n")
    path = folder / f"rows_{rows}.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def many_rows_xlsx(folder: Path, rows: int) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Log")
    sheet.append(["Date", "Minutes", "Provider", "Comments"])
    start = dt.datetime(2024, 9, 2)
    for i in range(rows):
        sheet.append([start + dt.timedelta(days=i % 300), 30, "J. Smith", f"session {i}"])
    path = folder / f"rows_{rows}.xlsx"
    book.save(path)
    return path
