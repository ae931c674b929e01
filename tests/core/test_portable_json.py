"""The open JSON format: export → import into a fresh case → export is exact; bad files change nothing."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import factories
import pytest
from core_support import (
    PASSPHRASE,
    TRICKY_TEXT,
    assert_plain_failure,
    fill_all_models,
    fingerprint,
    folder_listing,
    keys_of,
    record_sections,
    run_cli,
    run_cli_in_process,
)
from peewee import AutoField

from iepdesk import portable
from iepdesk.casefile import Argon2Params, Case
from iepdesk.model import ALL_MODELS, Child, Contact, IepVersion

ROWS = len(TRICKY_TEXT)


def tricky(where: str, row: int) -> str:
    """Every text field sees every tricky value across the rows (shifted per field)."""
    return TRICKY_TEXT[(row + len(where)) % len(TRICKY_TEXT)]


def _expected_json(values: dict[str, Any]) -> dict[str, Any]:
    """What the docs say a written value looks like in the export (ISO dates, ids for links)."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, dt.datetime | dt.date):
            out[name] = value.isoformat()
        else:
            out[name] = value
    return out


def _without_ids(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k != "id"} for row in rows]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def test_export_import_export_is_exact(make_case, tmp_path):
    a, _ = make_case("A", child="placeholder")
    with Case.open(a, PASSPHRASE):
        written = fill_all_models(tricky, rows_per_model=ROWS)
        text_a = portable.dumps(portable.export_case(tmp_path / "a.files"))
    doc_a = json.loads(text_a)

    # The export holds exactly what was written (not merely what the exporter thinks it holds).
    for model in ALL_MODELS:
        expected = [_expected_json(v) for v in written[model.json_name]]
        exported = [
            {k: v for k, v in r.items() if k != portable.DOCUMENT_FILE_KEY} for r in doc_a[model.json_name]
        ]
        pk = model._meta.primary_key
        if isinstance(pk, AutoField):  # ids were given in the order of writing
            assert _without_ids(exported) == expected, model.json_name
        else:  # a natural key (text): the export is ordered by it
            assert exported == sorted(expected, key=lambda r: r[pk.name]), model.json_name
    assert doc_a["child"][0]["date_of_birth"] == "2016-02-29"
    assert "Zoë Núñez-Ávila" in text_a and "👩\u200d👧\u200d👦" in text_a  # not \u-escaped
    files_a = _files(tmp_path / "a.files")
    assert len(files_a) == len(doc_a["documents"]) == ROWS
    assert f"{TRICKY_TEXT[1]}\n#".encode() in b"".join(files_a.values())  # the documents' own bytes

    b, _ = make_case("B", child="Someone else")
    with Case.open(b, PASSPHRASE) as case_b:
        result = portable.import_case(json.loads(text_a), tmp_path / "a.files")
        assert result.rows == {m.json_name: len(written[m.json_name]) for m in ALL_MODELS}
        assert case_b.check().ok
        doc_b = json.loads(portable.dumps(portable.export_case(tmp_path / "b.files")))
        b_id = case_b.case_id
    assert record_sections(doc_b) == record_sections(doc_a)
    assert json.dumps(record_sections(doc_b), ensure_ascii=False) == json.dumps(
        record_sections(doc_a), ensure_ascii=False
    )
    assert _files(tmp_path / "b.files") == files_a
    assert doc_b["case_id"] == b_id != doc_a["case_id"]  # import keeps the target's own id
    with Case.open(b, PASSPHRASE):
        assert Child.the_child().name == written["child"][0]["name"]
        assert Contact.select().count() == ROWS


def test_export_import_round_trip_through_the_cli(make_case, tmp_path):
    a, _ = make_case("A", child="placeholder")
    with Case.open(a, PASSPHRASE):
        fill_all_models(tricky, rows_per_model=4)
    exports = tmp_path / "exports"
    exports.mkdir()
    out_a = exports / "a.json"
    result = run_cli("export-json", a, out_a)
    assert result.code == 0, result
    assert "NOT encrypted" in result.stderr

    b = a.with_name("B.iepcase")
    assert run_cli("new", b, "--child", "Other").code == 0
    imported = run_cli("import-json", b, out_a)
    assert imported.code == 0, imported
    out_b = exports / "b.json"
    assert run_cli("export-json", b, out_b).code == 0
    doc_a = json.loads(out_a.read_text(encoding="utf-8"))
    doc_b = json.loads(out_b.read_text(encoding="utf-8"))
    assert record_sections(doc_b) == record_sections(doc_a)
    assert len(doc_a["contacts"]) == 4
    assert _files(exports / "b.files") == _files(exports / "a.files") != {}
    on_screen = run_cli("export-json", b)  # to stdout: the same records (files only with OUT)
    assert on_screen.code == 0, on_screen
    strip = portable.DOCUMENT_FILE_KEY
    assert {
        k: [{f: v for f, v in r.items() if f != strip} for r in rows]
        for k, rows in record_sections(json.loads(on_screen.stdout)).items()
    } == {
        k: [{f: v for f, v in r.items() if f != strip} for r in rows]
        for k, rows in record_sections(doc_b).items()
    }

    # export-json never overwrites unless asked
    before = out_a.read_bytes()
    assert_plain_failure(run_cli("export-json", b, out_a), 2)
    assert out_a.read_bytes() == before


