"""`iepdesk verify CASE FINGERPRINT` finds what changed since a binder printed (issue 18)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import factories
from core_support import PASSPHRASE, cli

from iepdesk.casefile import Case
from iepdesk.errors import EXIT_CHANGED, EXIT_USAGE
from iepdesk.history import chain
from iepdesk.incidents import records as incidents
from iepdesk.schedule import entry_edits

D = dt.date
PERIOD = (D(2025, 9, 1), D(2025, 9, 30))


def _printed_case(path: Path) -> tuple[dict[str, int], str]:
    """Two log entries and an incident in September, one entry in October (outside the period); the
    fingerprint of September stored as a binder stores it. Returns the ids and its short form."""
    with factories.new_case(path, "Test Child One", PASSPHRASE):
        version = factories.version(D(2025, 9, 1), D(2026, 8, 31))
        speech = factories.service(version)
        extra = factories.accommodation(version, "Extra time on tests")
        ids = {
            "first": int(factories.log(speech, D(2025, 9, 9), note="Seen.").id),
            "second": int(factories.log(speech, D(2025, 9, 11), "missed", reason="unknown").id),
            "incident": int(factories.incident(D(2025, 9, 12), [extra]).id),
            "october": int(factories.log(speech, D(2025, 10, 2)).id),
        }
        printed = chain.compute(*PERIOD, today=D(2025, 10, 1))
        # September holds 2 log entries and 1 incident: 3 records (the October entry is not covered).
        assert printed.counts == {"log_entry": 2, "incident": 1, "communication": 0, "data_point": 0}
        chain.store(printed)
    return ids, printed.grouped


def test_an_unchanged_record_passes_and_one_outside_the_period_does_not_count(tmp_path: Path) -> None:
    path = tmp_path / "c.iepcase"
    ids, short = _printed_case(path)
    with Case.open(path, PASSPHRASE):
        entry_edits.update_entry(ids["october"], {"note": "Outside the printed period."})
    result = cli("verify", path, short, "--json")
    assert result.code == 0, result
    found = json.loads(result.stdout)
    assert found["unchanged"] is True and found["differences"] == []
    assert found["fingerprint_short"] == short and len(short) == 39  # 8 x 4 characters + 7 spaces
    assert cli("verify", path, short.upper().replace(" ", "-")).code == 0  # as typed back, any case


def test_a_record_changed_after_printing_is_found_with_what_changed(tmp_path: Path) -> None:
    path = tmp_path / "c.iepcase"
    ids, short = _printed_case(path)
    with Case.open(path, PASSPHRASE):
        entry_edits.update_entry(ids["first"], {"note": "Seen for 20 minutes."})
    result = cli("verify", path, short, "--json")
    assert result.code == EXIT_CHANGED == 7, result
    (difference,) = json.loads(result.stdout)["differences"]
    assert (difference["kind"], difference["record_id"], difference["change"]) == (
        "log_entry",
        ids["first"],
        "changed",
    )
    assert [(f["field"], f["old"], f["new"]) for f in difference["fields"]] == [
        ("note", "Seen.", "Seen for 20 minutes.")
    ]
    words = cli("verify", path, short)
    assert (
        words.code == 7
        and "changed: Log entry" in words.stdout
        and "Note: Seen. -> Seen for 20 minutes." in words.stdout
    )


def test_a_removed_record_and_an_added_one_are_found(tmp_path: Path) -> None:
    path = tmp_path / "c.iepcase"
    ids, short = _printed_case(path)
    with Case.open(path, PASSPHRASE):
        incidents.delete(ids["incident"])
        added = factories.communication(when="2025-09-30T16:00", subject="Speech", body="Missed again?")
    result = cli("verify", path, short, "--json")
    assert result.code == 7, result
    found = [(d["kind"], d["record_id"], d["change"]) for d in json.loads(result.stdout)["differences"]]
    # The last day of the period (Sept 30) is inside it: the message is "added".
    assert found == [("incident", ids["incident"], "removed"), ("communication", added.id, "added")]


def test_a_fingerprint_this_case_never_printed_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "c.iepcase"
    _ids, short = _printed_case(path)
    other = ("0000 " * 8).strip()
    assert short != other
    result = cli("verify", path, other)
    assert result.code == EXIT_USAGE and "No binder" in result.stderr
    assert cli("verify", path, "not a fingerprint").code == EXIT_USAGE
