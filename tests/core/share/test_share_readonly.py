"""A shared copy opens read-only: each kind of edit is refused with the plain sentence and the file is not
touched; a newer program refuses (never migrates) an older copy; a damaged copy says it is damaged."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from core_support import fingerprint, run_cli

from iepdesk import case_settings, drafts, profile
from iepdesk.casefile import Case, migrations
from iepdesk.errors import EXIT_READ_ONLY, DamagedCaseError, SharedCopyError
from iepdesk.iep import versions
from iepdesk.incidents import records as incidents
from iepdesk.model import Contact, IepVersion, Provision, ServiceLogEntry
from iepdesk.share.readonly import READ_ONLY_SENTENCE
from iepdesk.vault import library

from .conftest import SHARE_PASSPHRASE, Seeded
from .share_support import share

SENTENCE = "This is a shared copy, opened read-only: it cannot be changed. Ask the parent for a new copy."


@pytest.fixture
def copy_path(seeded: Seeded) -> Path:
    return share(seeded.path, seeded.path.with_name("Copy.iepcase")).path


def _child() -> None:
    profile.save_state("CA")


def _iep() -> None:
    versions.start_next_version(IepVersion.get())


def _log_entry() -> None:
    entry = ServiceLogEntry.get()
    entry.note = "changed"
    entry.save()


def _incident() -> None:
    speech = Provision.get(Provision.title == "Speech therapy")
    incidents.save(incidents.IncidentData(dt.date(2025, 10, 2), [speech.id], "new incident"))


def _communication_deleted() -> None:
    from iepdesk.model import Communication

    Communication.delete().execute()


def _document(tmp: Path) -> Callable[[], None]:
    def add() -> None:
        file = tmp / "new.txt"
        file.write_text("a new document", encoding="utf-8")
        library.add_file(file)

    return add


def _settings() -> None:
    case_settings.save(case_settings.load())


def _contact() -> None:
    Contact.create(name="Someone new")


def _draft() -> None:
    drafts.keep("overview", {"text": "unsaved"})


def test_each_kind_of_edit_is_refused_with_the_plain_sentence(copy_path: Path, tmp_path: Path) -> None:
    assert SENTENCE == READ_ONLY_SENTENCE
    before = fingerprint(copy_path, copy_path.with_name(copy_path.name + ".keys"))
    edits = {
        "child": _child,
        "iep": _iep,
        "log entry": _log_entry,
        "incident": _incident,
        "communication": _communication_deleted,
        "document": _document(tmp_path),
        "settings": _settings,
        "contact": _contact,
        "draft": _draft,
    }
    refused = {}
    with Case.open(copy_path, SHARE_PASSPHRASE):
        for name, edit in edits.items():
            with pytest.raises(SharedCopyError) as caught:
                edit()
            refused[name] = str(caught.value)
        assert ServiceLogEntry.select().count() == 5  # reading still works
    assert set(refused.values()) == {SENTENCE}, refused
    assert fingerprint(copy_path, copy_path.with_name(copy_path.name + ".keys")) == before


@pytest.mark.parametrize(
    "argv",
    [
        ["state", "set", "{case}", "CA"],
        ["log", "add", "{case}", "1", "delivered", "--date", "2025-10-02"],
        ["incident", "add", "{case}", "something happened", "--date", "2025-10-02"],
        ["comms", "add", "{case}", "a call", "--when", "2025-10-02"],
        ["vault", "add", "{case}", "{file}"],
        ["import-json", "{case}", "{file}", "--replace"],
    ],
    ids=["child", "log", "incident", "comms", "vault", "import"],
)
def test_the_command_line_refuses_with_exit_6(copy_path: Path, tmp_path: Path, argv: list[str]) -> None:
    file = tmp_path / "x.json"
    file.write_text('{"format": "iepdesk-case", "format_version": 1, "child": [{"id": 1, "name": "A"}]}')
    before = fingerprint(copy_path)
    result = run_cli(*[a.format(case=copy_path, file=file) for a in argv], passphrase=SHARE_PASSPHRASE)
    assert (result.code, result.stderr.strip()) == (EXIT_READ_ONLY, f"iepdesk: {SENTENCE}"), result
    assert fingerprint(copy_path) == before


def test_the_binder_and_a_letter_already_in_it_are_made_from_the_copy(
    copy_path: Path, tmp_path: Path
) -> None:
    binder = run_cli("export", "binder", copy_path, tmp_path / "b.pdf", passphrase=SHARE_PASSPHRASE)
    assert binder.code == 0, binder
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    letter = run_cli(
        "export", "letter", copy_path, "concerns-letter", tmp_path / "l.txt", passphrase=SHARE_PASSPHRASE
    )
    assert letter.code == 0, letter
    assert "sentletterbody" in (tmp_path / "l.txt").read_text(encoding="utf-8").lower()
    # A new letter is made from the copy, not saved in it (tests/core/share/test_share_letters.py).
    new = run_cli(
        "export",
        "letter",
        copy_path,
        "records-request",
        tmp_path / "n.txt",
        "--new",
        passphrase=SHARE_PASSPHRASE,
    )
    assert new.code == 0 and "not saved in it" in new.stderr and (tmp_path / "n.txt").exists()


def test_a_newer_program_refuses_an_older_copy_and_writes_nothing(
    copy_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    latest = migrations.LADDER[-1].version
    step = migrations.Migration(
        latest + 1, "a later format", lambda conn: conn.execute("CREATE TABLE later (x)")
    )
    monkeypatch.setattr(migrations, "LADDER", (*migrations.LADDER, step))
    before = fingerprint(copy_path)
    listing = sorted(p.name for p in copy_path.parent.iterdir())
    with pytest.raises(SharedCopyError, match="older IEPDesk") as caught:
        Case.open(copy_path, SHARE_PASSPHRASE)
    assert f"case format {latest}" in str(caught.value) and "new copy" in str(caught.value)
    assert fingerprint(copy_path) == before
    assert sorted(p.name for p in copy_path.parent.iterdir()) == listing  # no "before-v" backup either


def test_a_damaged_copy_gives_the_damaged_case_message(copy_path: Path) -> None:
    data = bytearray(copy_path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    copy_path.write_bytes(bytes(data))
    with pytest.raises(DamagedCaseError, match="damaged"):
        Case.open(copy_path, SHARE_PASSPHRASE)
    result = run_cli("check", copy_path, passphrase=SHARE_PASSPHRASE)
    assert result.code == 4 and "damaged" in result.stderr
