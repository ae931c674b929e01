"""Choosing the reader for a file by its name and its first bytes, after the size check.

The whole file is read into memory once (it is at most ``max_bytes``): its sha256 is of exactly the
bytes that were read, and nothing is ever copied to a temporary file.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from iepdesk.i18n import _
from iepdesk.logimport.table import Table, TableError

TEXT_SUFFIXES = {".csv", ".tsv", ".txt", ".tab"}
PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old .xls, or an Office file with a password


@contextmanager
def quiet(library: str) -> Iterator[None]:
    """Nothing logged by ``library`` (and its child loggers) meanwhile: pypdf's repair messages
    quote the file's bytes, and nothing of a school's file may reach a log."""
    logger = logging.getLogger(library)
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


def megabytes(size: int) -> str:
    if size >= 1024 * 1024:
        return _("{size:,.0f} MB").format(size=size / (1024 * 1024))
    return _("{size:,} bytes").format(size=size)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TableError(
                _("{name} is {size}; IEPDesk reads service logs of up to {limit}.").format(
                    name=path.name, size=megabytes(size), limit=megabytes(max_bytes)
                )
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise TableError(_("{name} was not found.").format(name=path.name)) from None
    except IsADirectoryError:
        raise TableError(_("{name} is a folder, not a file.").format(name=path.name)) from None
    except OSError as error:
        raise TableError(
            _("{name} could not be opened ({reason}).").format(
                name=path.name, reason=error.strerror or _("read error")
            )
        ) from None
    if len(data) > max_bytes:  # it grew while being read
        raise TableError(
            _("{name} is larger than {limit}; IEPDesk reads service logs up to that size.").format(
                name=path.name, limit=megabytes(max_bytes)
            )
        )
    return data


def read_any(path: Path, *, max_bytes: int, max_rows: int) -> Table:
    data = read_bytes(path, max_bytes)
    try:
        return _dispatch(path, data, max_rows=max_rows)
    except (TableError, MemoryError):
        raise
    except Exception:  # a hostile file may trip a library anywhere; never a traceback quoting it
        raise TableError(
            _("{name} could not be read as a table; it may be damaged.").format(name=path.name)
        ) from None


def _dispatch(path: Path, data: bytes, *, max_rows: int) -> Table:
    name = path.name
    if not data.strip():
        raise TableError(_("{name} is empty.").format(name=name))
    digest = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    if data.startswith(PDF_MAGIC) or (suffix == ".pdf" and PDF_MAGIC in data[:1024]):
        from iepdesk.logimport.read_pdf import read_pdf

        return read_pdf(data, name=name, sha256=digest, max_rows=max_rows)
    if data.startswith(OLE_MAGIC):
        raise TableError(
            _(
                "{name} is an old-style Excel file (.xls) or is protected by a "
                "password. Open it in Excel and save it as an .xlsx workbook without a "
                "password (or as CSV), then read that."
            ).format(name=name)
        )
    if data.startswith(ZIP_MAGIC) or suffix in {".xlsx", ".xlsm"}:
        from iepdesk.logimport.read_xlsx import read_xlsx

        return read_xlsx(data, name=name, sha256=digest, max_rows=max_rows)
    if suffix == ".pdf":
        raise TableError(
            _("{name} is not a PDF file (it does not start like one), or it is damaged.").format(name=name)
        )
    if suffix in {".xls", ".ods", ".numbers", ".doc", ".docx"}:
        raise TableError(
            _("{name} is not a format IEPDesk reads; save it as .xlsx or CSV and read that.").format(
                name=name
            )
        )
    from iepdesk.logimport.read_csv import read_csv

    return read_csv(data, name=name, sha256=digest, max_rows=max_rows, tab=suffix in {".tsv", ".tab"})
