"""The whole case as documented JSON (docs/case-format.md): export, and import into a case.

Every model in ``iepdesk.model.ALL_MODELS`` is exported as a list of rows with its ids, so links
between records survive the round trip. Import replaces the case's records in one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import (
    BooleanField,
    DateField,
    DateTimeField,
    Field,
    ForeignKeyField,
    IntegerField,
    IntegrityError,
)

from iepdesk import __version__
from iepdesk.casefile import migrations
from iepdesk.model import ALL_MODELS, BaseModel, CaseMeta, Child, Document, DocumentChunk, database

FORMAT = "iepdesk-case"
FORMAT_VERSION = 1


class FormatError(ValueError):
    """The JSON is not an IEPDesk case export, or holds a value of the wrong type."""


@dataclass(frozen=True)
class ImportResult:
    rows: dict[str, int]


DOCUMENT_FILE_KEY = "file"


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
    from iepdesk.vault import store

    files_dir.mkdir(parents=False, exist_ok=False)
    for row in rows:
        name = f"{row['id']}-{row['filename']}"
        path = store.export_document(int(row["id"]), files_dir, name)
        row[DOCUMENT_FILE_KEY] = path.name


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def import_case(document: Any, files_dir: Path | None = None) -> ImportResult:
    """Replace every record of the open case with those in ``document`` (one transaction).

    Documents' bytes are read from ``files_dir`` (written by ``export_case``) and checked against
    their sha256; a missing or altered file stops the import and nothing changes."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise FormatError("This file is not an IEPDesk case export.")
    version = document.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise FormatError("This export was made by a newer IEPDesk; update IEPDesk to import it.")
    counts: dict[str, int] = {}
    with database.atomic():
        for model in reversed(ALL_MODELS):
            model.delete().execute()
        for model in ALL_MODELS:
            rows = document.get(model.json_name, [])
            if not isinstance(rows, list):
                raise FormatError(f"'{model.json_name}' must be a list.")
            columns = {f.name: f for f in _fields(model)}
            files: list[str | None] = []
            if model is Document:
                files = [row.pop(DOCUMENT_FILE_KEY, None) if isinstance(row, dict) else None for row in rows]
            converted = [_row_from_json(model, columns, row) for row in rows]
            if model is Child and len(converted) != 1:
                raise FormatError("'child' must hold exactly one child.")
            for row in converted:
                try:
                    model.insert(row).execute()
                except IntegrityError as exc:
                    raise FormatError(
                        f"A record in '{model.json_name}' repeats an id or links to a record that "
                        f"is not in the file ({exc})."
                    ) from None
            counts[model.json_name] = len(converted)
            if model is Document:
                for row, file_name in zip(converted, files, strict=True):
                    _load_document_bytes(row, file_name, files_dir)
    return ImportResult(rows=counts)


def _load_document_bytes(row: dict[str, Any], file_name: str | None, files_dir: Path | None) -> None:
    from iepdesk.vault import store

    label = row.get("filename", row.get("id"))
    if file_name is None or files_dir is None:
        raise FormatError(
            f"The file of document {label} is not in the export (export to a file, not the screen)."
        )
    path = files_dir / Path(file_name).name
    if not path.is_file():
        raise FormatError(f"The file of document {label} is missing: {path}.")
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        seq = 0
        while block := handle.read(store.CHUNK_BYTES):
            digest.update(block)
            DocumentChunk.insert(document=row["id"], seq=seq, data=block).execute()
            seq += 1
    if digest.hexdigest() != row.get("sha256"):
        raise FormatError(f"The file of document {label} does not match its checksum: {path}.")


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


def _row_from_json(model: type[BaseModel], columns: dict[str, Field], row: Any) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise FormatError(f"Each entry of '{model.json_name}' must be an object.")
    unknown = set(row) - set(columns)
    if unknown:
        raise FormatError(f"'{model.json_name}' has unknown fields: {', '.join(sorted(unknown))}.")
    out: dict[str, Any] = {}
    for name, field in columns.items():
        if name not in row:
            if not field.null and field.default is None and not field.primary_key:
                raise FormatError(f"'{model.json_name}.{name}' is required.")
            continue
        out[name] = _from_json(model.json_name, field, row[name])
    return out


def _from_json(table: str, field: Field, value: Any) -> Any:
    if value is None:
        if not field.null and not field.primary_key:
            raise FormatError(f"'{table}.{field.name}' may not be empty.")
        return None
    try:
        if isinstance(field, DateTimeField):
            return dt.datetime.fromisoformat(value)
        if isinstance(field, DateField):
            return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise FormatError(f"'{table}.{field.name}' must be an ISO date, not {value!r}.") from None
    if isinstance(field, BooleanField):
        if not isinstance(value, bool):
            raise FormatError(f"'{table}.{field.name}' must be true or false.")
        return value
    if isinstance(field, IntegerField | ForeignKeyField) or field.field_type in ("AUTO", "INT"):
        if not isinstance(value, int) or isinstance(value, bool):
            raise FormatError(f"'{table}.{field.name}' must be a whole number.")
        if not -(2**63) <= value < 2**63:
            raise FormatError(f"'{table}.{field.name}' is too large.")
        return value
    if not isinstance(value, str):
        raise FormatError(f"'{table}.{field.name}' must be text.")
    return value
