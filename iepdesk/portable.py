"""The whole case as documented JSON (docs/case-format.md): export, and import into a case.

Every model in ``iepdesk.model.ALL_MODELS`` is exported as a list of rows with its ids, so links
between records survive the round trip. Import replaces the case's records in one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import (
    DateField,
    DateTimeField,
    Field,
    IntegrityError,
)

from iepdesk import __version__
from iepdesk.casefile import migrations
from iepdesk.casefile.atomic import write_atomic
from iepdesk.i18n import _
from iepdesk.model import (
    ALL_MODELS,
    BaseModel,
    CaseMeta,
    Document,
    DocumentChunk,
    RecordVersion,
    database,
)
from iepdesk.portable_check import DOCUMENT_FILE_KEY, FormatError, check_document
from iepdesk.share.marker import MARK_KEY, SharedCopyInfo

__all__ = [
    "DOCUMENT_FILE_KEY",
    "FORMAT",
    "FORMAT_VERSION",
    "FormatError",
    "ImportResult",
    "export_case",
    "export_to_file",
    "import_case",
]

FORMAT = "iepdesk-case"
#: 2: schema 9 (issue 17) added the progress sections, goal numbers, child.state.
#: 3: schema 10 (issue 18) added communications' entered_at, record_versions and printed_records.
FORMAT_VERSION = 3


@dataclass(frozen=True)
class ImportResult:
    rows: dict[str, int]


def files_folder(json_path: Path) -> Path:
    """Where an export keeps its documents: ``maya.json`` → ``maya.files/``."""
    return json_path.with_name(json_path.stem + ".files")


def export_case(files_dir: Path | None = None) -> dict[str, Any]:
    """The open case as a JSON-ready dict. With ``files_dir``, each document's bytes are written there
    (the folder must not exist yet) and its row names the file; without it, documents are listed but
    their files are not written."""
    document: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": migrations.schema_version(database.connection()),
        "exported_by": f"IEPDesk {__version__}",
        # Informational: import keeps the target case's own id and dates.
        "case_id": CaseMeta.get_value("case_id"),
        "case_created_at": CaseMeta.get_value("created_at"),
    }
    marker = CaseMeta.get_value(MARK_KEY)
    if marker:  # a shared copy says so: the case it is loaded into is one too (read-only)
        document[MARK_KEY] = json.loads(SharedCopyInfo.from_json(marker).to_json())
    for model in ALL_MODELS:
        columns = _fields(model)
        document[model.json_name] = [
            {f.name: _to_json(f, row.__data__.get(f.name)) for f in columns}
            for row in model.select().order_by(model._meta.primary_key)
        ]
    if files_dir is not None:
        _write_document_files(document.get(Document.json_name, []), files_dir)
    return document


def _write_document_files(rows: list[dict[str, Any]], files_dir: Path) -> None:
    """The documents' bytes into ``files_dir``, made here (none: no folder). On any failure the folder
    goes again with what was written into it: those copies are not encrypted."""
    from iepdesk.vault import store

    if not rows:
        return
    files_dir.mkdir(parents=False, exist_ok=False)
    try:
        for row in rows:
            name = f"{row['id']}-{row['filename']}"
            path = store.export_document(int(row["id"]), files_dir, name)
            row[DOCUMENT_FILE_KEY] = path.name
    except BaseException:
        shutil.rmtree(files_dir, ignore_errors=True)
        raise


def export_to_file(out: Path) -> int:
    """Write the open case as JSON to ``out`` (temp file, fsync, atomic replace) and its documents
    into ``files_folder(out)`` (which must not exist). Returns how many documents were written. On any
    failure nothing of the export is left behind. The export is NOT encrypted."""
    folder = files_folder(out)
    document = export_case(folder)
    documents = len(document.get(Document.json_name, []))
    try:
        write_atomic(out, dumps(document).encode("utf-8"))
    except BaseException:
        if documents:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return documents


def _holds_records() -> bool:
    """True when the open case holds any record beyond the child's own row (a new case has one)."""
    from iepdesk.model import Child

    return any(m.select().exists() for m in ALL_MODELS if m is not Child)


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def import_case(document: Any, files_dir: Path | None = None) -> ImportResult:
    """Replace every record of the open case with those in ``document`` (one transaction).

    Every value is checked first (iepdesk.portable_check: a refusal names the field, like
    ``provisions[2].days_of_week``), and every document's file must be there, before anything is
    written. Documents' bytes are read from ``files_dir`` (written by ``export_case``) and checked
    against their sha256; an altered file stops the import and nothing changes."""
    sections = check_document(document, FORMAT_VERSION)
    if isinstance(document.get(MARK_KEY), dict) and _holds_records():
        # Loaded over the parent's own records, it would make their case a read-only copy for good.
        raise FormatError(
            _(
                "This file is the export of a shared copy: it opens only as a shared copy, read-only. "
                "Load it into a new case instead."
            )
        )
    for section in sections:
        for index, (row, file_name) in enumerate(zip(section.rows, section.files, strict=False)):
            _document_file(row, file_name, files_dir, f"{section.model.json_name}[{index}]")
    counts: dict[str, int] = {}
    with database.atomic():
        for model in reversed(ALL_MODELS):
            model.delete().execute()
        # Removing the records above kept their last versions (the history triggers, schema 10):
        # not part of the record being imported.
        RecordVersion.delete().execute()
        for section in sections:
            model = section.model
            for index, row in enumerate(section.rows):
                try:
                    model.insert(row).execute()
                except IntegrityError as exc:  # the checks above should leave nothing for here
                    raise FormatError(
                        _("repeats an id or links to a record that is not in the file ({exc}).").format(
                            exc=exc
                        ),
                        f"{model.json_name}[{index}]",
                    ) from None
            counts[model.json_name] = len(section.rows)
            for index, (row, file_name) in enumerate(zip(section.rows, section.files, strict=False)):
                path = _document_file(row, file_name, files_dir, f"{model.json_name}[{index}]")
                _load_document_bytes(row, path, f"{model.json_name}[{index}]")
        if isinstance(document.get(MARK_KEY), dict):
            # The export of a shared copy: the case it is loaded into opens as that shared copy.
            CaseMeta.set_value(MARK_KEY, SharedCopyInfo.from_json(json.dumps(document[MARK_KEY])).to_json())
    return ImportResult(rows=counts)