def _valid_document() -> dict[str, Any]:
    return {
        "format": "iepdesk-case",
        "format_version": 1,
        "child": [{"id": 1, "name": "Imported Child", "date_of_birth": "2014-09-01"}],
        "contacts": [{"id": 1, "name": "Ms. Rivera", "role": "Case manager", "position": 0}],
    }


def _with(**changes: Any) -> dict[str, Any]:
    doc = _valid_document()
    doc.update(changes)
    return doc


def _contact(**fields: Any) -> dict[str, Any]:
    return _with(contacts=[{"id": 1, "name": "Ms. Rivera", **fields}])


MALFORMED: dict[str, bytes | dict[str, Any] | list[Any]] = {
    "not-json": b"this is not json {",
    "empty-file": b"",
    "truncated": json.dumps(_valid_document()).encode()[:60],
    "not-utf8": b"\xff\xfe\x00garbage\x80",
    "a-list": [1, 2, 3],
    "wrong-format": _with(format="something-else"),
    "newer-format-version": _with(format_version=99),
    "contacts-not-a-list": _with(contacts={"id": 1}),
    "contact-not-an-object": _with(contacts=["Ms. Rivera"]),
    "unknown-field": _contact(shoe_size=9),
    "text-is-a-number": _contact(email=12),
    "integer-is-text": _contact(position="first"),
    "integer-is-bool": _contact(position=True),
    "integer-too-big": _contact(position=2**70),
    "required-is-null": _with(contacts=[{"id": 1, "name": None}]),
    "required-is-missing": _with(child=[{"id": 1, "grade": "3"}]),
    "impossible-date": _with(child=[{"id": 1, "name": "A", "date_of_birth": "2015-02-30"}]),
    "date-is-a-number": _with(child=[{"id": 1, "name": "A", "date_of_birth": 20150228}]),
    "duplicate-ids": _with(contacts=[{"id": 1, "name": "A"}, {"id": 1, "name": "B"}]),
    "no-child": _with(child=[]),
    "child-missing": {"format": "iepdesk-case", "format_version": 1, "contacts": []},
    "link-to-nothing": _with(iep_versions=[], provisions=[{"id": 1, "version": 77, "kind": "service"}]),
}


