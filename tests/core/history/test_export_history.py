"""The JSON export carries when each entry was written and its earlier versions (format 3), and an
export of format 2 (before schema 10) still imports, with nothing invented (issue 18)."""

from __future__ import annotations

import json

import factories

from iepdesk import portable
from iepdesk.history import chain, versions
from iepdesk.model import Communication, PrintedRecord, RecordVersion
from iepdesk.schedule import entry_edits


def test_the_export_carries_the_history_and_an_import_gives_it_back(case, tmp_path) -> None:
    import datetime as dt

    version = factories.version(dt.date(2025, 9, 1), dt.date(2026, 8, 31))
    entry = factories.log(factories.service(version), dt.date(2025, 9, 9), note="Seen.")
    entry_edits.update_entry(entry.id, {"note": "Seen for 20 minutes."})
    message = factories.communication(subject="Speech", body="Were sessions missed?")
    chain.store(chain.compute())
    exported = json.loads(portable.dumps(portable.export_case()))
    assert exported["format_version"] == 3
    (kept,) = exported["record_versions"]
    assert (kept["kind"], kept["record_id"], kept["version"]) == ("log_entry", entry.id, 1)
    assert json.loads(kept["content"])["note"] == "Seen."
    assert exported["communications"][0]["entered_at"] == message_entered(message.id)
    assert len(exported["printed_records"]) == 1
    before = versions.history("log_entry", entry.id)

    portable.import_case(exported)  # replaces every record: removing them keeps no extra versions
    assert RecordVersion.select().count() == 1 and PrintedRecord.select().count() == 1
    assert versions.history("log_entry", entry.id) == before


def message_entered(communication_id: int) -> str:
    return str(Communication.get_by_id(communication_id).entered_at)


def test_a_format_2_export_imports_with_no_history_and_no_invented_time(case) -> None:
    old = {
        "format": "iepdesk-case",
        "format_version": 2,
        "schema_version": 9,
        "child": [{"id": 1, "name": "Test Child One"}],
        "communications": [{"id": 1, "when": "2026-03-04T15:30", "subject": "Speech", "body": "Hello"}],
    }
    portable.import_case(old)
    (message,) = Communication.select()
    assert message.entered_at == ""  # not known: "Written on: not recorded", never a guessed time
    assert versions.written("communication", 1).written_text == "Written on: not recorded"
    assert RecordVersion.select().count() == 0
