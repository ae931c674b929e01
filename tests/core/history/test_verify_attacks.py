"""`iepdesk verify` attacked (issue 18 review): what the paper holds is the anchor, not the case's own
note of what was printed; a binder's period is part of what its fingerprint covers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import factories
from core_support import PASSPHRASE, cli

from iepdesk.casefile import Case
from iepdesk.history import chain
from iepdesk.model import Provision, database
from iepdesk.schedule import entry_edits

D = dt.date
SEPTEMBER = (D(2025, 9, 1), D(2025, 9, 30))


def _case(path: Path) -> dict[str, int]:
    """Two September log entries; nothing in October."""
    with factories.new_case(path, "Test Child One", PASSPHRASE):
        version = factories.version(D(2025, 9, 1), D(2026, 8, 31))
        speech = factories.service(version)
        return {
            "first": int(factories.log(speech, D(2025, 9, 9), note="Seen.").id),
            "second": int(factories.log(speech, D(2025, 9, 11), note="Seen too.").id),
            "provision": int(speech.id),
        }


def _print(path: Path, start: dt.date, end: dt.date) -> str:
    with Case.open(path, PASSPHRASE):
        printed = chain.compute(start, end, today=D(2025, 11, 3))
        chain.store(printed)
    return printed.grouped


def test_rewriting_the_stored_digests_after_an_edit_does_not_make_it_pass(tmp_path: Path) -> None:
    path = tmp_path / "c.iepcase"
    ids = _case(path)
    short = _print(path, *SEPTEMBER)
    with Case.open(path, PASSPHRASE):
        entry_edits.update_entry(ids["first"], {"note": "Not seen."})
        # Someone with the passphrase makes the case's note of the print match the edited records
        # (and removes the edit's history): only the fingerprint on paper is left to tell.
        now = chain.compute(*SEPTEMBER)
        digests = json.dumps([[d.kind, d.record_id, d.digest] for d in now.digests])
        database.execute_sql("UPDATE printed_record SET digests = ?", [digests])
        database.execute_sql("DELETE FROM record_version")
    result = cli("verify", path, short, "--json")
    assert result.code == 7, result
    assert [d["change"] for d in json.loads(result.stdout)["differences"]] == ["altered"]
    words = cli("verify", path, short)
    assert words.code == 7 and "has been altered since it was printed" in words.stdout, words


def test_a_longer_period_with_nothing_more_in_it_is_its_own_print(tmp_path: Path) -> None:
    """September, and September-October with nothing in October: the same two records. The second
    binder's fingerprint must still cover October: an entry added on Oct 31 (its last day) is found."""
    path = tmp_path / "c.iepcase"
    ids = _case(path)
    september = _print(path, *SEPTEMBER)
    autumn = _print(path, D(2025, 9, 1), D(2025, 10, 31))
    assert september != autumn
    with Case.open(path, PASSPHRASE):
        speech = Provision.get_by_id(ids["provision"])
        factories.log(speech, D(2025, 10, 31), note="Added later.")
    assert cli("verify", path, september).code == 0  # October is outside what it printed
    result = cli("verify", path, autumn, "--json")
    assert result.code == 7, result
    assert [d["change"] for d in json.loads(result.stdout)["differences"]] == ["added"]


def test_edited_then_edited_back_reads_as_printed(tmp_path: Path) -> None:
    """The printed words are the words today: unchanged (docs/command-line.md says so); the history
    keeps both edits."""
    path = tmp_path / "c.iepcase"
    ids = _case(path)
    short = _print(path, *SEPTEMBER)
    with Case.open(path, PASSPHRASE):
        entry_edits.update_entry(ids["first"], {"note": "Not seen."})
        entry_edits.update_entry(ids["first"], {"note": "Seen."})
    assert cli("verify", path, short).code == 0


def test_a_change_with_its_history_removed_is_still_found(tmp_path: Path) -> None:
    path = tmp_path / "c.iepcase"
    ids = _case(path)
    short = _print(path, *SEPTEMBER)
    with Case.open(path, PASSPHRASE):
        entry_edits.update_entry(ids["second"], {"note": "Changed."})
        database.execute_sql("DELETE FROM record_version")
    result = cli("verify", path, short, "--json")
    assert result.code == 7, result
    (difference,) = json.loads(result.stdout)["differences"]
    assert (difference["record_id"], difference["change"]) == (ids["second"], "changed")


def test_one_character_wrong_and_the_first_day_outside(tmp_path: Path) -> None:
    path = tmp_path / "c.iepcase"
    ids = _case(path)
    short = _print(path, *SEPTEMBER)
    wrong = ("0" if short[0] != "0" else "1") + short[1:]
    assert cli("verify", path, wrong).code == 2
    assert cli("verify", path, "  " + short.replace(" ", "-").upper() + " ").code == 0
    with Case.open(path, PASSPHRASE):
        speech = Provision.get_by_id(ids["provision"])
        factories.log(speech, D(2025, 10, 1), note="First day outside.")
        factories.log(speech, D(2025, 8, 31), note="Last day before.")
    assert cli("verify", path, short).code == 0


def test_a_case_loaded_from_its_json_export_verifies_the_same(tmp_path: Path) -> None:
    """Format 3 carries the printed fingerprints and the ids: the loaded case verifies as the first."""
    path = tmp_path / "c.iepcase"
    ids = _case(path)
    short = _print(path, *SEPTEMBER)
    out = tmp_path / "c.json"
    assert cli("export-json", path, out).code == 0
    loaded = tmp_path / "loaded.iepcase"
    assert cli("new", loaded, "--child", "Test Child One").code == 0
    assert cli("import-json", loaded, out).code == 0
    assert cli("verify", loaded, short).code == 0
    with Case.open(loaded, PASSPHRASE):
        entry_edits.update_entry(ids["first"], {"note": "Changed after loading."})
    result = cli("verify", loaded, short, "--json")
    assert result.code == 7 and [d["record_id"] for d in json.loads(result.stdout)["differences"]] == [
        ids["first"]
    ]