@pytest.fixture(scope="module")
def holding_records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A case with a contact and an IEP version, copied by each test that needs one."""
    path = tmp_path_factory.mktemp("holding") / "Maya.iepcase"
    case, _ = Case.create(path, "Maya López", PASSPHRASE, Argon2Params())
    with case:
        factories.contact("Keep me", "Advocate")
        factories.version(None, None, meeting_date=None, notes="keep this version")
    return path


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_import_is_refused_and_changes_nothing(holding_records, sandbox, tmp_path, name):
    path = sandbox.documents / "Maya.iepcase"
    shutil.copyfile(holding_records, path)
    shutil.copyfile(keys_of(holding_records), keys_of(path))
    before = fingerprint(path, keys_of(path))
    bad = tmp_path / f"{name}.json"
    content = MALFORMED[name]
    bad.write_bytes(content if isinstance(content, bytes) else json.dumps(content).encode("utf-8"))

    result = run_cli_in_process("import-json", path, bad, "--replace")
    assert_plain_failure(result, 2)
    # Not a byte changed: the records, the child and the schema are as they were.
    assert fingerprint(path, keys_of(path)) == before
    assert folder_listing(sandbox.documents) == ["Maya.iepcase", "Maya.iepcase.keys"]


def test_a_refused_import_leaves_every_record_readable(holding_records, sandbox, tmp_path):
    """The same, read back through the models (one representative bad file, via a real process)."""
    path = sandbox.documents / "Maya.iepcase"
    shutil.copyfile(holding_records, path)
    shutil.copyfile(keys_of(holding_records), keys_of(path))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(MALFORMED["duplicate-ids"]), encoding="utf-8")
    assert_plain_failure(run_cli("import-json", path, bad, "--replace"), 2)
    with Case.open(path, PASSPHRASE) as case:
        assert [c.name for c in Contact.select()] == ["Keep me"]
        assert [v.notes for v in IepVersion.select()] == ["keep this version"]
        assert Child.the_child().name == "Maya López"
        assert case.check().ok


def test_import_refuses_a_case_that_holds_records_unless_replace(make_case, tmp_path):
    """Any record (not only a contact) makes import refuse without --replace."""
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps(_valid_document()), encoding="utf-8")

    path, _ = make_case()
    with Case.open(path, PASSPHRASE):
        factories.version(None, None, meeting_date=None, notes="the only record")
    before = fingerprint(path, keys_of(path))
    assert_plain_failure(run_cli("import-json", path, doc), 2)
    assert fingerprint(path, keys_of(path)) == before

    replaced = run_cli("import-json", path, doc, "--replace")
    assert replaced.code == 0, replaced
    with Case.open(path, PASSPHRASE):
        assert IepVersion.select().count() == 0
        assert Child.the_child().name == "Imported Child"
        assert Child.the_child().date_of_birth == dt.date(2014, 9, 1)
        assert [c.role for c in Contact.select()] == ["Case manager"]


def test_import_into_a_fresh_case_needs_no_replace(make_case, tmp_path):
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps(_valid_document()), encoding="utf-8")
    path, _ = make_case()
    result = run_cli("import-json", path, doc)
    assert result.code == 0, result
    assert "1 contacts" in result.stdout
    missing = run_cli("import-json", path, Path(tmp_path / "nope.json"), "--replace")
    assert_plain_failure(missing, 2)


def test_a_document_whose_name_is_long_in_bytes_exports_and_imports(make_case, tmp_path):
    """An email attachment can carry a name longer than a file system allows (255 bytes)."""
    from iepdesk.model import Document
    from iepdesk.vault import store

    name = "Évaluation orthophonique — " + "é" * 140 + ".pdf"
    assert len(name.encode()) > 255
    a, _ = make_case("A")
    with Case.open(a, PASSPHRASE):
        assert store.import_bytes(b"%PDF-1.4 evaluation", name).document is not None
        exported = portable.export_case(tmp_path / "a.files")
    (written,) = (tmp_path / "a.files").iterdir()
    assert written.read_bytes() == b"%PDF-1.4 evaluation" and written.suffix == ".pdf"
    b, _ = make_case("B")
    with Case.open(b, PASSPHRASE):
        portable.import_case(json.loads(portable.dumps(exported)), tmp_path / "a.files")
        assert [d.filename for d in Document.select()] == [name]


def test_a_format_1_export_from_before_schema_9_imports_with_the_new_fields_empty(make_case) -> None:
    """Format 2 (schema 9) added the progress sections, a goal's baseline/target/unit and the child's
    state. An export written before (format_version 1, none of these) still imports: the progress
    tables stay empty and the new fields are "" (their defaults), nothing guessed."""
    assert portable.FORMAT_VERSION == 3  # 3: schema 10 (issue 18), below
    old = {
        "format": "iepdesk-case",
        "format_version": 1,
        "schema_version": 8,
        "child": [{"id": 1, "name": "Test Child One", "date_of_birth": "2015-01-01"}],
        "contacts": [],
        "iep_versions": [
            {"id": 1, "kind": "annual", "status": "final", "effective_from": "2025-09-02",
             "effective_to": "2026-09-01"}
        ],
        "provisions": [
            {"id": 1, "version": 1, "kind": "goal", "title": "Articulation", "position": 0,
             "baseline": "40% of words", "target": "80% of words"}
        ],
    }  # fmt: skip
    path, _ = make_case("Old", child="Test Child One")
    with Case.open(path, PASSPHRASE):
        _check_format_1_import(old)


def _check_format_1_import(old: dict[str, Any]) -> None:
    from iepdesk import profile
    from iepdesk.model import Provision
    from iepdesk.progress import points, reports

    portable.import_case(old)
    assert Child.the_child().name == "Test Child One"
    assert profile.load_state() == ""
    goal = Provision.get_by_id(1)
    assert (goal.baseline, goal.baseline_value, goal.target_value, goal.unit) == ("40% of words", "", "", "")
    assert points.points_of([1]) == [] and reports.reports() == []
    exported = portable.export_case()
    assert exported["format_version"] == 3
    for section in ("goal_data_points", "progress_reports", "progress_report_goals"):
        assert exported[section] == [], section
