"""Nothing of a case reaches the disk in the clear: a session through the API and one through the command
line write unique markers into every field of every model, back up, lock and exit; afterwards not one
marker (UTF-8, UTF-16-LE, UTF-16-BE) and no form of a data key or recovery secret is in any file under
HOME, TMPDIR or the XDG folders (where the cases themselves live, too)."""

from __future__ import annotations

import base64
import json
import secrets
from pathlib import Path

from core_support import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    fill_all_models,
    recovery_secret_from,
    run_cli,
)

from iepdesk import portable, settings
from iepdesk.casefile import Case, RecoverySecret, key_with_passphrase, remember, restore
from iepdesk.casefile.keyslots import data_key_from_recovery
from iepdesk.export.recovery_kit import recovery_kit_pdf
from iepdesk.model import Child, Contact, database


def _encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def _key_forms(key: bytes) -> list[bytes]:
    return [key, key.hex().encode(), key.hex().upper().encode(), base64.b64encode(key)]


def _secret_forms(secret: RecoverySecret) -> list[bytes]:
    text = secret.formatted()
    return [secret.raw, *_encodings(text), *_encodings(text.replace("-", ""))]


def _scan(folders: list[Path], needles: dict[bytes, str]) -> tuple[list[Path], list[str]]:
    files = [p for folder in folders for p in sorted(folder.rglob("*")) if p.is_file()]
    found = []
    for path in files:
        data = path.read_bytes()
        found.extend(f"{what} in {path}" for needle, what in needles.items() if needle in data)
    return files, found