def _document_file(row: dict[str, Any], file_name: str | None, files_dir: Path | None, where: str) -> Path:
    label = row.get("filename", row.get("id"))
    if file_name is None or files_dir is None:
        raise FormatError(
            _("The file of document {label} is not in the export (export to a file, not the screen).").format(
                label=label
            ),
            f"{where}.{DOCUMENT_FILE_KEY}",
        )
    path = files_dir / Path(file_name).name
    if not path.is_file():
        raise FormatError(
            _("The file of document {label} is missing: {path}.").format(label=label, path=path),
            f"{where}.{DOCUMENT_FILE_KEY}",
        )
    return path


def _load_document_bytes(row: dict[str, Any], path: Path, where: str) -> None:
    from iepdesk.vault import store

    label = row.get("filename", row.get("id"))
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        seq = 0
        while block := handle.read(store.CHUNK_BYTES):
            digest.update(block)
            size += len(block)
            DocumentChunk.insert(document=row["id"], seq=seq, data=block).execute()
            seq += 1
    if digest.hexdigest() != row.get("sha256"):
        raise FormatError(
            _("The file of document {label} does not match its checksum: {path}.").format(
                label=label, path=path
            ),
            f"{where}.sha256",
        )
    if "size" in row and row["size"] != size:
        raise FormatError(
            _("is {declared}, but the file of document {label} holds {size} bytes.").format(
                declared=row["size"], label=label, size=size
            ),
            f"{where}.size",
        )


def _fields(model: type[BaseModel]) -> list[Field]:
    return list(model._meta.sorted_fields)


def _to_json(field: Field, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(field, DateTimeField):
        return value.isoformat() if isinstance(value, dt.datetime) else str(value)
    if isinstance(field, DateField):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return value