def test_no_plaintext_on_disk_after_api_and_cli_sessions(sandbox, tmp_path, floor):
    outside = tmp_path / "exported-on-purpose"  # the user's own exports, outside the scanned folders
    outside.mkdir()
    token = secrets.token_hex(4)
    markers: list[str] = []

    def marker(where: str, row: int) -> str:
        value = f"MK{token}{where}#{row}"
        markers.append(value)
        return value

    # ---- through the API -------------------------------------------------------------------------
    path_a = sandbox.documents / "case-a.iepcase"
    case, secret_a = Case.create(path_a, marker("create.child", 0), PASSPHRASE, floor)
    with case:
        key_a = case.data_key
        fill_all_models(marker, rows_per_model=3)
        with database.atomic():  # enough text that pages spill and the journal grows
            for i in range(150):
                Contact.create(name=marker("bulk.name", i), notes=marker("bulk.notes", i) * 40)
        child = Child.the_child()
        child.school = marker("edited.school", 0)
        child.save()
        evens = [c.id for c in Contact.select(Contact.id) if c.id % 2 == 0]
        Contact.delete().where(Contact.id.in_(evens)).execute()  # deleted text must not linger
        (sandbox.documents / "backups").mkdir()
        case.backup(sandbox.documents / "backups" / "case-a-backup.iepcase")
        assert case.check().ok
        assert remember.remember(case.case_id, key_a) is False  # no keyring here: nothing stored
        exported = portable.dumps(portable.export_case(outside / "a.files"))
        (outside / "a.json").write_text(exported, encoding="utf-8")
        (outside / "kit-a.pdf").write_bytes(
            recovery_kit_pdf(secret_a, case.case_id, case.child_name, path_a.name)
        )
    prefs = settings.load()
    prefs.add_recent(path_a)
    settings.save(prefs)
    backup_a = sandbox.documents / "backups" / "case-a-backup.iepcase"
    restore(
        backup_a, sandbox.documents / "case-a-restored.iepcase", key_with_passphrase(backup_a, PASSPHRASE)
    )

    # ---- through the command line ----------------------------------------------------------------
    cli_token = secrets.token_hex(4)
    cli_doc = exported.replace(f"MK{token}", f"CL{cli_token}")
    cli_markers = [m.replace(f"MK{token}", f"CL{cli_token}") for m in markers]
    (outside / "in.json").write_text(cli_doc, encoding="utf-8")
    (outside / "in.files").mkdir()  # the documents' files, under the names the new JSON gives them
    for file in (outside / "a.files").iterdir():
        renamed = file.name.replace(f"MK{token}", f"CL{cli_token}")
        (outside / "in.files" / renamed).write_bytes(file.read_bytes())
    path_b = sandbox.documents / "case-b.iepcase"
    cli_markers.append(f"CL{cli_token}note")
    (outside / "note.txt").write_text(f"A parent's note: CL{cli_token}note", encoding="utf-8")
    cli_child = f"CL{cli_token}child-name"
    steps = [
        ("new", path_b, "--child", cli_child, "--kit", outside / "kit-b.pdf"),
        ("import-json", path_b, outside / "in.json", "--replace"),
        ("check", path_b),
        ("backup", path_b, sandbox.documents / "backups" / "case-b-backup.iepcase"),
        ("vault", "add", path_b, outside / "note.txt"),
        ("search", path_b, f"CL{cli_token}note"),
        ("export-json", path_b, outside / "b.json"),
        (
            "restore",
            sandbox.documents / "backups" / "case-b-backup.iepcase",
            sandbox.documents / "case-b-restored.iepcase",
        ),
    ]
    # A shared copy (issue 18), whole, with its kit saved where the parent chose.
    steps.append(
        ("share", path_b, sandbox.documents / "case-b-shared.iepcase", "--kit", outside / "kit-shared.pdf")
    )
    share_env = {"IEPDESK_SHARE_PASSPHRASE": "the shared copy's own passphrase"}
    results = [run_cli(*step, cwd=sandbox.home, env=share_env) for step in steps]
    assert [r.code for r in results] == [0] * len(steps), results
    assert "note" in results[5].stdout  # the added note is in the case and its search index
    secret_b = RecoverySecret.parse(recovery_secret_from(results[0].stdout))
    secret_shared = RecoverySecret.parse(recovery_secret_from(results[-1].stdout))
    assert run_cli("passwd", path_b, env={"IEPDESK_NEW_PASSPHRASE": NEW_PASSPHRASE}).code == 0
    recovered = run_cli(
        "recover",
        path_b,
        passphrase=None,
        env={"IEPDESK_RECOVERY_SECRET": secret_b.formatted(), "IEPDESK_NEW_PASSPHRASE": PASSPHRASE},
    )
    assert recovered.code == 0, recovered
    with Case.open(path_b, PASSPHRASE) as case_b:
        key_b = case_b.data_key
        assert Contact.select().count() == len(json.loads(exported)["contacts"]) > 50
    database.initialize(None)

    # ---- the scan --------------------------------------------------------------------------------
    needles: dict[bytes, str] = {}
    for text in [*markers, *cli_markers, cli_child]:
        for form in _encodings(text):
            needles[form] = f"marker {text!r}"
    key_shared = data_key_from_recovery(secret_shared)
    for name, key in (("a", key_a), ("b", key_b), ("b's shared copy", key_shared)):
        for form in _key_forms(key):
            needles[form] = f"data key of case {name}"
    for name, secret in (("a", secret_a), ("b", secret_b), ("b's shared copy", secret_shared)):
        for form in _secret_forms(secret):
            needles[form] = f"recovery secret of case {name}"
    for form in (
        _encodings(PASSPHRASE)
        + _encodings(NEW_PASSPHRASE)
        + _encodings(share_env["IEPDESK_SHARE_PASSPHRASE"])
    ):
        needles[form] = "a passphrase"
    assert len(markers) > 100

    files, found = _scan(sandbox.folders, needles)
    assert found == []
    names = {p.name for p in files}
    # The scan really covered the cases, their backups and key files, and the settings.
    for expected in (
        "case-a.iepcase",
        "case-a.iepcase.keys",
        "case-a-backup.iepcase",
        "case-a-restored.iepcase",
        "case-b.iepcase",
        "case-b-backup.iepcase",
        "case-b-restored.iepcase",
        "case-b-shared.iepcase",
        "case-b-shared.iepcase.keys",
        "settings.json",
    ):
        assert expected in names, sorted(names)

    # Positive control: the same scanner finds the markers in what was exported on purpose.
    _, in_exports = _scan([outside], needles)
    assert any(f"MK{token}" in hit for hit in in_exports)
    assert any(f"CL{cli_token}" in hit for hit in in_exports)
    assert json.loads((outside / "b.json").read_text(encoding="utf-8"))["child"][0]["name"].startswith("CL")
